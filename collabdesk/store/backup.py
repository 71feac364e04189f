"""Backups of the SQLite database: taken, verified and rotated (restore.py
puts one back; integrity.py says how a file is checked and when).

A backup is written with SQLite's online backup API into a temporary file
beside the target, a few megabytes a step, inside one read transaction on
the source (in WAL mode the window keeps saving meanwhile, and the copy is
the data as it was when the backup began, never restarted by a save). It is
then checked (`quick_check`, or the full `integrity_check` once a week or
when asked), made readable by the owner only, and only then renamed into
place. A plain file copy of a live database can be torn by a concurrent
write, so none is ever made.

Every step can report progress and be cancelled from another thread (the
window runs backups in a worker: ui/shell/backups.py).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from collabdesk.store.clean_close import distrust
from collabdesk.store.errors import QT_TRANSLATE_NOOP, Message
from collabdesk.store.integrity import (
    FULL,
    QUICK,
    BackupCancelledError,
    BackupError,
    Cancel,
    Progress,
    cancelled_message,
    check_file,
    full_check_due,
    record_full_check,
    run_check,
)
from collabdesk.store.sqlite_file import connect_read_only

__all__ = ["BackupCancelledError", "BackupError", "Cancel", "Progress", "check_file"]

BACKUP_DIR = "backups"
SUFFIX = ".sqlite3"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
# Pages copied per step of the backup API: 1,024 pages of 4 KiB = 4 MiB,
# some 10-40 ms here; progress and a cancel are looked at between steps.
STEP_PAGES = 1024
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


CONTEXT = "Backup"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str
    check: str = QUICK  # which check the copy passed: quick_check or integrity_check


def backup_dir(database: Path) -> Path:
    return database.parent / BACKUP_DIR


def copy_verified(
    source: Path,
    target: Path,
    *,
    full: bool = True,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Path:
    """Copy `source` to `target` with the backup API; the target is replaced
    only by a copy that passed its check (`integrity_check` when `full`,
    else `quick_check`). A cancel leaves every earlier file as it was."""
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
        verdict = _copy_and_check(source, partial, full=full, progress=progress, cancel=cancel)
    except BackupCancelledError:
        partial.unlink(missing_ok=True)
        raise
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        distrust(source)
        raise BackupError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Backup", "Could not back up %1: %2. No backup was replaced."),
                (source, exc),
            )
        ) from exc
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        distrust(source)  # the next start checks the live file itself
        raise BackupError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Backup",
                    "The database %1 failed its integrity check (%2); the backup was not "
                    "kept and no earlier backup was replaced.",
                ),
                (source, verdict),
            )
        )
    owner_only(partial)
    fsync_file(partial)
    if cancel is not None and cancel.is_set():
        partial.unlink(missing_ok=True)
        raise BackupCancelledError(cancelled_message())
    partial.replace(target)
    return target


def _copy_and_check(
    source: Path,
    partial: Path,
    *,
    full: bool,
    progress: Progress | None,
    cancel: Cancel | None,
) -> str:
    """The copy, a step at a time (_copy_steps), then its check."""
    # Our own descriptor of the new file (nobody else opens it, so closing it
    # after SQLite's drops no lock that matters): each step's pages are
    # written to disk as they come. Else one flush of the whole copy at the
    # end holds up every fsync of the machine, the window's next save too.
    flush = os.open(partial, os.O_RDWR | os.O_CREAT, 0o600)

    def step(_status: int, remaining: int, total: int) -> None:
        if cancel is not None:
            cancel.raise_if_set()  # raised in the callback: SQLite stops the copy
        _sync_data(flush)
        if progress is not None:
            progress("copy", total - remaining, total)

    try:
        return _copy_steps(source, partial, step, full=full, progress=progress, cancel=cancel)
    finally:
        os.close(flush)


def _sync_data(fd: int) -> None:
    sync = getattr(os, "fdatasync", os.fsync)
    with contextlib.suppress(OSError):
        sync(fd)


def _copy_steps(
    source: Path,
    partial: Path,
    step: Callable[[int, int, int], None],
    *,
    full: bool,
    progress: Progress | None,
    cancel: Cancel | None,
) -> str:
    """The backup API's steps, inside one read transaction in WAL mode."""
    src = connect_read_only(source, timeout=30)
    src.isolation_level = None  # our own BEGIN: one snapshot for every step
    try:
        dst = sqlite3.connect(partial)
        try:
            # WAL: one read transaction, and the window saves meanwhile. The
            # rollback journal (portable mode) would hold every save for the
            # whole copy: there each step reads alone, and a save between
            # two steps starts the copy again.
            snapshot = in_wal_mode(src)
            if snapshot:
                src.execute("BEGIN")
                src.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            src.backup(dst, pages=STEP_PAGES, progress=step, sleep=0.05)
            if snapshot:
                src.execute("COMMIT")
            dst.execute("PRAGMA journal_mode = DELETE")
            if progress is not None:
                progress("check", 0, 0)
            return run_check(dst, full=full, cancel=cancel)
        finally:
            dst.close()
    finally:
        src.close()


def in_wal_mode(conn: sqlite3.Connection) -> bool:
    row = conn.execute("PRAGMA journal_mode").fetchone()
    return row is not None and str(row[0]).lower() == "wal"


def _wal_file(path: Path) -> bool:
    try:
        conn = connect_read_only(path)
    except sqlite3.Error:
        return True  # check_file says what is wrong with it
    try:
        return in_wal_mode(conn)
    except sqlite3.Error:
        return True
    finally:
        conn.close()


def take_backup(
    database: Path,
    reason: str = "manual",
    now: datetime | None = None,
    policy: KeepPolicy | None = None,
    *,
    full: bool | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> BackupFile:
    """A verified backup into the database's backup folder, then rotation.

    `full` None: the full integrity_check when the last one is a week old
    (integrity.FULL_CHECK_EVERY_DAYS), else quick_check; a full check that
    passes is recorded as the newest."""
    moment = now or datetime.now(UTC)
    folder = backup_dir(database)
    thorough = full_check_due(folder, moment.date()) if full is None else full
    stamp = moment.strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{database.stem}-{stamp}-{reason}{SUFFIX}"
    copy_verified(database, target, full=thorough, progress=progress, cancel=cancel)
    if thorough:
        record_full_check(folder, moment, target.name)
    rotate(folder, today=moment.date(), policy=policy)
    return BackupFile(target, moment, reason, FULL if thorough else QUICK)


def daily_backup(
    database: Path,
    *,
    policy: KeepPolicy | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> BackupFile | None:
    """Today's backup, unless one was already taken today (None then).
    Safe to call from any thread: it opens its own connections."""
    moment = now or datetime.now(UTC)
    newest = next(iter(list_backups(backup_dir(database))), None)
    if newest is not None and newest.taken_at.date() >= moment.date():
        return None
    return take_backup(database, "daily", moment, policy, progress=progress, cancel=cancel)


def check_database(
    database: Path,
    *,
    full: bool,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    now: datetime | None = None,
) -> str:
    """Check the live file (read-only, a snapshot: the window may keep
    saving); a full check that passes is recorded as the newest. Under the
    rollback journal a long read would hold the window's saves, so a copy
    taken a step at a time is checked instead, then deleted."""
    if _wal_file(database):
        if progress is not None:
            progress("check", 0, 0)
        verdict = check_file(database, full=full, cancel=cancel)
    else:
        scratch = backup_dir(database) / f"{database.stem}-check{SUFFIX}{PARTIAL}"
        scratch.parent.mkdir(parents=True, exist_ok=True)
        owner_only(scratch.parent, directory=True)
        try:
            verdict = _copy_and_check(
                database, scratch, full=full, progress=progress, cancel=cancel
            )
        except sqlite3.Error as exc:
            verdict = str(exc)
        finally:
            scratch.unlink(missing_ok=True)
    if verdict != "ok":
        distrust(database)
    if full and verdict == "ok":
        record_full_check(backup_dir(database), now or datetime.now(UTC), database.name)
    return verdict


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


def newest_good_backup(
    database: Path, *, full: bool = False, cancel: Cancel | None = None
) -> BackupFile | None:
    """The newest backup that still passes quick_check (each was verified
    when taken; this finds one damaged since, or cut off). `full` asks for
    integrity_check, several times slower at scale."""
    for backup in list_backups(backup_dir(database)):
        if check_file(backup.path, full=full, cancel=cancel) == "ok":
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
