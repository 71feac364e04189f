"""The backups the window takes by itself: one a day (checked at start-up
and every hour, for a window left open for days) and one when it closes
(setting `backup/onClose`). A failed backup never stops work; the log says
why. Backup now and Restore… are the person's own, in data_menu.py."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from collabdesk.ui.shell.app_settings import backup_on_close, backup_policy

if TYPE_CHECKING:
    from collabdesk.store.database import Database

log = logging.getLogger("collabdesk.app")
CHECK_EVERY_MS = 60 * 60 * 1000


def daily_backup(db: Database) -> None:
    """A backup unless one was taken today."""
    from collabdesk.store.backup import backup_dir, list_backups, take_backup

    path = db.sqlite_path
    if path is None:
        return
    try:
        newest = next(iter(list_backups(backup_dir(path))), None)
        if newest is None or newest.taken_at.date() < datetime.now(UTC).date():
            take_backup(path, "daily", policy=backup_policy())
    except Exception:  # never stop work over a backup
        log.exception("daily backup failed")


def keep_daily_backups(parent: QObject, database: Callable[[], Database | None]) -> QTimer:
    """Look once an hour whether today's backup is there."""
    timer = QTimer(parent)
    timer.setInterval(CHECK_EVERY_MS)

    def check() -> None:
        db = database()
        if db is not None:
            daily_backup(db)

    timer.timeout.connect(check)
    timer.start()
    return timer


def backup_before_closing(path: Path) -> None:
    """When the setting asks for it; the close goes on whatever happens."""
    if not backup_on_close():
        return
    from collabdesk.store.backup import take_backup

    try:
        take_backup(path, "close", policy=backup_policy())
    except Exception:
        log.exception("backup on close failed")
