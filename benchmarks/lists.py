"""The big lists as a person feels them, each figure beside its target (issue 15).

Tracker at 500,000 commitments, what the table asks for per keystroke or
click (first_page: 200 rows and the capped count):
  - text search typed letter by letter, "к" "ко" "коф" "кофе": worst <= 50 ms
  - every header sort, both directions: worst <= 50 ms
  - "owner, by status" and the other filters: <= 50 ms
Keyset paging, flat per page to the end (the page after the last row shown):
  - partners at 1,000,000: a page at the end <= 1.5x the first page, beside
    what OFFSET paging costs there (the floor it replaced, same run)
  - commitments at 500,000, likewise
Partner search at 1,000,000: keystroke p90 <= 16 ms (typing ten real names).

Every figure is a median of --repeat runs on a warm cache; the floor line
(200 rows read by primary key) and the load average say how busy the
machine was: compare ratios on a shared machine, absolute times when idle.

    python benchmarks/lists.py [--commitments 500000] [--partners 1000000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import commitments as tracker_data  # noqa: E402
import partners as partner_data  # noqa: E402

from collabdesk.domain.enums import CommitmentStatus, Direction  # noqa: E402
from collabdesk.services.commitment_tracker import (  # noqa: E402
    CommitmentTracker,
    DueWindow,
    SortKey,
    TrackerQuery,
)
from collabdesk.services.partner_directory import (  # noqa: E402
    COLUMNS,
    PartnerDirectory,
    PartnerQuery,
    _rows,
)
from collabdesk.store.database import open_database, sqlite_url  # noqa: E402

TODAY = tracker_data.TODAY
TARGET_MS = 50.0
SEARCH_P90_MS = 16.0
FLAT_RATIO = 1.5


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm the cache, as a running program has it
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def verdict(ok: bool) -> str:
    return "ok" if ok else "OVER"


def line(name: str, ms: float, target: float, floor: float) -> bool:
    ok = ms <= target
    print(
        f"  {name:34} {ms:7.1f} ms  (target <= {target:.0f} ms, {ms / floor:5.1f}x floor)"
        f"  {verdict(ok)}",
        flush=True,
    )
    return ok


def tracker_database(size: int, given: str | None) -> Path:
    if given:
        return Path(given)
    path = tracker_data.CACHE / f"commitments-{size}.sqlite3"
    if not path.exists():
        tracker_data.CACHE.mkdir(exist_ok=True)
        tracker_data.build(path, size)
    return path


def floor_ms(path: Path, table: str, repeat: int) -> float:
    """200 rows read by primary key: what no list can beat."""
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return median_ms(
            lambda: conn.execute(f"SELECT * FROM {table} ORDER BY id LIMIT 200").fetchall(),
            repeat,
        )
    finally:
        conn.close()


def tracker_figures(path: Path, repeat: int) -> bool:
    db = open_database(sqlite_url(path))  # migrates an older cache (new indexes)
    tracker = CommitmentTracker(db.sessions)
    floor = floor_ms(path, "commitment", repeat)
    owner = tracker.owners()[2] if len(tracker.owners()) > 2 else ""
    ok = True
    print(f"tracker, {path.name}: floor {floor:.1f} ms (200 commitments by id)")

    def visible(query: TrackerQuery) -> float:
        return median_ms(lambda: tracker.first_page(query, 200), repeat)

    print(" text search, letter by letter (per keystroke):")
    for typed in ("к", "ко", "коф", "кофе", "КОФЕ", "кофе 12", "вера зал", "партнер 12"):
        ok &= line(f"'{typed}'", visible(TrackerQuery(today=TODAY, text=typed)), TARGET_MS, floor)
    print(" header sorts:")
    for key in SortKey:
        for descending in (False, True):
            query = TrackerQuery(today=TODAY, sort=key, descending=descending)
            name = f"{key.value}{' descending' if descending else ''}"
            ok &= line(name, visible(query), TARGET_MS, floor)
    print(" filters:")
    filters = {
        "owner, by status": TrackerQuery(today=TODAY, owner=owner, sort=SortKey.STATUS),
        "overdue": TrackerQuery(today=TODAY, window=DueWindow.OVERDUE),
        "due soon (reminder)": TrackerQuery(today=TODAY, window=DueWindow.SOON),
        "this month, we give": TrackerQuery(
            today=TODAY, window=DueWindow.THIS_MONTH, direction=Direction.LIBRARY_GIVES
        ),
        "status delivered, by owner": TrackerQuery(
            today=TODAY, status=CommitmentStatus.DELIVERED, sort=SortKey.OWNER
        ),
        "delivered without proof": TrackerQuery(today=TODAY, without_proof=True),
        "one partner": TrackerQuery(today=TODAY, partner_id=1234),
    }
    for name, query in filters.items():
        ok &= line(name, visible(query), TARGET_MS, floor)
    ok &= tracker_paging(path, tracker, repeat, floor)
    db.close()
    return ok


def tracker_paging(path: Path, tracker: CommitmentTracker, repeat: int, floor: float) -> bool:
    """The page after a row at the start, the middle and the end (by due date)."""
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    total = conn.execute("SELECT count(*) FROM commitment").fetchone()[0]
    order = "coalesce(due_on, '9999-12-31'), id"
    query = TrackerQuery(today=TODAY)
    print(
        f" keyset paging by due date, {total:,} commitments (target: flat, end <= {FLAT_RATIO}x):"
    )
    times = {}
    for label, at in (("start", 0), ("middle", total // 2), ("end", total - 250)):
        after = conn.execute(f"SELECT id FROM commitment ORDER BY {order} LIMIT 1 OFFSET ?", (at,))
        after_id = after.fetchone()[0]
        times[label] = median_ms(lambda a=after_id: tracker.page(query, a, 200), repeat * 3)
        offset_ms = median_ms(
            lambda at=at: conn.execute(
                f"SELECT id FROM commitment ORDER BY {order} LIMIT 200 OFFSET ?", (at,)
            ).fetchall(),
            repeat,
        )
        print(
            f"  page after row {at:>9,} ({label:6}) {times[label]:7.1f} ms"
            f"   ({times[label] / floor:4.1f}x floor; OFFSET's ids there: {offset_ms:6.1f} ms)"
        )
    conn.close()
    ratio = times["end"] / times["start"]
    print(f"  end / start: {ratio:.2f}x (target <= {FLAT_RATIO}x)  {verdict(ratio <= FLAT_RATIO)}")
    return ratio <= FLAT_RATIO


def _before(directory: PartnerDirectory) -> Callable[[PartnerQuery, int], object]:
    """The keystroke as it was before issue 15, for a ratio in the same run:
    a capped count through the trigram index, then the page through it again."""

    def first_page(query: PartnerQuery, limit: int) -> object:
        body, params, use_fts = directory._where(query)
        count_body = body
        if use_fts and query.kind is None and query.status is None:
            count_body = " FROM partner_fts WHERE partner_fts MATCH ?"
        total = directory._capped_count(count_body, params, 10_001)
        order = "p.name_key, p.id" if not use_fts or total <= 3000 else "f.rowid DESC"
        sql = f"SELECT {COLUMNS}{body} ORDER BY {order} LIMIT ? OFFSET 0"
        return _rows(directory._execute(sql, [*params, limit]))

    return first_page


def partner_figures(size: int, repeat: int) -> bool:
    path = partner_data.build(size)
    directory = PartnerDirectory.for_sqlite_file(path)
    floor = floor_ms(path, "partner", repeat)
    print(f"partners, {path.name}: floor {floor:.1f} ms (200 partners by id)")
    rnd = random.Random(7)
    names = [partner_data.partner_name(rnd) for _ in range(10)]
    directory.first_page(PartnerQuery(""), 200)
    timings: dict[str, list[float]] = {"now": [], "before": []}
    ways = [("now", directory.first_page), ("before", _before(directory))]
    for run in range(max(2, repeat // 2)):
        for name in names:
            for end in range(1, len(name) + 1):
                query = PartnerQuery(name[:end])
                # Whichever asks first meets the cold pages: take turns.
                for way, ask in ways if (run + end) % 2 else ways[::-1]:
                    start = time.perf_counter()
                    ask(query, 200)
                    timings[way].append((time.perf_counter() - start) * 1000)
    figures = {}
    for way, times in timings.items():
        figures[way] = statistics.quantiles(times, n=10)[-1]
        print(
            f" search keystroke, {way:6} ({len(times)} keystrokes): median "
            f"{statistics.median(times):.1f} ms, p90 {figures[way]:.1f} ms, max {max(times):.0f} ms"
        )
    p90 = figures["now"]
    ok = p90 <= SEARCH_P90_MS
    print(
        f"  p90 {p90:.1f} ms (target <= {SEARCH_P90_MS:.0f} ms; {p90 / figures['before']:.2f}x "
        f"the code before issue 15, same run)  {verdict(ok)}"
    )
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    total = conn.execute("SELECT count(*) FROM partner").fetchone()[0]
    print(f" keyset paging by name, {total:,} partners (target: flat, end <= {FLAT_RATIO}x):")
    times = {}
    query = PartnerQuery()
    for label, at in (("start", 0), ("middle", total // 2), ("end", total - 250)):
        row = conn.execute(
            "SELECT id, name_key FROM partner ORDER BY name_key, id LIMIT 1 OFFSET ?", (at,)
        ).fetchone()
        after = directory.page(query, None, 1)[0]._replace(id=row[0], name_key=row[1])
        times[label] = median_ms(lambda a=after: directory.page(query, a, 200), repeat * 3)
        offset_ms = median_ms(
            lambda at=at: conn.execute(
                "SELECT id, name FROM partner ORDER BY name_key, id LIMIT 200 OFFSET ?", (at,)
            ).fetchall(),
            repeat,
        )
        print(
            f"  page after row {at:>9,} ({label:6}) {times[label]:7.1f} ms"
            f"   ({times[label] / floor:4.1f}x floor; OFFSET there: {offset_ms:6.1f} ms)"
        )
    conn.close()
    directory.close()
    ratio = times["end"] / times["start"]
    flat = ratio <= FLAT_RATIO
    print(f"  end / start: {ratio:.2f}x (target <= {FLAT_RATIO}x)  {verdict(flat)}")
    return ok and flat


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--commitments", type=int, default=500_000)
    parser.add_argument("--partners", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--tracker-database", help="a built database to measure instead")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    ok = tracker_figures(tracker_database(args.commitments, args.tracker_database), args.repeat)
    ok &= partner_figures(args.partners, args.repeat)
    print("all figures at or under target" if ok else "some figures OVER target (see above)")


if __name__ == "__main__":
    main()
