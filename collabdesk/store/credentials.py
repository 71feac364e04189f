"""Each person's password for the shared server, kept in the system's
keyring (Windows Credential Manager, macOS Keychain, the Secret Service on
Linux) through the `keyring` library: never in the URL, the settings or any
file the person edits (issue 19).

The configured URL names the login role and no password
(`postgresql+psycopg://anna@server/collabdesk`); `collabdesk server login`
stores the password under that role, server and database, and opening the
database fetches it. A URL without a password and nothing in the keyring is
still tried as it is: the server may trust the computer, or libpq may find
the password in PGPASSWORD or ~/.pgpass.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url

from collabdesk.store.errors import QT_TRANSLATE_NOOP, Message, NotADatabaseError, StoreError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

log = logging.getLogger(__name__)

SERVICE = "CollabDesk"


class MissingPasswordError(StoreError):
    """The server wants a password this computer does not keep (or a wrong
    one); `url` is the login's (the window asks for the password then)."""

    def __init__(self, message: Message, url: str = "", *, kept: bool = False) -> None:
        super().__init__(message)
        self.url = url
        self.kept = kept  # a kept password was refused


def _url(url: str) -> URL:
    return make_url(url)


def account(url: str) -> str | None:
    """The keyring's name for the login of `url` ("anna@server:5432/collabdesk"),
    or None for a URL that is not a server login (SQLite, no user)."""
    parsed = _url(url)
    if parsed.get_backend_name() == "sqlite" or not parsed.username:
        return None
    host, port = parsed.host or "localhost", parsed.port or 5432
    return f"{parsed.username}@{host}:{port}/{parsed.database or ''}"


def public_url(url: str) -> str:
    """`url` with any password masked, for messages and the About box."""
    return _url(url).render_as_string(hide_password=True)


def with_role(url: str, role: str) -> str:
    """`url` logging in as `role`, without any password it held."""
    return _url(url)._replace(username=role, password=None).render_as_string(hide_password=False)


def connect_params(url: str, password: str | None = None) -> dict[str, object]:
    """psycopg's keyword arguments for `url` (a password of any characters
    passes whole, which a conninfo string would need escaped)."""
    parsed = _url(url)
    params: dict[str, object] = {
        "host": parsed.host,
        "port": parsed.port,
        "user": parsed.username,
        "password": password if password is not None else parsed.password,
        "dbname": parsed.database,
        **parsed.query,
    }
    return {key: value for key, value in params.items() if value is not None}


def kept_password(url: str) -> str | None:
    """The password the keyring keeps for `url`'s login, or None (none kept,
    or no usable keyring on this computer: then libpq's own ways remain)."""
    name = account(url)
    if name is None:
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, name)
    except KeyringError:
        log.info("no usable keyring; connecting without a kept password")
        return None


def keep_password(url: str, password: str) -> None:
    """Store the password of `url`'s login in the system's keyring."""
    name = account(url)
    if name is None:
        raise MissingPasswordError(
            Message(
                "Server",
                QT_TRANSLATE_NOOP(
                    "Server",
                    "%1 names no login role of a PostgreSQL server. Nothing was kept.",
                ),
                (public_url(url),),
            )
        )
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, name, password)
    except KeyringError as exc:
        raise MissingPasswordError(
            Message(
                "Server",
                QT_TRANSLATE_NOOP(
                    "Server",
                    "This computer has no system keyring CollabDesk can use (%1), so the "
                    "password was not kept. Nothing was changed.",
                ),
                (exc,),
            )
        ) from exc


def connect_url(url: str) -> str:
    """`url` with the kept password filled in, for connecting only: never
    shown, logged or written anywhere."""
    parsed = _url(url)
    if parsed.password is not None:
        return url
    password = kept_password(url)
    if password is None:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)


AUTH_FAILURES = ("password authentication failed", "no password supplied")


def connection_refused(url: str, exc: BaseException) -> StoreError:
    """A failed connection as a sentence: a missing or wrong password says
    how to keep one; anything else names the server and the reason."""
    text = str(exc)
    parsed = _url(url)
    if any(reason in text for reason in AUTH_FAILURES) and parsed.username:
        kept = kept_password(url) is not None
        template = (
            QT_TRANSLATE_NOOP(
                "Server",
                "The server refused the password kept for %1 on this computer. Run "
                "`collabdesk server login --url %2 --role %1` to keep the right one. "
                "Nothing was changed.",
            )
            if kept
            else QT_TRANSLATE_NOOP(
                "Server",
                "The server asks for the password of %1, and this computer keeps none. Run "
                "`collabdesk server login --url %2 --role %1` once: it asks for the password "
                "and keeps it in the system's keyring. Nothing was changed.",
            )
        )
        bare = parsed._replace(username=None, password=None).render_as_string(hide_password=True)
        return MissingPasswordError(
            Message("Server", template, (parsed.username, bare)), url, kept=kept
        )
    reason = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return NotADatabaseError(
        Message(
            "Store",
            QT_TRANSLATE_NOOP("Store", "Cannot open the database %1: %2"),
            (public_url(url), reason),
        )
    )
