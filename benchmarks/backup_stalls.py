"""Does the window stall while a backup or a check runs? (issue 15, item 2)

Opens the real main window over a copy of a scale database, starts the
background daily backup (`ui/shell/backups.start_daily_backup`) or the
menu's "Check the data thoroughly", and watches the event loop with a 10 ms
QTimer: every gap between two ticks is recorded. The same probe runs for a
few seconds with nothing in the background first (the floor, in the same
run). Target: no gap over 100 ms while the work runs.

    python benchmarks/backup_stalls.py --database PATH [--case quick|full|check] [--repeat 2]
        [--save-every-ms 250]

PATH is a database of the issue's size (100,000 partners, 500,000
commitments, ~300 MB; benchmarks/scale_data.py or benchmarks/commitments.py
build one). It is copied once into a temporary folder; its backups go there.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

TICK_MS = 10
STALL_MS = 100


@dataclass
class FakeDatabase:
    """What start_daily_backup asks of the open data."""

    sqlite_path: Path
    read_only: bool = False


class Probe:
    """A 10 ms timer; records the gap between consecutive ticks."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.gaps: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.last = 0.0

    def start(self) -> None:
        self.gaps.clear()
        self.clock.start()
        self.last = 0.0
        self.timer.start()

    def tick(self) -> None:
        now = self.clock.nsecsElapsed() / 1e6
        self.gaps.append(now - self.last)
        self.last = now

    def stop(self) -> list[float]:
        self.timer.stop()
        return list(self.gaps)


def summary(gaps: list[float]) -> str:
    if not gaps:
        return "no ticks"
    ordered = sorted(gaps)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    over = sum(1 for g in gaps if g > STALL_MS)
    return (
        f"{len(gaps)} ticks, median {statistics.median(gaps):.1f} ms, p99 {p99:.1f} ms, "
        f"max {max(gaps):.1f} ms, gaps > {STALL_MS} ms: {over}"
    )


def spin(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


class Saves:
    """A save on the GUI thread every `every_ms`, as a person editing would
    (its own connection, WAL, BEGIN IMMEDIATE): the slowest one is printed."""

    def __init__(self, database: Path, every_ms: int) -> None:
        import sqlite3

        self.conn = sqlite3.connect(database, isolation_level=None, timeout=10)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.times: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.save)
        if every_ms > 0:
            self.timer.start()

    def save(self) -> None:
        started = time.perf_counter()
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute("UPDATE partner SET notes = ? WHERE id = 1", (str(started),))
        self.conn.execute("COMMIT")
        self.times.append((time.perf_counter() - started) * 1000)

    def stop(self) -> str:
        self.timer.stop()
        self.conn.close()
        if not self.times:
            return ""
        return f"; {len(self.times)} saves meanwhile, slowest {max(self.times):.1f} ms"


def run_case(
    app: QApplication, window: object, database: Path, case: str, save_every_ms: int = 0
) -> tuple[float, str]:
    """Seconds the work took and the probe's summary while it ran."""
    from collabdesk.store.backup import backup_dir
    from collabdesk.store.integrity import RECORD_NAME, record_full_check
    from collabdesk.ui.shell import backup_worker
    from collabdesk.ui.shell.backups import start_daily_backup
    from collabdesk.ui.shell.data_menu import DataMenu

    folder = backup_dir(database)
    shutil.rmtree(folder, ignore_errors=True)
    if case == "quick":  # the full check ran this week: today's runs quick_check
        record_full_check(folder, datetime.now(UTC), database.name)
    else:
        (folder / RECORD_NAME).unlink(missing_ok=True)
    saves = Saves(database, save_every_ms)
    probe = Probe()
    probe.start()
    started = time.perf_counter()
    if case == "check":
        menu = window.data_menu  # type: ignore[attr-defined]
        assert isinstance(menu, DataMenu)
        menu.safety.check()
    else:
        start_daily_backup(window, lambda: FakeDatabase(database))  # type: ignore[arg-type]
    spin(app, 0.05)
    while backup_worker.running():
        spin(app, 0.02)
    took = time.perf_counter() - started
    spin(app, 0.05)
    return took, summary(probe.stop()) + saves.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", type=Path, required=True)
    parser.add_argument("--case", choices=["quick", "full", "check"], action="append")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--floor-seconds", type=float, default=3.0)
    parser.add_argument(
        "--save-every-ms", type=int, default=0, help="also save on the GUI thread this often"
    )
    args = parser.parse_args()
    cases = args.case or ["quick", "full"]

    from collabdesk.ui.shell import data_menu
    from collabdesk.ui.shell.main_window import MainWindow
    from collabdesk.ui.widgets import prompts

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="collabdesk-stalls-") as tmp:
        database = Path(tmp) / "collabdesk.sqlite3"
        shutil.copyfile(args.database, database)
        size_mb = database.stat().st_size / 1e6
        window = MainWindow(Path(tmp))
        window.show()

        class Host:
            def database_file(self) -> Path:
                return database

            def restore_from(self, backup: Path) -> None:
                raise NotImplementedError

        data_menu.install_data_menu(window, Host())  # type: ignore[arg-type]
        prompts.info = lambda *_a: None  # type: ignore[assignment]
        prompts.error = lambda *_a: print("error:", _a[2])  # type: ignore[assignment]
        print(f"database: {size_mb:.0f} MB ({args.database.name}); target: no gap > {STALL_MS} ms")
        for n in range(args.repeat):
            probe = Probe()
            probe.start()
            spin(app, args.floor_seconds)
            print(f"  floor (idle window), run {n + 1}: {summary(probe.stop())}")
            for case in cases:
                took, text = run_case(app, window, database, case, args.save_every_ms)
                what = {
                    "quick": "daily backup, quick_check",
                    "full": "daily backup, weekly integrity_check",
                    "check": "Check the data thoroughly (integrity_check of the live file)",
                }[case]
                print(f"  {what}, run {n + 1}: {took:.1f} s; {text}")
        window.close()


if __name__ == "__main__":
    main()
