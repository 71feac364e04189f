"""The home dashboard's figures, in plain SQL aggregates, and the snapshot
they are kept in.

A GROUP BY over half a million commitments takes about half a second, too
long for the window to wait on each time it opens the dashboard. So the
figures are counted in a worker on a read-only connection of their own
(`compute_apart`), kept as JSON in `summary_snapshot` under the scope's key
(`keep`, a one-row write on the window's connection), and the dashboard
paints from the stored row at once (`stored`), saying how old it is.

Each figure reuses its one definition: "due this week" is the task queues'
(services/tasks.py), "on time" the reputation figures'
(services/reputation_sql.py) over the last twelve months, "renewal due"
services/renewal_due.py's. Values count by delivery date, per currency,
never added across currencies."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Date, Integer, bindparam, delete, func, insert, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from collabdesk.domain.branch import Branch, Staff
from collabdesk.domain.collaboration import Collaboration
from collabdesk.domain.enums import STAGE_PATH, Direction, Stage
from collabdesk.domain.partner import Partner
from collabdesk.domain.summary import SummarySnapshot
from collabdesk.domain.text import search_key
from collabdesk.services.branch_scope import home_branch_id
from collabdesk.services.my_name import my_name
from collabdesk.services.renewal_due import window
from collabdesk.services.reputation_sql import Reputation, figures_sql, side_of
from collabdesk.services.staff_identity import current_staff_id
from collabdesk.services.tasks import COUNT_CAP, TaskQuery, TaskService
from collabdesk.services.transaction import Sessions, transaction
from collabdesk.store.side_reader import side_reads_of

PAYLOAD_VERSION = 1  # a stored payload of another shape is counted again, not read
RENEWALS_LISTED = 5  # the soonest renewals named on the dashboard
ON_TIME_DAYS = 365  # "over the last twelve months"
STALE_AFTER = timedelta(minutes=5)  # older than this: counted again when opened
STAGES: tuple[Stage, ...] = (*STAGE_PATH, Stage.ON_HOLD, Stage.DECLINED)


@dataclass(frozen=True)
class DashboardScope:
    """What the figures cover: the whole library or one branch; `me` is
    the person at this computer, whose own queue the figures name."""

    branch_id: int | None = None
    me: str = ""
    staff_id: int | None = None

    @property
    def key(self) -> str:
        """The snapshot's key (≤ 60 characters): scope, then whose queue."""
        place = "system" if self.branch_id is None else f"branch:{self.branch_id}"
        if self.staff_id is not None:
            return f"{place};staff:{self.staff_id}"
        if search_key(self.me):
            digest = hashlib.sha1(search_key(self.me).encode("utf-8")).hexdigest()[:16]
            return f"{place};me:{digest}"
        return place


@dataclass(frozen=True)
class DueQueue:
    """One of "This week"'s queues: `who` is mine, branch or library."""

    who: str
    total: int
    overdue: int
    capped: bool = False  # the count stopped at the queues' cap
    branch_id: int | None = None  # the branch's queue: which branch
    branch_name: str = ""


@dataclass(frozen=True)
class StageCount:
    stage: str
    count: int


@dataclass(frozen=True)
class ValueLine:
    """Value delivered this year on one side, for one kind of partner, in
    one currency; kind "" is what was promised to a whole collaboration."""

    direction: str
    partner_kind: str
    currency: str
    amount: str  # a Decimal as text: JSON keeps it exact
    count: int


@dataclass(frozen=True)
class OnTime:
    """One side's record over the last twelve months (reputation's fields)."""

    due: int
    on_time: int
    overdue: int

    @property
    def percent(self) -> int | None:
        return None if self.due == 0 else round(self.on_time * 100 / self.due)


@dataclass(frozen=True)
class RenewalLine:
    id: int
    title: str
    ends_on: str


@dataclass(frozen=True)
class DashboardFigures:
    scope: str
    branch_id: int | None
    branch_name: str
    me: str
    today: str
    computed_at: str  # UTC, ISO
    collaborations: int
    partners: int
    due: tuple[DueQueue, ...] = ()
    stages: tuple[StageCount, ...] = ()
    values: tuple[ValueLine, ...] = ()
    library_on_time: OnTime = field(default_factory=lambda: OnTime(0, 0, 0))
    partners_on_time: OnTime = field(default_factory=lambda: OnTime(0, 0, 0))
    renewals_due: int = 0
    renewals: tuple[RenewalLine, ...] = ()

    @property
    def is_empty(self) -> bool:
        """Nothing to show yet: no partner and no collaboration."""
        return self.collaborations == 0 and self.partners == 0

    @property
    def year(self) -> int:
        return date.fromisoformat(self.today).year

    def computed(self) -> datetime:
        return datetime.fromisoformat(self.computed_at)

    def to_json(self) -> str:
        return json.dumps({"version": PAYLOAD_VERSION, **asdict(self)}, ensure_ascii=False)

    @classmethod
    def from_json(cls, payload: str) -> DashboardFigures | None:
        """The figures a snapshot holds; None for a payload of another shape."""
        try:
            raw = json.loads(payload)
            if raw.pop("version", None) != PAYLOAD_VERSION:
                return None
            return cls(
                **{
                    **raw,
                    "due": tuple(DueQueue(**q) for q in raw["due"]),
                    "stages": tuple(StageCount(**s) for s in raw["stages"]),
                    "values": tuple(ValueLine(**v) for v in raw["values"]),
                    "library_on_time": OnTime(**raw["library_on_time"]),
                    "partners_on_time": OnTime(**raw["partners_on_time"]),
                    "renewals": tuple(RenewalLine(**r) for r in raw["renewals"]),
                }
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            return None


# --- the figures ---------------------------------------------------------------------
def _in_branch(branch_id: int | None) -> Any:
    return (
        None
        if branch_id is None
        else select(Collaboration.id).where(Collaboration.branch_id == branch_id)
    )


def stage_counts(session: Session, branch_id: int | None) -> tuple[StageCount, ...]:
    """Collaborations per stage, in the path's order (zeros kept)."""
    stmt = select(Collaboration.stage, func.count()).group_by(Collaboration.stage)
    if branch_id is not None:
        stmt = stmt.where(Collaboration.branch_id == branch_id)
    found = {Stage(stage): int(n) for stage, n in session.execute(stmt)}
    return tuple(StageCount(stage.value, found.get(stage, 0)) for stage in STAGES)


def values_this_year(session: Session, branch_id: int | None, year: int) -> tuple[ValueLine, ...]:
    """Value delivered in `year` (by delivery date) per side, partner kind
    and currency."""
    # The whole library: one pass over the table beats 200,000 look-ups
    # through the status index that SQLite would pick (2 s against 6 s).
    whole = branch_id is None and session.get_bind().dialect.name == "sqlite"
    sql = (
        "SELECT c.direction, coalesce(p.kind, ''), c.currency, sum(c.value), count(*)"
        f" FROM commitment c{' NOT INDEXED' if whole else ''}"
        " LEFT OUTER JOIN partner p ON p.id = c.partner_id"
        " WHERE c.status = 'delivered' AND c.value IS NOT NULL"
        " AND c.delivered_on >= :start AND c.delivered_on < :end"
        + (
            ""
            if branch_id is None
            else " AND c.collaboration_id IN (SELECT id FROM collaboration WHERE branch_id = :b)"
        )
        + " GROUP BY c.direction, coalesce(p.kind, ''), c.currency"
    )
    binds: list[Any] = [bindparam("start", type_=Date()), bindparam("end", type_=Date())]
    values: dict[str, Any] = {"start": date(year, 1, 1), "end": date(year + 1, 1, 1)}
    if branch_id is not None:
        binds.append(bindparam("b", type_=Integer()))
        values["b"] = branch_id
    rows = session.execute(text(sql).bindparams(*binds), values)
    lines = [
        ValueLine(
            str(d), str(kind), str(cur), str(Decimal(str(amount)).quantize(Decimal("0.01"))), int(n)
        )
        for d, kind, cur, amount, n in rows
        if amount is not None
    ]
    return tuple(sorted(lines, key=lambda v: (v.direction, v.currency, -Decimal(v.amount))))


def on_time(session: Session, branch_id: int | None, today: date) -> tuple[OnTime, OnTime]:
    """The library's and the partners' on-time record over the last twelve
    months of due dates: reputation_sql's definition over that window."""
    dialect = session.get_bind().dialect.name
    # The whole library on SQLite: read the reputation index alone (it holds
    # every column the definition needs), not the rows behind the due index.
    hint = (
        " INDEXED BY ix_commitment_reputation" if dialect == "sqlite" and branch_id is None else ""
    )
    window_sql = (
        f"SELECT partner_id, direction, status, due_on, delivered_on FROM commitment{hint}"
        " WHERE due_on > :since"
        + (
            ""
            if branch_id is None
            else " AND collaboration_id IN (SELECT id FROM collaboration WHERE branch_id = :b)"
        )
    )
    sql = figures_sql(dialect, per_partner=False, source=f"({window_sql}) AS commitment")
    binds: list[Any] = [bindparam("today", type_=Date()), bindparam("since", type_=Date())]
    values: dict[str, Any] = {"today": today, "since": today - timedelta(days=ON_TIME_DAYS)}
    if branch_id is not None:
        binds.append(bindparam("b", type_=Integer()))
        values["b"] = branch_id
    rows = list(session.execute(text(sql).bindparams(*binds), values).all())

    def side(direction: Direction) -> OnTime:
        rep: Reputation = side_of(rows, direction)
        return OnTime(rep.due, rep.on_time, rep.overdue)

    return side(Direction.LIBRARY_GIVES), side(Direction.PARTNER_GIVES)


def renewals(
    session: Session, branch_id: int | None, today: date
) -> tuple[int, tuple[RenewalLine, ...]]:
    """How many renewals are due (renewal_due's rule) and the soonest few."""
    due = window(session, today).due()
    where = [due] if branch_id is None else [due, Collaboration.branch_id == branch_id]
    total = session.scalar(select(func.count(Collaboration.id)).where(*where)) or 0
    rows = session.execute(
        select(Collaboration.id, Collaboration.title, Collaboration.ends_on)
        .where(*where)
        .order_by(Collaboration.ends_on, Collaboration.title, Collaboration.id)
        .limit(RENEWALS_LISTED)
    )
    listed = tuple(
        RenewalLine(int(cid), str(title), ends.isoformat() if ends else "")
        for cid, title, ends in rows
    )
    return int(total), listed


def due_queues(
    sessions: Sessions, scope: DashboardScope, my_branch: int | None, today: date
) -> tuple[DueQueue, ...]:
    """This week's queues, mine first, then my branch's, then the library's
    (services/tasks.py counts them, capped as there)."""
    tasks = TaskService(sessions)
    queries: list[tuple[str, TaskQuery]] = []
    if search_key(scope.me):
        mine = TaskQuery(me=scope.me, week=True, today=today, me_staff_id=scope.staff_id)
        queries.append(("mine", mine))
    branch = scope.branch_id if scope.branch_id is not None else my_branch
    if branch is not None:
        queries.append(("branch", TaskQuery(week=True, today=today, branch_id=branch)))
    if scope.branch_id is None:
        queries.append(("library", TaskQuery(week=True, today=today)))
    names = dict(_branch_names(sessions, branch))
    found = []
    for who, query in queries:
        total, overdue = tasks.week_counts(query)
        name = names.get(query.branch_id, "") if query.branch_id is not None else ""
        found.append(DueQueue(who, total, overdue, total >= COUNT_CAP, query.branch_id, name))
    return tuple(found)


def _branch_names(sessions: Sessions, branch_id: int | None) -> list[tuple[int, str]]:
    if branch_id is None:
        return []
    with transaction(sessions) as session:
        name = session.scalar(select(Branch.name).where(Branch.id == branch_id))
    return [(branch_id, name or "")]


def compute(
    sessions: Sessions, scope: DashboardScope, my_branch: int | None, today: date
) -> DashboardFigures:
    """Every figure of `scope` in one read transaction."""
    with transaction(sessions) as session:
        branch_id = scope.branch_id
        name = ""
        if branch_id is not None:
            name = session.scalar(select(Branch.name).where(Branch.id == branch_id)) or ""
        collaborations = session.scalar(
            select(func.count(Collaboration.id)).where(
                *([] if branch_id is None else [Collaboration.branch_id == branch_id])
            )
        )
        partners = session.scalar(select(func.count(Partner.id)))
        stages = stage_counts(session, branch_id)
        values = values_this_year(session, branch_id, today.year)
        library, others = on_time(session, branch_id, today)
        renewal_count, renewal_lines = renewals(session, branch_id, today)
    due = due_queues(sessions, scope, my_branch, today)
    return DashboardFigures(
        scope=scope.key,
        branch_id=branch_id,
        branch_name=name,
        me=scope.me,
        today=today.isoformat(),
        computed_at=datetime.now(UTC).isoformat(),
        collaborations=int(collaborations or 0),
        partners=int(partners or 0),
        due=due,
        stages=stages,
        values=values,
        library_on_time=library,
        partners_on_time=others,
        renewals_due=renewal_count,
        renewals=renewal_lines,
    )


# --- the snapshot ------------------------------------------------------------------------
@dataclass(frozen=True)
class Stored:
    figures: DashboardFigures
    computed_at: datetime  # UTC

    def is_stale(self, now: datetime | None = None) -> bool:
        now = now or datetime.now(UTC)
        today = (now.astimezone()).date().isoformat()
        return now - self.computed_at > STALE_AFTER or self.figures.today != today


class DashboardService:
    """The figures of the person at this computer, counted and kept."""

    def __init__(self, sessions: Sessions, data_dir: Path | None = None) -> None:
        self._sessions = sessions
        self._data_dir = data_dir

    def scope(self, branch_id: int | None = None) -> DashboardScope:
        """Whose figures: the staff member chosen here (else the "My name"
        setting) and the branch asked for (None: the whole library)."""
        staff_id = current_staff_id(self._data_dir)
        me = ""
        if staff_id is not None:
            with transaction(self._sessions) as session:
                me = session.scalar(select(Staff.name).where(Staff.id == staff_id)) or ""
        if not me:
            staff_id = None
            me = my_name(self._data_dir)
        return DashboardScope(branch_id, me, staff_id)

    def home_branch(self) -> int | None:
        with transaction(self._sessions) as session:
            return home_branch_id(session, self._data_dir)

    def branches(self) -> list[tuple[int, str]]:
        """(id, name) of every branch, in their order: the scope's choices
        (a single library has one and shows no choice)."""
        with transaction(self._sessions) as session:
            rows = session.execute(
                select(Branch.id, Branch.name).order_by(Branch.position, Branch.id)
            )
            return [(int(bid), str(name)) for bid, name in rows]

    def compute(self, scope: DashboardScope, today: date | None = None) -> DashboardFigures:
        """Count on the store's own connection (the command line, tests)."""
        return compute(self._sessions, scope, self._my_branch(scope), today or date.today())

    def compute_apart(
        self, scope: DashboardScope, today: date | None = None
    ) -> DashboardFigures | None:
        """Count on a read-only connection of its own, for a worker thread;
        None when there can be none (an in-memory database, a meeting copy):
        then the caller counts with `compute`."""
        with _side_sessions(self._sessions) as side:
            if side is None:
                return None
            return compute(side, scope, self._my_branch(scope, side), today or date.today())

    def _my_branch(self, scope: DashboardScope, sessions: Sessions | None = None) -> int | None:
        if scope.staff_id is None:
            return None
        with transaction(sessions or self._sessions) as session:
            found = session.scalar(select(Staff.branch_id).where(Staff.id == scope.staff_id))
            return int(found) if found is not None else None

    def stored(self, scope: DashboardScope) -> Stored | None:
        """The kept figures of `scope` (one row by its key), or None."""
        with transaction(self._sessions) as session:
            row = session.execute(
                select(SummarySnapshot.payload, SummarySnapshot.computed_at).where(
                    SummarySnapshot.scope == scope.key
                )
            ).first()
        if row is None:
            return None
        figures = DashboardFigures.from_json(row[0])
        if figures is None:
            return None
        computed = row[1] if row[1].tzinfo else row[1].replace(tzinfo=UTC)
        return Stored(figures, computed)

    def keep(self, figures: DashboardFigures) -> None:
        """Store `figures` under their scope's key (one row, replaced). Not a
        change anyone undoes: written with plain statements, no history."""
        computed = figures.computed()
        with transaction(self._sessions) as session:
            done = session.execute(
                update(SummarySnapshot)
                .where(SummarySnapshot.scope == figures.scope)
                .values(payload=figures.to_json(), computed_at=computed)
            )
            if not getattr(done, "rowcount", 0):
                session.execute(
                    insert(SummarySnapshot).values(
                        scope=figures.scope, payload=figures.to_json(), computed_at=computed
                    )
                )

    def forget(self) -> None:
        """Drop every snapshot (a restore, other data opened)."""
        with transaction(self._sessions) as session:
            session.execute(delete(SummarySnapshot))


@contextmanager
def _side_sessions(sessions: Sessions) -> Iterator[Sessions | None]:
    with side_reads_of(sessions) as reads:
        yield None if reads is None else sessionmaker(bind=reads)
