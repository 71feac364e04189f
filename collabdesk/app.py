"""Build the application: the window first, the database and services after.

The composition root: makes the QApplication, the window (whose parts are
listed in ui/shell/sections.py) and the Session that holds the data open
(ui/shell/session.py), and decides what happens in which order. The window
is painted before SQLAlchemy loads and before the store opens (in a worker
thread, ui/shell/store_opening.py); ui/shell/startup.py lists each trick
that makes the first paint quick and what it costs.

There is no special path for measuring: tests/ui/paint_probe.py and the
start-up benchmark make the QApplication themselves, watch its events for
the first paint, and call run_gui as the `collabdesk` command does.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from collabdesk import APP_NAME, ORG_NAME
from collabdesk.config import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


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
    `started_at`: when the process started (perf_counter), for the log's
    start-up times; `meeting`: start in meeting mode; `request`: ("present",
    id, lang) opens a presentation once the data is open.

    The order (ui/shell/store_opening.py): the partner list is shown and
    painted first; then the rest of the window is built and the store opens
    in a worker thread; the services arrive when it is open."""
    import logging

    from PySide6.QtCore import QTimer

    from collabdesk.ui.shell.app_settings import use_settings_folder

    use_settings_folder(settings.settings_dir)  # portable: an INI file in the data folder
    app = make_application(argv)
    from collabdesk.services.partner_directory import PartnerDirectory, PartnerQuery
    from collabdesk.store.errors import DataFolderError, StoreError
    from collabdesk.ui.shell.main_window import MainWindow
    from collabdesk.ui.shell.session import Session, cannot_open_title, show_icon
    from collabdesk.ui.shell.store_opening import when_painted
    from collabdesk.ui.widgets.paged_table_model import PAGE_SIZE

    previous_hook = sys.excepthook
    window = MainWindow(settings.data_dir, staged=True)
    run = Session(app, window, settings)

    def finish_start() -> None:
        """What the first paint does not wait for: the icon, the log, the
        crash dialog, the data menu and the rest of the window."""
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

        def menus_for_the_data() -> None:
            from collabdesk.ui.shell.demo_folder import install_demo_folder

            install_data_menu(window, run)
            install_demo_folder(window, settings)  # File → Try the demo (or Leave it)

        # One section per turn of the event loop, the store opening meanwhile.
        window.build_in_turns(menus_for_the_data)

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
                directory = PartnerDirectory.for_sqlite_file(path)
                try:  # the list's first page, read again from SQLite's cache (~1 ms)
                    directory.first_page(PartnerQuery(), PAGE_SIZE)
                except sqlite3.DatabaseError:  # damaged: the start-up check says so
                    directory.close()
                else:
                    run.directory = directory
                    window.attach_directory(directory)
    except (StoreError, OSError) as exc:
        from collabdesk.ui.widgets import prompts
        from collabdesk.ui.widgets.service_text import error_text

        show_icon(app)
        prompts.error(None, cannot_open_title(), error_text(exc))
        run.close()
        sys.excepthook = previous_hook
        return 1

    window.show()

    def opened() -> None:
        from collabdesk.ui.shell.outside_changes import watch_outside_changes

        if started_at is not None:
            logging.getLogger("collabdesk.app").info(
                "data open after %.0f ms", (time.perf_counter() - started_at) * 1000
            )

        def with_meeting_mode() -> None:
            run.start_meeting(meeting, request)
            QTimer.singleShot(0, run.welcome)

        watch_outside_changes(window, lambda: run.db)  # a command run beside it
        if meeting:  # at once: the whole list must not paint before the chooser hides it
            with_meeting_mode()
        else:
            run.load_meeting_mode(with_meeting_mode)

    def after_first_paint() -> None:
        """Show first, then open: the rest of the window is built, then the
        store opens in a worker (its check, any migration, then the daily
        backup) while the event loop goes on turning."""
        finish_start()
        if started_at is not None:
            logging.getLogger("collabdesk.app").info(
                "first paint and window built after %.0f ms",
                (time.perf_counter() - started_at) * 1000,
            )
        run.open_after_paint(opened)

    when_painted(window, after_first_paint)
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
