"""The backups the window takes by itself, and how any backup or check
shows itself while it runs.

One a day: `start_daily_backup(window, database_getter)` (called when the
data is open, then again every hour by a timer, for a window left open for
days). It returns at once: the copy and its check run in a worker
(backup_worker.py) and a banner line says how far it has got ("Backing up
the data… 40 %", from the backup API's pages) with a Cancel button. The
window never waits for it; closing the window cancels it (SQLite stops
within one step) and waits for the thread, never aborting the process.

One when the window closes (setting `backup/onClose`): after the window is
gone, so nobody watches a frozen one. A failed backup never stops work: the
banner says so and the log says why. Back up now, Check the data
thoroughly and Restore… are the person's own, in data_menu.py; they show
their progress through `show_progress` here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton

from collabdesk.ui.shell import backup_worker
from collabdesk.ui.shell.app_settings import backup_on_close, backup_policy

if TYPE_CHECKING:
    from collabdesk.store.database import Database
    from collabdesk.ui.shell.backup_worker import BackupRun
    from collabdesk.ui.shell.main_window import MainWindow

log = logging.getLogger("collabdesk.app")
CHECK_EVERY_MS = 60 * 60 * 1000
LINE_KEY = "backup"
DatabaseGetter = Callable[[], "Database | None"]


class BackupLine(QFrame):
    """The banner line of a running backup or check: words, a bar, Cancel."""

    def __init__(self, copying: str, checking: str) -> None:
        super().__init__()
        self.setObjectName("backupProgress")
        self.setStyleSheet("BackupLine { background: #e7f1fb; } QLabel { color: #0b2e4f; }")
        self.setAutoFillBackground(True)
        self.copying = copying
        self.checking = checking
        self.label = QLabel(copying)
        self.label.setObjectName("backupProgressText")
        self.bar = QProgressBar()
        self.bar.setObjectName("backupProgressBar")
        self.bar.setRange(0, 100)
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(False)  # the label says the percentage, for screen readers too
        self.cancel_button = QPushButton(QCoreApplication.translate("Backups", "Cancel"))
        self.cancel_button.setObjectName("cancelBackupButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)

    def show_step(self, stage: str, done: int, total: int) -> None:
        if stage == "copy" and total > 0:
            percent = min(100, done * 100 // total)
            self.bar.setRange(0, 100)
            self.bar.setValue(percent)
            self.label.setText(f"{self.copying} {percent} %")
        else:  # SQLite does not say how far a check has got: a busy bar
            self.bar.setRange(0, 0)
            self.label.setText(self.checking)


class ProgressView(QObject):
    """Puts a BackupLine on the window's banner at the run's first step and
    takes it away when the run ends. A child of the window: when the window
    goes, so do it and its connections, and the run goes on unwatched."""

    def __init__(
        self,
        window: MainWindow,
        run: BackupRun,
        copying: str,
        checking: str,
        done: Callable[[object], None] | None = None,
        failed: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.run = run
        self.copying = copying
        self.checking = checking
        self.done = done
        self.on_failure = failed
        self.line: BackupLine | None = None
        run.progress.connect(self.step)
        run.succeeded.connect(self.succeeded)
        run.failed.connect(self.failed)
        run.ended.connect(self.end)

    def succeeded(self, value: object) -> None:
        if self.done is not None:
            self.done(value)

    def failed(self, exc: object) -> None:
        if self.on_failure is not None:
            self.on_failure(failure_text(exc))

    def step(self, stage: str, done: int, total: int) -> None:
        if self.line is None:
            self.line = BackupLine(self.copying, self.checking)
            self.line.cancel_button.clicked.connect(self.cancel)
            self.window.banner.set_line(LINE_KEY, self.line)
        self.line.show_step(stage, done, total)

    def cancel(self) -> None:
        if self.line is not None:
            self.line.cancel_button.setEnabled(False)
            self.line.label.setText(QCoreApplication.translate("Backups", "Cancelling…"))
        self.run.cancel()

    def end(self) -> None:
        if self.line is not None and self.window.banner.line(LINE_KEY) is self.line:
            self.window.banner.remove(LINE_KEY)
        self.line = None
        self.deleteLater()


def show_progress(
    window: MainWindow,
    run: BackupRun,
    copying: str,
    checking: str,
    done: Callable[[object], None] | None = None,
    failed: Callable[[str], None] | None = None,
) -> ProgressView:
    """The run's banner line; `done(value)` after a success and `failed(text)`
    after a failure, only while the window lives. Call before `run.start()`."""
    return ProgressView(window, run, copying, checking, done, failed)


def failure_text(exc: object) -> str:
    """A failed run's reason in the person's words."""
    from collabdesk.store.errors import StoreError
    from collabdesk.ui.widgets.service_text import error_text

    if isinstance(exc, StoreError):
        return error_text(exc)
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
    return f"{type(exc).__name__}: {exc}"


class DailyBackup(QObject):
    """The hourly look for today's backup, one per window; remembers a day
    the person cancelled it, so it is not started again that day."""

    def __init__(self, window: MainWindow, database: DatabaseGetter) -> None:
        super().__init__(window)
        self.setObjectName("dailyBackup")
        self.window = window
        self.database = database
        self.declined_on: date | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.start)
        self.timer.start()

    def start(self) -> BackupRun | None:
        from collabdesk.store.backup import daily_backup as take_daily

        db = self.database()
        path = None if db is None or db.read_only else db.sqlite_path
        today = datetime.now(UTC).date()
        if path is None or self.declined_on == today or backup_worker.running("daily"):
            return None
        policy = backup_policy()  # QSettings: read here, on the GUI thread
        run = backup_worker.prepare(
            "daily",
            lambda progress, cancel: take_daily(
                path, policy=policy, progress=progress, cancel=cancel
            ),
        )
        show_progress(
            self.window,
            run,
            QCoreApplication.translate("Backups", "Backing up the data…"),
            QCoreApplication.translate("Backups", "Checking today's backup…"),
        )
        run.cancelled.connect(self.declined)
        run.failed.connect(self.failed)
        run.start()
        return run

    def declined(self) -> None:
        self.declined_on = datetime.now(UTC).date()

    def failed(self, exc: object) -> None:
        text = failure_text(exc)
        self.window.banner.set_notice(
            "backupFailed",
            QCoreApplication.translate("Backups", "Today's backup failed"),
            text,
            name="backupFailedNotice",
        )


def start_daily_backup(window: MainWindow, database_getter: DatabaseGetter) -> BackupRun | None:
    """Take today's backup in the background unless there is one already,
    and look again every hour. Returns at once (the run, or None when there
    is nothing to back up or one is running); safe to call again after the
    data reopens."""
    keeper = window.findChild(DailyBackup, "dailyBackup")
    if keeper is None:
        keeper = DailyBackup(window, database_getter)
    else:
        keeper.database = database_getter
    return keeper.start()


def daily_backup(db: Database) -> None:
    """Today's backup on the calling thread (the command line, and a caller
    that already runs off the GUI thread); a failure is only logged."""
    from collabdesk.store.backup import daily_backup as take_daily

    path = db.sqlite_path
    if path is None:
        return
    try:
        take_daily(path, policy=backup_policy())
    except Exception:  # never stop work over a backup
        log.exception("daily backup failed")


def keep_daily_backups(parent: MainWindow, database: DatabaseGetter) -> QTimer:
    """The hourly look for today's backup (start_daily_backup installs it)."""
    keeper = parent.findChild(DailyBackup, "dailyBackup")
    if keeper is None:
        keeper = DailyBackup(parent, database)
    return keeper.timer


def backup_before_closing(path: Path) -> None:
    """When the setting asks for it; the close goes on whatever happens. A
    backup still running in the background is cancelled first."""
    backup_worker.finish_all()
    if not backup_on_close():
        return
    from collabdesk.store.backup import take_backup

    try:
        # quick_check only: the weekly full check belongs to the daily backup,
        # in the background; here it would keep the process running for minutes.
        take_backup(path, "close", policy=backup_policy(), full=False)
    except Exception:
        log.exception("backup on close failed")
