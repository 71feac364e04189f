"""Keys of the preferences kept in QSettings, and where QSettings lives.

Preferences that belong to this computer (language, currency, backup
policy) live in QSettings; the library profile lives in the database so
it travels with the data. In portable mode QSettings is an INI file in
the data folder. The backup code reads the backup/* keys.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from collabdesk.store.backup import KeepPolicy

BACKUP_KEEP_DAILY = "backup/keep_daily"
BACKUP_KEEP_WEEKLY = "backup/keep_weekly"
BACKUP_KEEP_MONTHLY = "backup/keep_monthly"
BACKUP_ON_CLOSE = "backup/on_close"
BACKUP_DEFAULTS = {
    BACKUP_KEEP_DAILY: 7,
    BACKUP_KEEP_WEEKLY: 4,
    BACKUP_KEEP_MONTHLY: 12,
}
WELCOME_DONE = "welcome/answered"


def use_settings_folder(folder: Path | None) -> None:
    """Portable mode: every QSettings() reads and writes <folder>/CollabDesk/CollabDesk.ini."""
    if folder is None:
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def int_value(settings: QSettings, key: str, default: int) -> int:
    try:
        return int(str(settings.value(key, default)))
    except (TypeError, ValueError):
        return default


def bool_value(settings: QSettings, key: str, default: bool) -> bool:
    value = settings.value(key, default)
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)


def backup_policy() -> KeepPolicy:
    """The rotation chosen in Settings → Data and backups."""
    from collabdesk.store.backup import KeepPolicy

    settings = QSettings()
    return KeepPolicy(
        daily=max(1, int_value(settings, BACKUP_KEEP_DAILY, BACKUP_DEFAULTS[BACKUP_KEEP_DAILY])),
        weekly=max(0, int_value(settings, BACKUP_KEEP_WEEKLY, BACKUP_DEFAULTS[BACKUP_KEEP_WEEKLY])),
        monthly=max(
            0, int_value(settings, BACKUP_KEEP_MONTHLY, BACKUP_DEFAULTS[BACKUP_KEEP_MONTHLY])
        ),
    )


def backup_on_close() -> bool:
    return bool_value(QSettings(), BACKUP_ON_CLOSE, True)
