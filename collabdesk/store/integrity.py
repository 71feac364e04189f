"""How a database file is checked, and when it was last checked thoroughly.

`quick_check` reads every page and its structure (about as long as reading
the file); the full `integrity_check` also cross-checks every index against
its table, several times slower at library-system scale. Backups run the
quick one, and the full one when the last full check is a week old
(FULL_CHECK_EVERY_DAYS) or when asked (`collabdesk check --full`, the menu's
"Check the data thoroughly"). The date of the newest full check is kept in
a small JSON file in the backups folder, so the window, the command line and
the README say the same thing about what was verified when.

A check or copy can be stopped from another thread through a `Cancel`: it
interrupts SQLite mid-statement (sqlite3_interrupt) and the work raises
`BackupCancelledError`.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

from collabdesk.store.errors import QT_TRANSLATE_NOOP, Message, StoreError
from collabdesk.store.sqlite_file import connect_read_only

FULL_CHECK_EVERY_DAYS = 7
RECORD_NAME = "full-check.json"
QUICK = "quick_check"
FULL = "integrity_check"

# (stage, done, total): stage is "copy" (pages copied of all pages) or
# "check" (0 of 0: SQLite does not say how far a check has got).
Progress = Callable[[str, int, int], None]


class BackupError(StoreError):
    pass


class BackupCancelledError(BackupError):
    """The person (or a closing window) stopped the work; nothing was replaced."""


def cancelled_message() -> Message:
    return Message(
        "Backup",
        QT_TRANSLATE_NOOP("Backup", "The backup was cancelled; no earlier backup was replaced."),
    )


class Cancel:
    """Set from any thread; the work stops at its next step, and a running
    SQLite statement on a watched connection is interrupted at once."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._watched: set[sqlite3.Connection] = set()

    def set(self) -> None:
        self._event.set()
        with self._lock:
            for conn in self._watched:
                with contextlib.suppress(sqlite3.Error):
                    conn.interrupt()

    def is_set(self) -> bool:
        return self._event.is_set()

    def raise_if_set(self) -> None:
        if self._event.is_set():
            raise BackupCancelledError(cancelled_message())

    @contextlib.contextmanager
    def watching(self, conn: sqlite3.Connection) -> Iterator[None]:
        """While the block runs, `set()` interrupts `conn`; leave before closing it."""
        with self._lock:
            self._watched.add(conn)
        try:
            self.raise_if_set()
            yield
        finally:
            with self._lock:
                self._watched.discard(conn)


def run_check(conn: sqlite3.Connection, *, full: bool, cancel: Cancel | None = None) -> str:
    """`"ok"` or SQLite's first complaint, on an open connection."""
    pragma = FULL if full else QUICK
    try:
        with cancel.watching(conn) if cancel is not None else contextlib.nullcontext():
            row = conn.execute(f"PRAGMA {pragma}").fetchone()
    except sqlite3.OperationalError as exc:
        if cancel is not None and cancel.is_set():
            raise BackupCancelledError(cancelled_message()) from exc
        raise
    return "no answer" if row is None else str(row[0])


def check_file(path: Path, *, full: bool = True, cancel: Cancel | None = None) -> str:
    """`"ok"` or SQLite's first complaint about the file at `path`."""
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        return run_check(conn, full=full, cancel=cancel)
    except sqlite3.DatabaseError as exc:  # a cancel arrives as BackupCancelledError
        return str(exc)
    finally:
        conn.close()


# --- the newest full check ---------------------------------------------------
def last_full_check(folder: Path) -> datetime | None:
    """When the data last passed the full integrity_check (None: never, or
    the record is unreadable, which only makes the next check a full one)."""
    try:
        raw = json.loads((folder / RECORD_NAME).read_text(encoding="utf-8"))
        moment = datetime.fromisoformat(str(raw["checked_at"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def full_check_due(folder: Path, today: date) -> bool:
    last = last_full_check(folder)
    return last is None or (today - last.date()).days >= FULL_CHECK_EVERY_DAYS


def record_full_check(folder: Path, moment: datetime, checked: str) -> None:
    """Note that `checked` (a file name) passed integrity_check at `moment`."""
    from collabdesk.store.data_files import make_private

    folder.mkdir(parents=True, exist_ok=True)
    record = folder / RECORD_NAME
    partial = record.with_name(RECORD_NAME + ".tmp")
    partial.write_text(
        json.dumps({"checked_at": moment.isoformat(), "file": checked}), encoding="utf-8"
    )
    make_private(partial)
    partial.replace(record)
