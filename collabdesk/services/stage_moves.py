"""A collaboration moved to another stage under the stage rule
(services/stages.py), with its reason kept where there is room for it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collabdesk.domain.collaboration import Collaboration
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.commitment_flow import OPEN_STATUSES
from collabdesk.domain.enums import InteractionKind, PartnerRole, Stage
from collabdesk.domain.partner import Interaction
from collabdesk.services.errors import QT_TRANSLATE_NOOP, FieldProblem, Message, ValidationError
from collabdesk.services.stages import CONTEXT, stage_move_problem
from collabdesk.services.validation import Checker, clean_text

REASON_MAX = 5_000


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
