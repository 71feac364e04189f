"""Steps of one commitment (artwork → approval → print → install): add,
edit, reorder, tick done or undo, delete. Each step says who does it and by
when; "My tasks" and "This week" (services/tasks.py) list the open ones."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collabdesk.domain.commitment import Commitment
from collabdesk.domain.commitment_step import CommitmentStep
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    Message,
    NotFoundError,
    ValidationError,
)
from collabdesk.services.staff import install_links
from collabdesk.services.transaction import Sessions, check_version, transaction
from collabdesk.services.validation import Checker, clean_line, clean_text

CONTEXT = "StepService"
WHAT_MAX = 2_000
WHO_MAX = 200  # the column's width


@dataclass(frozen=True)
class StepDraft:
    what: str
    who: str = ""
    due_on: date | None = None


@dataclass(frozen=True)
class StepRecord:
    id: int
    commitment_id: int
    version_id: int
    position: int
    what: str
    who: str
    due_on: date | None
    done_on: date | None

    @property
    def done(self) -> bool:
        return self.done_on is not None

    def to_draft(self) -> StepDraft:
        return StepDraft(what=self.what, who=self.who, due_on=self.due_on)


def _record(step: CommitmentStep) -> StepRecord:
    return StepRecord(
        id=step.id,
        commitment_id=step.commitment_id,
        version_id=step.version_id,
        position=step.position,
        what=step.what,
        who=step.who,
        due_on=step.due_on,
        done_on=step.done_on,
    )


def clean_step(draft: StepDraft) -> StepDraft:
    """Trim and check: a step says what is to be done, in at most WHAT_MAX
    characters; the name fits its column."""
    cleaned = StepDraft(what=clean_text(draft.what), who=clean_line(draft.who), due_on=draft.due_on)
    check = Checker()
    check.required("what", cleaned.what, QT_TRANSLATE_NOOP("Field", "What is to be done"))
    check.max_length(
        "what", cleaned.what, WHAT_MAX, QT_TRANSLATE_NOOP("Field", "What is to be done")
    )
    check.max_length("who", cleaned.who, WHO_MAX, QT_TRANSLATE_NOOP("Field", "Who"))
    if check.problems:
        raise ValidationError(check.problems)
    return cleaned


def _no_commitment(commitment_id: int) -> NotFoundError:
    return NotFoundError(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("StepService", "There is no commitment with id %1."),
            (commitment_id,),
        )
    )


def load_step(session: Session, step_id: int) -> CommitmentStep:
    step = session.get(CommitmentStep, step_id)
    if step is None:
        raise NotFoundError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("StepService", "There is no step with id %1."),
                (step_id,),
            )
        )
    return step


class StepService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
        install_links(sessions)  # owner / who texts point at staff (services/staff.py)

    def for_commitment(self, commitment_id: int) -> list[StepRecord]:
        """The steps in their order (a commitment holds a handful)."""
        with transaction(self._sessions) as session:
            rows = session.scalars(
                select(CommitmentStep)
                .where(CommitmentStep.commitment_id == commitment_id)
                .order_by(CommitmentStep.position, CommitmentStep.id)
            )
            return [_record(step) for step in rows]

    def get(self, step_id: int) -> StepRecord:
        with transaction(self._sessions) as session:
            return _record(load_step(session, step_id))

    def add(self, commitment_id: int, draft: StepDraft) -> StepRecord:
        """A new step after the commitment's last one."""
        draft = clean_step(draft)
        with transaction(self._sessions, "commitment", commitment_id) as session:
            if session.get(Commitment, commitment_id) is None:
                raise _no_commitment(commitment_id)
            last = session.scalar(
                select(func.max(CommitmentStep.position)).where(
                    CommitmentStep.commitment_id == commitment_id
                )
            )
            step = CommitmentStep(
                commitment_id=commitment_id,
                position=(last + 1) if last is not None else 0,
                what=draft.what,
                who=draft.who,
                due_on=draft.due_on,
            )
            session.add(step)
            session.flush()
            return _record(step)

    def update(
        self, step_id: int, draft: StepDraft, expected_version: int | None = None
    ) -> StepRecord:
        draft = clean_step(draft)
        with transaction(self._sessions, "step", step_id) as session:
            step = load_step(session, step_id)
            check_version("step", step_id, step.version_id, expected_version)
            step.what, step.who, step.due_on = draft.what, draft.who, draft.due_on
            session.flush()
            return _record(step)

    def tick(self, step_id: int, done_on: date | None = None) -> StepRecord:
        """Done (today unless a day is given); ticking a done step keeps its day."""
        with transaction(self._sessions, "step", step_id) as session:
            step = load_step(session, step_id)
            if step.done_on is None:
                step.done_on = done_on or date.today()
            session.flush()
            return _record(step)

    def undo(self, step_id: int) -> StepRecord:
        """Open again: ticked by mistake, or it needs doing once more."""
        with transaction(self._sessions, "step", step_id) as session:
            step = load_step(session, step_id)
            step.done_on = None
            session.flush()
            return _record(step)

    def move(self, step_id: int, offset: int) -> list[StepRecord]:
        """Move a step up (offset < 0) or down; the steps in their new order.
        Positions are renumbered 0… so the order never has ties."""
        with transaction(self._sessions, "step", step_id) as session:
            step = load_step(session, step_id)
            steps = list(
                session.scalars(
                    select(CommitmentStep)
                    .where(CommitmentStep.commitment_id == step.commitment_id)
                    .order_by(CommitmentStep.position, CommitmentStep.id)
                )
            )
            at = steps.index(step)
            to = max(0, min(len(steps) - 1, at + offset))
            steps.insert(to, steps.pop(at))
            for position, each in enumerate(steps):
                if each.position != position:
                    each.position = position
            session.flush()
            return [_record(each) for each in steps]

    def delete(self, step_id: int) -> None:
        with transaction(self._sessions, "step", step_id) as session:
            session.delete(load_step(session, step_id))
