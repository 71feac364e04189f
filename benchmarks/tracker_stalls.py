"""The tracker's table model scrolled and searched at the scale database,
timed on the GUI thread as the watchdog would see it, before and after
issue 15's worker reads, in one run (a shared machine: compare the modes).

A 10 ms QTimer notes every gap in the event loop while another timer drags
a shown QTableView's scroll bar to the bottom every 50 ms (as the watchdog
does; the view asks for the next page), until `--rows` rows are shown; then
the search "к", "ко", "коф", "кофе" is typed three times and the GUI
thread's time per keystroke is printed. Modes, each in a fresh process:
  before  pages and searches read on the GUI thread, no garbage-collector freeze
  window  what the tracker pane does: searches on a worker, pages on the GUI
          thread, the freeze (read_ahead(pages=False))
  aside   pages on a worker too, read ahead (read_ahead())

    python benchmarks/tracker_stalls.py [--rows 40000] [--modes before,window,aside]
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
    from PySide6.QtCore import QTimer
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
    if mode != "before":
        model.read_ahead(pages=mode == "aside")
    from PySide6.QtWidgets import QAbstractSlider, QTableView

    view = QTableView()
    view.setModel(model)
    view.resize(1366, 600)
    view.show()
    bar = view.verticalScrollBar()
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
    asks.timeout.connect(lambda: bar.triggerAction(QAbstractSlider.SliderAction.SliderToMaximum))
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
    parser.add_argument("--rows", type=int, default=40_000)
    parser.add_argument("--modes", default="before,window,aside")
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
