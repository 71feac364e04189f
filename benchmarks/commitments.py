"""Commitment tracker figures at 500,000 commitments.

Prints the median (and 90th percentile) time to fetch the tracker's visible
page (200 rows plus the match count, as the table asks for them) for a set of
filters and sort orders, and the time to compute every partner's and the
library's reputation in one go.

Targets (issue 4): visible page median <= 50 ms; all reputation <= 500 ms.
Issue 15's per-keystroke, per-sort and paging figures: benchmarks/lists.py.
The database is built once by raw bulk insert and cached in
benchmarks/.cache/.

    python benchmarks/commitments.py [--size 500000] [--repeat 7]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from collabdesk.domain.commitment import commitment_search_text  # noqa: E402
from collabdesk.domain.enums import CommitmentStatus, Direction  # noqa: E402
from collabdesk.services.commitment_tracker import (  # noqa: E402
    CommitmentTracker,
    DueWindow,
    SortKey,
    TrackerQuery,
)
from collabdesk.services.reputation import ReputationService  # noqa: E402
from collabdesk.store.database import open_database, sqlite_url  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
PARTNERS = 5_000
COLLABORATIONS = 20_000
OWNERS = ["Анна", "Борис", "Вера", "Григорий", "Дарья", "Елена", "Жанна", "Зоя"]
THINGS = ["афиши", "зал", "кофе", "сувениры", "форма", "стенд", "логотип", "пост", "буклеты"]
TODAY = date(2026, 11, 18)


def build(path: Path, size: int) -> None:
    db = open_database(sqlite_url(path))  # creates the schema through the migrations
    db.close()
    rnd = random.Random(4)
    now = "2026-01-01 00:00:00.000000"
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.executemany(
        "INSERT INTO partner (id, name, kind, status, city, email, phone, website, owner,"
        " values_notes, notes, search_text, name_key, created_at, updated_at, version_id)"
        " VALUES (?, ?, 'business', 'active', '', '', '', '', '', '', '', ?, ?, ?, ?, 1)",
        (
            (i, f"Партнёр {i}", f"партнер {i}", f"партнер {i}", now, now)
            for i in range(1, PARTNERS + 1)
        ),
    )
    con.executemany(
        "INSERT INTO collaboration (id, title, idea, stage, wizard_page, created_at,"
        " updated_at, version_id) VALUES (?, ?, '', 'delivering', 0, ?, ?, 1)",
        ((i, f"Проект {i}", now, now) for i in range(1, COLLABORATIONS + 1)),
    )
    statuses = [s.value for s in CommitmentStatus]
    weights = [30, 15, 40, 5, 10]

    def rows():  # type: ignore[no-untyped-def]
        for i in range(1, size + 1):
            due = TODAY + timedelta(days=rnd.randint(-400, 200))
            status = rnd.choices(statuses, weights)[0]
            delivered = (
                (due + timedelta(days=rnd.randint(-5, 10))).isoformat()
                if status == "delivered"
                else None
            )
            description = f"{rnd.choice(THINGS)} {i}"
            owner = rnd.choice(OWNERS)
            yield (
                i,
                rnd.randint(1, COLLABORATIONS),
                rnd.randint(1, PARTNERS),
                rnd.choice([d.value for d in Direction]),
                description,
                rnd.randint(1, 500),
                due.isoformat(),
                owner,
                status,
                rnd.randint(0, 100_000),
                delivered,
                commitment_search_text(description, owner, ""),
                now,
                now,
            )

    con.executemany(
        "INSERT INTO commitment (id, collaboration_id, partner_id, direction, description,"
        " quantity, unit, due_on, owner, status, value, currency, delivered_on,"
        " waived_reason, proof_note, proof_path, search_text, created_at, updated_at,"
        " version_id) VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, 'RUB', ?, '', '', '', ?, ?, ?, 1)",
        rows(),
    )
    con.commit()
    con.execute("ANALYZE")
    con.close()


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    fn()  # warm the cache
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=500_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"commitments-{args.size}.sqlite3"
    if not path.exists():
        started = time.perf_counter()
        build(path, args.size)
        print(f"built {args.size:,} commitments in {time.perf_counter() - started:.0f} s")
    db = open_database(sqlite_url(path))
    tracker = CommitmentTracker(db.sessions)
    reputation = ReputationService(db.sessions)
    cases = {
        "all, by due date": TrackerQuery(today=TODAY),
        "overdue": TrackerQuery(today=TODAY, window=DueWindow.OVERDUE),
        "due soon (reminder)": TrackerQuery(today=TODAY, window=DueWindow.SOON),
        "this month, we give": TrackerQuery(
            today=TODAY, window=DueWindow.THIS_MONTH, direction=Direction.LIBRARY_GIVES
        ),
        "status delivered": TrackerQuery(today=TODAY, status=CommitmentStatus.DELIVERED),
        "owner, by status": TrackerQuery(today=TODAY, owner="Вера", sort=SortKey.STATUS),
        "one partner": TrackerQuery(today=TODAY, partner_id=1234),
        "delivered without proof": TrackerQuery(today=TODAY, without_proof=True),
        "text 'кофе 12'": TrackerQuery(today=TODAY, text="кофе 12"),
        "text 'КОФЕ' (upper case)": TrackerQuery(today=TODAY, text="КОФЕ"),
        "text 'вера зал'": TrackerQuery(today=TODAY, text="вера зал"),
        "text 'партнер 12' (partner)": TrackerQuery(today=TODAY, text="партнер 12"),
        "sort by due, descending": TrackerQuery(today=TODAY, descending=True),
        "sort by description": TrackerQuery(today=TODAY, sort=SortKey.DESCRIPTION),
        "sort by partner": TrackerQuery(today=TODAY, sort=SortKey.PARTNER),
        "sort by value": TrackerQuery(today=TODAY, sort=SortKey.VALUE, descending=True),
        "sort by owner": TrackerQuery(today=TODAY, sort=SortKey.OWNER),
    }
    medians = []
    print(f"tracker visible page (200 rows + count), {args.size:,} commitments:")
    for name, query in cases.items():

        def visible(q: TrackerQuery = query) -> None:
            tracker.first_page(q, 200)  # the 200 rows and the capped count, as the table asks

        times = timed(visible, args.repeat)
        median = statistics.median(times)
        medians.append(median)
        p90 = sorted(times)[int(len(times) * 0.9) - 1]
        print(f"  {name:28} median {median:7.1f} ms   p90 {p90:7.1f} ms")
    print(f"  median over all cases: {statistics.median(medians):.1f} ms (target <= 50 ms)")
    times = timed(lambda: reputation.board(TODAY), max(3, args.repeat // 2))
    board = reputation.board(TODAY)
    print(
        f"reputation of all {len(board.partners):,} partners and the library: "
        f"median {statistics.median(times):.0f} ms (target <= 500 ms)"
    )
    db.close()


if __name__ == "__main__":
    main()
