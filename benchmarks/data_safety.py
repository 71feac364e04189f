"""Figures for data safety: how long a 10,000-row import, its export, a
verified backup and the start-up checks take on this machine.

Run: PYTHONPATH=. python benchmarks/data_safety.py [ROWS]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from collabdesk.services.partner_transfer import PartnerTransfer
from collabdesk.store.backup import check_file, take_backup
from collabdesk.store.database import open_database, sqlite_url


def timed(label: str, action: object) -> object:
    started = time.perf_counter()
    result = action()  # type: ignore[operator]
    print(f"{label:<42} {(time.perf_counter() - started) * 1000:9.1f} ms")
    return result


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        source = base / "partners.csv"
        source.write_bytes(
            (
                "Название;Город;Почта;Телефон;Примечание\r\n"
                + "".join(
                    f"Партнёр {i};Город {i % 50};p{i}@example.org;+7 495 {i:07d};строка {i}\r\n"
                    for i in range(rows)
                )
            ).encode("cp1251")
        )
        db_file = base / "collabdesk.sqlite3"
        db = open_database(sqlite_url(db_file))
        transfer = PartnerTransfer(db.sessions)
        table = timed(f"read {rows} rows (cp1251 CSV)", lambda: transfer.read(source))
        plan = timed("plan (validate, find duplicates)", lambda: transfer.plan(table))  # type: ignore[arg-type]
        timed("apply in one transaction", lambda: transfer.apply(plan))  # type: ignore[arg-type]
        for suffix in (".csv", ".xlsx", ".vcf"):
            timed(f"export {suffix}", lambda s=suffix: transfer.export(base / f"out{s}"))  # type: ignore[misc]
        db.close()
        size_mb = db_file.stat().st_size / 1e6
        timed(f"verified backup ({size_mb:.1f} MB)", lambda: take_backup(db_file, "manual"))
        timed("quick_check (every start)", lambda: check_file(db_file, full=False))
        timed("integrity_check (after a crash)", lambda: check_file(db_file, full=True))


if __name__ == "__main__":
    main()
