"""One function that opens an engine, configured for safety on SQLite.

SQLite: foreign keys on, WAL, synchronous FULL (a save costs ~1 ms and
survives power loss), a busy timeout, and every transaction begun with
BEGIN IMMEDIATE so two writers queue instead of failing mid-transaction.
pysqlite's legacy transaction handling is switched off for that, as
SQLAlchemy's SQLite dialect documentation describes.

The pool holds one connection: SQLite 3.7.0-3.51.2 can corrupt a WAL
database when two connections of one process write; one connection per
process avoids that class of bug entirely.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool, QueuePool

BUSY_TIMEOUT_S = 10


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def open_engine(url: str, *, foreign_keys: bool = True, journal: str = "WAL") -> Engine:
    """An engine for `url`; `foreign_keys=False` only for batch migrations."""
    if not is_sqlite(url):
        return create_engine(url, pool_pre_ping=True)

    engine = create_engine(
        url,
        connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False},
        poolclass=QueuePool if foreign_keys else NullPool,
        **({"pool_size": 1, "max_overflow": 0, "pool_timeout": 60} if foreign_keys else {}),
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA journal_mode = {journal}")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
