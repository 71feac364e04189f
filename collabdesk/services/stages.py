"""Moving a collaboration along its stages (the board's “next stage”), and
the one rule a move must pass: a collaboration is completed only when every
promise in it is settled."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collabdesk.domain.collaboration import Collaboration
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.commitment_flow import OPEN_STATUSES
from collabdesk.domain.enums import STAGE_PATH, InteractionKind, PartnerRole, Stage
from collabdesk.domain.partner import Interaction
from collabdesk.services.errors import QT_TRANSLATE_NOOP, FieldProblem, Message, ValidationError
from collabdesk.services.validation import Checker, clean_text

CONTEXT = "CollaborationService"
REASON_MAX = 5_000


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


def _refused(code: str, message: Message) -> ValidationError:
    return ValidationError([FieldProblem("stage", code, message)])


def move_stage(
    session: Session, collab: Collaboration, target: Stage, reason: str, today: date
) -> None:
    """Move `collab` to `target`; a reason is kept as a note ("other") in the
    log of each of its partners, since a collaboration has no field for it."""
    target = Stage(target)
    open_count = (
        session.scalar(
            select(func.count(Commitment.id)).where(
                Commitment.collaboration_id == collab.id,
                Commitment.status.in_(OPEN_STATUSES),
            )
        )
        or 0
    )
    problem = stage_move_problem(collab.title, target, open_count)
    if problem is not None:
        raise _refused("stage_refused", problem)
    reason = clean_text(reason)
    check = Checker()
    check.max_length("reason", reason, REASON_MAX, QT_TRANSLATE_NOOP("Field", "Reason"))
    if check.problems:
        raise ValidationError(check.problems)
    partners = [cp.partner_id for cp in collab.participants if cp.role is PartnerRole.PARTNER]
    if reason and not partners:
        raise _refused(
            "no_partner_for_reason",
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "CollaborationService",
                    "A reason is kept as a note in the log of the collaboration's partners, "
                    "and it has none; move it without a reason.",
                ),
            ),
        )
    before = collab.stage
    collab.stage = target
    if reason:
        summary = f"{collab.title}: {Stage(before).value} → {target.value}. {reason}"
        for partner_id in partners:
            session.add(
                Interaction(
                    partner_id=partner_id,
                    occurred_on=today,
                    kind=InteractionKind.OTHER,
                    summary=summary,
                )
            )
