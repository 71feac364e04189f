"""Partner import from CSV against its floor, measured in the same run.

The floor (issue 15): one `executemany` of the same rows, already made,
into the real `partner` table with its indexes, without the search
index's trigger and without history capture, in one transaction committed
with synchronous=FULL, on a copy of the same database. "The same rows" are
the imported file's own (made from the plan, outside the timing): until 7
December the floor inserted shorter made-up rows (no phone, a shorter
e-mail), so it was smaller than the rows the import writes.

The import is what the person waits for after pressing Import, without the
backup: `PartnerTransfer.apply` (bulk insert, FTS filled once, one
change-log entry). The backup before an import is printed beside it: it
copies the whole database (seconds at 400 MB whatever the file's size),
runs in the dialog's worker with its own progress line, and is not an
import cost. "floor + FTS" is the floor with the search index filled by one
`INSERT … SELECT` in the same transaction: the least any import that keeps
search working can cost. Reading the file and planning (the window's
preview, in a worker) are printed too; they are not part of the figure.

Target: apply ≤ 2× the floor at 10k and 100k rows. Runs alternate floor,
floor + FTS and import `--repeat` times; the medians are compared.

    python benchmarks/imports.py [--rows 10000,100000] [--existing 100000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import itertools
import os
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
from collabdesk.services.partner_bulk import COLUMNS, VALUE_COLUMNS  # noqa: E402
from collabdesk.services.partner_transfer import PartnerTransfer  # noqa: E402
from collabdesk.store.backup import take_backup  # noqa: E402
from collabdesk.store.database import open_database, sqlite_url  # noqa: E402

CACHE = Path(os.environ.get("BENCHMARK_CACHE") or Path(__file__).resolve().parent / ".cache")
TARGET = 2.0
GAPS: list[float] = []  # the longest time without a progress report, per import
STAMP = "2026-01-01 00:00:00.000000"


def partner_row(i: int, prefix: str) -> tuple[object, ...]:
    """An existing partner of the base database, in VALUE_COLUMNS order."""
    name, city, email, phone = f"{prefix} {i}", f"Город {i % 50}", f"{prefix[0]}{i}@x.org", ""
    return (
        name, "business", "prospect", city, "", email, phone, "", "", f"строка {i}", False,
        search_key(name), partner_search_text(name, city, email, phone),
    )  # fmt: skip


def insert_sql() -> str:
    return f"INSERT INTO partner ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"


def stamped(values: list[tuple[object, ...]], first: int) -> list[tuple[object, ...]]:
    """Rows in COLUMNS order, as partner_bulk.insert_partners makes them."""
    return [(*v, first + i, STAMP, STAMP, 1) for i, v in enumerate(values)]


def base_database(existing: int) -> Path:
    """A migrated database holding `existing` partners (FTS filled), cached."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"imports-base-{existing}-v2.sqlite3"
    if path.exists():
        return path
    building = path.with_suffix(".building")
    building.unlink(missing_ok=True)
    open_database(sqlite_url(building)).close()
    conn = sqlite3.connect(building, isolation_level=None)
    conn.execute("BEGIN")
    conn.execute("DROP TRIGGER partner_fts_ai")
    old = [partner_row(i, "Старый партнёр") for i in range(existing)]
    conn.executemany(insert_sql(), stamped(old, 1))
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


def floor_once(base: Path, folder: Path, rows: list[tuple[object, ...]], fts: bool) -> float:
    """The floor; with `fts`, plus the search index filled in one statement."""
    target = fresh_copy(base, folder)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("DROP TRIGGER partner_fts_ai")  # not part of the floor (a throw-away copy)
    started = time.perf_counter()
    conn.executemany(insert_sql(), rows)
    if fts:
        conn.execute("INSERT INTO partner_fts(partner_fts, rank) VALUES ('automerge', 0)")
        conn.execute(
            "INSERT INTO partner_fts(rowid, search_text) SELECT id, search_text FROM partner "
            "WHERE id >= ?",
            (rows[0][len(VALUE_COLUMNS)],),
        )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def import_once(
    base: Path, folder: Path, source: Path, backup: bool
) -> tuple[float, float, float, float]:
    """(read, plan, backup, apply) in seconds: the same calls as the window's
    import dialog and `collabdesk partners import`."""
    target = fresh_copy(base, folder)
    db = open_database(sqlite_url(target))
    try:
        transfer = PartnerTransfer(db.sessions)
        started = time.perf_counter()
        table = transfer.read(source)
        read = time.perf_counter()
        plan = transfer.plan(table)
        planned = time.perf_counter()
        if backup:
            take_backup(target, "before_import")
        backed_up = time.perf_counter()
        reports = [time.perf_counter()]

        def turn(_done: int, _total: int) -> bool:  # where the window's event loop turns
            reports.append(time.perf_counter())
            return True

        transfer.apply(plan, turn)
        applied = time.perf_counter()
        reports.append(applied)
        GAPS.append(max(b - a for a, b in itertools.pairwise(reports)))
    finally:
        db.close()
    return read - started, planned - read, backed_up - planned, applied - backed_up


def file_rows(base: Path, folder: Path, source: Path, existing: int) -> list[tuple[object, ...]]:
    """The rows importing `source` writes, made by its plan (not timed)."""
    db = open_database(sqlite_url(fresh_copy(base, folder)))
    try:
        transfer = PartnerTransfer(db.sessions)
        plan = transfer.plan(transfer.read(source))
    finally:
        db.close()
    return stamped(list(plan.values), existing + 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", default="10000,100000")
    parser.add_argument("--existing", type=int, default=100_000, help="partners already there")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--backups", type=int, default=1, help="rounds that time the backup")
    parser.add_argument(
        "--print-only", action="store_true", help="exit 0 even when over the target (tests)"
    )
    args = parser.parse_args()
    base = base_database(args.existing)
    failed = False
    print(f"Partner import, {args.existing} partners already in the database; target ≤ {TARGET}×")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for rows in (int(n) for n in args.rows.split(",")):
            source = folder / f"partners-{rows}.csv"
            write_csv(source, rows)
            rows_made = file_rows(base, folder, source, args.existing)
            runs: dict[str, list[float]] = {
                k: [] for k in ("floor", "fts", "read", "plan", "backup", "apply")
            }
            for round_ in range(args.repeat):
                runs["floor"].append(floor_once(base, folder, rows_made, fts=False))
                runs["fts"].append(floor_once(base, folder, rows_made, fts=True))
                read, plan, backup, apply = import_once(
                    base, folder, source, backup=round_ < args.backups
                )
                for key, value in (("read", read), ("plan", plan), ("apply", apply)):
                    runs[key].append(value)
                if round_ < args.backups:
                    runs["backup"].append(backup)
            runs["gap"], GAPS[:] = list(GAPS), []
            ms = {k: statistics.median(v) * 1000 for k, v in runs.items() if v}
            floor = ms["floor"]
            ratio = ms["apply"] / floor
            failed |= ratio > TARGET
            paired = [a / f for a, f in zip(runs["apply"], runs["floor"], strict=True)]
            print(f"  {rows:>7} rows: floor (executemany) {floor:8.1f} ms")
            print(
                f"  {rows:>7} rows: floor + FTS          {ms['fts']:8.1f} ms"
                f"  = {ms['fts'] / floor:4.2f}× (the search index filled in SQL alone)"
            )
            print(
                f"  {rows:>7} rows: import (apply)      {ms['apply']:8.1f} ms"
                f"  = {ratio:4.2f}× the floor (target ≤ {TARGET}×)"
                f"  {'OK' if ratio <= TARGET else 'OVER'}"
            )
            print(
                f"  {rows:>7} rows: per round (import / its round's floor): "
                f"{', '.join(f'{r:.2f}' for r in paired)}; median {statistics.median(paired):.2f}×"
            )
            print(
                f"  {rows:>7} rows: longest gap between progress reports (the window's "
                f"event loop turns at each): {ms['gap']:6.1f} ms (median of rounds)"
            )
            if "backup" in ms:
                print(
                    f"  {rows:>7} rows: backup before it    {ms['backup']:8.1f} ms"
                    "  (the whole database; in the dialog's worker; not in the ratio)"
                )
            print(
                f"  {rows:>7} rows: preview: read {ms['read']:8.1f} ms, plan {ms['plan']:8.1f} ms"
                "  (in a worker in the window; not part of the floor)"
            )
    return 1 if failed and not args.print_only else 0


if __name__ == "__main__":
    sys.exit(main())
