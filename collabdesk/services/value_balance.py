"""What the library gives against what it gets, per collaboration and per
currency. Amounts in different currencies are never added together."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, select

from collabdesk.domain.commitment import Commitment
from collabdesk.domain.enums import CommitmentStatus, Direction
from collabdesk.services.transaction import Sessions, transaction

ZERO = Decimal("0.00")
# One side is "one-sided" when it promises less than half of the other.
ONE_SIDED_RATIO = Decimal("0.5")


@dataclass(frozen=True)
class CurrencyBalance:
    currency: str
    gives_promised: Decimal  # everything the library promised, except waived
    gives_delivered: Decimal
    gets_promised: Decimal
    gets_delivered: Decimal

    @property
    def one_sided(self) -> bool:
        small, large = sorted((self.gives_promised, self.gets_promised))
        return large > 0 and small < large * ONE_SIDED_RATIO


@dataclass(frozen=True)
class ValueBalance:
    collaboration_id: int
    currencies: tuple[CurrencyBalance, ...]
    unvalued: int  # commitments without an estimated value

    @property
    def one_sided(self) -> bool:
        return any(c.one_sided for c in self.currencies)


class ValueBalanceService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def for_collaboration(self, collaboration_id: int) -> ValueBalance:
        c = Commitment
        promised = c.status != CommitmentStatus.WAIVED
        delivered = c.status == CommitmentStatus.DELIVERED

        def total(direction: Direction, condition: Any) -> Any:
            return func.coalesce(
                func.sum(case(((c.direction == direction) & condition, c.value), else_=0)), 0
            )

        stmt = (
            select(
                c.currency,
                total(Direction.LIBRARY_GIVES, promised),
                total(Direction.LIBRARY_GIVES, delivered),
                total(Direction.PARTNER_GIVES, promised),
                total(Direction.PARTNER_GIVES, delivered),
            )
            .where(c.collaboration_id == collaboration_id, c.value.is_not(None))
            .group_by(c.currency)
            .order_by(c.currency)
        )
        with transaction(self._sessions) as session:
            rows = session.execute(stmt).all()
            unvalued = session.scalar(
                select(func.count()).where(
                    c.collaboration_id == collaboration_id, c.value.is_(None)
                )
            )
        currencies = tuple(
            CurrencyBalance(cur, *(Decimal(str(x)).quantize(ZERO) for x in amounts))
            for cur, *amounts in rows
        )
        return ValueBalance(collaboration_id, currencies, int(unvalued or 0))
