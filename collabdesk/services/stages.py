"""Moving a collaboration along its stages (the board's “next stage”)."""

from __future__ import annotations

from collabdesk.domain.enums import STAGE_PATH, Stage


def next_stage(stage: Stage) -> Stage | None:
    """The stage after `stage` on the normal path; None at the end or off it
    (declined and on-hold collaborations are moved by hand)."""
    stage = Stage(stage)
    if stage not in STAGE_PATH:
        return None
    index = STAGE_PATH.index(stage)
    return STAGE_PATH[index + 1] if index + 1 < len(STAGE_PATH) else None
