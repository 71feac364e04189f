"""Reputation: does each side deliver what it promised, on time?

On-time rate = commitments delivered on or before their due date ÷
commitments due so far. "Due so far" counts every dated commitment that is
due today or earlier, plus any already delivered or missed ahead of its date;
waived ones are left out (the other side let them go) and counted apart.
Average days late is over the deliveries that came late. One GROUP BY over
the whole table gives every partner's figures at once.

At half a million commitments that GROUP BY takes seconds on a busy
machine, so the window never runs it: the dashboard pages through the
partners (`page`: the same GROUP BY over a page of partners' commitments,
through their index) and reads the library's own record in a worker on a
connection of its own (`library_apart`: one row per side).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, fields
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from collabdesk.domain.commitment import Commitment
from collabdesk.domain.enums import CommitmentStatus, Direction
from collabdesk.domain.partner import Partner
from collabdesk.services.transaction import Sessions, transaction
from collabdesk.store.side_reader import side_reads

PAGE = 40  # partners on a page of the dashboard

S = CommitmentStatus


@dataclass(frozen=True)
class Reputation:
    due: int = 0
    on_time: int = 0
    missed: int = 0
    waived: int = 0
    late: int = 0
    late_days: int = 0
    overdue: int = 0  # open and past due today

    @property
    def has_record(self) -> bool:
        return self.due > 0

    @property
    def on_time_rate(self) -> Decimal | None:
        """A fraction 0..1, or None when nothing has been due yet."""
        if self.due == 0:
            return None
        return Decimal(self.on_time) / Decimal(self.due)

    @property
    def average_days_late(self) -> Decimal | None:
        if self.late == 0:
            return None
        return (Decimal(self.late_days) / Decimal(self.late)).quantize(
            Decimal("0.1"), ROUND_HALF_UP
        )

    def rate_text(self) -> str:
        rate = self.on_time_rate
        if rate is None:
            return "no record yet"
        percent = (rate * 100).quantize(Decimal("1"), ROUND_HALF_UP)
        return f"{percent}% on time ({self.on_time} of {self.due})"


@dataclass(frozen=True)
class PartnerReputation:
    partner_id: int
    partner_name: str
    partner: Reputation  # what the partner promised the library
    library: Reputation  # what the library promised this partner


@dataclass(frozen=True)
class PartnerPlace:
    """A partner's line on a page of the dashboard, and its keyset place."""

    reputation: PartnerReputation
    after: tuple[str, int]  # (name key, id): the next page starts after it


@dataclass(frozen=True)
class ReputationBoard:
    library: Reputation  # everything the library promised, to anyone
    partners: tuple[PartnerReputation, ...]

    def for_partner(self, partner_id: int) -> PartnerReputation | None:
        return next((p for p in self.partners if p.partner_id == partner_id), None)


def _days_late(dialect: str) -> Any:
    if dialect == "sqlite":
        return type_coerce(
            func.julianday(Commitment.delivered_on) - func.julianday(Commitment.due_on), Integer
        )
    return Commitment.delivered_on - Commitment.due_on


def _count(condition: Any) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def reputation_figures(
    reads: Connection | Session,
    today: date,
    partner_id: int | None = None,
    collaboration_id: int | None = None,
    partner_ids: Collection[int] | None = None,
    *,
    per_partner: bool = True,
) -> list[Any]:
    """THE definition of reliability, as one GROUP BY: per (partner, direction)
    the counts of `Reputation`'s fields, then the partner's name. The
    reputation view, the pitch's track record, the recap's balance and any
    later report call this, so "on time" means the same everywhere.

    Within one collaboration, a partner's figures also count the
    commitments made to the whole collaboration (no partner named).
    `partner_ids`: only these partners' rows (a page of the dashboard).
    `per_partner=False`: one row per direction for everyone together (pid
    and name None), the library's own record without 60,000 rows to sum."""
    c = Commitment
    dated = c.due_on.is_not(None)
    delivered = c.status == S.DELIVERED
    is_due = and_(
        dated,
        c.status != S.WAIVED,
        or_(c.due_on <= today, c.status.in_([S.DELIVERED, S.MISSED])),
    )
    late = and_(dated, delivered, c.delivered_on > c.due_on)
    bind = reads.get_bind() if isinstance(reads, Session) else reads.engine
    days = _days_late(bind.dialect.name)
    agg = select(
        (c.partner_id if per_partner else literal(None)).label("pid"),
        c.direction.label("direction"),
        _count(is_due),
        # a delivered dated commitment is always due: no need to test is_due again
        _count(and_(delivered, c.delivered_on <= c.due_on)),
        _count(c.status == S.MISSED),
        _count(c.status == S.WAIVED),
        _count(late),
        func.coalesce(func.sum(case((late, days), else_=literal(0))), 0),
        _count(and_(c.status.in_([S.PLANNED, S.IN_PROGRESS]), c.due_on < today)),
    ).group_by(*((c.partner_id, c.direction) if per_partner else (c.direction,)))
    if collaboration_id is not None:
        agg = agg.where(c.collaboration_id == collaboration_id)
        if partner_id is not None:
            agg = agg.where((c.partner_id == partner_id) | c.partner_id.is_(None))
    elif partner_id is not None:
        agg = agg.where(c.partner_id == partner_id)
    if partner_ids is not None:
        agg = agg.where(c.partner_id.in_(list(partner_ids)))
    if not per_partner:
        return list(reads.execute(select(agg.subquery(), literal(None))).all())
    sub = agg.subquery()
    # names joined to the ~2 rows per partner, not looked up by a huge IN list
    stmt = select(sub, Partner.name).outerjoin(Partner, Partner.id == sub.c.pid)
    return list(reads.execute(stmt).all())


def library_reputation(reads: Connection | Session, today: date) -> Reputation:
    """Everything the library promised, to anyone: the board's `library` row."""
    return _library_of(reputation_figures(reads, today))


def side_of(rows: list[Any], side: Direction) -> Reputation:
    """One side's figures summed over the rows of `reputation_figures`."""
    total = [0] * len(fields(Reputation))
    for _pid, direction, *figures, _name in rows:
        if direction == side:
            total = [a + int(b) for a, b in zip(total, figures, strict=True)]
    return Reputation(*total)


def _library_of(rows: list[Any]) -> Reputation:
    return side_of(rows, Direction.LIBRARY_GIVES)


class ReputationService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def board(self, today: date | None = None, partner_id: int | None = None) -> ReputationBoard:
        """Every partner's reputation and the library's, in one query."""
        today = today or date.today()
        with transaction(self._sessions) as session:
            rows = reputation_figures(session, today, partner_id)
            names = {int(row[0]): str(row[-1]) for row in rows if row[-1] is not None}
            if partner_id is not None and partner_id not in names:
                found = session.get(Partner, partner_id)
                if found is not None:
                    names[partner_id] = found.name
        return _board(rows, names, partner_id)

    def library_apart(self, today: date | None = None) -> Reputation | None:
        """The library's own record, read on a read-only connection of its
        own for a worker thread (a scan of every commitment: SQLite works,
        Python waits for one row per side, so the window's thread keeps the
        GIL); None when there can be no such connection (then `library`)."""
        engine = self._sessions.kw.get("bind")
        if engine is None:
            return None
        with side_reads(engine) as reads:
            if reads is None:
                return None
            with reads.begin():
                rows = reputation_figures(reads, today or date.today(), per_partner=False)
        return _library_of(rows)

    def library(self, today: date | None = None) -> Reputation:
        """The library's own record on the store's connection."""
        with transaction(self._sessions) as session:
            rows = reputation_figures(session, today or date.today(), per_partner=False)
        return _library_of(rows)

    def page(
        self,
        today: date | None = None,
        after: tuple[str, int] | None = None,
        limit: int | None = None,
    ) -> tuple[PartnerPlace, ...]:
        """The next `limit` partners with commitments after `after`, by
        name (keyset on the name key, then id), each with their figures and
        where the next page starts: the dashboard's list, a page at a time."""
        today = today or date.today()
        c = Commitment
        stmt = select(Partner.id, Partner.name_key).where(
            exists().where(c.partner_id == Partner.id)
        )
        if after is not None:
            key, pid = after
            stmt = stmt.where(
                or_(Partner.name_key > key, and_(Partner.name_key == key, Partner.id > pid))
            )
        with transaction(self._sessions) as session:
            first = session.execute(
                stmt.order_by(Partner.name_key, Partner.id).limit(limit or PAGE)
            ).all()
            keys = {int(pid): str(key) for pid, key in first}
            rows = reputation_figures(session, today, partner_ids=list(keys)) if keys else []
        names = {int(row[0]): str(row[-1]) for row in rows if row[-1] is not None}
        found = {p.partner_id: p for p in _board(rows, names, None).partners}
        return tuple(
            PartnerPlace(found[pid], (key, pid)) for pid, key in keys.items() if pid in found
        )

    def for_partner(self, partner_id: int, today: date | None = None) -> PartnerReputation:
        board = self.board(today, partner_id)
        found = board.for_partner(partner_id)
        return found or PartnerReputation(partner_id, "", Reputation(), Reputation())


def _board(rows: list[Any], names: dict[int, str], partner_id: int | None) -> ReputationBoard:
    """The board of `reputation_figures` rows: each named partner's two sides,
    by name, and the library's total."""
    by_partner: dict[int, dict[Direction, Reputation]] = {}
    for pid, direction, *figures, _name in rows:
        if pid is not None:
            numbers = [int(x) for x in figures]
            by_partner.setdefault(pid, {})[Direction(direction)] = Reputation(*numbers)
    if partner_id is not None:
        by_partner.setdefault(partner_id, {})
    partners = tuple(
        sorted(
            (
                PartnerReputation(
                    pid,
                    names.get(pid, ""),
                    sides.get(Direction.PARTNER_GIVES, Reputation()),
                    sides.get(Direction.LIBRARY_GIVES, Reputation()),
                )
                for pid, sides in by_partner.items()
                if pid in names
            ),
            key=lambda p: p.partner_name.casefold(),
        )
    )
    return ReputationBoard(_library_of(rows), partners)
