"""How a commitment's status may change: the legal moves, the refusal of an
illegal one, and the check on a delivery date."""

from __future__ import annotations

from datetime import date

from collabdesk.domain.commitment import Commitment
from collabdesk.domain.commitment_flow import can_move
from collabdesk.domain.enums import CommitmentStatus
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    ValidationError,
)

CONTEXT = "CommitmentService"  # the translations' context, shared with the service


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
