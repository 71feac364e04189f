"""Facts about a SQLite database file that must be known before SQLAlchemy
loads: whether it is a database at all, and which schema revision it has.
Plain sqlite3 keeps the first window fast."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from collabdesk.store.errors import NotADatabaseError

SQLITE_MAGIC = b"SQLite format 3\x00"


def check_is_sqlite(path: Path) -> None:
    """Refuse a file that exists but is not an SQLite database, untouched."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise NotADatabaseError(f"Cannot read the database file {path}: {exc.strerror}.") from exc
    if header != SQLITE_MAGIC:
        raise NotADatabaseError(
            f"The file {path} is not a CollabDesk database (it is not an SQLite file). "
            "It was left untouched. Choose another data folder or restore a backup."
        )


def schema_revision(path: Path) -> str | None:
    """The Alembic revision stamped in the file, or None for a new/empty file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    check_is_sqlite(path)
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise NotADatabaseError(f"Cannot open the database file {path}: {exc}.") from exc
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
                    f"The file {path} is an SQLite database of another program, not of "
                    "CollabDesk. It was left untouched. Choose another data folder."
                )
            return None
        rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if rev is None else str(rev[0])
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(
            f"The database file {path} is damaged or not a CollabDesk database ({exc}). "
            "It was left untouched; restore a backup."
        ) from exc
    finally:
        conn.close()
