"""A commitment as the program passes it around: the draft a form or an
import fills in, how that draft is cleaned and checked, and the frozen
record read back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from collabdesk.domain.commitment import Commitment
from collabdesk.domain.enums import CommitmentStatus, Direction, ValuationMethod
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    ValidationError,
)
from collabdesk.services.validation import Checker, clean_line, clean_text

CONTEXT = "CommitmentService"  # the translations' context, shared with the service

CURRENCY_LEN = 3
DESCRIPTION_MAX = 5_000


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
    # The description in the library's second language, for a pitch in it.
    description_translation: str = ""


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
    description_translation: str = ""
    # A recurring promise's occurrence (services/commitment_series.py).
    series_id: int | None = None
    occurrence: int | None = None
    # The staff member the owner names (issue 19; set by services/staff.py).
    owner_staff_id: int | None = None

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
            description_translation=self.description_translation,
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
        description_translation=clean_text(draft.description_translation),
    )
    check = Checker()
    check.required("description", cleaned.description, QT_TRANSLATE_NOOP("Field", "Description"))
    check.max_length(
        "description",
        cleaned.description,
        DESCRIPTION_MAX,
        QT_TRANSLATE_NOOP("Field", "Description"),
    )
    check.max_length(
        "description_translation",
        cleaned.description_translation,
        DESCRIPTION_MAX,
        QT_TRANSLATE_NOOP("Field", "Description in the second language"),
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
        description_translation=item.description_translation,
        series_id=item.series_id,
        occurrence=item.occurrence,
        owner_staff_id=item.owner_staff_id,
    )


def record_of(item: Commitment) -> CommitmentRecord:
    """The frozen record of a loaded commitment (for sibling services)."""
    return _record(item)
