"""Partner import from CSV against its floor, measured in the same run.

The floor (issue 15): one `executemany` of the same rows, already made,
into the real `partner` table with its indexes, without the search
index's trigger and without history capture, in one transaction committed
with synchronous=FULL, on a copy of the same database. The import is
`PartnerTransfer.apply` (bulk insert, FTS filled once, one change-log
entry). Reading the file and planning (what the window's preview does, in
a worker) are printed beside them: they are not part of the floor.

Target: apply ≤ 2× the floor at 10k and 100k rows. Runs alternate floor
and import `--repeat` times; the medians are compared.

    python benchmarks/imports.py [--rows 10000,100000] [--existing 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from collabdesk.domain.partner import partner_search_text  # noqa: E402
from collabdesk.domain.text import search_key  # noqa: E402
from collabdesk.services.partner_bulk import COLUMNS  # noqa: E402
from collabdesk.services.partner_transfer import PartnerTransfer  # noqa: E402
from collabdesk.store.database import open_database, sqlite_url  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
TARGET = 2.0
STAMP = "2026-01-01 00:00:00.000000"


def partner_row(i: int, prefix: str) -> tuple[object, ...]:
    name, city, email, phone = f"{prefix} {i}", f"Город {i % 50}", f"{prefix[0]}{i}@x.org", ""
    return (
        name, "business", "prospect", city, "", email, phone, "", "", f"строка {i}", False,
        search_key(name), partner_search_text(name, city, email, phone), STAMP, STAMP, 1,
    )  # fmt: skip


def insert_sql() -> str:
    columns = [c for c in COLUMNS if c != "id"]
    return f"INSERT INTO partner ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def base_database(existing: int) -> Path:
    """A migrated database holding `existing` partners (FTS filled), cached."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"imports-base-{existing}.sqlite3"
    if path.exists():
        return path
    building = path.with_suffix(".building")
    building.unlink(missing_ok=True)
    open_database(sqlite_url(building)).close()
    conn = sqlite3.connect(building, isolation_level=None)
    conn.execute("BEGIN")
    conn.execute("DROP TRIGGER partner_fts_ai")
    conn.executemany(insert_sql(), (partner_row(i, "Старый партнёр") for i in range(existing)))
    conn.execute("INSERT INTO partner_fts(partner_fts) VALUES ('rebuild')")
    conn.execute(
        "CREATE TRIGGER partner_fts_ai AFTER INSERT ON partner BEGIN "
        "INSERT INTO partner_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    building.rename(path)
    return path


def fresh_copy(base: Path, folder: Path) -> Path:
    target = folder / "collabdesk.sqlite3"
    for suffix in ("", "-wal", "-shm", ".running"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(base, target)
    return target


def write_csv(path: Path, rows: int) -> None:
    lines = "".join(
        f"Новый партнёр {i};Город {i % 50};n{i}@example.org;+7 495 {i:07d};строка {i}\r\n"
        for i in range(rows)
    )
    path.write_bytes(("Название;Город;Почта;Телефон;Примечание\r\n" + lines).encode("cp1251"))


def floor_once(base: Path, folder: Path, rows: int) -> float:
    target = fresh_copy(base, folder)
    values = [partner_row(i, "Новый партнёр") for i in range(rows)]
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("DROP TRIGGER partner_fts_ai")  # not part of the floor (a throw-away copy)
    started = time.perf_counter()
    conn.executemany(insert_sql(), values)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def import_once(base: Path, folder: Path, source: Path) -> tuple[float, float, float]:
    """(read, plan, apply) in seconds."""
    target = fresh_copy(base, folder)
    db = open_database(sqlite_url(target))
    try:
        transfer = PartnerTransfer(db.sessions)
        started = time.perf_counter()
        table = transfer.read(source)
        read = time.perf_counter()
        plan = transfer.plan(table)
        planned = time.perf_counter()
        transfer.apply(plan)
        applied = time.perf_counter()
    finally:
        db.close()
    return read - started, planned - read, applied - planned


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", default="10000,100000")
    parser.add_argument("--existing", type=int, default=100_000, help="partners already there")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    base = base_database(args.existing)
    failed = False
    print(f"Partner import, {args.existing} partners already in the database; target ≤ {TARGET}×")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for rows in (int(n) for n in args.rows.split(",")):
            source = folder / f"partners-{rows}.csv"
            write_csv(source, rows)
            floors, reads, plans, applies = [], [], [], []
            for _ in range(args.repeat):
                floors.append(floor_once(base, folder, rows))
                read, plan, apply = import_once(base, folder, source)
                reads.append(read)
                plans.append(plan)
                applies.append(apply)
            floor = statistics.median(floors)
            apply = statistics.median(applies)
            ratio = apply / floor
            failed |= ratio > TARGET
            print(f"  {rows:>7} rows: floor (executemany) {floor * 1000:8.1f} ms")
            print(
                f"  {rows:>7} rows: import (apply)      {apply * 1000:8.1f} ms"
                f"  = {ratio:4.2f}× the floor (target ≤ {TARGET}×)"
                f"  {'OK' if ratio <= TARGET else 'OVER'}"
            )
            read_ms = statistics.median(reads) * 1000
            plan_ms = statistics.median(plans) * 1000
            print(
                f"  {rows:>7} rows: preview: read {read_ms:8.1f} ms, plan {plan_ms:8.1f} ms"
                "  (in a worker in the window; not part of the floor)"
            )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
