"""Promises of both sides of a collaboration."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from collabdesk.domain.collaboration import Collaboration
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.commitment_flow import can_move
from collabdesk.domain.enums import CommitmentStatus, Direction, ValuationMethod
from collabdesk.domain.partner import Partner
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    NotFoundError,
    ValidationError,
)
from collabdesk.services.transaction import Sessions, check_version, transaction
from collabdesk.services.validation import Checker, clean_line, clean_text

CONTEXT = "CommitmentService"

CURRENCY_LEN = 3


@dataclass(frozen=True)
class CommitmentDraft:
    direction: Direction
    description: str
    partner_id: int | None = None
    quantity: Decimal | None = None
    unit: str = ""
    due_on: date | None = None
    owner: str = ""
    status: CommitmentStatus = CommitmentStatus.PLANNED
    value: Decimal | None = None
    currency: str = "RUB"
    valuation_method: ValuationMethod | None = None
    delivered_on: date | None = None
    proof_note: str = ""


@dataclass(frozen=True)
class CommitmentRecord:
    id: int
    collaboration_id: int
    version_id: int
    direction: Direction
    description: str
    partner_id: int | None
    partner_name: str
    quantity: Decimal | None
    unit: str
    due_on: date | None
    owner: str
    status: CommitmentStatus
    value: Decimal | None
    currency: str
    valuation_method: ValuationMethod | None
    delivered_on: date | None
    proof_note: str
    waived_reason: str = ""
    make_good_for_id: int | None = None

    def to_draft(self) -> CommitmentDraft:
        return CommitmentDraft(
            direction=self.direction,
            description=self.description,
            partner_id=self.partner_id,
            quantity=self.quantity,
            unit=self.unit,
            due_on=self.due_on,
            owner=self.owner,
            status=self.status,
            value=self.value,
            currency=self.currency,
            valuation_method=self.valuation_method,
            delivered_on=self.delivered_on,
            proof_note=self.proof_note,
        )


def _decimal(field: str, value: Decimal | None) -> Decimal | None:
    if value is None:
        return None
    try:
        number = Decimal(value)
    except (InvalidOperation, TypeError, ValueError) as exc:
        raise ValidationError(
            [
                FieldProblem(
                    field,
                    "bad_number",
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("CommitmentService", "'%1' is not a number."),
                        (value,),
                    ),
                )
            ]
        ) from exc
    if not number.is_finite() or abs(number) >= Decimal("1e12"):
        raise ValidationError(
            [
                FieldProblem(
                    field,
                    "bad_number",
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("CommitmentService", "'%1' is out of range."),
                        (value,),
                    ),
                )
            ]
        )
    return number.quantize(Decimal("0.01"))


def _clean(draft: CommitmentDraft) -> CommitmentDraft:
    cleaned = CommitmentDraft(
        direction=Direction(draft.direction),
        description=clean_text(draft.description),
        partner_id=draft.partner_id,
        quantity=_decimal("quantity", draft.quantity),
        unit=clean_line(draft.unit),
        due_on=draft.due_on,
        owner=clean_line(draft.owner),
        status=CommitmentStatus(draft.status),
        value=_decimal("value", draft.value),
        currency=clean_line(draft.currency).upper() or "RUB",
        valuation_method=ValuationMethod(draft.valuation_method)
        if draft.valuation_method
        else None,
        delivered_on=draft.delivered_on,
        proof_note=clean_text(draft.proof_note),
    )
    check = Checker()
    check.required("description", cleaned.description, QT_TRANSLATE_NOOP("Field", "Description"))
    check.max_length(
        "description", cleaned.description, 5_000, QT_TRANSLATE_NOOP("Field", "Description")
    )
    check.max_length("owner", cleaned.owner, 200, QT_TRANSLATE_NOOP("Field", "Owner"))
    check.max_length("unit", cleaned.unit, 60, QT_TRANSLATE_NOOP("Field", "Unit"))
    if len(cleaned.currency) != CURRENCY_LEN or not cleaned.currency.isalpha():
        check.problems.append(
            FieldProblem(
                "currency",
                "bad_currency",
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "CommitmentService", "Currency is a three-letter code like RUB."
                    ),
                ),
            )
        )
    if check.problems:
        raise ValidationError(check.problems)
    return cleaned


def _record(item: Commitment) -> CommitmentRecord:
    return CommitmentRecord(
        id=item.id,
        collaboration_id=item.collaboration_id,
        version_id=item.version_id,
        direction=item.direction,
        description=item.description,
        partner_id=item.partner_id,
        partner_name=item.partner.name if item.partner else "",
        quantity=item.quantity,
        unit=item.unit,
        due_on=item.due_on,
        owner=item.owner,
        status=item.status,
        value=item.value,
        currency=item.currency,
        valuation_method=item.valuation_method,
        delivered_on=item.delivered_on,
        proof_note=item.proof_note,
        waived_reason=item.waived_reason,
        make_good_for_id=item.make_good_for_id,
    )


STATUS_NAMES = {
    CommitmentStatus.PLANNED: QT_TRANSLATE_NOOP("CommitmentService", "planned"),
    CommitmentStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("CommitmentService", "in progress"),
    CommitmentStatus.DELIVERED: QT_TRANSLATE_NOOP("CommitmentService", "delivered"),
    CommitmentStatus.WAIVED: QT_TRANSLATE_NOOP("CommitmentService", "waived"),
    CommitmentStatus.MISSED: QT_TRANSLATE_NOOP("CommitmentService", "missed"),
}


def _status(status: CommitmentStatus) -> Message:
    return Message(CONTEXT, STATUS_NAMES[status])


class TransitionError(ValidationError):
    """A status change the commitment's lifecycle does not allow."""

    def __init__(self, current: CommitmentStatus, target: CommitmentStatus) -> None:
        super().__init__(
            [
                FieldProblem(
                    "status",
                    "bad_transition",
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "CommitmentService", "A commitment cannot go from “%1” to “%2”."
                        ),
                        (_status(current), _status(target)),
                    ),
                )
            ]
        )


def move(item: Commitment, target: CommitmentStatus) -> None:
    """Change the status of a loaded commitment, refusing illegal moves."""
    if item.status == target:
        return
    if not can_move(item.status, target):
        raise TransitionError(item.status, target)
    item.status = target


def delivery_date_problem(delivered_on: date, today: date) -> FieldProblem | None:
    if delivered_on > today:
        return FieldProblem(
            "delivered_on",
            "in_future",
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "CommitmentService",
                    "The delivery date is in the future; pick today or earlier.",
                ),
            ),
        )
    return None


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


def record_of(item: Commitment) -> CommitmentRecord:
    """The frozen record of a loaded commitment (for sibling services)."""
    return _record(item)
