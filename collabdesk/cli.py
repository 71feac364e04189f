"""Command line: the same services as the window, for scripts and tests.

`collabdesk` alone starts the window. Every failure is one line on stderr
and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

import collabdesk
from collabdesk.commands.common import (
    EXIT_ERROR,
    EXIT_USAGE,
    CliError,
    CliUsageError,
    CommandContext,
    Parser,
)

STARTED_AT = time.perf_counter()  # for the start-up figure of the benchmark

if TYPE_CHECKING:
    from collabdesk.config import Settings
    from collabdesk.store.database import Database

# One module per command group; each has NAME, HELP, register() and run().
COMMAND_MODULES = (
    "collabdesk.commands.demo",
    "collabdesk.commands.partners",
    "collabdesk.commands.pitch",
    "collabdesk.commands.recap",
    "collabdesk.commands.stats",
)


class VersionAction(argparse.Action):
    """--version, looked up only when asked for (metadata costs start-up time)."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        raise VersionRequestedError


class VersionRequestedError(Exception):
    pass


def build_parser() -> Parser:
    parser = Parser(prog="collabdesk", description="CollabDesk: barter collaborations.")
    parser.add_argument("--version", action=VersionAction, nargs=0)
    parser.add_argument("--data-dir", help="folder for the database, backups and logs")
    parser.add_argument("--database-url", help="use a shared PostgreSQL server instead")
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        sub = commands.add_parser(module.NAME, help=module.HELP)
        module.register(sub)
        sub.set_defaults(handler=module.run)
    return parser


def open_for_cli(settings: Settings) -> Database:
    from collabdesk.config import ensure_data_dir
    from collabdesk.store.database import open_database

    if settings.database_file is not None:
        ensure_data_dir(settings)
    return open_database(settings.database_url)


def run(argv: Sequence[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    try:
        # --version and --help print through argparse; send them to `out`/`err`.
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            args = build_parser().parse_args(list(argv))
    except CliUsageError as exc:
        print(str(exc), file=err)
        return EXIT_USAGE
    except VersionRequestedError:
        print(f"CollabDesk {collabdesk.__version__}", file=out)
        return 0
    except SystemExit as exc:  # --help and --version print and exit 0
        return int(exc.code or 0)

    from collabdesk.config import resolve

    settings = resolve(args.data_dir, args.database_url)
    if args.command is None:
        return start_gui(settings)

    from collabdesk.services.desk import Desk
    from collabdesk.services.errors import ServiceError
    from collabdesk.store.errors import StoreError

    db = None
    try:
        db = open_for_cli(settings)
        code: int = args.handler(args, CommandContext(settings, db, Desk.over(db.sessions), out))
        return code
    except (CliError, ServiceError, StoreError) as exc:
        print(f"collabdesk: {exc}", file=err)
        return EXIT_ERROR
    except OSError as exc:
        print(f"collabdesk: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=err)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("collabdesk: interrupted; nothing was saved.", file=err)
        return EXIT_ERROR
    except Exception as exc:  # last resort: one line, never a traceback
        print(f"collabdesk: unexpected error: {type(exc).__name__}: {exc}", file=err)
        return EXIT_ERROR
    finally:
        if db is not None:
            db.close()


def start_gui(settings: Settings) -> int:
    from collabdesk.app import run_gui

    code: int = run_gui(settings, sys.argv, STARTED_AT)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv)


def gui_main() -> int:
    return main()
