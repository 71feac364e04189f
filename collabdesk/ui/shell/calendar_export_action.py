"""File ▸ Export calendar (.ics)…: due dates, steps and renewal dates as an
iCalendar file in the interface's language, with the library's reminders.

Written in a worker thread on a read-only connection of its own
(CalendarExport.write_apart): half a million commitments take seconds and
the window keeps turning. Where there can be no such connection (a meeting
copy) the file is written on the window's thread through run_operation."""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtGui import QAction

from collabdesk.domain.message import fill
from collabdesk.ui.operations.run import EXPECTED_ERRORS, run_operation
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.actions import make_action
from collabdesk.ui.widgets.service_text import error_text

if TYPE_CHECKING:
    from collabdesk.services.calendar_export import CalendarOptions
    from collabdesk.services.desk import Desk
    from collabdesk.ui.shell.main_window import MainWindow

FILE_ERRORS: tuple[type[Exception], ...] = (*EXPECTED_ERRORS, OSError)


class CalendarCounts(QObject):
    """Context for the counted message (lupdate sees %n only in X.tr)."""


class _Relay(QObject):
    """Carries the worker's outcome to the window's thread."""

    finished = Signal(object, object)  # count (int, or None: write here), error text or None


def choose_calendar_file(window: MainWindow) -> Path | None:
    """The save dialog (tests replace this)."""
    from collabdesk.ui.shell import data_menu

    chosen = data_menu.choose_save_file(
        window,
        QCoreApplication.translate("CalendarExport", "Export the calendar"),
        str(Path.home() / "collabdesk.ics"),
        QCoreApplication.translate("CalendarExport", "iCalendar (*.ics);;All files (*)"),
    )
    if chosen is not None and not chosen.suffix:
        chosen = chosen.with_suffix(".ics")
    return chosen


class CalendarExportAction:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.relay = _Relay()
        self.relay.finished.connect(self._finished)
        self.running: tuple[Desk, Path, CalendarOptions] | None = None
        self.closing = threading.Event()  # the window is going: the worker stops
        window.destroyed.connect(self.closing.set)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.closing.set)
        self.action: QAction = make_action(
            window,
            QCoreApplication.translate("CalendarExport", "Export ca&lendar (.ics)…"),
            "exportCalendarAction",
            self.export,
        )

    def export(self) -> None:
        from collabdesk.services.calendar_export import CalendarOptions, ExportStoppedError
        from collabdesk.ui.shell.user_guide import interface_language

        desk = self.window.desk
        if desk is None or self.running is not None:
            return
        path = choose_calendar_file(self.window)
        if path is None:
            return
        options = CalendarOptions(language=interface_language(), stopped=self.closing.is_set)
        self.running = (desk, path, options)
        self.action.setEnabled(False)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("CalendarExport", "Writing the calendar…")
        )
        calendar, relay = desk.calendar, self.relay

        def work() -> None:
            try:
                count, problem = calendar.write_apart(path, options), None
            except ExportStoppedError:
                return  # the window closed; no file was left half written
            except FILE_ERRORS as exc:
                count, problem = None, _problem(exc)
            except Exception as exc:  # a bug still reaches the person, not a dead thread
                count, problem = None, f"{type(exc).__name__}: {exc}"
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                relay.finished.emit(count, problem)

        QThreadPool.globalInstance().start(work)

    def _finished(self, count: int | None, problem: str | None) -> None:
        running, self.running = self.running, None
        self.action.setEnabled(True)
        self.window.statusBar().clearMessage()
        if running is None:
            return
        desk, path, options = running
        title = QCoreApplication.translate("CalendarExport", "The calendar was not written")
        if problem is not None:
            prompts.error(self.window, title, problem)
            return
        if count is None:  # no second connection here: a small store, written here
            done = run_operation(
                self.window,
                lambda: desk.calendar.write(path, options),
                failure_title=title,
                expected=FILE_ERRORS,
            )
            if done is None:
                return
            count = done.value
        written = CalendarCounts.tr("%n event(s) written to %1.", "", count)  # type: ignore[arg-type]
        hint = QCoreApplication.translate(
            "CalendarExport",
            "Open the file in Outlook or another calendar; importing it again updates "
            "the same events and removes those done.",
        )
        prompts.info(
            self.window,
            QCoreApplication.translate("CalendarExport", "Calendar exported"),
            fill(written, [str(path)]) + "\n\n" + hint,
        )


def _problem(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")
    return error_text(exc)
