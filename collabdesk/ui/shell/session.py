"""What one run of the window holds open: the database, the partner
directory and meeting mode. app.run_gui makes one Session and closes it
when the window's event loop ends.

The public interface is what the window's parts use: `open_store` (and
again after a restore or when meeting mode ends), `restore_from`,
`close_connections`, `database_file`, `start_meeting`, `welcome`,
`in_meeting`, `close`.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from collabdesk.config import Settings
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message, fill
from collabdesk.ui.shell.backups import backup_before_closing, start_daily_backup
from collabdesk.ui.shell.i18n import warm_plural_rules

if TYPE_CHECKING:
    from collabdesk.services.partner_directory import PartnerDirectory
    from collabdesk.store.database import Database
    from collabdesk.ui.meeting.meeting_mode import MeetingMode
    from collabdesk.ui.meeting.presentation_view import PresentationView
    from collabdesk.ui.shell.main_window import MainWindow


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
        self._daily_timer: QTimer | None = None

    # --- opening ----------------------------------------------------------------
    def open_store(self) -> bool:
        """Open (and migrate) the database and hand the services to the window."""
        try:
            return self._open_store()
        except Exception as exc:  # StoreError and anything else: a message, no traceback
            from collabdesk.store.errors import StoreError
            from collabdesk.ui.widgets.service_text import error_text

            self._fail(
                error_text(exc) if isinstance(exc, StoreError) else f"{type(exc).__name__}: {exc}"
            )
            return False

    def _open_store(self) -> bool:
        import collabdesk
        from collabdesk.config import ensure_data_dir
        from collabdesk.services.demo import load_demo
        from collabdesk.services.desk import Desk
        from collabdesk.services.partner_directory import directory_for
        from collabdesk.store.database import open_database
        from collabdesk.store.errors import DataFolderError
        from collabdesk.ui.commitments.commitments_section import refresh_reminders

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
                return True
        # The version lookup (importlib.metadata) is not worth delaying the window for.
        self.app.setApplicationVersion(collabdesk.__version__)
        if read_only and path is not None:
            from collabdesk.store.read_only import open_read_only

            self.db = db = open_read_only(path, immutable=True)
        else:
            self.db = db = self._open_checked(open_database)
            start_daily_backup(self.window, lambda: self.db)  # in the background
        if self.directory is None:
            self.directory = directory_for(db)
            self.window.attach_directory(self.directory)
        desk = Desk.over(db.sessions, data_dir=self.settings.data_dir)  # proofs go there
        self.window.attach_desk(
            desk, partial(load_demo, db.sessions, data_dir=self.settings.data_dir)
        )
        refresh_reminders(self.window)  # the banner's one overdue line, also when data reopens
        warm_plural_rules()  # units' CLDR rules, off the GUI thread
        from collabdesk.ui.shell import data_notices  # the banner's lines about the data

        data_notices.show_for(
            self.window, checked_after_crash=db.checked_after_crash, read_only=db.read_only
        )
        return True

    def _open_meeting_copy(self, path: Path) -> bool:
        """A meeting laptop's data folder: read-only, in meeting mode."""
        from collabdesk.store.meeting_copy import is_meeting_copy

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

    def _open_checked(self, open_database: Any) -> Database:
        """Open with the lock and the start-up check; when the file is
        damaged, offer the newest good backup."""
        from collabdesk.store.startup import DamagedDatabaseError
        from collabdesk.ui.widgets import prompts
        from collabdesk.ui.widgets.service_text import error_text

        try:
            db: Database = open_database(
                self.settings.database_url, self.settings.journal, exclusive=True
            )
        except DamagedDatabaseError as exc:
            question = QCoreApplication.translate(
                "App", "%1\n\nRestore the newest good backup now?"
            )
            if exc.backup is None or not prompts.confirm(
                self.window,
                QCoreApplication.translate("App", "The data is damaged"),
                fill(question, [error_text(exc)]),
            ):
                raise
            self._restore_file(exc.backup.path)
            db = open_database(self.settings.database_url, self.settings.journal, exclusive=True)
            # The person just chose a backup over the damaged data: the notice
            # "every saved change is here" would not be true. (dataclasses is
            # imported here, not at the top: this module loads before the first paint.)
            from dataclasses import replace

            db = replace(db, checked_after_crash=False)
        return db

    # --- after opening ----------------------------------------------------------
    def start_meeting(self, meeting: bool, request: tuple[object, ...] | None) -> None:
        """--meeting and `collabdesk present ID`, after the store opened; at a
        normal start, notes left by an earlier meeting are merged."""
        from collabdesk.ui.meeting.meeting_mode import install_meeting_mode, start_in_meeting_mode
        from collabdesk.ui.meeting.presentation_view import present

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

    def _restore_file(self, backup: Path) -> None:
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
        self.close_connections(backup_first=False)
        lock = InstanceLock(path)
        lock.acquire()  # keep other instances out during the swap
        try:
            self._restore_file(backup)
        finally:
            lock.release()
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

    def _fail(self, message: str) -> None:
        from collabdesk.ui.widgets import prompts

        show_icon(self.app)
        prompts.error(self.window, cannot_open_title(), message)
        self.app.exit(1)

    def in_meeting(self) -> bool:
        return bool(self.meeting is not None and self.meeting.active)

    def close(self) -> None:
        meeting = self.in_meeting()
        self.close_connections(backup_first=not meeting)
        if self.meeting is not None:
            self.meeting.close()
