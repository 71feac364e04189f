"""Build the application: the window first, the database and services after.

The window shows before SQLAlchemy loads. When the SQLite file already has
the current schema, a read-only PartnerDirectory (plain sqlite3) fills the
first page at once; the store, its migrations and the services load in the
first turn of the event loop and then enable editing.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from collabdesk import APP_NAME, ORG_NAME
from collabdesk.config import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from collabdesk.services.partner_directory import PartnerDirectory
    from collabdesk.store.database import Database
    from collabdesk.ui.shell.main_window import MainWindow

EXIT_AFTER_SHOW = "COLLABDESK_EXIT_AFTER_SHOW"
_IMPORTED_AT = time.perf_counter()


def _elapsed_ms(started_at: float | None) -> float:
    """Milliseconds since `started_at` (a perf_counter value taken as early
    as possible), else since the process started where the OS tells us,
    else since this module was imported."""
    now = time.perf_counter()
    if started_at is not None:
        return (now - started_at) * 1000
    try:  # Linux: the process's own start time, in clock ticks since boot
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return (now - _IMPORTED_AT) * 1000


def _cannot_open_title() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("App", "CollabDesk cannot open its data")


def make_application(argv: Sequence[str]) -> QApplication:
    from PySide6.QtWidgets import QApplication

    from collabdesk.ui.shell.i18n import install_translations

    app = QApplication.instance() or QApplication(list(argv))
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    install_translations(app)
    return app  # type: ignore[return-value]


def show_icon(app: Any) -> None:
    """The CollabDesk icon on every window from now on; set after the first
    paint (loading eight PNG sizes is ~1.5 ms), or before an error message."""
    if app.windowIcon().isNull():
        app.setWindowIcon(application_icon())


def application_icon() -> Any:
    """The CollabDesk icon at every rendered size (resources/icons)."""
    from PySide6.QtGui import QIcon

    from collabdesk.resources_dir import resource

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        path = resource("icons", f"collabdesk-{size}.png")
        if path.exists():
            icon.addFile(str(path))
    return icon


def _current_sqlite_file(settings: Settings) -> Path | None:
    """The database file when it exists with the schema this version writes."""
    from collabdesk.store.errors import StoreError
    from collabdesk.store.schema_head import HEAD_REVISION
    from collabdesk.store.sqlite_file import schema_revision

    path = settings.database_file
    if path is None or not path.exists():
        return None
    try:
        return path if schema_revision(path) == HEAD_REVISION else None
    except StoreError:  # opening the store says why, or opens it read-only
        return None


class _Session:
    """What one GUI run holds open, closed when the window loop ends."""

    def __init__(self, app: Any, window: MainWindow, settings: Settings) -> None:
        self.app = app
        self.window = window
        self.settings = settings
        self.directory: PartnerDirectory | None = None
        self.db: Database | None = None
        self.meeting: Any = None  # ui.meeting_mode.MeetingMode once installed (issue 9)

    def open_store(self) -> bool:
        """Open (and migrate) the database and hand the services to the window."""
        try:
            import collabdesk
            from collabdesk.config import ensure_data_dir
            from collabdesk.services.demo import load_demo
            from collabdesk.services.desk import Desk
            from collabdesk.services.partner_directory import directory_for
            from collabdesk.store.database import open_database
            from collabdesk.store.errors import DataFolderError
            from collabdesk.ui.commitments.commitment_dock import refresh_reminders

            path = self.settings.database_file
            read_only = False
            if path is not None:
                try:
                    ensure_data_dir(self.settings)
                except DataFolderError:
                    if not path.is_file():
                        raise
                    read_only = True  # a disc, a locked stick: look and export only
                if not read_only and self._open_meeting_copy(path):  # issue 9
                    return True
            # The version lookup (importlib.metadata) is not worth delaying the window for.
            self.app.setApplicationVersion(collabdesk.__version__)
            if read_only and path is not None:
                from collabdesk.store.read_only import open_read_only

                self.db = db = open_read_only(path, immutable=True)
            else:
                opened = self._open_checked(open_database)
                if opened is None:
                    return False
                self.db = db = opened
            if self.directory is None:
                self.directory = directory_for(db)
                self.window.attach_directory(self.directory)
            desk = Desk.over(db.sessions, data_dir=self.settings.data_dir)  # proofs go there
            self.window.attach_desk(desk, partial(load_demo, db.sessions))
            refresh_reminders(self.window)  # one overdue banner, also when data reopens
            if db.checked_after_crash or db.read_only:
                from collabdesk.ui.shell import data_notices

                if db.checked_after_crash:
                    data_notices.after_unclean_shutdown(self.window)
                if db.read_only:
                    data_notices.read_only_folder(self.window)
        except Exception as exc:  # StoreError and anything else: a message, no traceback
            from collabdesk.store.errors import StoreError

            self._fail(str(exc) if isinstance(exc, StoreError) else f"{type(exc).__name__}: {exc}")
            return False
        return True

    def _open_meeting_copy(self, path: Path) -> bool:
        """A meeting laptop's data folder: read-only, in meeting mode (issue 9)."""
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
            raise RuntimeError(_cannot_open_title())
        return True

    def start_meeting(self, meeting: bool, request: tuple[object, ...] | None) -> None:
        """--meeting and `collabdesk present ID`, after the store opened; at a
        normal start, notes left by an earlier meeting are merged (issue 9)."""
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
        """First start: ask for the library's name and offer demo data."""
        if self.db is None or self.window.desk is None or self.in_meeting() or self.db.read_only:
            return
        from collabdesk.services.demo import is_empty, load_demo
        from collabdesk.ui.shell.welcome_dialog import maybe_welcome

        sessions = self.db.sessions
        answer = maybe_welcome(
            self.window,
            self.window.desk.library,
            partial(load_demo, sessions),
            lambda: is_empty(sessions),
            self.settings.database_url,
        )
        if answer is not None and answer.demo_partners:
            self.window.partners_changed.emit()

    def _open_checked(self, open_database: Any) -> Database | None:
        """Open with the lock and the start-up check; when the file is
        damaged, offer the newest good backup (data safety, issue 6)."""
        from PySide6.QtCore import QCoreApplication

        from collabdesk.store.startup import DamagedDatabaseError
        from collabdesk.ui.widgets import prompts

        try:
            db: Database = open_database(
                self.settings.database_url, self.settings.journal, exclusive=True
            )
        except DamagedDatabaseError as exc:
            if exc.backup is None or not prompts.confirm(
                self.window,
                QCoreApplication.translate("App", "The data is damaged"),
                QCoreApplication.translate(
                    "App", "%1\n\nRestore the newest good backup now?"
                ).replace("%1", str(exc)),
            ):
                raise
            self._restore_file(exc.backup.path)
            db = open_database(self.settings.database_url, self.settings.journal, exclusive=True)
            # The person just chose a backup over the damaged data: the notice
            # "every saved change is here" would not be true.
            db = replace(db, checked_after_crash=False)
        self._daily_backup(db)
        self._keep_daily_backups()
        return db

    def _keep_daily_backups(self) -> None:
        """A window left open for days still gets its daily backup."""
        from PySide6.QtCore import QTimer

        if getattr(self, "_daily_timer", None) is None:
            self._daily_timer = QTimer(self.window)
            self._daily_timer.setInterval(60 * 60 * 1000)  # look once an hour
            self._daily_timer.timeout.connect(
                lambda: self.db is not None and self._daily_backup(self.db)
            )
            self._daily_timer.start()

    @staticmethod
    def _daily_backup(db: Database) -> None:
        from datetime import UTC, datetime

        from collabdesk.store.backup import backup_dir, list_backups, take_backup
        from collabdesk.ui.shell.app_settings import backup_policy

        path = db.sqlite_path
        if path is None:
            return
        try:
            newest = next(iter(list_backups(backup_dir(path))), None)
            if newest is None or newest.taken_at.date() < datetime.now(UTC).date():
                take_backup(path, "daily", policy=backup_policy())
        except Exception as exc:  # never stop work over a backup; say why on stderr
            print(f"collabdesk: daily backup failed: {exc}", file=sys.stderr)

    def database_file(self) -> Path | None:
        return self.settings.database_file

    def _restore_file(self, backup: Path) -> None:
        from collabdesk.store.backup import restore

        path = self.settings.database_file
        assert path is not None
        restore(backup, path)

    def restore_from(self, backup: Path) -> None:
        """Close everything that has the file open, swap the backup in, reopen."""
        from PySide6.QtCore import QCoreApplication

        from collabdesk.store.instance_lock import InstanceLock

        path = self.settings.database_file
        if path is None:
            return
        self._close_connections(backup_first=False)
        lock = InstanceLock(path)
        lock.acquire()  # keep other instances out during the swap
        try:
            self._restore_file(backup)
        finally:
            lock.release()
        if not self.open_store():
            raise RuntimeError(
                QCoreApplication.translate("App", "The restored data could not be opened.")
            )

    def _close_connections(self, backup_first: bool) -> None:
        if self.directory is not None:
            self.directory.close()
            self.directory = None
        if self.db is not None:
            from collabdesk.ui.shell.app_settings import backup_on_close, backup_policy

            writable = self.db.sqlite_path is not None and not self.db.read_only
            if backup_first and writable and backup_on_close():
                from collabdesk.store.backup import take_backup

                try:
                    take_backup(self.db.sqlite_path, "close", policy=backup_policy())
                except Exception as exc:  # the close goes on; the log says why
                    print(f"collabdesk: backup on close failed: {exc}", file=sys.stderr)
            self.db.close()
            self.db = None

    def _fail(self, message: str) -> None:
        from collabdesk.ui.widgets import prompts

        show_icon(self.app)
        prompts.error(self.window, _cannot_open_title(), message)
        self.app.exit(1)

    def in_meeting(self) -> bool:
        return bool(self.meeting is not None and self.meeting.active)

    def close(self) -> None:
        meeting = self.in_meeting()
        self._close_connections(backup_first=not meeting)
        if self.meeting is not None:
            self.meeting.close()


def run_gui(
    settings: Settings,
    argv: Sequence[str],
    started_at: float | None = None,
    *,
    meeting: bool = False,
    request: tuple[object, ...] | None = None,
) -> int:
    """Run the window until it closes; 1 when the data cannot be opened.
    `meeting`: start in meeting mode; `request`: ("present", id, lang) opens
    a presentation once the data is open (issue 9)."""
    from PySide6.QtCore import QTimer

    from collabdesk.ui.shell.pyside_imports import read_sources_quickly

    read_sources_quickly()  # before the window's modules and SQLAlchemy load
    from collabdesk.ui.shell.app_settings import use_settings_folder

    use_settings_folder(settings.settings_dir)  # portable: an INI file in the data folder
    app = make_application(argv)
    from collabdesk.services.partner_directory import PartnerDirectory
    from collabdesk.store.errors import DataFolderError, StoreError
    from collabdesk.ui.shell.main_window import MainWindow

    previous_hook = sys.excepthook
    window = MainWindow(settings.data_dir, staged=True)
    run = _Session(app, window, settings)

    def finish_start() -> None:
        """What the first paint does not wait for: the icon, the log, the
        crash dialog, the data menu and the rest of the window."""
        import logging

        from collabdesk.log_file import setup_logging
        from collabdesk.ui.shell.crash_dialog import install_exception_hook
        from collabdesk.ui.shell.data_menu import install_data_menu

        show_icon(app)
        log_path = setup_logging(settings.log_dir)
        logging.getLogger("collabdesk.app").info(
            "start: data folder %s, portable %s, journal %s",
            settings.data_dir,
            settings.portable,
            settings.journal,
        )
        install_exception_hook(log_path)
        window.finish_building()
        install_data_menu(window, run)

    try:
        # --meeting: no early list of every partner before the meeting copy is open
        path = None if meeting else _current_sqlite_file(settings)
        if path is not None:
            # Refuse a second window before it shows anyone's data.
            from collabdesk.store.instance_lock import InstanceLock

            probe = InstanceLock(path)
            try:
                probe.acquire()
            except DataFolderError:
                pass  # a read-only folder: open_store opens it read-only, list and all
            else:
                probe.release()
                run.directory = PartnerDirectory.for_sqlite_file(path)
                window.attach_directory(run.directory)
    except (StoreError, OSError) as exc:
        from collabdesk.ui.widgets import prompts

        show_icon(app)
        prompts.error(None, _cannot_open_title(), str(exc))
        run.close()
        sys.excepthook = previous_hook
        return 1

    window.show()
    exit_after_show = os.environ.get(EXIT_AFTER_SHOW) == "1"

    def report_and_quit() -> None:
        # "shown": the list with its first page is on screen; "complete":
        # the rest of the window (details, menus, sections) is built too.
        app.processEvents()
        window.repaint()
        print(f"shown {_elapsed_ms(started_at):.1f}", flush=True)
        finish_start()
        app.processEvents()
        print(f"complete {_elapsed_ms(started_at):.1f}", flush=True)
        app.quit()

    def open_then_maybe_report() -> None:
        if run.open_store():
            if exit_after_show:
                report_and_quit()
            else:
                run.start_meeting(meeting, request)  # issue 9
                QTimer.singleShot(0, run.welcome)

    if exit_after_show and run.directory is not None:
        QTimer.singleShot(0, report_and_quit)
    else:
        QTimer.singleShot(0, finish_start)
        QTimer.singleShot(0, open_then_maybe_report)
    try:
        code = app.exec()
    finally:
        window.close()
        if "collabdesk.ui.documents.pdf_worker" in sys.modules:  # PDFs still being written
            from collabdesk.ui.documents.pdf_worker import finish_all

            finish_all()
        run.close()
        sys.excepthook = previous_hook
    return int(code)


if __name__ == "__main__":  # a quick manual start: python -m collabdesk.app
    from collabdesk.config import resolve

    sys.exit(run_gui(resolve(), sys.argv))
