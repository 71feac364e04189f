"""What one run of the window holds open: the database, the partner
directory and meeting mode. app.run_gui makes one Session and closes it
when the window's event loop ends.

The public interface is what the window's parts use: `open_after_paint`
(at start-up, in a worker: ui/shell/store_opening.py), `open_store` (again
after a restore or when meeting mode ends, in the same worker while the
window waits, disabled but painting),
`restore_from`, `close_connections`, `database_file`, `start_meeting`,
`welcome`, `in_meeting`, `close`; and the steps both openings share:
`prepare`, `open_database`, `restore_offered`, `restore_file`, `attach`,
`fail`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from collabdesk.config import Settings
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message, fill
from collabdesk.ui.shell.backups import backup_before_closing, start_daily_backup
from collabdesk.ui.shell.i18n import warm_plural_rules
from collabdesk.ui.shell.store_opening import OffThread, StartOpening, while_painting

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk
    from collabdesk.services.partner_directory import PartnerDirectory
    from collabdesk.store.database import Database
    from collabdesk.store.startup import DamagedDatabaseError, Progress
    from collabdesk.ui.meeting.meeting_mode import MeetingMode
    from collabdesk.ui.meeting.presentation_view import PresentationView
    from collabdesk.ui.shell.main_window import MainWindow


def failure_text(exc: BaseException) -> str:
    """Why the data could not be opened, in the person's language."""
    from collabdesk.store.errors import StoreError
    from collabdesk.ui.widgets.service_text import error_text

    return error_text(exc) if isinstance(exc, StoreError) else f"{type(exc).__name__}: {exc}"


def cannot_open_title() -> str:
    return QCoreApplication.translate("App", "CollabDesk cannot open its data")


def application_icon() -> QIcon:
    """The CollabDesk icon at every rendered size (resources/icons)."""
    from collabdesk.resources_dir import resource

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        path = resource("icons", f"collabdesk-{size}.png")
        if path.exists():
            icon.addFile(str(path))
    return icon


def show_icon(app: QApplication) -> None:
    """The CollabDesk icon on every window from now on; set after the first
    paint (loading eight PNG sizes is ~1.5 ms), or before an error message."""
    if app.windowIcon().isNull():
        app.setWindowIcon(application_icon())


class Session:
    """The open data of one GUI run (see the module docstring)."""

    def __init__(self, app: QApplication, window: MainWindow, settings: Settings) -> None:
        self.app = app
        self.window = window
        self.settings = settings
        self.directory: PartnerDirectory | None = None
        self.db: Database | None = None
        self.meeting: MeetingMode | None = None
        self.presentation: PresentationView | None = None
        # The store opens in a worker at start (ui/shell/store_opening.py); the
        # daily backup runs in the background after it (ui/shell/backups.py).
        self.opening = StartOpening(self)
        # Meeting mode's modules load in a worker once the store is open.
        self.imports: OffThread[object] = OffThread(window)

    # --- opening ----------------------------------------------------------------
    def open_after_paint(self, then: Callable[[], None]) -> None:
        """At start-up, after the first paint: open the store in a worker
        thread while the window stays live (ui/shell/store_opening.py);
        `then` runs once the services are attached. A failure is said in a
        message box and ends the run with code 1."""
        self.opening.start(then)

    def open_store(self) -> bool:
        """Open (and migrate) the database and hand the services to the
        window again: after a restore or when meeting mode ends. The check
        and the opening run in a worker as at start-up (the window disabled
        but painting meanwhile); returns once the services are attached, or
        False when it could not open (said in a message box, the run ends)."""
        return self.opening.reopen()

    def prepare(self) -> bool | None:
        """On the GUI thread, before the worker: whether the data can only be
        read (a disc, a locked stick); None when it is a meeting laptop's
        copy, which this opens at once."""
        import collabdesk
        from collabdesk.config import ensure_data_dir
        from collabdesk.store.errors import DataFolderError

        path = self.settings.database_file
        read_only = False
        if path is not None:
            try:
                ensure_data_dir(self.settings)
            except DataFolderError:
                if not path.is_file():
                    raise
                read_only = True  # a disc, a locked stick: look and export only
            if not read_only and self._open_meeting_copy(path):
                return None
        # The version lookup (importlib.metadata) is not worth delaying the window for.
        self.app.setApplicationVersion(collabdesk.__version__)
        return read_only

    def open_database(self, read_only: bool, step: Progress | None) -> Database:
        """The store itself: read-only, or with the lock, the start-up check
        and any migration (store/database.py). Runs in the worker at start."""
        path = self.settings.database_file
        if read_only and path is not None:
            from collabdesk.store.read_only import open_read_only

            return open_read_only(path, immutable=True)
        from collabdesk.store.database import open_database

        return open_database(
            self.settings.database_url,
            self.settings.journal,
            exclusive=True,
            progress=step,
            file=path,  # known here: no SQLAlchemy before the file is checked
        )

    def restore_offered(self, exc: DamagedDatabaseError) -> bool:
        """The file failed its check: restore the newest good backup?"""
        from collabdesk.ui.widgets import prompts
        from collabdesk.ui.widgets.service_text import error_text

        question = QCoreApplication.translate("App", "%1\n\nRestore the newest good backup now?")
        return exc.backup is not None and prompts.confirm(
            self.window,
            QCoreApplication.translate("App", "The data is damaged"),
            fill(question, [error_text(exc)]),
        )

    def attach(self, db: Database, desk: Desk) -> None:
        """Hand the open store to the window (GUI thread): editing works from now."""
        from collabdesk.services.demo import load_demo
        from collabdesk.services.partner_directory import directory_for
        from collabdesk.ui.commitments.commitments_section import refresh_reminders

        self.db = db
        if self.directory is None:
            self.directory = directory_for(db)
            self.window.attach_directory(self.directory)
        self.window.attach_desk(
            desk, partial(load_demo, db.sessions, data_dir=self.settings.data_dir)
        )
        from collabdesk.ui.collaborations import renewal_line
        from collabdesk.ui.shell import me_prompt
        from collabdesk.ui.tasks.tasks_view import refresh_my_tasks_line

        window = self.window
        # The banner's lines, each on a turn of its own (at a library system's
        # size each reads for 30-90 ms; together they held the loop ~0.3 s).
        one_per_turn(
            [
                lambda: refresh_reminders(window),  # the one overdue line, also on reopening
                lambda: refresh_my_tasks_line(window),  # what is assigned to me (issue 18)
                lambda: me_prompt.offer(window, read_only=db.read_only),  # who is here? (19)
                lambda: renewal_line.refresh_for(window),  # "2 renewals due", with Show
            ],
            alive=lambda: self.db is db,
        )
        warm_plural_rules()  # units' CLDR rules, off the GUI thread
        from collabdesk.ui.shell import data_notices  # the banner's lines about the data

        data_notices.show_for(
            self.window, checked_after_crash=db.checked_after_crash, read_only=db.read_only
        )
        if not db.read_only:
            # Today's backup in the background (ui/shell/backups.py), once the
            # data is open: never before the first paint, never on the GUI thread.
            start_daily_backup(self.window, lambda: self.db)

    def _open_meeting_copy(self, path: Path) -> bool:
        """A meeting laptop's data folder: read-only, in meeting mode."""
        from collabdesk.store.meeting_mark import is_meeting_copy

        if not is_meeting_copy(path):
            return False
        from collabdesk.ui.meeting.meeting_mode import install_meeting_mode, open_laptop_copy

        self.window.finish_building()
        self.meeting = install_meeting_mode(self.window, self)
        if self.directory is not None:
            self.directory.close()
            self.directory = None
        if not open_laptop_copy(self.meeting, path):
            raise RuntimeError(cannot_open_title())
        return True

    # --- after opening ----------------------------------------------------------
    def load_meeting_mode(self, then: Callable[[], None]) -> None:
        """Import meeting mode in a worker thread, then `then` on the GUI
        thread: its modules held the event loop 217 ms (370-470 ms on a busy
        machine) right after the store opened. A failed import is left to
        `then`, which imports it again and says why."""
        name = "collabdesk.ui.meeting.meeting_mode"
        if name in sys.modules or self.imports.running:
            then()
            return
        import importlib

        self.imports.start(
            lambda _step: importlib.import_module(name), lambda _m: then(), lambda _e: then()
        )

    def start_meeting(self, meeting: bool, request: tuple[object, ...] | None) -> None:
        """--meeting and `collabdesk present ID`, after the store opened; at a
        normal start, notes left by an earlier meeting are merged."""
        from collabdesk.ui.meeting.meeting_mode import install_meeting_mode, start_in_meeting_mode

        self.meeting = mode = install_meeting_mode(self.window, self)
        shown = request[1] if request and request[0] == "present" else None
        if meeting and not mode.active:
            visible = self.window.isVisible()
            self.window.hide()  # the full list must not paint behind the chooser
            if not start_in_meeting_mode(mode, [shown] if isinstance(shown, int) else None):
                self.app.quit()  # asked for a meeting, none chosen: show nothing else
                return
            self.window.setVisible(visible)
        elif not mode.active and self.settings.database_file is not None:
            from collabdesk.services.meeting_notes import notes_path

            mode.notes_file = notes_path(self.settings.database_file)
            mode.merge_notes()
        if isinstance(shown, int) and self.window.desk is not None:
            # Only here: it loads the charts (~180 ms) that a normal start does not need.
            from collabdesk.ui.meeting.presentation_view import present

            lang = request[2] if request and isinstance(request[2], str) else None
            self.presentation = present(self.window, self.window.desk, shown, lang)

    def welcome(self) -> None:
        """First start: ask for the library's name and offer demo data. Then
        typing goes to the partner search (a closing dialog hands the focus
        back to wherever it was)."""
        try:
            self._welcome()
        finally:
            self.window.focus_search_box()

    def _welcome(self) -> None:
        desk = self.window.desk
        if self.db is None or desk is None or self.in_meeting() or self.db.read_only:
            return
        from collabdesk.services.demo import is_empty, load_demo
        from collabdesk.ui.operations.changes import Changes
        from collabdesk.ui.shell.welcome_dialog import maybe_welcome

        sessions = self.db.sessions
        answer = maybe_welcome(
            self.window,
            desk.library,
            partial(load_demo, sessions, data_dir=self.settings.data_dir),
            lambda: is_empty(sessions),
            self.settings.database_url,
        )
        if answer is not None and answer.demo_partners:
            self.window.changes.announce(Changes.all("demo"))

    # --- restore and close ----------------------------------------------------------
    def database_file(self) -> Path | None:
        return self.settings.database_file

    def restore_file(self, backup: Path) -> None:
        from collabdesk.store.restore import restore

        path = self.settings.database_file
        assert path is not None
        restore(backup, path)

    def restore_from(self, backup: Path) -> None:
        """Close everything that has the file open, swap the backup in, reopen."""
        from collabdesk.store.errors import StoreError
        from collabdesk.store.instance_lock import InstanceLock

        path = self.settings.database_file
        if path is None:
            return
        if self.opening.running:
            raise StoreError(
                Message(
                    "App",
                    QT_TRANSLATE_NOOP(
                        "App", "The data is still being checked; restore it once the check is done."
                    ),
                )
            )
        self.close_connections(backup_first=False)

        def swap(_step: object) -> None:
            """In a worker: the copy and its check take seconds at scale."""
            lock = InstanceLock(path)
            lock.acquire()  # keep other instances out during the swap
            try:
                self.restore_file(backup)
            finally:
                lock.release()

        while_painting(self.window, swap)
        if not self.open_store():
            raise StoreError(
                Message("App", QT_TRANSLATE_NOOP("App", "The restored data could not be opened."))
            )

    def close_connections(self, backup_first: bool) -> None:
        """Let go of the database file (a backup first when asked and allowed)."""
        if self.directory is not None:
            self.directory.close()
            self.directory = None
        if self.db is not None:
            path = self.db.sqlite_path
            if backup_first and path is not None and not self.db.read_only:
                backup_before_closing(path)
            self.db.close()
            self.db = None

    def fail(self, message: str) -> None:
        from collabdesk.ui.widgets import prompts

        show_icon(self.app)
        prompts.error(self.window, cannot_open_title(), message)
        self.app.exit(1)

    def in_meeting(self) -> bool:
        return bool(self.meeting is not None and self.meeting.active)

    def close(self) -> None:
        """The window closed: a check still running stops (the file was not
        opened), a migration finishes; then everything lets go of the file."""
        self.opening.stop()
        self.imports.stop()  # an import cannot be stopped: this waits for it
        meeting = self.in_meeting()
        self.close_connections(backup_first=not meeting)
        if self.meeting is not None:
            self.meeting.close()


def one_per_turn(calls: list[Callable[[], object]], alive: Callable[[], bool]) -> None:
    """Run `calls` one per turn of the event loop, while `alive()` holds (the
    data they read is still the one open)."""
    if not calls or not alive():
        return
    first, rest = calls[0], calls[1:]
    first()
    if rest:
        QTimer.singleShot(0, lambda: one_per_turn(rest, alive))
