"""The task queues: "My tasks" (open steps assigned to me and open
commitments I own) and "This week" (everybody's, overdue or due within
seven days), across collaborations.

Names are matched as people type them: case, ё/е, spacing and punctuation
do not matter (domain/text.search_key). The names in the data are few
(the staff), so the distinct spellings are read from the owner and assignee
indexes with a loose index scan, those that match are picked in Python,
and the queue then reads `owner IN (…)` from the index: nothing loads every
commitment. Pages follow each other by key (due date, kind, id), the way
the tracker pages (services/tracker_order.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, func, literal_column, or_, select, tuple_
from sqlalchemy.orm import Session

from collabdesk.domain.collaboration import Collaboration
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.commitment_flow import OPEN_STATUSES
from collabdesk.domain.commitment_keys import NO_DATE_SQL
from collabdesk.domain.commitment_series import CommitmentSeries
from collabdesk.domain.commitment_step import CommitmentStep
from collabdesk.domain.partner import Partner
from collabdesk.domain.text import search_key
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    ValidationError,
)
from collabdesk.services.staff import spellings
from collabdesk.services.steps import StepRecord, StepService

# The queue's query and rows (no SQLAlchemy: the window's Tasks section is
# built before the models load), re-exported for the callers of this module.
from collabdesk.services.task_query import (
    COUNT_CAP,
    NO_DATE,
    RANK,
    WEEK_DAYS,
    TaskCounts,
    TaskKind,
    TaskQuery,
    TaskRow,
)
from collabdesk.services.tracker_order import due_key
from collabdesk.services.transaction import Sessions, transaction

CONTEXT = "TaskService"
__all__ = [
    "COUNT_CAP",
    "NO_DATE",
    "RANK",
    "WEEK_DAYS",
    "TaskCounts",
    "TaskKind",
    "TaskQuery",
    "TaskRow",
    "TaskService",
    "parse_task_key",
]


def parse_task_key(text: str) -> tuple[TaskKind, int]:
    """`step:12` → (STEP, 12); anything else is refused in words."""
    kind, sep, number = text.strip().partition(":")
    try:
        found = TaskKind(kind.strip().lower())
        task_id = int(number.strip())
    except ValueError:
        found, task_id = None, 0
    if not sep or found is None or task_id <= 0:
        raise ValidationError(
            [
                FieldProblem(
                    "task",
                    "bad_task",
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "TaskService",
                            "“%1” does not name a task; write step:12 or commitment:7, "
                            "as `collabdesk tasks list` shows them.",
                        ),
                        (text[:80],),
                    ),
                )
            ]
        )
    return found, task_id


def same_person(a: str, b: str) -> bool:
    key = search_key(a)
    return bool(key) and key == search_key(b)


def names_of(session: Session, me: str) -> tuple[list[str], list[str]]:
    """The spellings of `me` among commitment owners and step assignees."""
    key = search_key(me)
    if not key:
        return [], []
    owners = [n for n in spellings(session, Commitment.owner) if search_key(n) == key]
    whos = [n for n in spellings(session, CommitmentStep.who) if search_key(n) == key]
    return owners, whos


def _step_due() -> ColumnElement[Any]:
    return func.coalesce(CommitmentStep.due_on, literal_column(NO_DATE_SQL))


def _after(
    key: ColumnElement[Any], ident: Any, rank: int, after: tuple[date, int, int] | None
) -> list[ColumnElement[bool]]:
    """Rows of one kind after `after` in the order (due, rank, id)."""
    if after is None:
        return []
    day, other_rank, other_id = after
    if rank > other_rank:
        return [key >= day]
    if rank < other_rank:
        return [key > day]
    return [tuple_(key, ident) > tuple_(day, other_id)]


class TaskService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
        self._steps = StepService(sessions)

    # --- queues ---------------------------------------------------------------------
    def page(
        self, query: TaskQuery, after: tuple[date, int, int] | None = None, limit: int = 200
    ) -> list[TaskRow]:
        """Up to `limit` tasks after the key `after` (a row's sort_key)."""
        limit = max(0, limit)
        with transaction(self._sessions) as session:
            owners, whos = names_of(session, query.me) if query.me.strip() else ([], [])
            if query.mine and not owners and not whos:
                return []
            rows: list[TaskRow] = []
            if not query.mine or owners:
                rows += self._commitments(session, query, owners, after, limit)
            if not query.mine or whos:
                rows += self._step_rows(session, query, whos, after, limit)
        rows.sort(key=lambda r: r.sort_key)
        return rows[:limit]

    def count(self, query: TaskQuery) -> int:
        """How many tasks the query holds, at most COUNT_CAP."""
        with transaction(self._sessions) as session:
            return self._count(session, query, None)

    def counts(
        self, me: str, today: date | None = None, me_staff_id: int | None = None
    ) -> TaskCounts:
        """For the banner: my open tasks, how many overdue, how many due this
        week (each at most COUNT_CAP)."""
        day = today or date.today()
        if not search_key(me) and me_staff_id is None:
            return TaskCounts(0, 0, 0)
        query = TaskQuery(me=me, today=day, me_staff_id=me_staff_id)
        with transaction(self._sessions) as session:
            return TaskCounts(
                self._count(session, query, None),
                self._count(session, query, (None, day - timedelta(days=1))),
                self._count(session, query, (day, query.until)),
            )

    def week_counts(self, query: TaskQuery) -> tuple[int, int]:
        """The queue of `query` (mine, a branch's or everybody's): how many
        tasks and how many of them overdue, each at most COUNT_CAP."""
        with transaction(self._sessions) as session:
            late = (None, query.today - timedelta(days=1))
            return self._count(session, query, None), self._count(session, query, late)

    def _count(
        self, session: Session, query: TaskQuery, due: tuple[date | None, date] | None
    ) -> int:
        """Count both kinds; `due` (from, to): only those due in that span."""
        owners, whos = names_of(session, query.me) if query.me.strip() else ([], [])
        total = 0
        if not query.mine or owners:
            where = self._commitment_where(query, owners) + _span(due_key(), due)
            total += _capped(session, select(Commitment.id).where(*where))
        if not query.mine or whos:
            where = self._step_where(query, whos) + _span(CommitmentStep.due_on, due)
            total += _capped(session, select(CommitmentStep.id).where(*where))
        return min(total, COUNT_CAP)

    # --- closing ----------------------------------------------------------------------
    def done(self, key: str, on: date | None = None) -> StepRecord:
        """Tick a step done. A commitment is delivered with its date and proof
        (`commitments deliver`), so `commitment:N` is refused, saying that."""
        kind, task_id = parse_task_key(key)
        if kind is TaskKind.COMMITMENT:
            raise ValidationError(
                [
                    FieldProblem(
                        "task",
                        "needs_delivery",
                        Message(
                            CONTEXT,
                            QT_TRANSLATE_NOOP(
                                "TaskService",
                                "commitment:%1 is a promise: record its delivery with the "
                                "day and its proof, e.g. `collabdesk commitments deliver %1 "
                                "--proof photo.jpg` (or in the tracker: Mark delivered…). "
                                "Nothing was changed.",
                            ),
                            (task_id,),
                        ),
                    )
                ]
            )
        return self._steps.tick(task_id, on)

    # --- the two kinds ------------------------------------------------------------------
    def _commitment_where(
        self, query: TaskQuery, owners: Sequence[str]
    ) -> list[ColumnElement[bool]]:
        where: list[ColumnElement[bool]] = [Commitment.status.in_(sorted(OPEN_STATUSES))]
        if query.mine:
            where.append(Commitment.owner.in_(owners))  # the owner index finds them
        if query.me_staff_id is not None:  # not another person of the same spelling
            linked = Commitment.owner_staff_id
            where.append(or_(linked == query.me_staff_id, linked.is_(None)))
        if query.week:
            where.append(due_key() <= query.until)
        if query.branch_id is not None:
            where.append(Commitment.collaboration_id.in_(_of_branch(query.branch_id)))
        return where

    def _step_where(self, query: TaskQuery, whos: Sequence[str]) -> list[ColumnElement[bool]]:
        where: list[ColumnElement[bool]] = [CommitmentStep.done_on.is_(None)]
        if query.mine:
            where.append(CommitmentStep.who.in_(whos))
        if query.me_staff_id is not None:
            linked = CommitmentStep.who_staff_id
            where.append(or_(linked == query.me_staff_id, linked.is_(None)))
        if query.week:
            where.append(CommitmentStep.due_on <= query.until)
        if query.branch_id is not None:
            promises = select(Commitment.id).where(
                Commitment.collaboration_id.in_(_of_branch(query.branch_id))
            )
            where.append(CommitmentStep.commitment_id.in_(promises))
        return where

    def _commitments(
        self,
        session: Session,
        query: TaskQuery,
        owners: Sequence[str],
        after: tuple[date, int, int] | None,
        limit: int,
    ) -> list[TaskRow]:
        where = self._commitment_where(query, owners)
        found = _ids(session, Commitment.id, due_key(), where, TaskKind.COMMITMENT, after, limit)
        stmt = select(
            Commitment.id, Commitment.description, Commitment.owner, Commitment.due_on, *_ABOUT
        ).where(Commitment.id.in_(found))
        return _rows(session, _joined(stmt), TaskKind.COMMITMENT, query.today) if found else []

    def _step_rows(
        self,
        session: Session,
        query: TaskQuery,
        whos: Sequence[str],
        after: tuple[date, int, int] | None,
        limit: int,
    ) -> list[TaskRow]:
        where = self._step_where(query, whos)
        # This week's steps all have a date: ordered by the plain column, the
        # open-steps index (done_on, due_on) hands them over in order.
        key = cast("ColumnElement[Any]", CommitmentStep.due_on) if query.week else _step_due()
        found = _ids(session, CommitmentStep.id, key, where, TaskKind.STEP, after, limit)
        stmt = select(
            CommitmentStep.id,
            CommitmentStep.what,
            CommitmentStep.who,
            CommitmentStep.due_on,
            *_ABOUT,
        ).where(CommitmentStep.id.in_(found))
        stmt = stmt.join(Commitment, Commitment.id == CommitmentStep.commitment_id)
        return _rows(session, _joined(stmt), TaskKind.STEP, query.today) if found else []


def _of_branch(branch_id: int) -> Any:
    return select(Collaboration.id).where(Collaboration.branch_id == branch_id)


# What a task row says about the promise it belongs to, after its own four columns.
_ABOUT = (
    Commitment.id,
    Commitment.description,
    Commitment.direction,
    Collaboration.id,
    Collaboration.title,
    Partner.name,
    Commitment.occurrence,
    CommitmentSeries.times,
)


def _joined(stmt: Select[*tuple[Any, ...]]) -> Select[*tuple[Any, ...]]:
    return (
        stmt.join(Collaboration, Collaboration.id == Commitment.collaboration_id)
        .outerjoin(Partner, Partner.id == Commitment.partner_id)
        .outerjoin(CommitmentSeries, CommitmentSeries.id == Commitment.series_id)
    )


def _ids(
    session: Session,
    ident: Any,
    key: ColumnElement[Any],
    where: list[ColumnElement[bool]],
    kind: TaskKind,
    after: tuple[date, int, int] | None,
    limit: int,
) -> list[int]:
    """The ids of one page of one kind, in due order, from the index."""
    where = where + _after(key, ident, RANK[kind], after)
    stmt = select(ident).where(*where).order_by(key, ident).limit(limit)
    return [int(i) for i in session.scalars(stmt)]


def _rows(
    session: Session, stmt: Select[*tuple[Any, ...]], kind: TaskKind, today: date
) -> list[TaskRow]:
    return [
        TaskRow(
            kind=kind,
            id=task_id,
            what=what,
            who=who,
            due_on=due,
            overdue=due is not None and due < today,
            commitment_id=commitment_id,
            commitment=description,
            direction=direction,
            collaboration_id=collaboration_id,
            collaboration=title,
            partner=partner or "",
            occurrence=occurrence,
            series_size=size if occurrence is not None else None,
        )
        for (
            task_id,
            what,
            who,
            due,
            commitment_id,
            description,
            direction,
            collaboration_id,
            title,
            partner,
            occurrence,
            size,
        ) in session.execute(stmt)
    ]


def _span(key: Any, due: tuple[date | None, date] | None) -> list[ColumnElement[bool]]:
    if due is None:
        return []
    start, end = due
    return [key <= end] if start is None else [key >= start, key <= end]


def _capped(session: Session, inner: Any) -> int:
    limited = inner.limit(COUNT_CAP).subquery()
    return int(session.scalar(select(func.count()).select_from(limited)) or 0)
