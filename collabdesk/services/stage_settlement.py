"""What to do with each promise still open when a collaboration is
completed: the person's choice per promise, and the refusal that lists the
open ones so the window can ask and the command line can say how to close
them. Light (no SQLAlchemy): the window's completion dialog imports it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from collabdesk.domain.enums import CommitmentStatus, Direction, Stage
from collabdesk.services.errors import QT_TRANSLATE_NOOP, FieldProblem, Message, ValidationError
from collabdesk.services.stages import CONTEXT, stage_move_problem

# A reason is asked for these stages (kept in the collaboration and its history).
REASON_STAGES = frozenset({Stage.DECLINED, Stage.ON_HOLD})


class Settle(StrEnum):
    """The four ways to close an open promise when completing."""

    DELIVER = "deliver"
    WAIVE = "waive"
    MISS = "miss"
    RENEWAL = "renewal"  # moves, still open, to the collaboration's renewal


@dataclass(frozen=True)
class Settlement:
    commitment_id: int
    action: Settle
    delivered_on: date | None = None  # DELIVER: today when not given
    reason: str = ""  # WAIVE: required


@dataclass(frozen=True)
class OpenPromise:
    """A promise that stands between a collaboration and "completed"."""

    id: int
    direction: Direction
    description: str
    due_on: date | None
    status: CommitmentStatus
    partner_name: str


class OpenPromisesError(ValidationError):
    """ "Completed" refused: `open` lists the promises still open (those no
    settlement was given for)."""

    def __init__(self, title: str, open_promises: tuple[OpenPromise, ...]) -> None:
        problem = stage_move_problem(title, Stage.COMPLETED, len(open_promises))
        assert problem is not None
        super().__init__([FieldProblem("stage", "open_commitments", problem)])
        self.open = open_promises


STAGE_NAMES = {
    Stage.IDEA: QT_TRANSLATE_NOOP("Labels", "Idea"),
    Stage.PREPARING: QT_TRANSLATE_NOOP("Labels", "Preparing"),
    Stage.PITCHED: QT_TRANSLATE_NOOP("Labels", "Pitched"),
    Stage.NEGOTIATING: QT_TRANSLATE_NOOP("Labels", "Negotiating"),
    Stage.AGREED: QT_TRANSLATE_NOOP("Labels", "Agreed"),
    Stage.DELIVERING: QT_TRANSLATE_NOOP("Labels", "Delivering"),
    Stage.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Completed"),
    Stage.DECLINED: QT_TRANSLATE_NOOP("Labels", "Declined"),
    Stage.ON_HOLD: QT_TRANSLATE_NOOP("Labels", "On hold"),
}


def stage_name(stage: Stage) -> Message:
    """The stage's name as the window labels it, for a sentence of a service."""
    return Message("Labels", STAGE_NAMES[Stage(stage)])


def reason_required(stage: Stage) -> FieldProblem:
    """ "Declined" and "on hold" say why: the next person to pick the
    collaboration up needs to know."""
    return FieldProblem(
        "reason",
        "required",
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "CollaborationService",
                "Say why the collaboration is moved to “%1”: the reason is required.",
            ),
            (stage_name(stage),),
        ),
    )
