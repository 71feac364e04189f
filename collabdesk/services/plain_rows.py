"""Statements written as plain SQL text, run on either kind of connection.

The command line's plain read path (commands/reading.py) runs the shared
SQL of services/tracker_sql, services/readiness_score and the like over a
sqlite3 connection; the services run the same text on the store's
SQLAlchemy connection. A statement marks each parameter with `?`.
No SQLAlchemy is imported here: the adapter only calls what it is given.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite3

    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

# `run(sql, params)`: the rows of one statement, `?` standing for each parameter.
Run = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]


def sqlite_run(connection: sqlite3.Connection) -> Run:
    """Statements on a plain sqlite3 connection."""

    def run(sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        return connection.execute(sql, tuple(params)).fetchall()

    return run


def connection_run(connection: Connection) -> Run:
    """Statements on a SQLAlchemy connection, through its driver (SQLite's
    `?`, PostgreSQL's `%s`), inside whatever transaction it is in."""
    qmark = connection.dialect.paramstyle == "qmark"

    def run(sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        found = connection.exec_driver_sql(sql if qmark else sql.replace("?", "%s"), tuple(params))
        return [tuple(row) for row in found]

    return run


def as_run(reads: Connection | Session | Run) -> Run:
    """A `Run` as it is, or the statements of a SQLAlchemy connection: the
    shared reads (partner_facing, the pitch's gather) keep the services'
    signatures while the command line hands them a plain `Run`."""
    if callable(reads):
        return reads
    from sqlalchemy.orm import Session  # a caller with SQLAlchemy has it loaded

    return connection_run(reads.connection() if isinstance(reads, Session) else reads)
