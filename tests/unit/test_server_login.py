"""Connecting to the shared server as oneself: the password lives in the
system's keyring (a fake in-memory backend here), never in the URL or a
file, and a missing one is met with the sentence that says what to run."""

from __future__ import annotations

import io
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError, PasswordDeleteError
from sqlalchemy.engine import make_url

from collabdesk import cli
from collabdesk.store.credentials import (
    SERVICE,
    MissingPasswordError,
    account,
    connect_url,
    connection_refused,
    keep_password,
    public_url,
)
from collabdesk.store.database import open_database
from collabdesk.store.errors import NotADatabaseError
from tests.unit.conftest import POSTGRES_URL, _admin, postgres_database

# `server init` creates the server's group roles, which belong to the whole
# PostgreSQL cluster: these modules run in one test process, one at a time.
pytestmark = pytest.mark.xdist_group("postgres_roles")

SERVER = "postgresql+psycopg://anna@db.library.local/collabdesk"


class MemoryKeyring(KeyringBackend):
    """The system keyring, in memory, for one test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.kept.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class NoKeyring(KeyringBackend):
    """A computer without any usable keyring (a bare Linux server)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise NoKeyringError("no backend")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NoKeyringError("no backend")

    def delete_password(self, service: str, username: str) -> None:
        raise NoKeyringError("no backend")


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)


def test_the_keyring_name_of_a_login() -> None:
    assert account(SERVER) == "anna@db.library.local:5432/collabdesk"
    assert account("postgresql+psycopg://anna@10.0.0.5:6543/cd") == "anna@10.0.0.5:6543/cd"
    assert account("sqlite:////tmp/x.sqlite3") is None
    assert account("postgresql+psycopg://db.library.local/collabdesk") is None


def test_the_kept_password_is_used_to_connect_and_never_shown(memory: MemoryKeyring) -> None:
    assert connect_url(SERVER) == SERVER  # nothing kept: libpq's own ways (trust, .pgpass)
    keep_password(SERVER, "s3cr:et@/#")
    assert memory.kept == {(SERVICE, "anna@db.library.local:5432/collabdesk"): "s3cr:et@/#"}
    assert make_url(connect_url(SERVER)).password == "s3cr:et@/#"
    assert "s3cr" not in public_url(connect_url(SERVER))
    # A URL that carries a password itself is taken as it is.
    explicit = "postgresql+psycopg://anna:other@db.library.local/collabdesk"
    assert make_url(connect_url(explicit)).password == "other"


def test_without_a_keyring_the_url_is_tried_as_it_is() -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        assert connect_url(SERVER) == SERVER
        with pytest.raises(MissingPasswordError, match="no system keyring"):
            keep_password(SERVER, "pw")
    finally:
        keyring.set_keyring(before)


def test_a_missing_password_says_to_run_the_login_command(memory: MemoryKeyring) -> None:
    refused = connection_refused(SERVER, Exception("fe_sendauth: no password supplied"))
    assert isinstance(refused, MissingPasswordError)
    assert (
        "collabdesk server login --url postgresql+psycopg://db.library.local/collabdesk "
        "--role anna" in str(refused)
    )
    keep_password(SERVER, "old")
    wrong = connection_refused(
        SERVER, Exception('FATAL:  password authentication failed for user "anna"')
    )
    assert "refused the password kept for anna" in str(wrong)
    assert isinstance(wrong, MissingPasswordError)
    assert (refused.kept, wrong.kept, wrong.url) == (False, True, SERVER)
    assert "old" not in str(wrong)
    other = connection_refused(SERVER, Exception("could not translate host name\nmore"))
    assert isinstance(other, NotADatabaseError)
    assert "could not translate host name" in str(other)


def test_login_keeps_the_password_and_the_program_uses_it(memory: MemoryKeyring) -> None:
    url = postgres_database()
    role = "login_test_anna"
    _admin(POSTGRES_URL, f"DROP ROLE IF EXISTS {role}")
    _admin(POSTGRES_URL, f"CREATE ROLE {role} LOGIN SUPERUSER")
    try:
        out, err = io.StringIO(), io.StringIO()
        stdin = io.StringIO("Пароль с пробелом 🙂\n")
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("sys.stdin", stdin)
            code = cli.run(
                ["server", "login", "--url", url, "--role", role, "--password-stdin"], out, err
            )
        assert (code, err.getvalue()) == (0, "")
        assert "Пароль" not in out.getvalue()
        assert role in out.getvalue()
        mine = make_url(url).set(username=role).render_as_string(hide_password=False)
        assert memory.kept[(SERVICE, account(mine))] == "Пароль с пробелом 🙂"  # type: ignore[index]

        db = open_database(mine)
        try:
            assert db.engine.url.password == "Пароль с пробелом 🙂"
            assert db.url == mine  # what the program shows holds no password
        finally:
            db.close()
    finally:
        _admin(POSTGRES_URL, f"DROP DATABASE IF EXISTS {make_url(url).database} WITH (FORCE)")
        _admin(POSTGRES_URL, f"DROP ROLE IF EXISTS {role}")


@pytest.mark.parametrize(
    ("args", "stdin", "said"),
    [
        (["--url", "sqlite:////tmp/x.sqlite3", "--role", "anna"], "pw\n", "not a PostgreSQL URL"),
        (["--url", "not a url at all", "--role", "anna"], "pw\n", "not a PostgreSQL URL"),
        (["--url", SERVER, "--role", "anna"], "\n", "The password is empty"),
    ],
)
def test_login_refusals(memory: MemoryKeyring, args: list[str], stdin: str, said: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", io.StringIO(stdin))
        code = cli.run(["server", "login", *args, "--password-stdin"], out, err)
    assert code == 1
    assert said in err.getvalue()
    assert memory.kept == {}
