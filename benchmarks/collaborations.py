"""The Collaborations tab and the Reputation tab at library-system scale
(issue 15): 100,000 partners, 20,000 collaborations, 500,000 commitments
(benchmarks/scale_data.py builds and caches the database).

Measured in one process on the real window (MainWindow wired as app.py
wires it; offscreen unless a display is set), each figure the median of
--repeat runs, printed beside its target and beside a floor measured in the
same run (a bare QTableView of 200 rows shown and painted):

- Collaborations tab opened: from show_section to the list's first paint
  with rows (count, first page with readiness in SQL, partner filter);
- Board tab opened: from the tab switch to the board's first paint;
- the list scrolled: one more page (keyset) as the view asks for it;
- Reputation tab opened: from the tab switch to the first paint of the
  first partners (a page read by their index), and the longest stall of
  the event loop (a 10 ms timer) until the worker has counted the
  library's own record, beside the same probe next to a thread that only
  sleeps (the machine's own jitter);
- the library's record counted in the worker, and the old whole board as
  the tab computed it on the GUI thread before.

    python benchmarks/collaborations.py [--partners N] [--commitments N]
        [--collaborations N] [--repeat 5]
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.scale_data import scale_database, scratch_copy  # noqa: E402

TAB_TARGET_MS = 100.0
REPUTATION_PAGE_TARGET_MS = 50.0
STALL_TARGET_MS = 100.0


def _painted(widget: object, start: Callable[[], None], timeout_s: float = 30.0) -> float:
    """Milliseconds from calling `start` to the next paint of `widget`."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    seen: list[float] = []

    class Probe(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not seen:
                seen.append(time.perf_counter())
            return False

    probe = Probe()
    widget.installEventFilter(probe)  # type: ignore[attr-defined]
    began = time.perf_counter()
    start()
    while not seen and time.perf_counter() - began < timeout_s:
        QCoreApplication.processEvents()
    widget.removeEventFilter(probe)  # type: ignore[attr-defined]
    return ((seen[0] if seen else time.perf_counter()) - began) * 1000


def _floor(app: object) -> float:
    """A bare QTableView of 200 rows shown and painted: what any tab costs."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    view = QTableView()
    model = QStandardItemModel(200, 4)
    for row in range(200):
        for column in range(4):
            model.setItem(row, column, QStandardItem(f"{row}:{column}"))
    view.resize(900, 600)

    def show() -> None:
        view.setModel(model)
        view.show()

    took = _painted(view.viewport(), show)
    view.close()
    return took


def _stalls(run: Callable[[], bool], timeout_s: float = 60.0) -> float:
    """The longest gap between ticks of a 10 ms timer until `run()` is true."""
    from PySide6.QtCore import QCoreApplication, QTimer

    ticks: list[float] = [time.perf_counter()]
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    began = time.perf_counter()
    while not run() and time.perf_counter() - began < timeout_s:
        QCoreApplication.processEvents()
        time.sleep(0.001)
    timer.stop()
    ticks.append(time.perf_counter())
    return max(b - a for a, b in itertools.pairwise(ticks)) * 1000


def _idle_stalls(seconds: float) -> float:
    """The same probe while a thread only sleeps as long as the count took:
    the event loop's own jitter on this machine now (the stall floor)."""
    import threading

    done = threading.Event()
    threading.Thread(target=lambda: (time.sleep(seconds), done.set()), daemon=True).start()
    return _stalls(done.is_set)


def _line(name: str, figures: list[float], target: float | None, floor: float) -> str:
    median = statistics.median(figures)
    verdict = ""
    if target is not None:
        verdict = f"target <= {target:.0f} ms  {'OK' if median <= target else 'OVER'}"
    return (
        f"  {name:44} median {median:7.1f} ms  max {max(figures):7.1f} ms  "
        f"({median / floor:4.1f}x floor)  {verdict}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--partners", type=int, default=100_000)
    parser.add_argument("--commitments", type=int, default=500_000)
    parser.add_argument("--collaborations", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    source = scale_database(
        partners=args.partners, commitments=args.commitments, collaborations=args.collaborations
    )

    from PySide6.QtWidgets import QApplication

    from collabdesk.services.collaboration_pages import PAGE_SIZE
    from collabdesk.services.demo import load_demo
    from collabdesk.services.desk import Desk
    from collabdesk.services.partner_directory import PartnerDirectory
    from collabdesk.store.database import open_database, sqlite_url
    from collabdesk.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        path = scratch_copy(source, Path(folder))
        db = open_database(sqlite_url(path))
        directory = PartnerDirectory.for_sqlite_file(path)
        window = MainWindow(Path(folder))
        window.attach_directory(directory)
        window.attach_desk(Desk.over(db.sessions), partial(load_demo, db.sessions))
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        view = window.collaborations
        section = window.commitments
        dashboard = section.dashboard
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

        floors, lists, boards, pages, reputations, stalls, idle = [], [], [], [], [], [], []
        for _ in range(args.repeat):
            floors.append(_floor(app))
            window.sections.setCurrentIndex(0)  # the partners, so the tab opens afresh
            app.processEvents()
            view.views.setCurrentIndex(view.LIST_TAB)
            lists.append(_painted(view.table.viewport(), partial(window.show_section, view)))
            assert view.model.rowCount() > 0, "the list showed no rows"
            boards.append(
                _painted(
                    view.board.columns[next(iter(view.board.columns))].viewport(),
                    partial(view.views.setCurrentIndex, view.BOARD_TAB),
                )
            )
            view.views.setCurrentIndex(view.LIST_TAB)
            app.processEvents()
            started = time.perf_counter()
            view.model.fetchMore()
            pages.append((time.perf_counter() - started) * 1000)
            window.show_section(section)
            section.tabs.setCurrentWidget(section.tracker)
            app.processEvents()
            dashboard.mark_stale()
            reputations.append(
                _painted(
                    dashboard.partner_list.viewport(),
                    partial(section.tabs.setCurrentWidget, dashboard),
                )
            )
            started = time.perf_counter()
            stalls.append(_stalls(lambda: not dashboard.counting))
            idle.append(_idle_stalls(time.perf_counter() - started))
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

        started = time.perf_counter()
        window.desk.reputation.library_apart() if window.desk else None
        apart = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        window.desk.reputation.board() if window.desk else None
        synchronous = (time.perf_counter() - started) * 1000

        floor = statistics.median(floors)
        total = view.model.total
        print(
            f"{args.collaborations:,} collaborations, {args.commitments:,} commitments, "
            f"{args.partners:,} partners; {args.repeat} runs; "
            f"floor (bare 200-row QTableView painted) median {floor:.1f} ms"
        )
        print(_line("Collaborations tab opened (list painted)", lists, TAB_TARGET_MS, floor))
        print(_line("Board tab opened (board painted)", boards, TAB_TARGET_MS, floor))
        print(_line(f"List scrolled: the next page of {PAGE_SIZE}", pages, TAB_TARGET_MS, floor))
        print(
            _line(
                "Reputation tab: first partners painted",
                reputations,
                REPUTATION_PAGE_TARGET_MS,
                floor,
            )
        )
        print(_line("Reputation: longest stall while counting", stalls, STALL_TARGET_MS, floor))
        print(_line("  same probe beside a sleeping thread (jitter)", idle, None, floor))
        print(
            f"  the library's record counted in the worker: {apart:.0f} ms (off the GUI "
            f"thread); the old whole board on the GUI thread: {synchronous:.0f} ms"
        )
        print(
            f"  list rows under the filter: {total:,}; peak memory {rss_after:.0f} MiB "
            f"({rss_after - rss_before:+.0f} MiB while measuring)"
        )
        window.close()
        directory.close()
        db.close()


if __name__ == "__main__":
    main()
