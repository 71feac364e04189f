"""Facts about a SQLite database file that must be known before SQLAlchemy
loads: whether it is a database at all, and which schema revision it has.

Everything here reads the file through SQLite, never with a plain `open()`:
a process that holds a connection to the file loses all its POSIX locks on
it when any other descriptor of the file is closed, and the next process to
close its connection then deletes the write-ahead log the window still
writes to (SQLite's "How To Corrupt An SQLite Database File", section 2.2).
Plain sqlite3 (not SQLAlchemy) keeps the first window fast.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from collabdesk.store.errors import QT_TRANSLATE_NOOP, Message, NotADatabaseError

CONTEXT = "Store"

SQLITE_MAGIC = b"SQLite format 3\x00"


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """A `file:` URI SQLite opens read-only, for any folder name (`?`, `#`, `%`).
    `immutable`: a read-only medium, where no -shm file can be made."""
    return f"{path.absolute().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def connect_read_only(
    path: Path, timeout: float = 5.0, *, immutable: bool = False
) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path, immutable=immutable), uri=True, timeout=timeout)


def _cannot_read(path: Path, exc: sqlite3.Error) -> Message:
    return Message(
        CONTEXT, QT_TRANSLATE_NOOP("Store", "Cannot read the database file %1: %2."), (path, exc)
    )


def check_is_sqlite(path: Path, *, immutable: bool = False) -> None:
    """Refuse a file that exists but is not an SQLite database, untouched."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        conn = connect_read_only(path, immutable=immutable)
    except sqlite3.Error as exc:
        raise NotADatabaseError(_cannot_read(path, exc)) from exc
    try:
        conn.execute("PRAGMA schema_version").fetchone()  # reads and checks the header
    except sqlite3.DatabaseError as exc:
        if exc.sqlite_errorcode == sqlite3.SQLITE_NOTADB:
            raise NotADatabaseError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Store",
                        "The file %1 is not a CollabDesk database (it is not an SQLite file). "
                        "It was left untouched. Choose another data folder or restore a backup.",
                    ),
                    (path,),
                )
            ) from exc
        raise NotADatabaseError(_cannot_read(path, exc)) from exc
    finally:
        conn.close()


def schema_revision(path: Path, *, immutable: bool = False) -> str | None:
    """The Alembic revision stamped in the file, or None for a new/empty file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    check_is_sqlite(path, immutable=immutable)
    try:
        conn = connect_read_only(path, immutable=immutable)
    except sqlite3.Error as exc:
        raise NotADatabaseError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Store", "Cannot open the database file %1: %2."),
                (path, exc),
            )
        ) from exc
    try:
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            tables = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            ).fetchone()[0]
            if tables:
                raise NotADatabaseError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "Store",
                            "The file %1 is an SQLite database of another program, not of "
                            "CollabDesk. It was left untouched. Choose another data folder.",
                        ),
                        (path,),
                    )
                )
            return None
        rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if rev is None else str(rev[0])
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Store",
                    "The database file %1 is damaged or not a CollabDesk database (%2). "
                    "It was left untouched; restore a backup.",
                ),
                (path, exc),
            )
        ) from exc
    finally:
        conn.close()
