"""Build the application: the window first, the database and services after.

The composition root: makes the QApplication, the window (whose parts are
listed in ui/shell/sections.py) and the Session that holds the data open
(ui/shell/session.py), and decides what happens in which order. The window
shows before SQLAlchemy loads; ui/shell/startup.py lists each trick that
makes that quick and what it costs.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from collabdesk import APP_NAME, ORG_NAME
from collabdesk.config import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

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


def make_application(argv: Sequence[str]) -> QApplication:
    from PySide6.QtWidgets import QApplication

    from collabdesk.ui.shell.i18n import install_translations

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    install_translations(app)
    return app


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
    a presentation once the data is open."""
    from PySide6.QtCore import QTimer

    from collabdesk.ui.shell.app_settings import use_settings_folder

    use_settings_folder(settings.settings_dir)  # portable: an INI file in the data folder
    app = make_application(argv)
    from collabdesk.services.partner_directory import PartnerDirectory
    from collabdesk.store.errors import DataFolderError, StoreError
    from collabdesk.ui.shell.main_window import MainWindow
    from collabdesk.ui.shell.session import Session, cannot_open_title, show_icon

    previous_hook = sys.excepthook
    window = MainWindow(settings.data_dir, staged=True)
    run = Session(app, window, settings)

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
        from collabdesk.ui.shell.demo_folder import install_demo_folder

        install_demo_folder(window, settings)  # File → Try the demo (or Leave it)

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
        from collabdesk.ui.widgets.service_text import error_text

        show_icon(app)
        prompts.error(None, cannot_open_title(), error_text(exc))
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
                from collabdesk.ui.shell.outside_changes import watch_outside_changes

                run.start_meeting(meeting, request)
                watch_outside_changes(window, lambda: run.db)  # a command run beside it
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
