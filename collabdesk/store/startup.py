"""Checks before a database is opened for writing.

`quick_check` on every start (it reads every page but skips the slow index
cross-checks), the full `integrity_check` when the last run did not shut
down cleanly. The marker is a small file beside the database that exists
while an instance has it open; finding it at start means a crash.
"""

from __future__ import annotations

from pathlib import Path

from collabdesk.store.backup import BackupFile, check_file, newest_good_backup
from collabdesk.store.data_files import make_private
from collabdesk.store.errors import QT_TRANSLATE_NOOP, Message, StoreError
from collabdesk.store.network_share import network_share_message, network_share_reason


class DamagedDatabaseError(StoreError):
    """The database failed its check; it was not opened for writing."""

    def __init__(self, message: Message, backup: BackupFile | None) -> None:
        self.backup = backup
        super().__init__(message)


class NetworkShareError(StoreError):
    pass


CONTEXT = "Store"


def marker_path(database: Path) -> Path:
    return database.with_name(database.name + ".running")


def mark_clean_shutdown(database: Path) -> None:
    marker_path(database).unlink(missing_ok=True)


def refuse_network_share(database: Path, mounts_text: str | None = None) -> None:
    reason = network_share_reason(database, mounts_text)
    if reason is not None:
        raise NetworkShareError(network_share_message(reason))


def check_at_start(database: Path) -> str:
    """Check the file, then mark it as open. Returns which check ran."""
    marker = marker_path(database)
    unclean = marker.exists()
    kind = "integrity_check" if unclean else "quick_check"
    if database.exists() and database.stat().st_size > 0:
        verdict = check_file(database, full=unclean)
        if verdict != "ok":
            backup = newest_good_backup(database)
            offer = (
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Store",
                        "The newest good backup is %1 (%2 UTC): restore it with File → "
                        "Restore… or `collabdesk restore %3`.",
                    ),
                    (backup.path.name, f"{backup.taken_at:%Y-%m-%d %H:%M}", backup.path),
                )
                if backup
                else Message(CONTEXT, QT_TRANSLATE_NOOP("Store", "No good backup was found."))
            )
            raise DamagedDatabaseError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Store",
                        "The database %1 failed its %2 (%3). It was not opened, so nothing "
                        "more can be written to it. %4",
                    ),
                    (database, kind, verdict, offer),
                ),
                backup,
            )
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text("open\n", encoding="utf-8")
    make_private(marker)
    return kind
