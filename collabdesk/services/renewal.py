"""Renew for next year: a completed collaboration cloned with its partners
and commitments, every date a year later, every promise open again."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select

from collabdesk.domain.collaboration import TITLE_MAX, Collaboration, CollaborationPartner
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.enums import CommitmentStatus, Stage
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    NotFoundError,
    ValidationError,
)
from collabdesk.services.stage_moves import enter_first_stage
from collabdesk.services.transaction import Sessions, transaction

CONTEXT = "RenewalService"

YEAR = re.compile(r"\b(19|20)\d{2}\b")


def next_year(day: date | None) -> date | None:
    """The same day a year later; 29 February becomes 28 February."""
    if day is None:
        return None
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def next_title(title: str) -> str:
    """ "Festival 2026" → "Festival 2027"; a title without a year is kept."""
    return YEAR.sub(lambda m: str(int(m.group(0)) + 1), title)[:TITLE_MAX]


class RenewalService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def renew(self, collaboration_id: int) -> int:
        """Returns the id of the new collaboration."""
        with transaction(self._sessions, "collaboration", collaboration_id) as session:
            old = session.get(Collaboration, collaboration_id)
            if old is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "RenewalService", "There is no collaboration with id %1."
                        ),
                        (collaboration_id,),
                    )
                )
            if old.stage is not Stage.COMPLETED:
                raise ValidationError(
                    [
                        FieldProblem(
                            "stage",
                            "not_completed",
                            Message(
                                CONTEXT,
                                QT_TRANSLATE_NOOP(
                                    "RenewalService",
                                    "Only a completed collaboration can be renewed for next year; "
                                    "finish this one first.",
                                ),
                            ),
                        )
                    ]
                )
            new = Collaboration(
                title=next_title(old.title),
                idea=old.idea,
                stage=Stage.AGREED,
                starts_on=next_year(old.starts_on),
                ends_on=next_year(old.ends_on),
                renewed_from_id=old.id,
            )
            session.add(new)
            enter_first_stage(session, new, date.today())
            session.flush()
            for cp in old.participants:
                session.add(
                    CollaborationPartner(
                        collaboration_id=new.id, partner_id=cp.partner_id, role=cp.role
                    )
                )
            promises = session.scalars(
                select(Commitment)
                .where(
                    Commitment.collaboration_id == old.id,
                    Commitment.make_good_for_id.is_(None),
                )
                .order_by(Commitment.id)
            )
            for item in promises:
                session.add(
                    Commitment(
                        collaboration_id=new.id,
                        partner_id=item.partner_id,
                        direction=item.direction,
                        description=item.description,
                        quantity=item.quantity,
                        unit=item.unit,
                        due_on=next_year(item.due_on),
                        owner=item.owner,
                        status=CommitmentStatus.PLANNED,
                        value=item.value,
                        currency=item.currency,
                        valuation_method=item.valuation_method,
                    )
                )
            session.flush()
            return new.id
