"""Back up now, Check the data thoroughly and Restore…: the File-menu
actions that keep data safe, each with its slow part in the background
(backup_worker.py) and its progress and Cancel on the banner (backups.py).

Restore checks the chosen backup fully in the background first (the long
part: a full integrity_check, about a minute at 300 MB); then the host
closes the data, copies the backup in and reopens it on the GUI thread,
which must not read the data meanwhile (store/restore.py skips the check
it has just seen pass)."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from collabdesk.domain.message import fill
from collabdesk.ui.operations.run import run_operation
from collabdesk.ui.shell import backup_worker
from collabdesk.ui.shell.app_settings import backup_policy
from collabdesk.ui.shell.backups import show_progress
from collabdesk.ui.widgets import prompts

if TYPE_CHECKING:
    from collabdesk.ui.shell.data_menu import DataHost
    from collabdesk.ui.shell.main_window import MainWindow


class SafetyActions:
    """The slots of the data menu's backup, check and restore actions."""

    def __init__(self, window: MainWindow, host: DataHost) -> None:
        self.window = window
        self.host = host

    def restore(self) -> None:
        """Choose a backup, confirm, check it in the background, put it back."""
        from collabdesk.store.backup import backup_dir
        from collabdesk.store.restore import verify_backup
        from collabdesk.ui.shell import data_menu  # the chooser tests replace

        path = self.host.database_file()
        if path is None:
            return
        chosen = data_menu.choose_open_file(
            self.window,
            QCoreApplication.translate("DataMenu", "Restore from backup"),
            str(backup_dir(path)),
            QCoreApplication.translate("DataMenu", "CollabDesk backups (*.sqlite3);;All files (*)"),
        )
        if chosen is None:
            return
        question = fill(
            QCoreApplication.translate(
                "DataMenu",
                "Replace the current data with the backup %1? The current data is backed up first.",
            ),
            [chosen.name],
        )
        if not prompts.confirm(
            self.window, QCoreApplication.translate("DataMenu", "Restore from backup"), question
        ):
            return
        run = backup_worker.prepare(
            "check",
            lambda progress, cancel: verify_backup(chosen, progress=progress, cancel=cancel),
        )
        show_progress(
            self.window,
            run,
            "",
            QCoreApplication.translate("DataMenu", "Checking the backup before restoring it…"),
            partial(self._put_back, chosen),
            partial(self._failed, QCoreApplication.translate("DataMenu", "Nothing was restored")),
        )
        run.start()

    def _put_back(self, chosen: Path, _verified: object) -> None:
        from collabdesk.ui.shell.data_menu import FILE_ERRORS

        backup_worker.finish_all()  # a backup in the background would hold the file
        # The window announces "everything changed" when the data reopens.
        done = run_operation(
            self.window,
            lambda: self.host.restore_from(chosen),
            failure_title=QCoreApplication.translate("DataMenu", "Nothing was restored"),
            expected=FILE_ERRORS,
        )
        if done is not None:
            prompts.info(
                self.window,
                QCoreApplication.translate("DataMenu", "Restored"),
                fill(
                    QCoreApplication.translate("DataMenu", "The data from %1 is back."),
                    [chosen.name],
                ),
            )

    def back_up(self) -> None:
        """A backup in the background, its progress and Cancel on the banner."""
        from collabdesk.store.backup import take_backup

        path = self._sqlite_file()
        if path is None or self._busy():
            return
        policy = backup_policy()  # QSettings: read here, on the GUI thread
        run = backup_worker.prepare(
            "manual",
            lambda progress, cancel: take_backup(
                path, "manual", policy=policy, progress=progress, cancel=cancel
            ),
        )
        show_progress(
            self.window,
            run,
            QCoreApplication.translate("DataMenu", "Backing up the data…"),
            QCoreApplication.translate("DataMenu", "Checking the backup…"),
            self._backed_up,
            partial(self._failed, QCoreApplication.translate("DataMenu", "Backup failed")),
        )
        run.start()

    def _backed_up(self, value: object) -> None:
        from collabdesk.store.backup import BackupFile

        if not isinstance(value, BackupFile):
            return
        thorough = value.check == "integrity_check"
        template = (
            QCoreApplication.translate(
                "DataMenu", "A backup checked thoroughly (integrity_check) was written to %1"
            )
            if thorough
            else QCoreApplication.translate(
                "DataMenu", "A verified backup (quick_check) was written to %1"
            )
        )
        prompts.info(
            self.window,
            QCoreApplication.translate("DataMenu", "Backup made"),
            fill(template, [str(value.path)]),
        )

    def check(self) -> None:
        """The full integrity_check of the data, in the background."""
        from collabdesk.store.backup import check_database

        path = self._sqlite_file()
        if path is None or self._busy():
            return
        run = backup_worker.prepare(
            "check",
            lambda progress, cancel: check_database(
                path, full=True, progress=progress, cancel=cancel
            ),
        )
        show_progress(
            self.window,
            run,
            "",
            QCoreApplication.translate("DataMenu", "Checking the data thoroughly…"),
            self._checked,
            partial(self._failed, QCoreApplication.translate("DataMenu", "The check did not run")),
        )
        run.start()

    def _failed(self, title: str, text: str) -> None:
        prompts.error(self.window, title, text)

    def _checked(self, verdict: object) -> None:
        title = QCoreApplication.translate("DataMenu", "Check the data thoroughly")
        if verdict == "ok":
            prompts.info(
                self.window,
                title,
                QCoreApplication.translate(
                    "DataMenu",
                    "The data passed the full integrity check: every page, every table and "
                    "every index agree.",
                ),
            )
            return
        prompts.error(
            self.window,
            title,
            fill(
                QCoreApplication.translate(
                    "DataMenu",
                    "The data failed its integrity check (%1). Keep working only to copy out "
                    "what you need, and restore the newest good backup with File → Restore "
                    "from backup….",
                ),
                [str(verdict)],
            ),
        )

    def _sqlite_file(self) -> Path | None:
        path = self.host.database_file()
        if path is None:
            prompts.info(
                self.window,
                QCoreApplication.translate("DataMenu", "Back up"),
                QCoreApplication.translate(
                    "DataMenu", "The shared PostgreSQL database is backed up on its server."
                ),
            )
        return path

    def _busy(self) -> bool:
        """One backup or check at a time; the banner shows the running one."""
        if not backup_worker.running():
            return False
        prompts.info(
            self.window,
            QCoreApplication.translate("DataMenu", "Back up"),
            QCoreApplication.translate(
                "DataMenu",
                "A backup or a check is already running; its progress is at the top of the window.",
            ),
        )
        return True
