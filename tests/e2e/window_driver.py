"""The real window (`collabdesk.app.run_gui`, as `collabdesk` starts it),
with a remote control for end-to-end tests.

A test starts this file as its own process and writes one command at a
time into `<control>/command`; the answer appears in `<control>/answer`.
The window is the one a person gets: same start-up, same store, same
connections; the commands act through the window's own services and
dialogs (`open_pitch_dialog` as the collaborations view calls it).

    python window_driver.py CONTROL_DIR [collabdesk options...]
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from collabdesk.cli import STARTED_AT
from collabdesk.config import resolve


def _focus(main: Any, _args: list[str]) -> str:
    """objectName of the widget that has the keyboard focus in the window."""
    widget = main.focusWidget()
    return widget.objectName() if widget is not None else ""


def _banner(main: Any, _args: list[str]) -> str:
    """The banner's shown lines, one per line: `key<TAB>first text line`."""
    banner = main.banner
    shown = banner.shown_keys() if banner.isVisible() else []
    texts = banner.texts() if banner.isVisible() else []
    return "\n".join(
        f"{key}\t{text.splitlines()[0] if text else ''}"
        for key, text in zip(shown, texts, strict=True)
    )


def _resize(main: Any, args: list[str]) -> str:
    main.setGeometry(0, 0, int(args[0]), int(args[1]))
    QApplication.processEvents()
    return f"{main.width()}x{main.height()}"


def _tracker_rows(main: Any, _args: list[str]) -> str:
    """Rows of the tracker wholly visible, with its section shown."""
    section = main.commitments
    main.show_section(section)
    section.show_tracker()
    QApplication.processEvents()
    table = section.tracker.table
    height = table.viewport().height()
    rows = table.model().rowCount()
    visible = sum(
        1
        for row in range(rows)
        if table.rowViewportPosition(row) >= 0
        and table.rowViewportPosition(row) + table.rowHeight(row) <= height
    )
    fits = height // max(1, table.rowHeight(0)) if rows else 0
    return f"{visible} {rows} {fits}"


def _partners(main: Any, _args: list[str]) -> str:
    """The names in the partner list, as shown."""
    model = main.model
    return "\n".join(str(model.data(model.index(row, 0))) for row in range(model.rowCount()))


def _scroll_to_end(main: Any, _args: list[str]) -> str:
    """Scroll the partner list to its last row as a person would (the view
    asks for each next page); the rows then held and how many distinct."""
    table, model = main.table, main.model
    for _ in range(1000):
        table.scrollToBottom()
        QApplication.processEvents()
        if not model.canFetchMore(table.rootIndex()):
            break
    ids = [model.partner_id(row) for row in range(model.rowCount())]
    return f"{len(ids)} {len(set(ids))}"


def _grab(main: Any, args: list[str]) -> str:
    main.grab().save(args[0])
    return args[0]


def _section(main: Any, args: list[str]) -> str:
    for index in range(main.sections.count()):
        widget = main.sections.widget(index)
        if widget.objectName() == args[0]:
            main.sections.setCurrentIndex(index)
            return args[0]
    return "none"


def _dashboard(main: Any, _args: list[str]) -> str:
    """Open the Overview as a click on its tab does; once its figures are
    painted (read from the kept snapshot, or counted by its worker), what
    it shows as JSON: the page, the headline of each card, each chart's bars."""
    import json
    import time

    view = main.dashboard
    main.sections.setCurrentWidget(view)
    deadline = time.monotonic() + 60
    while (view.figures is None or view.counting) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    QApplication.processEvents()
    charts = ("due", "stage", "received", "given", "on_time", "renewal")
    return json.dumps(
        {
            "page": view.stack.currentIndex(),
            "as_of": view.as_of.text(),
            "headlines": {name: getattr(view, f"{name}_card").headline.text() for name in charts},
            "bars": {
                name: [[bar.label, bar.text] for bar in getattr(view, f"{name}_chart").bars]
                for name in charts
            },
        },
        ensure_ascii=False,
    )


def _dashboard_stage(main: Any, args: list[str]) -> str:
    """Click the Overview's bar of stage args[0]; the section then shown and
    the Collaborations list's stage filter and rows."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    chart = main.dashboard.stage_chart
    index = next(i for i, bar in enumerate(chart.bars) if str(bar.key) == args[0])
    QTest.mouseClick(
        chart,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        chart.bar_rect(index).center(),
    )
    QApplication.processEvents()
    view = main.collaborations
    shown = main.sections.currentWidget().objectName()
    return f"{shown} {view.stage_filter.currentData()} {view.model.rowCount()}"


def _restore(main: Any, args: list[str]) -> str:
    """File ▸ Restore from backup… without its dialogs: the Session's restore."""
    main.data_menu.host.restore_from(Path(args[0]))
    QApplication.processEvents()
    return "restored"


def _meeting(main: Any, args: list[str]) -> str:
    """Enter meeting mode over the given collaborations, as View ▸ Meeting
    mode does once they are ticked (the choosing dialog left out)."""
    from collabdesk.ui.meeting.meeting_mode import MeetingMode

    mode = main.findChild(MeetingMode, "meetingMode")
    entered = mode.enter([int(a) for a in args])
    QApplication.processEvents()
    return "on" if entered and mode.active else "refused"


def _visible_text(main: Any, _args: list[str]) -> str:
    """What a person sees of the shown section: visible labels, combo boxes
    and the cells of shown columns of visible lists."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QTableView

    QApplication.processEvents()
    texts = [w.text() for w in main.findChildren(QLabel) if w.isVisible()]
    for combo in main.findChildren(QComboBox):
        if combo.isVisible():
            texts += [combo.itemText(i) for i in range(combo.count())]
    for view in main.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        table = isinstance(view, QTableView)
        columns = model.columnCount(QModelIndex()) if table else 1
        for row in range(min(model.rowCount(QModelIndex()), 100)):
            for column in range(columns):
                if table and view.isColumnHidden(column):
                    continue
                value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
                if value is not None:
                    texts.append(str(value))
    return "\n".join(texts)


def _notices(main: Any, _args: list[str]) -> str:
    """The objectNames of the notices on the banner (after a crash, a
    read-only folder), as shown: no message box stands in the way."""
    from collabdesk.ui.shell.banner import NoticeLine

    banner = main.banner
    lines = [banner.line(key) for key in banner.shown_keys()] if banner.isVisible() else []
    return " ".join(line.objectName() for line in lines if isinstance(line, NoticeLine))


def _dismiss(main: Any, args: list[str]) -> str:
    """Press Dismiss on the notice named args[0]; answers the notices left."""
    from collabdesk.ui.shell.banner import NoticeLine

    line = main.banner.findChild(NoticeLine, args[0])
    if line is None:
        return "none"
    line.dismiss_button.click()
    QApplication.processEvents()
    return _notices(main, [])


def _try_demo(main: Any, _args: list[str]) -> str:
    """File ▸ Try the demo…, answered yes; the restart it asks for is
    answered (one argument a line), not started."""
    from PySide6.QtGui import QAction

    from collabdesk.ui.shell import restart
    from collabdesk.ui.widgets import prompts

    prompts.confirm = lambda *_a, **_k: True  # type: ignore[assignment]
    restart.register_at_exit = lambda _f: None
    main.findChild(QAction, "tryDemoAction").trigger()
    return "\n".join(arg for program, args in restart.pending() for arg in (program, *args))


# Looks at (and a few acts on) the window: the answer is text.
LOOKS: dict[str, Callable[[Any, list[str]], str]] = {
    "focus": _focus,
    "banner": _banner,
    "resize": _resize,
    "tracker-rows": _tracker_rows,
    "partners": _partners,
    "scroll-to-end": _scroll_to_end,
    "grab": _grab,
    "section": _section,
    "restore": _restore,
    "dashboard": _dashboard,
    "dashboard-stage": _dashboard_stage,
    "meeting": _meeting,
    "visible-text": _visible_text,
    "notices": _notices,
    "dismiss": _dismiss,
    "try-demo": _try_demo,
}


def main() -> int:
    control = Path(sys.argv[1])
    data_dir = sys.argv[2]
    app = QApplication([sys.argv[0]])
    busy = False

    def window() -> object:
        for widget in app.topLevelWidgets():
            if widget.objectName() == "mainWindow" or type(widget).__name__ == "MainWindow":
                return widget
        raise RuntimeError("no main window")

    def answer(text: str) -> None:
        partial = control / "answer.partial"
        partial.write_text(text, encoding="utf-8")
        partial.replace(control / "answer")

    def pitch(count: int, folder: Path, parented: bool) -> str:
        from collabdesk.ui.documents.pitch_dialog import PitchDialog, open_pitch_dialog

        main = window()
        desk = main.desk  # type: ignore[attr-defined]
        collaboration = desk.collaborations.rows()[0].id
        parent = main.collaborations if parented else None  # type: ignore[attr-defined]
        written = []
        for index in range(count):
            target = folder / f"pitch-{index}.pdf"

            def fill(target: Path = target) -> None:
                dialog = app.activeModalWidget()
                if not isinstance(dialog, PitchDialog):
                    QTimer.singleShot(50, fill)
                    return
                dialog.output.setText(str(target))
                QTimer.singleShot(100, accept_warning)  # a warning of empty answers: go on
                dialog.export_button.click()

            def accept_warning(tries: int = 50) -> None:
                box = app.activeModalWidget()
                if isinstance(box, QMessageBox):
                    box.button(QMessageBox.StandardButton.Yes).click()
                elif tries:
                    QTimer.singleShot(100, lambda: accept_warning(tries - 1))

            QTimer.singleShot(0, fill)
            path = open_pitch_dialog(parent, desk, collaboration)
            written.append(str(path))
            app.processEvents()
        return "\n".join(written)

    def poll() -> None:
        nonlocal busy
        command_file = control / "command"
        if busy or not command_file.exists():
            return
        words = command_file.read_text(encoding="utf-8").split()
        command_file.unlink()
        busy = True
        try:
            if words[0] == "ready":
                answer("ready" if getattr(window(), "desk", None) is not None else "starting")
            elif words[0] == "save":
                from collabdesk.services.partners import PartnerDraft

                record = window().desk.partners.create(PartnerDraft(name=" ".join(words[1:])))  # type: ignore[attr-defined]
                answer(f"saved {record.id}")
            elif words[0] == "pitch":
                answer(pitch(int(words[1]), Path(words[2]), words[3] == "parented"))
            elif words[0] == "count":
                answer(str(window().desk.partners.count()))  # type: ignore[attr-defined]
            elif words[0] in LOOKS:
                answer(LOOKS[words[0]](window(), words[1:]))
            elif words[0] == "quit":
                answer("bye")
                app.quit()
            else:
                answer(f"unknown {words[0]}")
        except Exception:
            answer("error " + traceback.format_exc())
        finally:
            busy = False

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(50)
    from collabdesk.app import run_gui

    return run_gui(resolve(data_dir), [sys.argv[0]], STARTED_AT)


if __name__ == "__main__":
    sys.exit(main())
