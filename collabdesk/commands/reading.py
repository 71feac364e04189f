"""The read path of commands that only read: plain sqlite3, no SQLAlchemy.

Opening the store for a command costs SQLAlchemy, the models and, before
this, Alembic: ~11× `collabdesk --version`. A command that only reads and
whose question plain SQL answers through a service's own definitions (the
partner directory, say) registers `reader=` beside its `handler=`; it runs
over a read-only connection when the database is a current SQLite file.
The version check is one statement against `alembic_version` compared with
`schema_head.HEAD_REVISION`. Anything else — no file yet, an older or newer
schema, PostgreSQL, a network share, a file SQLite cannot open read-only —
returns None and the command takes the full path, which migrates, refuses
or explains exactly as before.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TextIO

if TYPE_CHECKING:
    from datetime import datetime

    from collabdesk.config import Settings

DEFAULT_LANGUAGE = "ru"  # services/library.ProfileDraft's, when no profile was saved


class Reading(NamedTuple):
    """What a reader gets: the settings, the file and its read-only connection."""

    settings: Settings
    path: Path
    connection: sqlite3.Connection
    out: TextIO


def open_reading(settings: Settings, out: TextIO) -> Reading | None:
    """A read-only connection to a current SQLite database, or None."""
    from collabdesk.store.network_share import network_share_reason
    from collabdesk.store.schema_head import HEAD_REVISION
    from collabdesk.store.sqlite_file import connect_read_only

    path = settings.database_file
    if path is None or not path.is_file() or network_share_reason(path) is not None:
        return None
    try:
        connection = connect_read_only(path)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None or row[0] != HEAD_REVISION:
            connection.close()
            return None
        connection.execute("PRAGMA query_only = ON")
    except sqlite3.Error:
        connection.close()
        return None
    return Reading(settings, path, connection, out)


def profile_language(connection: sqlite3.Connection) -> str:
    """The library profile's language, as LibraryService.profile() reads it."""
    row = connection.execute(
        "SELECT default_language FROM library_profile ORDER BY id LIMIT 1"
    ).fetchone()
    return str(row[0]) if row is not None else DEFAULT_LANGUAGE


def utc(stored: str) -> datetime:
    """A timestamp column as domain/base.UTCDateTime reads it: UTC, aware."""
    from datetime import UTC, datetime

    return datetime.fromisoformat(stored).replace(tzinfo=UTC)
