"""Promises of both sides of a collaboration."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from collabdesk.domain.collaboration import Collaboration
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.enums import CommitmentStatus, Direction, ValuationMethod
from collabdesk.domain.partner import Partner
from collabdesk.services.errors import FieldProblem, NotFoundError, ValidationError
from collabdesk.services.transaction import Sessions, check_version, transaction
from collabdesk.services.validation import Checker, clean_line, clean_text

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


def _decimal(field: str, value: Decimal | None) -> Decimal | None:
    if value is None:
        return None
    try:
        number = Decimal(value)
    except (InvalidOperation, TypeError, ValueError) as exc:
        raise ValidationError(
            [FieldProblem(field, "bad_number", f"'{value}' is not a number.")]
        ) from exc
    if not number.is_finite() or abs(number) >= Decimal("1e12"):
        raise ValidationError([FieldProblem(field, "bad_number", f"'{value}' is out of range.")])
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
    check.required("description", cleaned.description, "Description")
    check.max_length("description", cleaned.description, 5_000, "Description")
    check.max_length("owner", cleaned.owner, 200, "Owner")
    check.max_length("unit", cleaned.unit, 60, "Unit")
    if len(cleaned.currency) != CURRENCY_LEN or not cleaned.currency.isalpha():
        check.problems.append(
            FieldProblem("currency", "bad_currency", "Currency is a three-letter code like RUB.")
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
    )


class CommitmentService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def add(self, collaboration_id: int, draft: CommitmentDraft) -> CommitmentRecord:
        draft = _clean(draft)
        with transaction(self._sessions, "commitment") as session:
            if session.get(Collaboration, collaboration_id) is None:
                raise NotFoundError(f"There is no collaboration with id {collaboration_id}.")
            if draft.partner_id is not None and session.get(Partner, draft.partner_id) is None:
                raise NotFoundError(f"There is no partner with id {draft.partner_id}.")
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
                raise NotFoundError(f"There is no commitment with id {commitment_id}.")
            check_version("commitment", commitment_id, item.version_id, expected_version)
            if draft.partner_id is not None and session.get(Partner, draft.partner_id) is None:
                raise NotFoundError(f"There is no partner with id {draft.partner_id}.")
            for key, value in draft.__dict__.items():
                setattr(item, key, value)
            session.flush()
            return _record(item)

    def delete(self, commitment_id: int) -> None:
        with transaction(self._sessions, "commitment", commitment_id) as session:
            item = session.get(Commitment, commitment_id)
            if item is None:
                raise NotFoundError(f"There is no commitment with id {commitment_id}.")
            session.delete(item)

    def for_collaboration(self, collaboration_id: int) -> list[CommitmentRecord]:
        with transaction(self._sessions) as session:
            rows = session.scalars(
                select(Commitment)
                .where(Commitment.collaboration_id == collaboration_id)
                .order_by(Commitment.direction, Commitment.due_on, Commitment.id)
            )
            return [_record(c) for c in rows]
