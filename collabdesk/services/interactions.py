"""The history of meetings, calls and e-mails with a partner."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from collabdesk.domain.enums import InteractionKind
from collabdesk.domain.partner import Contact, Interaction, Partner
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    NotFoundError,
    ValidationError,
)
from collabdesk.services.transaction import Sessions, check_version, transaction
from collabdesk.services.validation import Checker, clean_text

CONTEXT = "InteractionService"

SUMMARY_MAX = 20_000


@dataclass(frozen=True)
class InteractionDraft:
    occurred_on: date
    kind: InteractionKind = InteractionKind.MEETING
    summary: str = ""
    contact_id: int | None = None


@dataclass(frozen=True)
class InteractionRecord:
    id: int
    partner_id: int
    version_id: int
    occurred_on: date
    kind: InteractionKind
    summary: str
    contact_id: int | None


def _clean(draft: InteractionDraft) -> InteractionDraft:
    if not isinstance(draft.occurred_on, date):
        raise ValidationError(
            [
                FieldProblem(
                    "occurred_on",
                    "bad_date",
                    Message(
                        CONTEXT, QT_TRANSLATE_NOOP("InteractionService", "A date is required.")
                    ),
                )
            ]
        )
    cleaned = InteractionDraft(
        occurred_on=draft.occurred_on,
        kind=InteractionKind(draft.kind),
        summary=clean_text(draft.summary),
        contact_id=draft.contact_id,
    )
    check = Checker()
    check.max_length("summary", cleaned.summary, SUMMARY_MAX, QT_TRANSLATE_NOOP("Field", "Summary"))
    if check.problems:
        raise ValidationError(check.problems)
    return cleaned


def _record(item: Interaction) -> InteractionRecord:
    return InteractionRecord(
        id=item.id,
        partner_id=item.partner_id,
        version_id=item.version_id,
        occurred_on=item.occurred_on,
        kind=item.kind,
        summary=item.summary,
        contact_id=item.contact_id,
    )


class InteractionService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def add(self, partner_id: int, draft: InteractionDraft) -> InteractionRecord:
        draft = _clean(draft)
        with transaction(self._sessions, "interaction") as session:
            if session.get(Partner, partner_id) is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("InteractionService", "There is no partner with id %1."),
                        (partner_id,),
                    )
                )
            if draft.contact_id is not None:
                contact = session.get(Contact, draft.contact_id)
                if contact is None or contact.partner_id != partner_id:
                    raise NotFoundError(
                        Message(
                            CONTEXT,
                            QT_TRANSLATE_NOOP(
                                "InteractionService", "That contact does not work at this partner."
                            ),
                        )
                    )
            item = Interaction(partner_id=partner_id, **draft.__dict__)
            session.add(item)
            session.flush()
            return _record(item)

    def update(
        self, interaction_id: int, draft: InteractionDraft, expected_version: int | None = None
    ) -> InteractionRecord:
        draft = _clean(draft)
        with transaction(self._sessions, "interaction", interaction_id) as session:
            item = session.get(Interaction, interaction_id)
            if item is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "InteractionService", "There is no interaction with id %1."
                        ),
                        (interaction_id,),
                    )
                )
            check_version("interaction", interaction_id, item.version_id, expected_version)
            if draft.contact_id is not None:
                contact = session.get(Contact, draft.contact_id)
                if contact is None or contact.partner_id != item.partner_id:
                    raise NotFoundError(
                        Message(
                            CONTEXT,
                            QT_TRANSLATE_NOOP(
                                "InteractionService", "That contact does not work at this partner."
                            ),
                        )
                    )
            for key, value in draft.__dict__.items():
                setattr(item, key, value)
            session.flush()
            return _record(item)

    def delete(self, interaction_id: int) -> None:
        with transaction(self._sessions, "interaction", interaction_id) as session:
            item = session.get(Interaction, interaction_id)
            if item is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "InteractionService", "There is no interaction with id %1."
                        ),
                        (interaction_id,),
                    )
                )
            session.delete(item)

    def for_partner(self, partner_id: int) -> list[InteractionRecord]:
        with transaction(self._sessions) as session:
            rows = session.scalars(
                select(Interaction)
                .where(Interaction.partner_id == partner_id)
                .order_by(Interaction.occurred_on.desc(), Interaction.id.desc())
            )
            return [_record(i) for i in rows]
