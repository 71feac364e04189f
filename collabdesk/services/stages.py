"""Moving a collaboration along its stages (the board's “next stage”), and
the one rule a move must pass: a collaboration is completed only when every
promise in it is settled. Light on purpose: the window imports it before
SQLAlchemy loads (the move itself is in stage_moves)."""

from __future__ import annotations

from collabdesk.domain.enums import STAGE_PATH, Stage
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message

CONTEXT = "CollaborationService"


def next_stage(stage: Stage) -> Stage | None:
    """The stage after `stage` on the normal path; None at the end or off it
    (declined and on-hold collaborations are moved by hand)."""
    stage = Stage(stage)
    if stage not in STAGE_PATH:
        return None
    index = STAGE_PATH.index(stage)
    return STAGE_PATH[index + 1] if index + 1 < len(STAGE_PATH) else None


def stage_move_problem(title: str, target: Stage, open_commitments: int) -> Message | None:
    """Why a collaboration may not move to `target`, or None. "Completed"
    with a promise still open would hide it from every overdue list."""
    if Stage(target) is Stage.COMPLETED and open_commitments:
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "CollaborationService",
                "“%1” cannot be completed: commitments still open: %2. Deliver, waive or "
                "mark them missed first.",
            ),
            (title, open_commitments),
        )
    return None
