"""Backups of the SQLite database: taken, verified, rotated and restored.

A backup is written with SQLite's online backup API into a temporary file
beside the target, checked with `PRAGMA integrity_check`, made readable by
the owner only, and only then renamed into place. A plain file copy of a
live database can be torn by a concurrent write, so none is ever made.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from collabdesk.store.errors import QT_TRANSLATE_NOOP, Message, StoreError
from collabdesk.store.sqlite_file import connect_read_only

BACKUP_DIR = "backups"
SUFFIX = ".sqlite3"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
# Suffixes of files a backup or restore writes before renaming them into
# place; one left behind was cut off (killed, power lost) and is stale.
PARTIAL = ".partial"
RESTORING = ".restoring"


@dataclass(frozen=True)
class KeepPolicy:
    """How many daily, weekly and monthly backups rotation keeps (Settings)."""

    daily: int = KEEP_DAILY
    weekly: int = KEEP_WEEKLY
    monthly: int = KEEP_MONTHLY


class BackupError(StoreError):
    pass


CONTEXT = "Backup"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str


def backup_dir(database: Path) -> Path:
    return database.parent / BACKUP_DIR


def check_file(path: Path, *, full: bool = True) -> str:
    """`"ok"` or SQLite's first complaint about the file at `path`."""
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        pragma = "integrity_check" if full else "quick_check"
        row = conn.execute(f"PRAGMA {pragma}").fetchone()
        return "no answer" if row is None else str(row[0])
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


def copy_verified(source: Path, target: Path) -> Path:
    """Copy `source` to `target` with the backup API; the target is replaced
    only by a copy that passed `integrity_check`."""
    folder = target.parent
    created = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    if created or folder.name == BACKUP_DIR:
        # Only a folder of our own: `backup --to ~/Desktop/x.sqlite3` must
        # not make the Desktop (or /tmp) private.
        _owner_only(folder, directory=True)
    partial = target.with_name(target.name + PARTIAL)
    partial.unlink(missing_ok=True)
    try:
        src = connect_read_only(source, timeout=30)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
                verdict = dst.execute("PRAGMA integrity_check").fetchone()
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Backup", "Could not back up %1: %2. No backup was replaced."),
                (source, exc),
            )
        ) from exc
    if not verdict or verdict[0] != "ok":
        partial.unlink(missing_ok=True)
        raise BackupError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Backup",
                    "The database %1 failed its integrity check (%2); the backup was not "
                    "kept and no earlier backup was replaced.",
                ),
                (source, verdict and verdict[0]),
            )
        )
    _owner_only(partial)
    _fsync(partial)
    partial.replace(target)
    return target


def take_backup(
    database: Path,
    reason: str = "manual",
    now: datetime | None = None,
    policy: KeepPolicy | None = None,
) -> BackupFile:
    """A verified backup into the database's backup folder, then rotation."""
    moment = now or datetime.now(UTC)
    stamp = moment.strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir(database) / f"{database.stem}-{stamp}-{reason}{SUFFIX}"
    copy_verified(database, target)
    rotate(backup_dir(database), today=moment.date(), policy=policy)
    return BackupFile(target, moment, reason)


def list_backups(folder: Path) -> list[BackupFile]:
    """Backups in `folder`, newest first, read from their file names."""
    found = []
    if not folder.is_dir():
        return []
    for path in folder.glob(f"*{SUFFIX}"):
        parts = path.stem.rsplit("-", 4)
        if len(parts) != 5:
            continue
        try:
            taken = datetime.strptime(f"{parts[1]}-{parts[2]}-{parts[3]}", "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        found.append(BackupFile(path, taken.replace(tzinfo=UTC), parts[4]))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def newest_good_backup(database: Path) -> BackupFile | None:
    for backup in list_backups(backup_dir(database)):
        if check_file(backup.path) == "ok":
            return backup
    return None


def keep_set(
    backups: Iterable[BackupFile], today: date, policy: KeepPolicy | None = None
) -> set[Path]:
    """Grandfather-father-son: every backup of today, the newest of each of
    the last 7 days, of each of the last 4 ISO weeks and of the last 12 months
    (the numbers of `policy`)."""
    policy = policy or KeepPolicy()
    ordered = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep: set[Path] = set()
    days: dict[date, Path] = {}
    weeks: dict[tuple[int, int], Path] = {}
    months: dict[tuple[int, int], Path] = {}
    for backup in ordered:
        day = backup.taken_at.date()
        days.setdefault(day, backup.path)
        weeks.setdefault(day.isocalendar()[:2], backup.path)
        months.setdefault((day.year, day.month), backup.path)
    keep.update(p for d, p in days.items() if (today - d).days < policy.daily)
    keep.update(list(weeks.values())[: policy.weekly])
    keep.update(list(months.values())[: policy.monthly])
    keep.update(b.path for b in ordered if b.taken_at.date() >= today)
    return keep


def rotate(folder: Path, today: date, policy: KeepPolicy | None = None) -> list[Path]:
    """Delete backups outside the keep set; returns what was deleted."""
    backups = list_backups(folder)
    keep = keep_set(backups, today, policy)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


RESTORE_WAIT_S = 15


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
    _owner_only(database)


def _check_backup(backup: Path) -> None:
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
    verdict = check_file(backup)
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
    _owner_only(target.parent, directory=True)
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
    _owner_only(partial)
    _fsync(partial)
    partial.replace(target)


def leftovers(database: Path) -> list[Path]:
    """Files a killed backup, restore or meeting copy left half-written."""
    found: list[Path] = []
    for folder in (database.parent, backup_dir(database)):
        if folder.is_dir():
            for suffix in (PARTIAL, RESTORING):
                found.extend(sorted(folder.glob(f"*{suffix}")))
    return found


def remove_leftovers(database: Path, older_than_s: float = 600) -> list[Path]:
    """Delete leftovers untouched for `older_than_s` (a younger one may be a
    backup another process is writing right now); returns what went."""
    import time

    removed = []
    for path in leftovers(database):
        with contextlib.suppress(OSError):
            if time.time() - path.stat().st_mtime >= older_than_s:
                path.unlink()
                removed.append(path)
    return removed


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


def _owner_only(path: Path, *, directory: bool = False) -> None:
    if os.name != "posix":
        return  # Windows: the per-user data folder is already private
    with contextlib.suppress(OSError):
        path.chmod(0o700 if directory else 0o600)


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
