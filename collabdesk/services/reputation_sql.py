"""THE definition of reliability as SQL text, and the figures it adds up to.

One GROUP BY over the commitment table: per (partner, direction) the counts
of `Reputation`'s fields. `services/reputation.reputation_figures` runs it
through SQLAlchemy for the dashboard, the pitch's track record and the
recap's balance; `collabdesk reputation` runs the same text over a plain
sqlite3 connection (commands/reading.py) without loading SQLAlchemy. The
parameters are named (`:today`, `:partner_id`, `:collaboration_id`), which
both sqlite3 and SQLAlchemy's `text()` bind. No SQLAlchemy here.

On-time rate = commitments delivered on or before their due date ÷
commitments due so far. "Due so far" counts every dated commitment that is
due today or earlier, plus any already delivered or missed ahead of its date;
waived ones are left out (the other side let them go) and counted apart.
Average days late is over the deliveries that came late.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, fields
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from collabdesk.domain.enums import CommitmentStatus, Direction
from collabdesk.services.plain_rows import Run

S = CommitmentStatus


@dataclass(frozen=True)
class Reputation:
    due: int = 0
    on_time: int = 0
    missed: int = 0
    waived: int = 0
    late: int = 0
    late_days: int = 0
    overdue: int = 0  # open and past due today

    @property
    def has_record(self) -> bool:
        return self.due > 0

    @property
    def on_time_rate(self) -> Decimal | None:
        """A fraction 0..1, or None when nothing has been due yet."""
        if self.due == 0:
            return None
        return Decimal(self.on_time) / Decimal(self.due)

    @property
    def average_days_late(self) -> Decimal | None:
        if self.late == 0:
            return None
        return (Decimal(self.late_days) / Decimal(self.late)).quantize(
            Decimal("0.1"), ROUND_HALF_UP
        )

    def rate_text(self) -> str:
        rate = self.on_time_rate
        if rate is None:
            return "no record yet"
        percent = (rate * 100).quantize(Decimal("1"), ROUND_HALF_UP)
        return f"{percent}% on time ({self.on_time} of {self.due})"


@dataclass(frozen=True)
class PartnerReputation:
    partner_id: int
    partner_name: str
    partner: Reputation  # what the partner promised the library
    library: Reputation  # what the library promised this partner


@dataclass(frozen=True)
class ReputationBoard:
    library: Reputation  # everything the library promised, to anyone
    partners: tuple[PartnerReputation, ...]

    def for_partner(self, partner_id: int) -> PartnerReputation | None:
        return next((p for p in self.partners if p.partner_id == partner_id), None)


def _count(condition: str) -> str:
    return f"coalesce(sum(CASE WHEN {condition} THEN 1 ELSE 0 END), 0)"


def _statuses(*statuses: CommitmentStatus) -> str:
    return "(" + ", ".join(f"'{s.value}'" for s in statuses) + ")"


def reputation_columns(dialect: str, only: str = "") -> list[str]:
    """The seven counts of `Reputation`, in its field order, as SQL
    aggregates over commitment rows bound by `:today`: the definition itself,
    for any GROUP BY that wants it (this module's, the annual report's).
    `only`: a further condition on the rows counted (the annual report
    counts the commitments due in its year within a wider pass)."""
    within = f"{only} AND " if only else ""
    dated = f"{within}due_on IS NOT NULL"
    delivered = f"status = '{S.DELIVERED.value}'"
    is_due = (
        f"{dated} AND status != '{S.WAIVED.value}'"
        f" AND (due_on <= :today OR status IN {_statuses(S.DELIVERED, S.MISSED)})"
    )
    late = f"{dated} AND {delivered} AND delivered_on > due_on"
    if dialect == "sqlite":
        days = "julianday(delivered_on) - julianday(due_on)"
    else:
        days = "delivered_on - due_on"
    return [
        _count(is_due),
        # a delivered dated commitment is always due: no need to test is_due again
        _count(f"{within}{delivered} AND delivered_on <= due_on"),
        _count(f"{within}status = '{S.MISSED.value}'"),
        _count(f"{within}status = '{S.WAIVED.value}'"),
        _count(late),
        f"coalesce(sum(CASE WHEN {late} THEN {days} ELSE 0 END), 0)",
        _count(f"{within}status IN {_statuses(S.PLANNED, S.IN_PROGRESS)} AND due_on < :today"),
    ]


def figures_sql(
    dialect: str,
    *,
    partner_id: bool = False,
    collaboration_id: bool = False,
    partner_ids: Collection[int] | None = None,
    per_partner: bool = True,
    source: str = "commitment",
) -> str:
    """The GROUP BY as text: rows (pid, direction, due, on_time, missed,
    waived, late, late_days, overdue, partner name), bound by `:today` and,
    when asked for, `:partner_id` (with `collaboration_id`: that partner's
    commitments and those made to the whole collaboration) and
    `:collaboration_id`; `partner_ids`: only these partners' rows (a page of
    the dashboard). `per_partner=False`: one row per direction for everyone
    together (pid and name NULL), the library's own record. `source`: a table
    expression with commitment's columns standing for the table (a window of
    its rows: the dashboard's last twelve months of one branch)."""
    columns = [
        "partner_id AS pid" if per_partner else "NULL AS pid",
        "direction",
        *reputation_columns(dialect),
    ]
    where: list[str] = []
    if collaboration_id:
        where.append("collaboration_id = :collaboration_id")
        if partner_id:
            where.append("(partner_id = :partner_id OR partner_id IS NULL)")
    elif partner_id:
        where.append("partner_id = :partner_id")
    if partner_ids is not None:
        listed = ", ".join(str(int(pid)) for pid in partner_ids) or "NULL"
        where.append(f"partner_id IN ({listed})")
    agg = (
        f"SELECT {', '.join(columns)} FROM {source}"
        + (f" WHERE {' AND '.join(where)}" if where else "")
        + (" GROUP BY partner_id, direction" if per_partner else " GROUP BY direction")
    )
    if not per_partner:
        return f"SELECT figures.*, NULL AS name FROM ({agg}) AS figures"
    # names joined to the ~2 rows per partner, not looked up by a huge IN list
    return (
        f"SELECT figures.*, partner.name FROM ({agg}) AS figures"
        " LEFT OUTER JOIN partner ON partner.id = figures.pid"
    )


def side_of(rows: Sequence[Sequence[Any]], side: Direction) -> Reputation:
    """One side's figures summed over the rows of `figures_sql`."""
    total = [0] * len(fields(Reputation))
    for _pid, direction, *figures, _name in rows:
        if direction == side:
            total = [a + int(b) for a, b in zip(total, figures, strict=True)]
    return Reputation(*total)


def board_of(
    rows: Sequence[Sequence[Any]], names: dict[int, str], partner_id: int | None
) -> ReputationBoard:
    """The board of `figures_sql` rows: each named partner's two sides, by
    name, and the library's total."""
    by_partner: dict[int, dict[Direction, Reputation]] = {}
    for pid, direction, *figures, _name in rows:
        if pid is not None:
            numbers = [int(x) for x in figures]
            by_partner.setdefault(pid, {})[Direction(direction)] = Reputation(*numbers)
    if partner_id is not None:
        by_partner.setdefault(partner_id, {})
    partners = tuple(
        sorted(
            (
                PartnerReputation(
                    pid,
                    names.get(pid, ""),
                    sides.get(Direction.PARTNER_GIVES, Reputation()),
                    sides.get(Direction.LIBRARY_GIVES, Reputation()),
                )
                for pid, sides in by_partner.items()
                if pid in names
            ),
            key=lambda p: p.partner_name.casefold(),
        )
    )
    return ReputationBoard(side_of(rows, Direction.LIBRARY_GIVES), partners)


def names_of(rows: Sequence[Sequence[Any]]) -> dict[int, str]:
    """Partner id → name, from the rows' last column."""
    return {int(row[0]): str(row[-1]) for row in rows if row[-1] is not None}


def figures_run(
    run: Run,
    dialect: str,
    today: date,
    partner_id: int | None = None,
    collaboration_id: int | None = None,
    *,
    per_partner: bool = True,
) -> list[tuple[Any, ...]]:
    """`figures_sql` run through a plain_rows `Run` (the pitch's gather, on
    either connection): its named parameters bound in the order they appear."""
    sql = figures_sql(
        dialect,
        partner_id=partner_id is not None,
        collaboration_id=collaboration_id is not None,
        per_partner=per_partner,
    )
    values = {"today": today.isoformat(), "partner_id": partner_id}
    values["collaboration_id"] = collaboration_id
    names = re.findall(r":(today|partner_id|collaboration_id)\b", sql)
    return run(
        re.sub(r":(today|partner_id|collaboration_id)\b", "?", sql), [values[n] for n in names]
    )
