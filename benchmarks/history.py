"""What the change log costs: one partner edit, and a 10,000-partner bulk
create in one transaction, each with history recorded and without.

"Without" is the same code on a session factory that has no history hooks
(the hooks are installed by open_database; here a second factory over the
same engine skips them). Both runs write to the same kind of fresh SQLite
file (WAL, synchronous=FULL, FTS triggers), so the figures differ only by
the change log.

What is measured:
- single edit: PartnerService.update() of one partner's name and city (one
  transaction: read, update, flush, commit), median of N runs;
- bulk create: 10,000 Partner rows added through the ORM and committed in
  one transaction, the way an import service would (there is no import
  service yet); with history that writes one `create` entry per row (the
  row as JSON), which is what makes the import undoable as a whole.

Targets (issue 7): edit <= 2x, bulk create <= 1.5x.

    python benchmarks/history.py [--edits 200] [--rows 10000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy.orm import Session, sessionmaker  # noqa: E402

from collabdesk.domain.partner import Partner  # noqa: E402
from collabdesk.services.partners import PartnerDraft, PartnerService  # noqa: E402
from collabdesk.store.database import Database, open_database, sqlite_url  # noqa: E402


def factories(db: Database) -> dict[str, sessionmaker[Session]]:
    return {
        "with history": db.sessions,
        "without history": sessionmaker(db.engine, expire_on_commit=False),
    }


def time_edits(sessions: sessionmaker[Session], edits: int) -> float:
    service = PartnerService(sessions)
    partner = service.create(PartnerDraft(name="Кафе «Ёлка»", city="Томск"))
    times = []
    for i in range(edits):
        draft = PartnerDraft(name=f"Кафе «Ёлка» {i}", city=f"Томск {i}")
        started = time.perf_counter()
        service.update(partner.id, draft)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def time_bulk(sessions: sessionmaker[Session], rows: int) -> float:
    started = time.perf_counter()
    with sessions.begin() as session:
        for i in range(rows):
            session.add(Partner(name=f"Партнёр {i}", city="Томск", email=f"p{i}@example.org"))
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    results: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        # Alternate the order so warm-up favours neither side.
        for round_ in range(2):
            for index, label in enumerate(("without history", "with history")):
                db = open_database(sqlite_url(Path(tmp) / f"{round_}-{index}.sqlite3"))
                try:
                    sessions = factories(db)[label]
                    edit = time_edits(sessions, args.edits)
                    bulk = time_bulk(sessions, args.rows)
                finally:
                    db.close()
                best = results.get(label, (edit, bulk))
                results[label] = (min(best[0], edit), min(best[1], bulk))
    base_edit, base_bulk = results["without history"]
    hist_edit, hist_bulk = results["with history"]
    print(f"single partner edit (median of {args.edits}, best of 2 rounds):")
    print(f"  without history {base_edit * 1000:8.2f} ms")
    ratio = hist_edit / base_edit
    print(f"  with history    {hist_edit * 1000:8.2f} ms   x{ratio:.2f}  (target <= 2)")
    print(f"bulk create of {args.rows} partners in one transaction (best of 2 rounds):")
    print(f"  without history {base_bulk:8.2f} s")
    print(f"  with history    {hist_bulk:8.2f} s    x{hist_bulk / base_bulk:.2f}  (target <= 1.5)")


if __name__ == "__main__":
    main()
