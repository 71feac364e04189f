"""The real start-up, watched from outside the program: this wrapper makes
the QApplication, installs an application-wide event filter, then calls
`collabdesk.app.run_gui` exactly as the `collabdesk` command does. No switch
in the program: what it measures is what a person gets.

    python tests/ui/paint_probe.py DATA_DIR [--until paint|editable|open]

Prints one JSON line per moment, milliseconds since this process started:

- "paint": the first paint of the partner list with rows (a window whose
  list cannot have rows yet, e.g. a new or an old-schema file, is caught at
  its first paint of any kind: `rows` says 0);
- "new_partner": the New partner action is enabled: the file passed its
  check, the form opens and takes typing (its Save waits for the services);
- "editable": the services are attached as well (the store is open);

with what was loaded at that moment, then quits at `--until` (default
editable). `banner_seen` lists every banner line shown since the start.
`--slow-check MS` stretches the start-up check by MS (as a big file's
would take) so that its banner line shows, and prints a "check" line
naming the check that ran. `--slow-services MS` hands the services over
MS later; `--type-partner NAME` opens New partner as soon as it is
enabled, types NAME and saves once Save works ("typed", "saved").
Also `python tests/ui/paint_probe.py --bare`: a bare PySide6 window (a
QMainWindow with a QTableView of 200 rows) through the same filter, the
floor the start-up is compared with.
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
    """Notes whether the GUI thread imported SQLAlchemy before the opening
    worker had begun importing anything: the worker is the one meant to
    load it (~0.6 s of imports; on the GUI thread, a frozen window). Later
    imports race with the worker's and are not judged here."""

    def __init__(self) -> None:
        self.worker_importing = False
        self.by_gui_thread: bool | None = None
        self.where: list[str] = []

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        on_gui = threading.current_thread() is threading.main_thread()
        if not on_gui:
            self.worker_importing = True
        if name == "sqlalchemy" and self.by_gui_thread is None:
            self.by_gui_thread = on_gui and not self.worker_importing
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
        if action is not None and action.isEnabled():
            if "new_partner" not in self.seen:  # may come before the services (issue 15)
                self._record("new_partner", window)
            if "editable" not in self.seen and window.desk is not None:
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


def slow_services(seconds: float) -> None:
    """The services as a big library's would load: the opening worker hands
    them over `seconds` later (the file is checked and may be written)."""
    from collabdesk.ui.shell import store_opening

    real = store_opening.StartOpening._open

    def slow(self: Any, read_only: bool, step: Any) -> Any:
        opened = real(self, read_only, step)
        time.sleep(seconds)
        return opened

    store_opening.StartOpening._open = slow  # type: ignore[method-assign]


class TypePartner:
    """`--type-partner NAME`: as soon as New partner is enabled and the
    services are not there yet, open it, type NAME, and press Save once it
    works; prints "typed" (Save's state then) and "saved"."""

    def __init__(self, probe: Probe, name: str) -> None:
        self.probe, self.name = probe, name
        self.opened = self.typed = self.saved = False
        probe.poll.timeout.connect(self._look)

    def _look(self) -> None:
        from PySide6.QtWidgets import QLineEdit, QPushButton

        window = main_window(self.probe.app)
        if window is None or "new_partner" not in self.probe.seen:
            return
        if not self.opened:
            self.opened = True
            self._say("opening", services=window.desk is not None)
            QTimer.singleShot(0, window.new_action.trigger)  # a modal form: its own loop
            return
        form = QApplication.activeModalWidget()
        if form is None or form.objectName() != "partnerForm":
            return
        save = form.findChild(QPushButton, "saveButton")
        if not self.typed:
            self.typed = True
            form.findChild(QLineEdit, "nameEdit").setText(self.name)
            self._say("typed", save_enabled=save.isEnabled(), services=window.desk is not None)
        elif not self.saved and save.isEnabled():
            self.saved = True
            save.click()
            self._say("saved", services=window.desk is not None)
            QTimer.singleShot(0, self.probe.app.quit)

    def _say(self, moment: str, **facts: object) -> None:
        print(json.dumps({"moment": moment, "ms": round(elapsed_ms(), 1), **facts}), flush=True)


def main(argv: list[str]) -> int:
    app = QApplication([argv[0]])
    if argv[1:] == ["--bare"]:
        return bare(app)
    until = argv[argv.index("--until") + 1] if "--until" in argv else "editable"
    probe = Probe(app, until)
    if "--slow-check" in argv:
        stretch_check(float(argv[argv.index("--slow-check") + 1]) / 1000)
    if "--slow-services" in argv:
        slow_services(float(argv[argv.index("--slow-services") + 1]) / 1000)
    typist = (
        TypePartner(probe, argv[argv.index("--type-partner") + 1])
        if "--type-partner" in argv
        else None
    )
    from collabdesk.app import run_gui
    from collabdesk.config import resolve

    code = run_gui(resolve(argv[1]), [argv[0]], STARTED)
    probe.stop()
    del typist
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv))
