"""Every unit test gets its own database file; nothing touches real user data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from collabdesk.services.desk import Desk
from collabdesk.store.database import Database, open_database, sqlite_url


@pytest.fixture(autouse=True)
def _isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads the developer's settings or writes to the real data folder."""
    monkeypatch.delenv("COLLABDESK_DATA_DIR", raising=False)
    monkeypatch.delenv("COLLABDESK_DATABASE_URL", raising=False)
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "db.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(sqlite_url(db_path))
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def desk(db: Database) -> Desk:
    return Desk.over(db.sessions)
