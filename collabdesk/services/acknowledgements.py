"""Acknowledgements of transfer (акт приёма-передачи): delivered commitments
of one partner in one collaboration, handed over by one side — the
partner's by default, the library's own titled as such. Undelivered or mixed
sets are refused, saying which commitment and why."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from collabdesk.domain.commitment import Commitment
from collabdesk.domain.enums import CommitmentStatus, Direction
from collabdesk.services.agreement_content import (
    DocumentContent,
    Promise,
    gather_document,
    missing_parties,
)
from collabdesk.services.agreement_fields import (
    METHODS,
    NOT_VALUED,
    amount_text,
    common_fields,
    date_text,
    money_text,
)
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, NotFoundError, ServiceError
from collabdesk.services.legal_details import MissingDetail
from collabdesk.services.transaction import Sessions, transaction

CONTEXT = "Acknowledgements"


@dataclass(frozen=True)
class PreparedAcknowledgement:
    content: DocumentContent
    library_gives: bool
    items: tuple[Promise, ...]
    fields: dict[str, Any]  # the merge data (services/merge_fields.py)
    missing: tuple[MissingDetail, ...]


def _refuse(template: str, *args: object) -> ServiceError:
    return ServiceError(Message(CONTEXT, template, tuple(args)))


def _label(row: Commitment) -> str:
    return f"{row.id} «{row.description[:60]}»"


def acknowledgement_fields(
    content: DocumentContent, items: Sequence[Promise], library_gives: bool, written_on: date
) -> dict[str, Any]:
    language = content.language
    number = f"{content.collaboration_id}-{min(item.id for item in items)}"
    fields = common_fields(content, 0, written_on)
    fields["document"]["number"] = number
    totals: dict[str, Decimal] = {}
    for item in items:
        if item.value is not None:
            totals[item.currency] = totals.get(item.currency, Decimal(0)) + item.value
    total = " + ".join(money_text(value, currency, language) for currency, value in totals.items())
    return fields | {
        "giver": fields["library"] if library_gives else fields["partner"],
        "receiver": fields["partner"] if library_gives else fields["library"],
        "library_gives": library_gives,
        "items": [
            {
                "number": str(index),
                "what": item.what,
                "amount": amount_text(item, language),
                "delivered": date_text(item.delivered_on, language),
                "value": money_text(item.value, item.currency, language) or NOT_VALUED[language],
                "method": METHODS[language].get(item.method, "") if item.method else "",
            }
            for index, item in enumerate(items, 1)
        ],
        "total": total or NOT_VALUED[language],
    }


class AcknowledgementService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def prepare(
        self,
        commitment_ids: Sequence[int],
        language: str | None = None,
        partner_id: int | None = None,
        today: date | None = None,
    ) -> PreparedAcknowledgement:
        if not commitment_ids:
            raise _refuse(
                QT_TRANSLATE_NOOP("Acknowledgements", "Name at least one delivered commitment.")
            )
        with transaction(self._sessions) as session:
            rows = []
            for commitment_id in dict.fromkeys(commitment_ids):
                row = session.get(Commitment, commitment_id)
                if row is None:
                    raise NotFoundError(
                        Message(
                            CONTEXT,
                            QT_TRANSLATE_NOOP(
                                "Acknowledgements", "There is no commitment with id %1."
                            ),
                            (commitment_id,),
                        )
                    )
                rows.append(row)
            undelivered = [row for row in rows if row.status is not CommitmentStatus.DELIVERED]
            if undelivered:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Acknowledgements",
                        "Only what was delivered is acknowledged; not delivered yet: %1.",
                    ),
                    ", ".join(_label(row) for row in undelivered),
                )
            if len({row.collaboration_id for row in rows}) > 1:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Acknowledgements",
                        "One act covers one collaboration; these commitments belong to %1.",
                    ),
                    ", ".join(str(i) for i in sorted({row.collaboration_id for row in rows})),
                )
            partners = {row.partner_id for row in rows if row.partner_id is not None}
            if partner_id is not None:
                partners.add(partner_id)
            if len(partners) > 1:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Acknowledgements",
                        "One act is between the library and one partner; these commitments "
                        "concern partners %1.",
                    ),
                    ", ".join(str(i) for i in sorted(partners)),
                )
            directions = {row.direction for row in rows}
            if len(directions) > 1:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Acknowledgements",
                        "One act lists what one side handed over; write the partner's and "
                        "the library's deliveries as two acts.",
                    )
                )
            library_gives = directions == {Direction.LIBRARY_GIVES}
            content = gather_document(
                session,
                rows[0].collaboration_id,
                next(iter(partners)) if partners else None,
                language,
            )
        wanted = {row.id for row in rows}
        items = tuple(p for p in content.promises if p.id in wanted)
        written_on = today or date.today()
        return PreparedAcknowledgement(
            content,
            library_gives,
            items,
            acknowledgement_fields(content, items, library_gives, written_on),
            tuple(missing_parties(content)),
        )

    def delivered(
        self, collaboration_id: int, partner_id: int, library_gives: bool = False
    ) -> list[tuple[int, str, date | None]]:
        """The delivered commitments one act may list (the window's choice):
        the partner's by default, the library's own with `library_gives`."""
        direction = Direction.LIBRARY_GIVES if library_gives else Direction.PARTNER_GIVES
        with transaction(self._sessions) as session:
            query = select(Commitment.id, Commitment.description, Commitment.delivered_on).where(
                Commitment.collaboration_id == collaboration_id,
                Commitment.status == CommitmentStatus.DELIVERED,
                Commitment.direction == direction,
            )
            if library_gives:
                query = query.where(
                    (Commitment.partner_id == partner_id) | Commitment.partner_id.is_(None)
                )
            else:
                query = query.where(Commitment.partner_id == partner_id)
            return [
                (row[0], row[1], row[2])
                for row in session.execute(query.order_by(Commitment.delivered_on, Commitment.id))
            ]
