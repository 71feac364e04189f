"""A probe process: what a person sees of a start, timed from outside the program.

The probe creates the QApplication, installs an application-wide event
filter on it, then starts either the real program (`collabdesk.cli.main`,
the installed `collabdesk` command's entry point, which calls
`collabdesk.app.run_gui` and reuses this QApplication) or a bare PySide6
window (a QMainWindow with a QTableView of 200 rows). Nothing in the
program knows it is measured. The filter prints, as `EVENT <name>
<time.monotonic()>` (one clock for every process on the machine):

- `shown`: the first top-level window shown (mapped on the screen: from
  here until `painted` the person looks at an empty or black frame);
- `painted`: the first Paint event of a table view's viewport while its
  model has rows: the list drawn with data (painting ~30 rows follows
  within a few ms);
- `usable` (the program only): the New partner action enabled at a turn of
  the event loop (looked at on the turn after each change of the action, so
  a state the program passes through while it builds does not count): the
  file has passed its check, and the partner form opens and takes typing
  (its Save waits for the services if they are still loading);
- `ready` (the program only): the services attached, every kind of editing
  possible (seen as the Undo action being added to the window, which
  happens when they are).

Then it closes the window normally (the program marks a clean shutdown),
or gives up after --timeout seconds and prints `EVENT timeout`.

    python benchmarks/first_paint.py app --data-dir FOLDER
    python benchmarks/first_paint.py bare
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QActionEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget

ADD_PARTNER = "newPartnerAction"
SERVICES_IN = "undoAction"  # added by the window once the services are attached
SHOW = QEvent.Type.Show
PAINT = QEvent.Type.Paint
ACTION_EVENTS = (QEvent.Type.ActionChanged, QEvent.Type.ActionAdded)


def report(name: str, at: float | None = None) -> None:
    print(f"EVENT {name} {time.monotonic() if at is None else at:.6f}", flush=True)


class StartProbe(QObject):
    """Records shown / painted / usable once each, then ends the run."""

    def __init__(self, app: QApplication, wait_for: str) -> None:
        super().__init__()
        self.app = app
        self.wait_for = wait_for
        self.seen: set[str] = set()
        self.add_partner: QAction | None = None
        self.looking = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == PAINT:
            if "painted" not in self.seen and self._is_list_with_rows(watched):
                self._seen("painted")
        elif kind in ACTION_EVENTS:
            if not isinstance(event, QActionEvent):
                return False
            if (
                "ready" not in self.seen
                and kind == QEvent.Type.ActionAdded
                and event.action().objectName() == SERVICES_IN
            ):
                self._seen("ready")
            if "usable" not in self.seen:
                action = event.action()
                if action.objectName() == ADD_PARTNER and not self.looking:
                    self.add_partner = action
                    self.looking = True
                    QTimer.singleShot(0, self._look_at_add_partner)
        elif (
            kind == SHOW
            and "shown" not in self.seen
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            self._seen("shown")
        return False

    def _look_at_add_partner(self) -> None:
        self.looking = False
        if self.add_partner is not None and self.add_partner.isEnabled():
            self._seen("usable")

    @staticmethod
    def _is_list_with_rows(watched: QObject) -> bool:
        view = watched.parent()
        if not isinstance(view, QTableView) or watched is not view.viewport():
            return False
        model = view.model()
        return model is not None and model.rowCount() > 0

    def _seen(self, name: str) -> None:
        at = time.monotonic()
        self.seen.add(name)
        report(name, at)
        waiting = {self.wait_for, "usable"} if self.wait_for == "ready" else {self.wait_for}
        if name in waiting and waiting <= self.seen:
            QTimer.singleShot(0, self.finish)

    def finish(self) -> None:
        """Close the windows as a person would; run_gui then shuts down cleanly."""
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()
        self.app.quit()

    def give_up(self) -> None:
        report("timeout")
        self.finish()


def bare_window() -> QMainWindow:
    """What any PySide6 program must pay for: a window with a 200-row table."""
    model = QStandardItemModel(200, 5)
    for row in range(200):
        for column in range(5):
            model.setItem(row, column, QStandardItem(f"Партнёр {row} · {column}"))
    window = QMainWindow()
    window.setObjectName("bareWindow")
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1100, 700)
    window.show()
    return window


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="time a start by what a person sees")
    parser.add_argument("target", choices=("app", "bare"))
    parser.add_argument("--data-dir", help="the program's data folder (app)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds before giving up")
    args = parser.parse_args(argv)
    app = QApplication([sys.argv[0]])
    probe = StartProbe(app, "ready" if args.target == "app" else "painted")
    app.installEventFilter(probe)
    QTimer.singleShot(int(args.timeout * 1000), probe.give_up)
    if args.target == "bare":
        keep: Any = bare_window()
        code = app.exec()
        del keep
        return int(code)
    from collabdesk.cli import main as collabdesk_main

    argv_app = ["--data-dir", args.data_dir] if args.data_dir else []
    return int(collabdesk_main(argv_app))


if __name__ == "__main__":
    sys.exit(main())
