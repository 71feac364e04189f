"""Putting a backup back: through SQLite's backup API under an exclusive
hold, so no other process's save is lost, with the data it replaces kept as
a `before_restore` backup first.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from collabdesk.store.backup import (
    CONTEXT,
    PARTIAL,
    RESTORING,
    SUFFIX,
    BackupError,
    Cancel,
    Progress,
    backup_dir,
    check_file,
    copy_verified,
    fsync_file,
    owner_only,
)
from collabdesk.store.errors import QT_TRANSLATE_NOOP, Message
from collabdesk.store.sqlite_file import connect_read_only

RESTORE_WAIT_S = 15
# Backups that just passed the full check in this process (verify_backup, in
# the window's worker), by their size and modification time: restore() then
# skips that check on the GUI thread. Used once.
_verified: dict[Path, tuple[int, int]] = {}


def verify_backup(
    backup: Path, *, progress: Progress | None = None, cancel: Cancel | None = None
) -> Path:
    """The checks restore() makes of a backup, ahead of it (off the GUI
    thread): a BackupError says why it cannot be restored."""
    if progress is not None:
        progress("check", 0, 0)
    _check_backup(backup, cancel=cancel)
    _verified[backup.resolve()] = _stamp(backup)
    return backup


def _stamp(path: Path) -> tuple[int, int]:
    found = path.stat()
    return found.st_size, found.st_mtime_ns


def restore(backup: Path, database: Path, wait_s: float = RESTORE_WAIT_S) -> None:
    """Copy `backup` into the live `database` through SQLite's backup API.

    The copy is made on a connection in EXCLUSIVE locking mode: it waits
    until no other process has the database open, keeps every other process
    out while it saves the current data as a `before_restore` backup and
    writes the restored pages, then lets them in again. So a save another
    process reports as done is either in the `before_restore` backup or in
    the restored database, never in a file swapped out from under it. A
    current file SQLite cannot open at all is replaced on disk instead (no
    process can be using it).
    """
    _check_backup(backup)
    if not database.exists() or database.stat().st_size == 0:
        _replace_file(backup, database)
        return
    try:
        live = sqlite3.connect(database, timeout=wait_s, isolation_level=None)
    except sqlite3.Error as exc:
        raise BackupError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Backup", "Cannot open %1 to restore into it: %2."),
                (database, exc),
            )
        ) from exc
    try:
        live.execute("PRAGMA locking_mode = EXCLUSIVE")
        try:
            live.execute("BEGIN EXCLUSIVE")  # waits for the other processes to let go
            live.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise BackupError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "Backup",
                            "Another CollabDesk (a window or a command) kept %1 open for %2 s; "
                            "nothing was restored. Close it, or let it finish, and restore "
                            "again.",
                        ),
                        (database.name, f"{wait_s:.0f}"),
                    )
                ) from exc
            live.close()
            _replace_file(backup, database)  # too damaged to open: nothing reads it
            return
        try:
            _keep_before_restore(live, database)
            source = connect_read_only(backup, timeout=wait_s)
            try:
                source.backup(live)
            finally:
                source.close()
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError):
                raise
            # Malformed beyond what SQLite will write over; we hold it alone
            # this instant, so the verified copy goes on disk instead.
            live.close()
            _replace_file(backup, database)
            return
        verdict = live.execute("PRAGMA quick_check").fetchone()
        if not verdict or verdict[0] != "ok":
            raise BackupError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Backup", "The restored database did not pass its check (%1)."
                    ),
                    (verdict,),
                )
            )
    except sqlite3.Error as exc:
        raise BackupError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Backup", "Could not restore %1 into %2: %3."),
                (backup, database, exc),
            )
        ) from exc
    finally:
        live.close()
    owner_only(database)


def _check_backup(backup: Path, cancel: Cancel | None = None) -> None:
    not_a_backup = Message(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "Backup",
            "%1 is not a CollabDesk backup (not an SQLite database file); nothing was "
            "restored. Backups are the .sqlite3 files in the backups folder.",
        ),
        (backup,),
    )
    if not backup.is_file():
        raise BackupError(not_a_backup)
    if _verified.pop(backup.resolve(), None) == _stamp(backup):
        return  # verify_backup saw it pass a moment ago, and it has not changed
    verdict = check_file(backup, cancel=cancel)
    if "not a database" in verdict:
        raise BackupError(not_a_backup)
    if verdict != "ok":
        raise BackupError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Backup", "The backup %1 is damaged (%2); nothing was restored."),
                (backup, verdict),
            )
        )


def _keep_before_restore(live: sqlite3.Connection, database: Path) -> None:
    """The data being replaced, copied under the same exclusive hold: as a
    verified `before_restore` backup, or as `damaged` when it fails its check
    (kept for a specialist; finding a good backup skips it)."""
    try:
        verdict = live.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError):
            raise
        verdict = None
    healthy = bool(verdict) and verdict[0] == "ok"
    reason = "before_restore" if healthy else "damaged"
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir(database) / f"{database.stem}-{stamp}-{reason}{SUFFIX}"
    target.parent.mkdir(parents=True, exist_ok=True)
    owner_only(target.parent, directory=True)
    partial = target.with_name(target.name + PARTIAL)
    try:
        copy = sqlite3.connect(partial)
        try:
            live.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
    except sqlite3.Error:
        partial.unlink(missing_ok=True)
        if healthy:
            raise
        return  # too damaged to copy page by page; it is replaced all the same
    owner_only(partial)
    fsync_file(partial)
    partial.replace(target)


def remove_sidecars(database: Path) -> None:
    """Delete the -wal/-shm files of a database nobody has open any more."""
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)


def _replace_file(backup: Path, database: Path) -> None:
    """Put a verified copy of `backup` on disk as `database`: only for a
    database that does not exist or that SQLite cannot open at all."""
    incoming = database.with_name(database.name + RESTORING)
    copy_verified(backup, incoming)
    if database.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        damaged = backup_dir(database) / f"{database.stem}-unreadable-{stamp}"
        damaged.parent.mkdir(parents=True, exist_ok=True)
        database.replace(damaged)  # kept for a specialist, never deleted
    remove_sidecars(database)
    incoming.replace(database)
    _fsync_dir(database.parent)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
