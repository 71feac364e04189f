"""A second connection that only reads, for a long read off the GUI thread
(every partner's reputation over 500,000 commitments).

The store's own pool holds one connection that the window's views share
(store/engine.py), so a worker thread must not borrow it. This one is opened
read-only (`mode=ro`, `query_only`): SQLite's bug with two *writing*
connections of one process cannot reach it, and with WAL it reads a
consistent snapshot while the window writes. No side connection is made for
an in-memory database or one opened through a custom connector (a meeting
copy on read-only media): the caller then reads on its own connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from collabdesk.store.engine import BUSY_TIMEOUT_S


def _side_engine(engine: Engine) -> Engine | None:
    url = engine.url
    if url.get_backend_name() != "sqlite":
        return create_engine(url, poolclass=NullPool)
    database = url.database
    if not database or database == ":memory:" or not Path(database).is_file():
        return None
    uri = f"file:{quote(str(Path(database).resolve()))}?mode=ro"

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        conn.execute("PRAGMA query_only = ON")
        return conn

    return create_engine("sqlite://", creator=connect, poolclass=NullPool)


@contextmanager
def side_reads(engine: Engine) -> Iterator[Connection | None]:
    """A read-only connection beside `engine`'s, closed on leaving; None
    when there can be none (see the module's note)."""
    side = _side_engine(engine)
    if side is None:
        yield None
        return
    try:
        try:
            conn: Connection | None = side.connect()
        except DBAPIError:  # a medium or server that refuses it: read in the caller
            conn = None
        if conn is None:
            yield None
        else:
            with conn:
                yield conn
    finally:
        side.dispose()


@contextmanager
def side_reads_of(sessions: sessionmaker[Session]) -> Iterator[Connection | None]:
    """`side_reads` beside the engine the store's sessions are bound to."""
    engine = sessions.kw.get("bind")
    if not isinstance(engine, Engine):
        yield None
        return
    with side_reads(engine) as reads:
        yield reads
