"""Every unit test gets its own database file; nothing touches real user data.

Service tests (SERVICE_MODULES) run twice: on SQLite and on PostgreSQL.
The PostgreSQL server comes from COLLABDESK_TEST_POSTGRES_URL (.ci/run
starts one); without it those runs are skipped with the reason shown,
and with COLLABDESK_REQUIRE_POSTGRES=1 (set by CI) they fail instead.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from collabdesk.services.desk import Desk
from collabdesk.store.database import Database, open_database, sqlite_url

SERVICE_MODULES = {
    "test_partners",
    "test_collaborations",
    "test_commitments_metrics_library",
    "test_contacts_interactions",
    "test_partner_transfer",
    "test_concurrency",
    "test_commitment_transfer",
    "test_annual_report",
    "test_personal_data",
    "test_branches",  # issue 19: a system's branches live on the shared server
    "test_staff",  # issue 19: history names the person on both backends
    "test_dashboard_figures",
}
POSTGRES_URL = os.environ.get("COLLABDESK_TEST_POSTGRES_URL", "")
_TEMPLATE: list[str] = []


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
    # The command line speaks the environment's language: English here,
    # unless a test asks for another.
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    # Never the developer's own keyring: a test that needs one sets a fake.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    if "backend" in metafunc.fixturenames and module in SERVICE_MODULES:
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


def _admin(url: str, sql: str) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


def postgres_database() -> str:
    """A fresh, migrated PostgreSQL database (copied from a template made once)."""
    from sqlalchemy.engine import make_url

    if not POSTGRES_URL:
        if os.environ.get("COLLABDESK_REQUIRE_POSTGRES") == "1":
            pytest.fail("COLLABDESK_TEST_POSTGRES_URL is not set but CI requires PostgreSQL")
        pytest.skip("PostgreSQL run skipped: COLLABDESK_TEST_POSTGRES_URL is not set")
    base = make_url(POSTGRES_URL)
    if not _TEMPLATE:
        name = f"collabdesk_tpl_{uuid.uuid4().hex[:8]}"
        _admin(POSTGRES_URL, f"CREATE DATABASE {name}")
        open_database(base.set(database=name).render_as_string(hide_password=False)).close()
        _TEMPLATE.append(name)
    name = f"collabdesk_t_{uuid.uuid4().hex[:12]}"
    _admin(POSTGRES_URL, f"CREATE DATABASE {name} TEMPLATE {_TEMPLATE[0]}")
    return base.set(database=name).render_as_string(hide_password=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "db.sqlite3"


def as_branch_staff(url: str) -> tuple[str, str]:
    """COLLABDESK_TEST_AS_STAFF=1: the service tests' PostgreSQL runs log in
    as a branch's staff member under `server init`'s row-level security
    (docs/operations.md); returns (their URL, their role)."""
    from sqlalchemy.engine import make_url

    from collabdesk.store.server_security import add_staff, init

    init(url)
    import psycopg

    role = f"staff_{uuid.uuid4().hex[:12]}"
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain, autocommit=True) as conn:
        row = conn.execute(
            "INSERT INTO staff (created_at, updated_at, version_id, name, branch_id) "
            "VALUES (now(), now(), 1, 'Test Staff', (SELECT min(id) FROM branch)) RETURNING id"
        ).fetchone()
    assert row is not None
    add_staff(url, int(row[0]), role, "test", coordinator=False)
    return make_url(url).set(username=role).render_as_string(hide_password=False), role


@pytest.fixture
def db(db_path: Path, backend: str, migrated_copy: Callable[[Path], None]) -> Iterator[Database]:
    if backend != "postgresql":
        migrated_copy(db_path)  # tests/conftest.py: migrated once
    url = postgres_database() if backend == "postgresql" else sqlite_url(db_path)
    role = ""
    if backend == "postgresql" and os.environ.get("COLLABDESK_TEST_AS_STAFF") == "1":
        url, role = as_branch_staff(url)
    database = open_database(url)
    try:
        yield database
    finally:
        database.close()
        if backend == "postgresql":
            from sqlalchemy.engine import make_url

            _admin(POSTGRES_URL, f"DROP DATABASE IF EXISTS {make_url(url).database} WITH (FORCE)")
            if role:
                _admin(POSTGRES_URL, f"DROP ROLE IF EXISTS {role}")


@pytest.fixture
def desk(db: Database) -> Desk:
    return Desk.over(db.sessions)
