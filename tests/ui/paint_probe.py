"""The real start-up, watched from outside the program: this wrapper makes
the QApplication, installs an application-wide event filter, then calls
`collabdesk.app.run_gui` exactly as the `collabdesk` command does. No switch
in the program: what it measures is what a person gets.

    python tests/ui/paint_probe.py DATA_DIR [--until paint|editable|open]

Prints one JSON line per moment, milliseconds since this process started:

- "paint": the first paint of the partner list with rows (a window whose
  list cannot have rows yet, e.g. a new or an old-schema file, is caught at
  its first paint of any kind: `rows` says 0);
- "editable": the New partner action is enabled (the store is open);

with what was loaded at that moment, then quits at `--until` (default
editable). `banner_seen` lists every banner line shown since the start.
`--slow-check MS` stretches the start-up check by MS (as a big file's
would take) so that its banner line shows, and prints a "check" line
naming the check that ran. Also `python tests/ui/paint_probe.py --bare`: a bare PySide6
window (a QMainWindow with a QTableView of 200 rows) through the same
filter, the floor the start-up is compared with.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import PySide6.QtCore as QtCore  # noqa: E402
from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


class FirstImport:
    """Notes which thread imports SQLAlchemy first: the opening worker should,
    never the GUI thread (~0.6 s of imports, a frozen window)."""

    def __init__(self) -> None:
        self.by_gui_thread: bool | None = None
        self.where: list[str] = []

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "sqlalchemy" and self.by_gui_thread is None:
            self.by_gui_thread = threading.current_thread() is threading.main_thread()
            if self.by_gui_thread:
                frame = sys._getframe(1)  # names only: reading source here could deadlock
                while frame is not None and len(self.where) < 12:
                    self.where.append(f"{frame.f_code.co_filename}:{frame.f_lineno}")
                    frame = frame.f_back


FIRST_IMPORT = FirstImport()
sys.meta_path.insert(0, FIRST_IMPORT)  # type: ignore[arg-type]


def elapsed_ms() -> float:
    return (time.perf_counter() - STARTED) * 1000


def main_window(app: QApplication) -> Any:
    """The shown main window (a test's earlier run may leave a closed one)."""
    for widget in app.topLevelWidgets():
        if widget.objectName() == "mainWindow" and widget.isVisible():
            return widget
    return None


def state(window: Any) -> dict[str, object]:
    new_action = getattr(window, "new_action", None)
    return {
        "ms": round(elapsed_ms(), 1),
        "visible": bool(window.isVisible()),
        "rows": window.model.rowCount(),
        "page": window.list_stack.currentIndex(),
        "sqlalchemy": "sqlalchemy" in sys.modules,
        "sqlalchemy_by_gui_thread": FIRST_IMPORT.by_gui_thread,
        "sqlalchemy_imported_at": FIRST_IMPORT.where,
        "services": window.desk is not None,
        "menus": hasattr(window, "menus"),
        "qt_namespace": "Qt" in QtCore.__dict__,
        "editable": bool(new_action is not None and new_action.isEnabled()),
        "banner": window.banner.texts() if window.banner.isVisible() else [],
    }


class Probe(QObject):
    """Records the first paint and the moment editing is enabled."""

    def __init__(self, app: QApplication, until: str) -> None:
        super().__init__()
        self.app = app
        self.until = until
        self.seen: dict[str, dict[str, object]] = {}
        self.last_look = 0.0
        self.longest_gap_ms = 0.0  # between two turns of the 5 ms poll, after the paint
        self.banner_seen: list[str] = []
        app.installEventFilter(self)
        self.poll = QTimer()
        self.poll.setInterval(5)
        self.poll.timeout.connect(self._look)
        self.poll.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if "paint" not in self.seen and event.type() == QEvent.Type.Paint:
            window = main_window(self.app)
            if window is not None:
                table = window.table
                listed = watched is table.viewport() and window.model.rowCount() > 0
                empty = window.model.rowCount() == 0 and watched is window
                if listed or (empty and not window.model.has_directory):
                    self._record("paint", window)
        return False

    def stop(self) -> None:
        """Stop watching (a test's QApplication lives on)."""
        self.poll.stop()
        self.app.removeEventFilter(self)

    def _look(self) -> None:
        now = elapsed_ms()
        if "paint" in self.seen and self.last_look:
            self.longest_gap_ms = max(self.longest_gap_ms, now - self.last_look)
        self.last_look = now
        window = main_window(self.app)
        if window is None:
            return
        if window.banner.isVisible():
            self.banner_seen.extend(t for t in window.banner.texts() if t not in self.banner_seen)
        action = getattr(window, "new_action", None)
        if "editable" not in self.seen and action is not None and action.isEnabled():
            self._record("editable", window)
        if self.until == "open" and window.desk is not None and "open" not in self.seen:
            self._record("open", window)

    def _record(self, moment: str, window: Any) -> None:
        self.seen[moment] = {
            **state(window),
            "longest_gap_ms": round(self.longest_gap_ms, 1),
            "banner_seen": list(self.banner_seen),
        }
        print(json.dumps({"moment": moment, **self.seen[moment]}), flush=True)
        if moment == self.until:
            QTimer.singleShot(0, self.app.quit)  # run_gui closes the window and the data


def bare(app: QApplication) -> int:
    """The floor: a QMainWindow with a QTableView of 200 rows."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QMainWindow, QTableView

    window = QMainWindow()
    table = QTableView()
    model = QStandardItemModel(200, 5)
    for row in range(200):
        for column in range(5):
            model.setItem(row, column, QStandardItem(f"Партнёр {row} {column}"))
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1000, 640)

    class Filter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is table.viewport():
                print(json.dumps({"moment": "paint", "ms": round(elapsed_ms(), 1)}), flush=True)
                QTimer.singleShot(0, app.quit)
                app.removeEventFilter(self)
            return False

    watch = Filter()
    app.installEventFilter(watch)
    window.show()
    return app.exec()


def stretch_check(seconds: float) -> None:
    """The start-up check as a big file's: it says it runs, then waits."""
    from collabdesk.store import startup

    real = startup.check_with_progress

    def slow(database: Path, *, full: bool, progress: Any = None) -> str:
        print(
            json.dumps({"moment": "check", "full": full, "ms": round(elapsed_ms(), 1)}), flush=True
        )
        if progress is not None:
            progress(startup.FULL_CHECK if full else startup.QUICK_CHECK, None)
        time.sleep(seconds)
        return real(database, full=full, progress=progress)

    startup.check_with_progress = slow


def main(argv: list[str]) -> int:
    app = QApplication([argv[0]])
    if argv[1:] == ["--bare"]:
        return bare(app)
    until = argv[argv.index("--until") + 1] if "--until" in argv else "editable"
    probe = Probe(app, until)
    if "--slow-check" in argv:
        stretch_check(float(argv[argv.index("--slow-check") + 1]) / 1000)
    from collabdesk.app import run_gui
    from collabdesk.config import resolve

    code = run_gui(resolve(argv[1]), [argv[0]], STARTED)
    probe.stop()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv))
