"""Checks before a database is opened for writing.

`quick_check` on a start after a clean close (it reads every page but
skips the slow index cross-checks), the full `integrity_check` when the
last run did not shut down cleanly. The marker is a small file beside the
database that exists while an instance has it open; finding it at start
means a crash. No check at all when the last run closed cleanly with every
check passed and nothing has written the file since (store/clean_close.py
says how that is known): editing can start as soon as the store opens.

The window runs these in a worker thread after its first paint
(ui/shell/store_opening.py): `Progress` tells it which step runs and how
far the check is, and lets it stop the check when the window closes.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from collabdesk.store import clean_close
from collabdesk.store.backup import BackupFile, newest_good_backup
from collabdesk.store.data_files import make_private
from collabdesk.store.errors import QT_TRANSLATE_NOOP, Message, StoreError
from collabdesk.store.network_share import network_share_message, network_share_reason
from collabdesk.store.sqlite_file import connect_read_only

# What runs while the store opens, for the window's banner line.
QUICK_CHECK = "quick_check"
FULL_CHECK = "integrity_check"
FINDING_BACKUP = "finding_backup"
UNCHANGED = "unchanged"  # no check: the file is as the last clean close left it
MIGRATING = "migrating"
# The file passed its check and is at the current schema: it may be written
# (the window lets the person start a new partner while the rest loads).
CHECKED = "checked"

# (step, fraction done or None when unknown) -> go on? False stops a check.
Progress = Callable[[str, float | None], bool]

# SQLite calls the progress handler every PROGRESS_OPS virtual-machine steps.
# Calls per page of the file, measured (SQLite 3.40): quick_check 0.40-0.41,
# integrity_check 0.43 (100k partners) to 0.70 (100k partners + 500k
# commitments, whose indexes it cross-checks); there the fraction grows in
# step with time (23 % of the calls at 25 % of the 36 s). The higher figure
# is used: a smaller file jumps from ~60 % to done rather than waiting at
# 99 %. SQLite 3.40's walk over the b-trees before the first call makes none
# (0.8 s of those 36): the fraction is None ("unknown") until the first call.
PROGRESS_OPS = 1000
CALLS_PER_PAGE = {QUICK_CHECK: 0.41, FULL_CHECK: 0.70}


class DamagedDatabaseError(StoreError):
    """The database failed its check; it was not opened for writing."""

    def __init__(self, message: Message, backup: BackupFile | None) -> None:
        self.backup = backup
        super().__init__(message)


class NetworkShareError(StoreError):
    pass


class CheckStoppedError(StoreError):
    """The check was stopped (the window closed) before it finished; the
    file was not opened and nothing was written."""


CONTEXT = "Store"


def marker_path(database: Path) -> Path:
    return clean_close.running_path(database)


def mark_clean_shutdown(database: Path, *, record: bool = True) -> None:
    """After the last connection closed: the next start is not after a
    crash; with `record`, note the file's identity so that it may skip its
    check when nothing writes the file meanwhile."""
    verified = clean_close.checks_passed(database)
    marker_path(database).unlink(missing_ok=True)
    if record:
        clean_close.record_clean_close(database, verified=verified)
    else:
        clean_close.forget(database)


def refuse_network_share(database: Path, mounts_text: str | None = None) -> None:
    reason = network_share_reason(database, mounts_text)
    if reason is not None:
        raise NetworkShareError(network_share_message(reason))


def check_with_progress(database: Path, *, full: bool, progress: Progress | None = None) -> str:
    """`"ok"` or SQLite's first complaint, like backup.check_file, telling
    `progress` how far it is; raises CheckStoppedError when `progress` says stop."""
    step = FULL_CHECK if full else QUICK_CHECK
    try:
        conn = connect_read_only(database)
    except sqlite3.Error as exc:
        return str(exc)
    stopped = False
    try:
        if progress is not None:
            pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
            expected = max(1.0, pages * CALLS_PER_PAGE[step])
            calls = 0

            def handler() -> int:
                nonlocal calls, stopped
                calls += 1
                if not progress(step, min(0.99, calls / expected)):
                    stopped = True
                return 1 if stopped else 0

            conn.set_progress_handler(handler, PROGRESS_OPS)
            if not progress(step, None):
                stopped = True
                raise CheckStoppedError(_stopped_message(database))
        row = conn.execute(f"PRAGMA {step}").fetchone()
        return "no answer" if row is None else str(row[0])
    except sqlite3.DatabaseError as exc:
        if stopped:
            raise CheckStoppedError(_stopped_message(database)) from exc
        return str(exc)
    finally:
        conn.close()


def _stopped_message(database: Path) -> Message:
    return Message(
        CONTEXT,
        QT_TRANSLATE_NOOP("Store", "The check of %1 was stopped before it finished."),
        (database,),
    )


def check_at_start(database: Path, progress: Progress | None = None) -> str:
    """Check the file, then mark it as open. Returns which check ran
    (UNCHANGED: none, the file is as a verified clean close left it)."""
    marker = marker_path(database)
    unclean = marker.exists()
    kind = FULL_CHECK if unclean else QUICK_CHECK
    if not unclean and clean_close.unchanged_since_clean_close(database):
        kind = UNCHANGED
    elif database.exists() and database.stat().st_size > 0:
        verdict = check_with_progress(database, full=unclean, progress=progress)
        if verdict != "ok":
            if progress is not None:
                progress(FINDING_BACKUP, None)
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
    logging.getLogger(__name__).info("start-up check of %s: %s", database.name, kind)
    clean_close.forget(database)  # from here on the window may write the file
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text(clean_close.OPEN + "\n", encoding="utf-8")
    make_private(marker)
    return kind
