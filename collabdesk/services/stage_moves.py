"""Every change of a collaboration's stage goes through `move_stage` (the
board, the buttons, the form, the command line, a new or renewed
collaboration): it obeys the stage rules (services/stages.py; a reason for
"declined" and "on hold"; "completed" only with every promise settled, or
with a choice for each open one), and writes the change down — the
collaboration's `stage_changed_on` and `stage_reason`, and a StageChange row
(from, to, when, why)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from collabdesk.domain.collaboration import Collaboration
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.commitment_flow import OPEN_STATUSES
from collabdesk.domain.commitment_series import CommitmentSeries, occurrence_title
from collabdesk.domain.enums import CommitmentStatus, InteractionKind, PartnerRole, Stage
from collabdesk.domain.partner import Interaction, Partner
from collabdesk.domain.stage_change import StageChange
from collabdesk.services.commitment_moves import delivery_date_problem, move
from collabdesk.services.errors import QT_TRANSLATE_NOOP, FieldProblem, Message, ValidationError
from collabdesk.services.stage_settlement import (
    REASON_STAGES,
    OpenPromise,
    OpenPromisesError,
    Settle,
    Settlement,
    reason_required,
)
from collabdesk.services.stages import CONTEXT
from collabdesk.services.validation import Checker, clean_text

REASON_MAX = 5_000

Renew = Callable[[int], int]  # RenewalService.renew, run inside the move's transaction


def open_promises(session: Session, collaboration_id: int) -> list[OpenPromise]:
    """The collaboration's planned and in-progress promises, by due date."""
    rows = session.execute(
        select(Commitment, Partner.name, CommitmentSeries.times)
        .outerjoin(Partner, Partner.id == Commitment.partner_id)
        .outerjoin(CommitmentSeries, CommitmentSeries.id == Commitment.series_id)
        .where(
            Commitment.collaboration_id == collaboration_id,
            Commitment.status.in_(OPEN_STATUSES),
        )
        .order_by(Commitment.due_on.is_(None), Commitment.due_on, Commitment.id)
    )
    return [  # an occurrence of a schedule says which one: "(3/12) Monthly report"
        OpenPromise(
            c.id,
            c.direction,
            occurrence_title(c.description, c.occurrence, size),
            c.due_on,
            c.status,
            name or "",
        )
        for c, name, size in rows
    ]


def moment(today: date) -> datetime:
    """When a change made `today` happened: now, or noon of a day given
    otherwise (a test, an import of past moves)."""
    now = datetime.now(UTC)
    if today == date.today():
        return now
    return datetime.combine(today, time(12), tzinfo=UTC)


def enter_first_stage(session: Session, collab: Collaboration, today: date) -> None:
    """A new collaboration (created, renewed, demo) starts its stage today."""
    collab.stage_changed_on = today
    session.flush()  # its id
    session.add(
        StageChange(
            collaboration_id=collab.id,
            from_stage=None,
            to_stage=collab.stage,
            changed_at=moment(today),
        )
    )


def move_stage(
    session: Session,
    collab: Collaboration,
    target: Stage,
    reason: str,
    today: date,
    settlements: Iterable[Settlement] = (),
    renew: Renew | None = None,
) -> None:
    """Move `collab` to `target` under the rules, applying `settlements`
    (completing only) first; all in the caller's transaction. Moving to the
    stage it is in changes nothing."""
    target = Stage(target)
    reason = clean_text(reason)
    check = Checker()
    check.max_length("reason", reason, REASON_MAX, QT_TRANSLATE_NOOP("Field", "Reason"))
    if check.problems:
        raise ValidationError(check.problems)
    before = Stage(collab.stage)
    if before is target:
        return
    if target in REASON_STAGES and not reason:
        raise ValidationError([reason_required(target)])
    moving: list[Commitment] = []
    if target is Stage.COMPLETED:
        moving = _settle(session, collab, tuple(settlements), today)
    collab.stage = target
    collab.stage_changed_on = today
    collab.stage_reason = reason
    session.add(
        StageChange(
            collaboration_id=collab.id,
            from_stage=before,
            to_stage=target,
            changed_at=moment(today),
            reason=reason,
        )
    )
    if moving:
        session.flush()  # the renewal sees the collaboration completed
        renewal_id = _renewal_of(session, collab.id, renew)
        for item in moving:
            item.collaboration_id = renewal_id
    _note_reason(session, collab, before, target, reason, today)


def _settle(
    session: Session, collab: Collaboration, settlements: tuple[Settlement, ...], today: date
) -> list[Commitment]:
    """Apply each choice to its open promise; refuse, naming the promises
    left open, when any has no choice. Returns those to move to a renewal."""
    chosen = {s.commitment_id: s for s in settlements}
    still_open = open_promises(session, collab.id)
    unsettled = tuple(p for p in still_open if p.id not in chosen)
    if unsettled:
        raise OpenPromisesError(collab.title, unsettled)
    stray = sorted(set(chosen) - {p.id for p in still_open})
    if stray:
        raise ValidationError([_not_open(stray[0])])
    moving: list[Commitment] = []
    for promise in still_open:
        choice = chosen[promise.id]
        item = session.get(Commitment, promise.id)
        assert item is not None
        if choice.action is Settle.DELIVER:
            on = choice.delivered_on or today
            problem = delivery_date_problem(on, today)
            if problem is not None:
                raise ValidationError([problem])
            move(item, CommitmentStatus.DELIVERED)
            item.delivered_on = on
        elif choice.action is Settle.WAIVE:
            why = clean_text(choice.reason)
            check = Checker()
            label = QT_TRANSLATE_NOOP("Field", "The reason for waiving")
            check.required("waived_reason", why, label)
            check.max_length("waived_reason", why, REASON_MAX, label)
            if check.problems:
                raise ValidationError(check.problems)
            move(item, CommitmentStatus.WAIVED)
            item.waived_reason = why
        elif choice.action is Settle.MISS:
            move(item, CommitmentStatus.MISSED)
        else:
            moving.append(item)
    return moving


def _renewal_of(session: Session, collaboration_id: int, renew: Renew | None) -> int:
    """The collaboration's renewal (the newest), made with `renew` when none."""
    found = session.scalar(
        select(Collaboration.id)
        .where(Collaboration.renewed_from_id == collaboration_id)
        .order_by(Collaboration.id.desc())
        .limit(1)
    )
    if found is not None:
        return found
    if renew is None:
        raise ValidationError(
            [
                FieldProblem(
                    "renewal",
                    "no_renewal",
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "CollaborationService",
                            "This collaboration has no renewal to move promises to.",
                        ),
                    ),
                )
            ]
        )
    return renew(collaboration_id)


def _not_open(commitment_id: int) -> FieldProblem:
    return FieldProblem(
        "settlements",
        "not_open",
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "CollaborationService",
                "Commitment %1 is not an open promise of this collaboration.",
            ),
            (commitment_id,),
        ),
    )


def _note_reason(
    session: Session, collab: Collaboration, before: Stage, target: Stage, reason: str, today: date
) -> None:
    """The reason also goes, as a note, into the log of each partner, where
    staff look when they next call them."""
    if not reason:
        return
    summary = f"{collab.title}: {before.value} → {target.value}. {reason}"
    for cp in collab.participants:
        if cp.role is PartnerRole.PARTNER:
            session.add(
                Interaction(
                    partner_id=cp.partner_id,
                    occurred_on=today,
                    kind=InteractionKind.OTHER,
                    summary=summary,
                )
            )
