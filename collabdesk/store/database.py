"""Open the database a run of CollabDesk works on: check it, migrate it,
and hand back one engine and one session factory for the process."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker

from collabdesk.store import history
from collabdesk.store.engine import is_sqlite, open_engine
from collabdesk.store.errors import NotADatabaseError, StoreError
from collabdesk.store.schema_head import HEAD_REVISION
from collabdesk.store.sqlite_file import check_is_sqlite, schema_revision


@dataclass(frozen=True)
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def sqlite_path(self) -> Path | None:
        return sqlite_path(self.url)

    def close(self) -> None:
        self.engine.dispose()


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    if not is_sqlite(url):
        return None
    database = make_url(url).database
    return Path(database) if database and database != ":memory:" else None


def snapshot(source: Path, target: Path) -> None:
    """Copy a live SQLite database consistently with the online backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            ok = dst.execute("PRAGMA integrity_check").fetchone()
        finally:
            dst.close()
    finally:
        src.close()
    if not ok or ok[0] != "ok":
        partial.unlink(missing_ok=True)
        raise StoreError(f"The copy of {source} failed its integrity check; nothing was replaced.")
    partial.replace(target)


def open_database(url: str, journal: str = "WAL") -> Database:
    """Open `url`, migrating it first (after a snapshot) when it is older.

    `journal` is SQLite's journal mode: "DELETE" on removable media."""
    from collabdesk.store import migrate  # Alembic loads only when needed

    path = sqlite_path(url)
    if path is not None:
        check_is_sqlite(path)
        revision = schema_revision(path)
        if revision != HEAD_REVISION:
            if revision is not None:
                migrate.check_not_newer(revision)
                stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
                snapshot(path, path.parent / "backups" / f"before-migration-{stamp}.sqlite3")
            migrate.upgrade(url)
    else:
        migrate.upgrade(url)

    engine = open_engine(url, journal=journal)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except SADatabaseError as exc:
        engine.dispose()
        raise NotADatabaseError(f"Cannot open the database {url}: {exc.orig}") from exc
    sessions = sessionmaker(engine, expire_on_commit=False)
    history.install(sessions)  # every change made through it lands in the change log
    return Database(url=url, engine=engine, sessions=sessions)
