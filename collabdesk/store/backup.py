"""Backups of the SQLite database: taken, verified and rotated (restore.py
puts one back).

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
        owner_only(folder, directory=True)
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
    owner_only(partial)
    fsync_file(partial)
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


def owner_only(path: Path, *, directory: bool = False) -> None:
    if os.name != "posix":
        return  # Windows: the per-user data folder is already private
    with contextlib.suppress(OSError):
        path.chmod(0o700 if directory else 0o600)


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())
