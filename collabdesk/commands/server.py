"""`collabdesk server init|add-staff|login`: set up the shared PostgreSQL
server so that PostgreSQL itself decides who may change what, give each
staff member their own login, and keep one's password in the system's
keyring (issue 19; docs/operations.md, "Provisioning the server").

Every action works on the URL given (never the configured database) and
never prints or writes a password.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from collabdesk.commands.common import CONTEXT, EXIT_OK, CliError, Parser
from collabdesk.commands.language import say, words
from collabdesk.commands.safety import mark_raw
from collabdesk.config import Settings
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

NAME = "server"
HELP = "set up the shared PostgreSQL server: roles, row-level security, staff logins"


def register(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    init = actions.add_parser(
        "init",
        help="upgrade the database and (re)write its roles, grants and row-level security "
        "(the server's administrator; safe to run again after every upgrade)",
    )
    init.add_argument("--url", required=True, help="the administrator's URL of the database")
    mark_raw(init, run_init)

    add = actions.add_parser("add-staff", help="give a staff member their own login")
    add.add_argument("--url", required=True, help="the administrator's URL of the database")
    add.add_argument("--staff", type=int, required=True, metavar="ID", help="the staff id")
    add.add_argument("--role", required=True, metavar="LOGIN", help="their login name")
    add.add_argument(
        "--coordinator", action="store_true", help="a system coordinator: edits every branch"
    )
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    mark_raw(add, run_add_staff)

    login = actions.add_parser(
        "login", help="keep your password for the server in this computer's keyring"
    )
    login.add_argument("--url", required=True, help="the database URL, without a password")
    login.add_argument("--role", required=True, metavar="LOGIN", help="your login name")
    login.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    mark_raw(login, run_login)


def _server_url(url: str) -> str:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        parsed = None
    if parsed is None or parsed.get_backend_name() != "postgresql":
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "%1 is not a PostgreSQL URL (postgresql+psycopg://login@server/database).",
                ),
                (url[:200],),
            )
        )
    return url


def read_password(from_stdin: bool, *, twice: bool) -> str:
    """The password from one line of standard input, or asked at the
    terminal without echo (twice when setting one)."""
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        import getpass

        password = getpass.getpass(words(QT_TRANSLATE_NOOP("Cli", "Password: ")))
        if twice and getpass.getpass(words(QT_TRANSLATE_NOOP("Cli", "Again: "))) != password:
            raise CliError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("Cli", "The two passwords differ. Nothing was changed."),
                )
            )
    if not password:
        raise CliError(
            Message(
                CONTEXT, QT_TRANSLATE_NOOP("Cli", "The password is empty. Nothing was changed.")
            )
        )
    return password


def run_init(args: argparse.Namespace, _settings: Settings, out: TextIO) -> int:
    from collabdesk.store.credentials import public_url
    from collabdesk.store.server_security import init

    tables = init(_server_url(args.url))
    say(
        out,
        QT_TRANSLATE_NOOP(
            "Cli",
            "The server at %1 is set up: %2 tables under row-level security. Next: "
            "`collabdesk server add-staff` for each person.",
        ),
        public_url(args.url),
        len(tables),
    )
    return EXIT_OK


def run_add_staff(args: argparse.Namespace, _settings: Settings, out: TextIO) -> int:
    from collabdesk.store.server_security import add_staff, check_role_name

    url = _server_url(args.url)
    role = check_role_name(args.role)  # before asking for a password
    password = read_password(args.password_stdin, twice=True)
    login = add_staff(url, args.staff, role, password, coordinator=args.coordinator)
    template = (
        QT_TRANSLATE_NOOP("Cli", "%1 (staff id %2) logs in as %3, a system coordinator.")
        if login.coordinator
        else QT_TRANSLATE_NOOP("Cli", "%1 (staff id %2) logs in as %3.")
    )
    say(out, template, login.name, login.staff_id, login.role)
    return EXIT_OK


def run_login(args: argparse.Namespace, _settings: Settings, out: TextIO) -> int:
    import psycopg

    from collabdesk.store.credentials import (
        AUTH_FAILURES,
        connect_params,
        connection_refused,
        keep_password,
        public_url,
        with_role,
    )

    url = with_role(_server_url(args.url), args.role)
    password = read_password(args.password_stdin, twice=False)
    # Proven first: a mistyped password is not kept.
    try:
        psycopg.connect(**connect_params(url, password)).close()  # type: ignore[arg-type]
    except psycopg.OperationalError as exc:
        if any(reason in str(exc) for reason in AUTH_FAILURES):
            raise CliError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Cli", "The server refused this password for %1. Nothing was kept."
                    ),
                    (args.role,),
                )
            ) from exc
        raise connection_refused(url, exc) from exc
    keep_password(url, password)
    say(
        out,
        QT_TRANSLATE_NOOP(
            "Cli",
            "The password of %1 is kept in this computer's keyring. Start CollabDesk with "
            "--database-url %2 (or set COLLABDESK_DATABASE_URL to it).",
        ),
        args.role,
        public_url(url),
    )
    return EXIT_OK
