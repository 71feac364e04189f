"""The tracker's table model scrolled and searched at the scale database,
timed on the GUI thread as the watchdog would see it, before and after
issue 15's worker reads, in one run (a shared machine: compare the modes).

A 10 ms QTimer notes every gap in the event loop while another timer asks
the model for the next page every 50 ms (what dragging the scroll bar to the
bottom does), until `--rows` rows are shown; then the search "к", "ко",
"коф", "кофе" is typed three times and the GUI thread's time per keystroke
is printed. Modes:
  before  the model reads each page on the GUI thread, no garbage-collector freeze
  after   read_ahead (pages and searches on a worker) and the freeze

    python benchmarks/tracker_stalls.py [--rows 200000] [--modes before,after]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def run(mode: str, rows: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QModelIndex, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from benchmarks.scale_data import scale_database
    from collabdesk.services.commitment_tracker import CommitmentTracker, TrackerQuery
    from collabdesk.store.database import open_database, sqlite_url
    from collabdesk.ui.commitments import commitment_table_model as ctm
    from collabdesk.ui.widgets import paged_table_model as ptm

    if mode == "before":
        ctm.took_rows = ptm.took_rows = lambda count: False  # type: ignore[assignment]
    db = open_database(sqlite_url(scale_database()))
    model = ctm.CommitmentTableModel(CommitmentTracker(db.sessions))
    if mode == "after":
        model.read_ahead()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now
        if model.rowCount() >= rows:
            app.quit()

    ticks, asks = QTimer(), QTimer()
    ticks.timeout.connect(tick)
    asks.timeout.connect(lambda: model.fetchMore(QModelIndex()))
    ticks.start(10)
    asks.start(50)
    started = time.perf_counter()
    app.exec()
    asks.stop()
    ticks.stop()
    stalls = [g for g in gaps if g > 100]
    print(
        f"{mode:6} scroll to {model.rowCount():,} rows in {time.perf_counter() - started:.0f} s:"
        f" {len(stalls)} stalls over 100 ms, longest {max(gaps):.0f} ms,"
        f" p99 gap {sorted(gaps)[int(len(gaps) * 0.99)]:.0f} ms",
        flush=True,
    )
    worst: dict[str, float] = {}
    for _ in range(3):
        for text in ("", "к", "ко", "коф", "кофе"):
            start = time.perf_counter()
            model.set_query(TrackerQuery(text=text))
            took = (time.perf_counter() - start) * 1000
            worst[text] = max(worst.get(text, 0.0), took)
            waited = time.perf_counter()
            while model.searching and time.perf_counter() - waited < 10:
                app.processEvents()
                time.sleep(0.002)
    keys = ", ".join(f"{t} {worst[t]:.0f} ms" for t in ("к", "ко", "коф", "кофе"))
    print(f"{mode:6} search, GUI thread per keystroke (worst of 3): {keys}", flush=True)
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--modes", default="before,after")
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        run(args.mode, args.rows)
        return
    for mode in args.modes.split(","):  # each in a fresh process: its own heap
        command = [sys.executable, __file__, "--mode", mode, "--rows", str(args.rows)]
        subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
