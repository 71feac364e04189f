"""Open the database a run of CollabDesk works on: check it, migrate it,
and hand back one engine and one session factory for the process.

SQLAlchemy is imported only once the file has passed its start-up check
(its ~0.3 s of imports would otherwise come first): the window's opening
worker says "checked" as soon as the file may be written, and lets the
person start typing while the rest loads."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from collabdesk.config import sqlite_url as sqlite_url  # re-exported for callers
from collabdesk.store.data_files import private_database_file
from collabdesk.store.errors import QT_TRANSLATE_NOOP, Message, NotADatabaseError
from collabdesk.store.instance_lock import InstanceLock
from collabdesk.store.schema_head import HEAD_REVISION
from collabdesk.store.sqlite_file import check_is_sqlite, schema_revision

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from collabdesk.store.startup import Progress


@dataclass(frozen=True)
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    lock: InstanceLock | None = None
    # The last run did not shut down cleanly; the full check passed and SQLite
    # replayed every committed save from its log (the window says so).
    checked_after_crash: bool = False

    @property
    def sqlite_path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def read_only(self) -> bool:
        """Opened so that nothing can be written (meeting copy, read-only medium)."""
        return False

    def data_version(self) -> int | None:
        """SQLite's PRAGMA data_version on this process's one connection: it
        moves when another process commits (a command run beside the window),
        never for this process's own commits. None when the connection is in
        use (a worker holds it: asking would wait) or this is not SQLite.
        Reads no table and takes no lock: microseconds."""
        from sqlalchemy.pool import QueuePool

        pool = self.engine.pool
        if self.sqlite_path is None or not isinstance(pool, QueuePool) or pool.checkedout():
            return None
        with self.engine.connect() as connection:
            raw: Any = connection.connection.dbapi_connection
            return int(raw.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        """Close every connection; a holder of the lock also marks the
        shutdown clean and lets the next instance in."""
        self.engine.dispose()
        if self.lock is not None and self.lock.held:
            from collabdesk.store.startup import mark_clean_shutdown

            path = self.sqlite_path
            if path is not None:
                mark_clean_shutdown(path)
            self.lock.release()


def sqlite_path(url: str) -> Path | None:
    from sqlalchemy.engine import make_url

    from collabdesk.store.engine import is_sqlite

    if not is_sqlite(url):
        return None
    database = make_url(url).database
    return Path(database).absolute() if database and database != ":memory:" else None


def snapshot(source: Path, target: Path) -> None:
    """Copy a live SQLite database consistently with the online backup API."""
    from collabdesk.store.backup import copy_verified

    copy_verified(source, target)


def open_database(
    url: str,
    journal: str = "WAL",
    *,
    exclusive: bool = False,
    progress: Progress | None = None,
    file: Path | None = None,
) -> Database:
    """Open `url`, migrating it first (after a verified backup) when older.

    `journal` is SQLite's journal mode: "DELETE" on removable media.
    `exclusive` (the window): take the one-instance lock, run the start-up
    integrity check and keep the clean-shutdown marker up to date.
    `progress` hears which step runs (store/startup.py); the window runs
    this in a worker thread and shows it on its banner; it hears CHECKED
    once the file passed its check and is at the current schema.
    `file`: the SQLite file `url` names, when the caller knows it (the
    window does: no URL parsing, so no SQLAlchemy, before the check).
    """
    from collabdesk.store.backup import take_backup
    from collabdesk.store.startup import CHECKED, MIGRATING, check_at_start, refuse_network_share

    path = file if file is not None else sqlite_path(url)
    lock = None
    left_unclean = False
    connect = url
    if path is not None:
        refuse_network_share(path)
        private_database_file(path)
        check_is_sqlite(path)
        if exclusive:
            lock = InstanceLock(path)
            lock.acquire()
            from collabdesk.store.backup import remove_leftovers

            remove_leftovers(path)
        from collabdesk.store.startup import mark_clean_shutdown, marker_path

        left_unclean = marker_path(path).exists()
        try:
            if exclusive:
                check_at_start(path, progress)
            revision = schema_revision(path)
            if revision != HEAD_REVISION:
                from collabdesk.store import migrate  # Alembic (~0.3-1 s) only when needed

                if revision is not None:
                    migrate.check_not_newer(revision)
                    if progress is not None:
                        progress(MIGRATING, None)
                    take_backup(path, "before_migration")
                migrate.upgrade(url)
        except BaseException:
            if lock is not None:
                if not left_unclean:
                    # Refused before anything was written (newer schema, failed
                    # migration rolled back): the next start is not "unclean",
                    # but it checks the file again.
                    mark_clean_shutdown(path, record=False)
                lock.release()
            raise
        if exclusive and progress is not None:
            progress(CHECKED, None)
    else:
        connect = _server_url(url)

    from sqlalchemy.exc import DatabaseError as SADatabaseError
    from sqlalchemy.orm import sessionmaker

    from collabdesk.store import history
    from collabdesk.store.credentials import public_url
    from collabdesk.store.engine import open_engine

    engine = open_engine(connect, journal=journal)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except SADatabaseError as exc:
        engine.dispose()
        if lock is not None:
            lock.release()
        raise NotADatabaseError(
            Message(
                "Store",
                QT_TRANSLATE_NOOP("Store", "Cannot open the database %1: %2"),
                (public_url(url), exc.orig),
            )
        ) from exc
    sessions = sessionmaker(engine, expire_on_commit=False)
    history.install(sessions)  # every change made through it lands in the change log
    return Database(
        url=url,
        engine=engine,
        sessions=sessions,
        lock=lock,
        checked_after_crash=exclusive and path is not None and left_unclean,
    )


def _server_url(url: str) -> str:
    """Connect to the shared server as the configured login, with the
    password the keyring keeps for it, and bring its schema up to date.
    Returns the URL to connect with (password included: never shown)."""
    from sqlalchemy.exc import OperationalError, ProgrammingError

    from collabdesk.store import migrate
    from collabdesk.store.credentials import connect_url, connection_refused, public_url
    from collabdesk.store.engine import open_engine

    connect = connect_url(url)
    probe = open_engine(connect)
    try:
        with probe.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except OperationalError as exc:
        raise connection_refused(url, exc.orig or exc) from exc
    finally:
        probe.dispose()
    try:
        migrate.upgrade(connect)
    except ProgrammingError as exc:
        if getattr(exc.orig, "sqlstate", "") != "42501":  # insufficient privilege
            raise
        raise NotADatabaseError(
            Message(
                "Store",
                QT_TRANSLATE_NOOP(
                    "Store",
                    "The database %1 is older than this CollabDesk, and only the server's "
                    "administrator may upgrade it. Ask them to run `collabdesk server init "
                    "--url URL`. Nothing was changed.",
                ),
                (public_url(url),),
            )
        ) from exc
    return connect
