"""The tracker's rows as plain SQL strings, for a command that only reads.

`collabdesk commitments list` answers over a plain sqlite3 connection
(commands/reading.py) rather than loading SQLAlchemy and the models, which
cost ~8× `collabdesk --version`. It asks the tracker (services/
commitment_tracker.py) only for what its options can say: a side, a
partner, "overdue", in the tracker's default order (by due date, a missing
date last, then id). Those filters are written here from the tracker's own
definitions: the due key the indexes hold (domain/commitment_keys), the
open statuses (domain/commitment_flow), `is_overdue` and `TrackerRow`
(services/tracker_query); tests/unit/test_commitments_list_light.py checks
every row equals the tracker's.

`delivery_details` reads what issue 18 added to a commitment (its valuation
method, its series, its steps) for a page of ids; both paths of the command
print it from here. No SQLAlchemy may be imported by this module.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from collabdesk.domain.commitment_flow import OPEN_STATUSES
from collabdesk.domain.commitment_keys import DUE_KEY_SQL
from collabdesk.domain.enums import CommitmentStatus, Direction
from collabdesk.services.plain_rows import Run
from collabdesk.services.tracker_query import (
    DueWindow,
    SortKey,
    TrackerQuery,
    TrackerRow,
    tracker_row,
)

CHUNK = 500  # ids per IN list (SQLite's bound parameters) and rows per page read


def answers(query: TrackerQuery) -> bool:
    """Whether `page` can answer `query`: the command line's filters, in the
    tracker's default order. Anything else is the tracker's alone."""
    return (
        query.status is None
        and not query.owner.strip()
        and query.collaboration_id is None
        and query.window in (DueWindow.ALL, DueWindow.OVERDUE)
        and not query.text.strip()
        and not query.without_proof
        and query.partner_kind is None
        and query.delivered_in is None
        and query.due_after is None
        and query.sort is SortKey.DUE
        and not query.descending
    )


def _where(query: TrackerQuery) -> tuple[list[str], list[Any]]:
    """The query's filters, as tracker_where.conditions spells them."""
    where: list[str] = []
    params: list[Any] = []
    if query.direction is not None:
        where.append("direction = ?")
        params.append(query.direction.value)
    if query.partner_id is not None:
        where.append("partner_id = ?")
        params.append(query.partner_id)
    if query.window is DueWindow.OVERDUE:
        statuses = sorted(s.value for s in OPEN_STATUSES)
        where.append(f"status IN ({', '.join('?' for _ in statuses)})")
        params += statuses
        where.append(f"{DUE_KEY_SQL} < ?")  # a missing date is past every day
        params.append(query.today.isoformat())
    return where, params


def pages(run: Run, query: TrackerQuery, limit: int) -> Iterator[list[TrackerRow]]:
    """The first `limit` rows in the tracker's order, a page of CHUNK at a
    time (keyset on the due key and id), so half a million are never held
    at once."""
    if not answers(query):
        raise ValueError("the tracker's own path answers this query")
    where, params = _where(query)
    after: tuple[str, int] | None = None
    left = max(limit, 0)
    while left > 0:
        clauses = list(where)
        bound = list(params)
        if after is not None:
            # the row value, and the first key alone, which SQLite seeks in
            # the index of expressions (as tracker_order._beyond writes it)
            clauses.append(f"{DUE_KEY_SQL} >= ? AND ({DUE_KEY_SQL}, id) > (?, ?)")
            bound += [after[0], *after]
        found = run(
            f"SELECT id, {DUE_KEY_SQL} FROM commitment"
            + (f" WHERE {' AND '.join(clauses)}" if clauses else "")
            + f" ORDER BY {DUE_KEY_SQL}, id LIMIT ?",
            [*bound, min(left, CHUNK)],
        )
        if not found:
            return
        ids = [int(row[0]) for row in found]
        yield _rows(run, ids, query.today)
        left -= len(ids)
        after = (str(found[-1][1]), ids[-1])


_ROWS = (
    "SELECT commitment.id, commitment.collaboration_id, collaboration.title,"
    " commitment.partner_id, partner.name, commitment.direction, commitment.description,"
    " commitment.quantity, commitment.unit, commitment.due_on, commitment.owner,"
    " commitment.status, commitment.value, commitment.currency, commitment.delivered_on,"
    " commitment.make_good_for_id, commitment.proof_path,"
    " commitment.occurrence, commitment_series.times,"
    " (SELECT count(*) FROM commitment_proof"
    "  WHERE commitment_proof.commitment_id = commitment.id)"
    " FROM commitment JOIN collaboration ON collaboration.id = commitment.collaboration_id"
    " LEFT OUTER JOIN partner ON partner.id = commitment.partner_id"
    " LEFT OUTER JOIN commitment_series ON commitment_series.id = commitment.series_id"
    " WHERE commitment.id IN ({})"
)


def _rows(run: Run, ids: list[int], today: date) -> list[TrackerRow]:
    """TrackerRows of `ids`, in that order, as commitment_tracker._rows makes them."""
    found = {int(row[0]): row for row in run(_ROWS.format(", ".join("?" * len(ids))), ids)}
    rows = []
    for commitment_id in ids:
        row = found.get(commitment_id)
        if row is None:
            continue
        (_, collab_id, title, partner_id, name, direction, description, quantity, unit,
         due_on, owner, status, value, currency, delivered_on, make_good_for_id,
         proof_path, occurrence, series_size, proofs) = row  # fmt: skip
        typed = (commitment_id, int(collab_id), title, partner_id, name, Direction(direction),
                 description, _numeric(quantity), unit, _day(due_on), owner,
                 CommitmentStatus(status), _numeric(value), currency, _day(delivered_on),
                 make_good_for_id, proof_path, occurrence, series_size)  # fmt: skip
        rows.append(tracker_row(typed, int(proofs), today))
    return rows


def _day(stored: Any) -> date | None:
    return None if stored is None else date.fromisoformat(str(stored))


def _numeric(stored: Any) -> Decimal | None:
    """A Numeric(14, 2) column as SQLAlchemy reads it from SQLite: two places."""
    return None if stored is None else Decimal(f"{stored:.2f}")


def delivery_details(run: Run, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """Per commitment id: its valuation method, its series (`series_id`,
    `occurrence`, and the series' `every`, `times`, `until`) and its steps
    ({id, what, who, due_on, done_on} in their order); null or empty when
    it has none. Three statements per CHUNK ids, whichever path asks."""
    details: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        marks = ", ".join("?" * len(chunk))
        series_ids: set[int] = set()
        for cid, method, series_id, occurrence in run(
            "SELECT id, valuation_method, series_id, occurrence FROM commitment"
            f" WHERE id IN ({marks})",
            chunk,
        ):
            details[int(cid)] = {
                "valuation_method": method,
                "series_id": series_id,
                "occurrence": occurrence,
                "series": None,
                "steps": [],
            }
            if series_id is not None:
                series_ids.add(int(series_id))
        series = _series(run, sorted(series_ids))
        for detail in details.values():
            if detail["series_id"] is not None:
                detail["series"] = series.get(int(detail["series_id"]))
        for cid, step_id, what, who, due_on, done_on in run(
            "SELECT commitment_id, id, what, who, due_on, done_on FROM commitment_step"
            f" WHERE commitment_id IN ({marks}) ORDER BY commitment_id, position, id",
            chunk,
        ):
            details[int(cid)]["steps"].append(
                {
                    "id": step_id,
                    "what": what,
                    "who": who,
                    "due_on": _iso(due_on),
                    "done_on": _iso(done_on),
                }
            )
    return details


def _series(run: Run, ids: list[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    rows = run(
        "SELECT id, every, times, until FROM commitment_series"
        f" WHERE id IN ({', '.join('?' * len(ids))})",
        ids,
    )
    return {
        int(sid): {"every": every, "times": times, "until": _iso(until)}
        for sid, every, times, until in rows
    }


def _iso(stored: Any) -> str | None:
    day = _day(stored)
    return None if day is None else day.isoformat()
