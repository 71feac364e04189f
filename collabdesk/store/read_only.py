"""Open a database so that nothing in the process can change it.

Meeting mode works on such a connection: SQLite's `mode=ro` refuses every
write at the file level and `PRAGMA query_only` refuses it again at the
statement level, so no widget, service or bug can bypass it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import QueuePool

from collabdesk.config import sqlite_url
from collabdesk.store.database import Database
from collabdesk.store.engine import BUSY_TIMEOUT_S
from collabdesk.store.errors import QT_TRANSLATE_NOOP, Message, StoreError
from collabdesk.store.schema_head import HEAD_REVISION
from collabdesk.store.sqlite_file import check_is_sqlite, read_only_uri, schema_revision

CONTEXT = "Store"


@dataclass(frozen=True)
class ReadOnlyDatabase(Database):
    """The URL is a `file:` URI; the file itself is what callers want."""

    path: Path | None = None

    @property
    def sqlite_path(self) -> Path | None:
        return self.path

    @property
    def read_only(self) -> bool:
        return True


def read_only_url(path: Path) -> str:
    """For display and for `sqlite_path`; the engine connects through
    `connect_read_only`, so no part of the path is ever read as a URL."""
    return sqlite_url(path.resolve())


def open_read_only(path: Path, *, immutable: bool = False) -> Database:
    """A Database over `path` that refuses every write; the schema must be current
    (a read-only file cannot be migrated). `immutable`: the file is on a
    read-only medium, where SQLite cannot make the -shm file WAL mode needs."""
    check_is_sqlite(path, immutable=immutable)
    revision = schema_revision(path, immutable=immutable)
    if revision != HEAD_REVISION:
        raise StoreError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Store",
                    "%1 was written by another version of CollabDesk (%2) and cannot be "
                    "updated where it is, read-only. Copy it to a folder you can write to, "
                    "or prepare a meeting copy again with this version.",
                ),
                (path, revision),
            )
        )
    url = read_only_url(path)
    uri = read_only_uri(path.resolve(), immutable=immutable)
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False
        ),
        poolclass=QueuePool,
        pool_size=1,
        max_overflow=0,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # no implicit BEGIN: reads only
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA query_only = ON")
        cursor.close()

    sessions = sessionmaker(engine, expire_on_commit=False)
    return ReadOnlyDatabase(url=url, engine=engine, sessions=sessions, path=path.resolve())
