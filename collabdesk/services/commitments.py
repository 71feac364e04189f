"""Promises of both sides of a collaboration.

The drafts and records are in commitment_records.py, the status moves in
commitment_moves.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from collabdesk.domain.collaboration import Collaboration
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.commitment_step import CommitmentStep
from collabdesk.domain.enums import CommitmentStatus
from collabdesk.domain.partner import Partner
from collabdesk.services.commitment_moves import delivery_date_problem, move
from collabdesk.services.commitment_records import (
    CommitmentDraft,
    CommitmentRecord,
    _clean,
    _record,
)
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    NotFoundError,
    ValidationError,
)
from collabdesk.services.staff import install_links
from collabdesk.services.transaction import Sessions, check_version, transaction
from collabdesk.services.validation import Checker, clean_text

CONTEXT = "CommitmentService"


def load(session: Session, commitment_id: int) -> Commitment:
    item = session.get(Commitment, commitment_id)
    if item is None:
        raise NotFoundError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("CommitmentService", "There is no commitment with id %1."),
                (commitment_id,),
            )
        )
    return item


class CommitmentService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
        install_links(sessions)  # owner / who texts point at staff (services/staff.py)

    def add(self, collaboration_id: int, draft: CommitmentDraft) -> CommitmentRecord:
        draft = _clean(draft)
        with transaction(self._sessions, "commitment") as session:
            if session.get(Collaboration, collaboration_id) is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "CommitmentService", "There is no collaboration with id %1."
                        ),
                        (collaboration_id,),
                    )
                )
            if draft.partner_id is not None and session.get(Partner, draft.partner_id) is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("CommitmentService", "There is no partner with id %1."),
                        (draft.partner_id,),
                    )
                )
            item = Commitment(collaboration_id=collaboration_id, **draft.__dict__)
            session.add(item)
            session.flush()
            return _record(item)

    def update(
        self, commitment_id: int, draft: CommitmentDraft, expected_version: int | None = None
    ) -> CommitmentRecord:
        draft = _clean(draft)
        with transaction(self._sessions, "commitment", commitment_id) as session:
            item = session.get(Commitment, commitment_id)
            if item is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "CommitmentService", "There is no commitment with id %1."
                        ),
                        (commitment_id,),
                    )
                )
            check_version("commitment", commitment_id, item.version_id, expected_version)
            if draft.partner_id is not None and session.get(Partner, draft.partner_id) is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("CommitmentService", "There is no partner with id %1."),
                        (draft.partner_id,),
                    )
                )
            move(item, draft.status)
            for key, value in draft.__dict__.items():
                setattr(item, key, value)
            session.flush()
            return _record(item)

    def delete(self, commitment_id: int) -> None:
        with transaction(self._sessions, "commitment", commitment_id) as session:
            item = session.get(Commitment, commitment_id)
            if item is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "CommitmentService", "There is no commitment with id %1."
                        ),
                        (commitment_id,),
                    )
                )
            # Its steps go first, each in the change log, so undo brings
            # them back with it (the database's cascade would go unrecorded).
            for step in session.scalars(
                select(CommitmentStep).where(CommitmentStep.commitment_id == commitment_id)
            ):
                session.delete(step)
            session.flush()
            session.delete(item)

    def for_collaboration(self, collaboration_id: int) -> list[CommitmentRecord]:
        with transaction(self._sessions) as session:
            rows = session.scalars(
                select(Commitment)
                .where(Commitment.collaboration_id == collaboration_id)
                .order_by(Commitment.direction, Commitment.due_on, Commitment.id)
            )
            return [_record(c) for c in rows]

    def get(self, commitment_id: int) -> CommitmentRecord:
        with transaction(self._sessions) as session:
            return _record(load(session, commitment_id))

    def start(self, commitment_id: int) -> CommitmentRecord:
        """Planned → in progress."""
        return self._move(commitment_id, CommitmentStatus.IN_PROGRESS)

    def miss(self, commitment_id: int) -> CommitmentRecord:
        return self._move(commitment_id, CommitmentStatus.MISSED)

    def deliver(
        self, commitment_id: int, delivered_on: date, today: date | None = None
    ) -> CommitmentRecord:
        """Mark delivered without proof (ProofService.deliver adds one)."""
        problem = delivery_date_problem(delivered_on, today or date.today())
        if problem is not None:
            raise ValidationError([problem])
        with transaction(self._sessions, "commitment", commitment_id) as session:
            item = load(session, commitment_id)
            move(item, CommitmentStatus.DELIVERED)
            item.delivered_on = delivered_on
            session.flush()
            return _record(item)

    def waive(self, commitment_id: int, reason: str) -> CommitmentRecord:
        """Let the other side off the promise; the reason is required."""
        reason = clean_text(reason)
        check = Checker()
        check.required(
            "waived_reason", reason, QT_TRANSLATE_NOOP("Field", "The reason for waiving")
        )
        check.max_length(
            "waived_reason", reason, 5_000, QT_TRANSLATE_NOOP("Field", "The reason for waiving")
        )
        if check.problems:
            raise ValidationError(check.problems)
        with transaction(self._sessions, "commitment", commitment_id) as session:
            item = load(session, commitment_id)
            move(item, CommitmentStatus.WAIVED)
            item.waived_reason = reason
            session.flush()
            return _record(item)

    def make_good(
        self, missed_id: int, description: str, due_on: date | None, owner: str | None = None
    ) -> CommitmentRecord:
        """A replacement for a missed commitment: same side, partner and
        collaboration, linked to the one it replaces."""
        with transaction(self._sessions, "commitment", missed_id) as session:
            missed = load(session, missed_id)
            if missed.status is not CommitmentStatus.MISSED:
                raise ValidationError(
                    [
                        FieldProblem(
                            "status",
                            "not_missed",
                            Message(
                                CONTEXT,
                                QT_TRANSLATE_NOOP(
                                    "CommitmentService",
                                    "Only a missed commitment can get a make-good; mark it missed "
                                    "first.",
                                ),
                            ),
                        )
                    ]
                )
            draft = _clean(
                replace(
                    _record(missed).to_draft(),
                    description=description,
                    description_translation="",  # the old one translates the missed promise
                    due_on=due_on,
                    owner=missed.owner if owner is None else owner,
                    status=CommitmentStatus.PLANNED,
                    delivered_on=None,
                    proof_note="",
                )
            )
            item = Commitment(
                collaboration_id=missed.collaboration_id,
                make_good_for_id=missed.id,
                **draft.__dict__,
            )
            session.add(item)
            session.flush()
            return _record(item)

    def _move(self, commitment_id: int, target: CommitmentStatus) -> CommitmentRecord:
        with transaction(self._sessions, "commitment", commitment_id) as session:
            item = load(session, commitment_id)
            move(item, target)
            session.flush()
            return _record(item)
