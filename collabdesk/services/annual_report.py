"""The annual portfolio report's figures: what the collaborations of one
year brought, for one branch or the whole library system.

Each figure group is one SQL aggregate GROUP BY branch, so the per-branch
tables and the system total come from the same rows (the total is their
sum, never a second query that could disagree). Money is kept per currency
and never added across currencies.

The rules (also printed in the report's notes, `reports/annual_texts.py`):

- **Active during the year.** A collaboration runs from when it *begins*
  to when it *ends*, and belongs to every year that span touches. It begins
  on the earliest of its start date, its first recorded stage change and
  the day it was entered (so a collaboration entered late with an older
  start date still begins then). It ends on the day it was declined (the
  stage date) for a declined one; otherwise on its end date when it has
  one; otherwise, once completed, on the day it was completed; a
  collaboration still under way with no end date runs on.
- **Stage** is the collaboration's stage today; **kind** is the kind of
  each partner taking part (plan B partners aside): a collaboration with
  partners of two kinds counts under both.
- **Values** count by delivery date: delivered commitments with a value,
  delivered during the year, per direction, currency and valuation method.
- **Promises kept** are the reputation figures (services/reputation_sql)
  over the commitments *due* during the year.
- **Top partners**: by the value they delivered to the library during the
  year, per currency (promises made to a whole collaboration name no
  partner and are left out of this table, not of the values).
- **Renewals**: active collaborations that renew an earlier one.
- **New partners**: partners whose first collaboration (anywhere in the
  system) begins during the year; a branch's new partners are those whose
  first collaboration is that branch's, so the branches add up to the total.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Date, bindparam, text
from sqlalchemy.orm import Session

from collabdesk.domain.enums import CommitmentStatus, Direction, PartnerRole, Stage
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, NotFoundError, ServiceError
from collabdesk.services.reputation_sql import Reputation, reputation_columns
from collabdesk.services.transaction import Sessions, transaction
from collabdesk.store.side_reader import side_reads_of

CONTEXT = "AnnualReport"
FIRST_YEAR = 2000
LAST_YEAR = 2100
TOP = 10  # top partners per currency


class YearOutOfRangeError(ServiceError):
    """A report for a year no library keeps collaborations for."""


@dataclass(frozen=True)
class BranchName:
    id: int
    name: str


@dataclass(frozen=True)
class ValueLine:
    """Delivered value of one branch, side, currency and valuation method."""

    branch_id: int
    direction: Direction
    currency: str
    method: str  # a ValuationMethod value, or "" when none was given
    amount: Decimal
    count: int


@dataclass(frozen=True)
class TopPartner:
    currency: str
    place: int
    partner_id: int
    name: str
    kind: str
    amount: Decimal
    count: int


@dataclass(frozen=True)
class Renewal:
    collaboration_id: int
    title: str
    branch_id: int
    stage: Stage
    renewed_from_id: int
    renewed_from_title: str


@dataclass(frozen=True)
class NewPartner:
    partner_id: int
    name: str
    kind: str
    branch_id: int
    first_title: str
    first_on: date


@dataclass(frozen=True)
class AnnualReport:
    """Everything the PDF and the XLSX print, by branch; totals are sums."""

    year: int
    made_on: date
    library_name: str
    brand_colour: str
    logo: bytes | None
    scope: BranchName | None  # one branch, or None: the whole system
    branches: tuple[BranchName, ...]  # the branches in the report, in the library's order
    active: Mapping[int, int]  # branch → collaborations active in the year
    stages: Mapping[int, Mapping[Stage, int]]
    kinds: Mapping[int, Mapping[str, int]]
    values: tuple[ValueLine, ...]
    promises: Mapping[int, Mapping[Direction, Reputation]]
    top_partners: tuple[TopPartner, ...]
    renewals: tuple[Renewal, ...]
    new_partners: tuple[NewPartner, ...]

    @property
    def per_branch(self) -> bool:
        """The per-branch tables are printed for the whole of a system only."""
        return self.scope is None and len(self.branches) > 1

    def branch_name(self, branch_id: int) -> str:
        """The branch's name; an unnamed one (a single library) by the library's."""
        name = next((b.name for b in self.branches if b.id == branch_id), "")
        return name or self.library_name

    def total_active(self) -> int:
        return sum(self.active.values())

    def total_stages(self) -> dict[Stage, int]:
        return _summed(self.stages.values())

    def total_kinds(self) -> dict[str, int]:
        return _summed(self.kinds.values())

    def currencies(self) -> tuple[str, ...]:
        """Currencies with any value, RUB first, then by code."""
        found = {v.currency for v in self.values}
        return tuple(sorted(found, key=lambda c: (c != "RUB", c)))

    def value_of(
        self, direction: Direction, currency: str, branch_id: int | None = None
    ) -> Decimal:
        """Delivered value of one side in one currency: a branch's, or the total."""
        return sum(
            (
                v.amount
                for v in self.values
                if v.direction == direction
                and v.currency == currency
                and (branch_id is None or v.branch_id == branch_id)
            ),
            Decimal(0),
        )

    def methods_of(self, direction: Direction, currency: str) -> dict[str, Decimal]:
        """Value per valuation method ("" = none given), whole scope."""
        found: dict[str, Decimal] = {}
        for v in self.values:
            if v.direction == direction and v.currency == currency:
                found[v.method] = found.get(v.method, Decimal(0)) + v.amount
        return dict(sorted(found.items(), key=lambda item: (item[0] == "", -item[1])))

    def promises_of(self, direction: Direction, branch_id: int | None = None) -> Reputation:
        if branch_id is not None:
            return self.promises.get(branch_id, {}).get(direction, Reputation())
        return _sum_reputation(p.get(direction, Reputation()) for p in self.promises.values())

    def renewals_of(self, branch_id: int) -> int:
        return sum(1 for r in self.renewals if r.branch_id == branch_id)

    def new_partners_of(self, branch_id: int) -> int:
        return sum(1 for n in self.new_partners if n.branch_id == branch_id)


def _summed(groups: Iterable[Mapping[Any, int]]) -> dict[Any, int]:
    total: dict[Any, int] = {}
    for group in groups:
        for key, count in group.items():
            total[key] = total.get(key, 0) + count
    return total


def _sum_reputation(items: Iterable[Reputation]) -> Reputation:
    names = [f.name for f in fields(Reputation)]
    total = dict.fromkeys(names, 0)
    for item in items:
        for name in names:
            total[name] += getattr(item, name)
    return Reputation(**total)


def check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise YearOutOfRangeError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("AnnualReport", "The year must be between %1 and %2, not %3."),
                (FIRST_YEAR, LAST_YEAR, year),
            )
        )


# --- SQL -------------------------------------------------------------------


def _day(column: str, dialect: str) -> str:
    """The date of a stored UTC timestamp."""
    return f"substr({column}, 1, 10)" if dialect == "sqlite" else f"CAST({column} AS DATE)"


def span_sql(dialect: str, first_branch: int = 0) -> str:
    """The CTE `span`: each collaboration's branch, stage, renewal link and
    the days it begins and ends (NULL: runs on), by the module's rule."""
    least = "min" if dialect == "sqlite" else "LEAST"
    created = _day("c.created_at", dialect)
    first_change = _day("fc.first_at", dialect)
    declined, completed = Stage.DECLINED.value, Stage.COMPLETED.value
    return (
        "first_change AS (SELECT collaboration_id, min(changed_at) AS first_at"
        " FROM stage_change GROUP BY collaboration_id),"
        f" span AS (SELECT c.id, coalesce(c.branch_id, {int(first_branch)}) AS branch_id, c.stage,"
        " c.renewed_from_id, c.title,"
        f" {least}(coalesce(c.starts_on, {created}), coalesce({first_change}, {created}),"
        f" {created}) AS begins,"
        f" CASE WHEN c.stage = '{declined}'"
        f" THEN coalesce(c.stage_changed_on, c.ends_on, {_day('c.updated_at', dialect)})"
        " WHEN c.ends_on IS NOT NULL THEN c.ends_on"
        f" WHEN c.stage = '{completed}'"
        f" THEN coalesce(c.stage_changed_on, {_day('c.updated_at', dialect)})"
        " END AS ends"
        " FROM collaboration c LEFT JOIN first_change fc ON fc.collaboration_id = c.id)"
    )


ACTIVE = "span.begins <= :last AND (span.ends IS NULL OR span.ends >= :first)"


def _scope(column: str, branch_id: int | None) -> str:
    return f" AND {column} = :branch" if branch_id is not None else ""


def queries(dialect: str, branch_id: int | None, first_branch: int = 0) -> dict[str, str]:
    """Every figure group's SQL, bound by :first, :last, :today (and :branch).
    A collaboration with no branch yet counts in `first_branch` (where the
    migration put a single library's)."""
    span = f"WITH {span_sql(dialect, first_branch)} "
    # A third of the commitments match: SQLite reads them faster in one pass
    # over the table than through an index and a lookup per row, so "+"
    # keeps its planner off the status and due-date indexes.
    plain = "+" if dialect == "sqlite" else ""
    delivered = (
        f"{plain}cm.status = '{CommitmentStatus.DELIVERED.value}'"
        f" AND {plain}cm.delivered_on BETWEEN :first AND :last AND cm.value IS NOT NULL"
    )
    role = PartnerRole.PARTNER.value
    # CROSS JOIN: SQLite keeps the written order (the commitments scanned,
    # the collaboration looked up); PostgreSQL plans it as the inner join it is.
    # NOT INDEXED: the GROUP BY would otherwise walk an index in collaboration
    # order and fetch each row from the table at random.
    unindexed = " NOT INDEXED" if dialect == "sqlite" else ""
    joined = f"FROM commitment AS cm{unindexed} CROSS JOIN collaboration c"
    linked = "c.id = cm.collaboration_id AND "
    branch = f"coalesce(c.branch_id, {int(first_branch)})"
    method = "coalesce(cm.valuation_method, '')"
    in_branch = _scope(branch, branch_id)
    due = f"{plain}cm.due_on BETWEEN :first AND :last"
    return {
        "stages": span
        + "SELECT span.branch_id, span.stage, count(*) FROM span"
        + f" WHERE {ACTIVE}{_scope('span.branch_id', branch_id)}"
        + " GROUP BY span.branch_id, span.stage",
        "kinds": span
        + "SELECT span.branch_id, p.kind, count(DISTINCT span.id) FROM span"
        + " JOIN collaboration_partner cp ON cp.collaboration_id = span.id"
        + f" AND cp.role = '{role}' JOIN partner p ON p.id = cp.partner_id"
        + f" WHERE {ACTIVE}{_scope('span.branch_id', branch_id)}"
        + " GROUP BY span.branch_id, p.kind",
        # One pass for values (by delivery date) and promises (by due date).
        "commitments": f"SELECT {branch}, cm.direction, cm.currency, {method},"
        + f" sum(CASE WHEN {delivered} THEN cm.value END),"
        + f" coalesce(sum(CASE WHEN {delivered} THEN 1 ELSE 0 END), 0), "
        + ", ".join(reputation_columns(dialect, due))
        + f" {joined} WHERE {linked}({delivered} OR {due}){in_branch}"
        + f" GROUP BY {branch}, cm.direction, cm.currency, {method}",
        "top": "SELECT ranked.currency, ranked.place, ranked.pid, p.name, p.kind,"
        + " ranked.amount, ranked.n FROM (SELECT cm.currency, cm.partner_id AS pid,"
        + " sum(cm.value) AS amount, count(*) AS n, row_number() OVER"
        + " (PARTITION BY cm.currency ORDER BY sum(cm.value) DESC, cm.partner_id) AS place "
        + joined
        + f" WHERE {linked}{delivered} AND {plain}cm.direction = '{Direction.PARTNER_GIVES.value}'"
        + f" AND {plain}cm.partner_id IS NOT NULL{in_branch}"
        + f" GROUP BY {plain}cm.currency, cm.partner_id) AS ranked"
        + f" JOIN partner p ON p.id = ranked.pid WHERE ranked.place <= {TOP}"
        + " ORDER BY ranked.currency, ranked.place",
        "renewals": span
        + "SELECT span.id, span.title, span.branch_id, span.stage, prev.id, prev.title"
        + " FROM span JOIN collaboration prev ON prev.id = span.renewed_from_id"
        + f" WHERE {ACTIVE}{_scope('span.branch_id', branch_id)}"
        + " ORDER BY span.branch_id, span.title, span.id",
        "new_partners": span
        + ", firsts AS (SELECT cp.partner_id, span.branch_id, span.begins, span.title,"
        + " row_number() OVER (PARTITION BY cp.partner_id ORDER BY span.begins, span.id) AS n"
        + " FROM collaboration_partner cp JOIN span ON span.id = cp.collaboration_id"
        + f" WHERE cp.role = '{role}')"
        + " SELECT f.partner_id, p.name, p.kind, f.branch_id, f.title, f.begins"
        + " FROM firsts f JOIN partner p ON p.id = f.partner_id"
        + f" WHERE f.n = 1 AND f.begins BETWEEN :first AND :last{_scope('f.branch_id', branch_id)}"
        + " ORDER BY f.branch_id, f.begins, p.name",
    }


def _date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _money(value: Any) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


class AnnualReportService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def branches(self) -> tuple[BranchName, ...]:
        """The library's branches in its order (the dialog's chooser)."""
        with transaction(self._sessions) as session:
            return _branches(session)

    def gather(
        self, year: int, branch_id: int | None = None, today: date | None = None
    ) -> AnnualReport:
        """The report of `year` for one branch, or the whole system (None)."""
        frame = self.frame(year, branch_id, today)
        report = self.finish(frame)
        if report is None:
            with transaction(self._sessions) as session:
                return gather(session, year, branch_id, frame.today)
        return report

    def finish_possible(self) -> bool:
        """Whether `finish` can read on connections of its own here."""
        with side_reads_of(self._sessions) as probe:
            return probe is not None

    def frame(
        self, year: int, branch_id: int | None = None, today: date | None = None
    ) -> ReportFrame:
        """What the report is of, read on the store's connection (quick: the
        window calls it on its own thread, then `finish` in a worker)."""
        check_year(year)
        with transaction(self._sessions) as session:
            branches, scope, profile = _frame(session, branch_id)
        return ReportFrame(year, branch_id, today or date.today(), branches, scope, profile)

    def finish(self, frame: ReportFrame) -> AnnualReport | None:
        """The figures of `frame`, read on side connections of their own (a
        worker thread may call this); None when there can be none."""
        first = frame.branches[0].id if frame.branches else 0
        rows = figures_side_by_side(self._sessions, frame.year, frame.branch_id, frame.today, first)
        if rows is None:
            return None
        return assemble(frame.year, frame.today, frame.branches, frame.scope, frame.profile, rows)


@dataclass(frozen=True)
class ReportFrame:
    year: int
    branch_id: int | None
    today: date
    branches: tuple[BranchName, ...]
    scope: BranchName | None
    profile: Any


def _branches(session: Session) -> tuple[BranchName, ...]:
    rows = session.execute(text("SELECT id, name FROM branch ORDER BY position, id")).all()
    return tuple(BranchName(int(i), str(n)) for i, n in rows)


def _bound(sql: str, values: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    binds = [bindparam(k, type_=Date()) for k in ("first", "last", "today") if f":{k}" in sql]
    return text(sql).bindparams(*binds), {k: v for k, v in values.items() if f":{k}" in sql}


def _parameters(year: int, branch_id: int | None, today: date) -> dict[str, Any]:
    values: dict[str, Any] = {"first": date(year, 1, 1), "last": date(year, 12, 31)}
    values["today"] = today
    if branch_id is not None:
        values["branch"] = branch_id
    return values


def run_figures(
    reads: Session | Connection,
    year: int,
    branch_id: int | None,
    today: date,
    first_branch: int = 0,
) -> dict[str, Any]:
    """The raw rows of every figure group, one after the other on one
    connection (the benchmark's floor times this)."""
    bind = reads.get_bind() if isinstance(reads, Session) else reads.engine
    values = _parameters(year, branch_id, today)
    found: dict[str, Any] = {}
    for name, sql in queries(bind.dialect.name, branch_id, first_branch).items():
        found[name] = reads.execute(*_bound(sql, values)).all()
    return found


def figures_side_by_side(
    sessions: Sessions, year: int, branch_id: int | None, today: date, first_branch: int
) -> dict[str, Any] | None:
    """The same rows, the figure groups read two at a time on read-only
    connections of their own (the database works while Python waits: the
    commitments' pass on one core, everything else on the other). None
    when there can be no such connection (an in-memory or read-only medium)."""
    with side_reads_of(sessions) as probe:
        if probe is None:
            return None
        dialect = probe.engine.dialect.name
    values = _parameters(year, branch_id, today)
    sql = queries(dialect, branch_id, first_branch)

    def read(names: tuple[str, ...]) -> dict[str, Any]:
        with side_reads_of(sessions) as reads:
            if reads is None:
                raise RuntimeError("the side connection went away")
            return {name: reads.execute(*_bound(sql[name], values)).all() for name in names}

    heavy = ("commitments",)
    rest = tuple(name for name in sql if name not in heavy)
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="annual-report") as pool:
        parts = [pool.submit(read, heavy), pool.submit(read, rest)]
        found: dict[str, Any] = {}
        for part in parts:
            found.update(part.result())
    return found


def _frame(
    session: Session, branch_id: int | None
) -> tuple[tuple[BranchName, ...], BranchName | None, Any]:
    """The branches, the one reported on (None: all) and the library's profile."""
    branches = _branches(session)
    scope = None
    if branch_id is not None:
        scope = next((b for b in branches if b.id == branch_id), None)
        if scope is None:
            raise NotFoundError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("AnnualReport", "There is no branch number %1."),
                    (branch_id,),
                )
            )
    profile = session.execute(
        text("SELECT name, brand_colour, logo FROM library_profile ORDER BY id LIMIT 1")
    ).first()
    return branches, scope, profile


def gather(session: Session, year: int, branch_id: int | None, today: date) -> AnnualReport:
    """The report read on one session, query after query."""
    check_year(year)
    branches, scope, profile = _frame(session, branch_id)
    first = branches[0].id if branches else 0
    return assemble(year, today, branches, scope, profile,
                    run_figures(session, year, branch_id, today, first))  # fmt: skip


def assemble(
    year: int,
    today: date,
    branches: tuple[BranchName, ...],
    scope: BranchName | None,
    profile: Any,
    rows: dict[str, Any],
) -> AnnualReport:
    """The report of the figure groups' rows."""
    stages: dict[int, dict[Stage, int]] = {}
    for bid, stage, count in rows["stages"]:
        stages.setdefault(int(bid), {})[Stage(stage)] = int(count)
    kinds: dict[int, dict[str, int]] = {}
    for bid, kind, count in rows["kinds"]:
        kinds.setdefault(int(bid), {})[str(kind)] = int(count)
    promises: dict[int, dict[Direction, Reputation]] = {}
    values: list[ValueLine] = []
    for bid, direction, currency, method, amount, delivered, *figures in rows["commitments"]:
        side = Direction(direction)
        if delivered:
            values.append(
                ValueLine(int(bid), side, str(currency), str(method), _money(amount), delivered)
            )
        sides = promises.setdefault(int(bid), {})
        found = Reputation(*(int(x) for x in figures))
        sides[side] = _sum_reputation((sides.get(side, Reputation()), found))
    in_report = [scope] if scope is not None else list(branches)
    return AnnualReport(
        year=year,
        made_on=today,
        library_name=str(profile[0]) if profile else "",
        brand_colour=str(profile[1]) if profile else "",
        logo=bytes(profile[2]) if profile and profile[2] else None,
        scope=scope,
        branches=tuple(in_report),
        active={bid: sum(counts.values()) for bid, counts in stages.items()},
        stages=stages,
        kinds=kinds,
        values=tuple(values),
        promises=promises,
        top_partners=tuple(
            TopPartner(str(c), int(place), int(pid), str(name), str(kind), _money(a), int(n))
            for c, place, pid, name, kind, a, n in rows["top"]
        ),
        renewals=tuple(
            Renewal(int(i), str(t), int(b), Stage(s), int(pi), str(pt))
            for i, t, b, s, pi, pt in rows["renewals"]
        ),
        new_partners=tuple(
            NewPartner(int(pid), str(name), str(kind), int(b), str(t), _date(d))
            for pid, name, kind, b, t, d in rows["new_partners"]
        ),
    )
