"""Command line: the same services as the window, for scripts and tests.

`collabdesk` alone starts the window. Every failure is one line on stderr
and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

import collabdesk
from collabdesk.commands.common import (
    EXIT_ERROR,
    EXIT_OK,
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

# One module per command group; each has NAME, HELP and register(), which
# adds its arguments and sets the handler of each of its actions.
COMMAND_MODULES = (
    "collabdesk.commands.demo",
    "collabdesk.commands.partners",
    "collabdesk.commands.collaborations",
    "collabdesk.commands.checklist",
    "collabdesk.commands.commitments",
    "collabdesk.commands.reputation",
    "collabdesk.commands.dashboard",
    "collabdesk.commands.history",
    "collabdesk.commands.trash",
    "collabdesk.commands.backup",
    "collabdesk.commands.restore",
    "collabdesk.commands.check",
    "collabdesk.commands.pitch",
    "collabdesk.commands.letter",
    "collabdesk.commands.recap",
    "collabdesk.commands.results",
    "collabdesk.commands.stats",
    "collabdesk.commands.units",
    "collabdesk.commands.present",
    "collabdesk.commands.meeting",
    "collabdesk.commands.branch_file",
    "collabdesk.commands.library",
    "collabdesk.commands.legal",
    "collabdesk.commands.templates",
    "collabdesk.commands.agreement",
    "collabdesk.commands.acknowledgement",
    "collabdesk.commands.tasks",
    "collabdesk.commands.settings",
    "collabdesk.commands.report",
    "collabdesk.commands.privacy",
    "collabdesk.commands.server",
    "collabdesk.commands.branches",
    "collabdesk.commands.staff",
)

# A module's last name, "_" read as "-", is its command (branch_file: branch-file).
COMMAND_NAMES = frozenset(name.rsplit(".", 1)[1].replace("_", "-") for name in COMMAND_MODULES)


class VersionAction(argparse.Action):
    """--version, looked up only when asked for (metadata costs start-up time)."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        raise VersionRequestedError


class VersionRequestedError(Exception):
    pass


def _global_parser() -> Parser:
    parser = Parser(prog="collabdesk", description="CollabDesk: barter collaborations.")
    parser.add_argument("--version", action=VersionAction, nargs=0)
    parser.add_argument("--data-dir", help="folder for the database, backups and logs")
    parser.add_argument("--database-url", help="use a shared PostgreSQL server instead")
    parser.add_argument(
        "--meeting", action="store_true", help="start in meeting mode (read-only, chosen partners)"
    )
    return parser


GLOBAL_VALUE_OPTIONS = ("--data-dir", "--database-url")


def command_of(argv: list[str]) -> str | None:
    """The command word of `argv` (the first word that is not a global
    option or its value), or None."""
    tokens = iter(argv)
    for token in tokens:
        if token in GLOBAL_VALUE_OPTIONS:
            next(tokens, None)
        elif not token.startswith("-"):
            return token
    return None


def _parse(argv: list[str]) -> argparse.Namespace:
    """Starting the window needs only the global options, and a command
    only its own module: loading every command module costs what their
    imports cost (SQLAlchemy, reportlab, icalendar). `--help` alone, an
    unknown word or an error goes through the full parser and its messages."""
    command = command_of(argv)
    if command is None and not any(token in ("-h", "--help") for token in argv):
        try:
            args = _global_parser().parse_args(argv)
        except CliUsageError:
            pass
        else:
            args.command = None
            return args
    if command in COMMAND_NAMES:
        return build_parser(only=command).parse_args(argv)
    return build_parser().parse_args(argv)


def build_parser(only: str | None = None) -> Parser:
    """Every command's parser, or only that of the command `only`."""
    parser = _global_parser()
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    for name in COMMAND_MODULES:
        if only is not None and name.rsplit(".", 1)[1].replace("_", "-") != only:
            continue
        module = importlib.import_module(name)
        module.register(commands.add_parser(module.NAME, help=module.HELP))
    return parser


def open_for_cli(settings: Settings) -> Database:
    from collabdesk.config import ensure_data_dir
    from collabdesk.store.database import open_database

    path = settings.database_file
    if path is not None:
        from collabdesk.store.errors import DataFolderError
        from collabdesk.store.read_only import open_read_only

        try:
            ensure_data_dir(settings)
        except DataFolderError:
            if not path.is_file():
                raise
            # A CD, a locked USB stick, a folder shared read-only: what is
            # there can still be listed and exported; every save is refused.
            return open_read_only(path, immutable=True)
        from collabdesk.store.meeting_mark import is_meeting_copy

        if is_meeting_copy(path):  # a meeting laptop's data is never written
            return open_read_only(path)
    return open_database(settings.database_url, settings.journal)


def run(argv: Sequence[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    try:
        # --version and --help print through argparse; send them to `out`/`err`.
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            args = _parse(list(argv))
    except CliUsageError as exc:
        from collabdesk.commands import language

        language.begin()
        print(language.error_text(exc), file=err)
        return EXIT_USAGE
    except VersionRequestedError:
        print(f"CollabDesk {collabdesk.__version__}", file=out)
        return 0
    except SystemExit as exc:  # --help and --version print and exit 0
        return int(exc.code or 0)

    from collabdesk.config import resolve

    settings = resolve(args.data_dir, args.database_url)
    if args.command is None:
        return start_gui(settings, meeting=True) if args.meeting else start_gui(settings)

    from collabdesk.commands import language
    from collabdesk.domain.message import QT_TRANSLATE_NOOP
    from collabdesk.services.errors import ServiceError  # plain Python: no SQLAlchemy
    from collabdesk.store.errors import StoreError

    language.begin()
    db = None
    try:
        if getattr(args, "raw_handler", None) is not None:  # works on the file, unopened
            raw_code: int = args.raw_handler(args, settings, out)
            return raw_code
        if getattr(args, "reader", None) is not None:  # only reads: plain SQL when it can
            read_code = _read(args, settings, out)
            if read_code is not None:
                return read_code
        from collabdesk.commands.desk import command_desk

        db = open_for_cli(settings)
        desk = command_desk(db.sessions, settings.data_dir)  # proofs live in the data folder
        language.begin(lambda: desk.library.profile().default_language)
        code: int = args.handler(args, CommandContext(settings, db, desk, out))
        request = getattr(args, "gui_request", None)  # `present` starts the window
        if request is not None and code == 0:
            db.close()
            db = None
            return start_gui(settings, meeting=args.meeting, request=request)
        return code
    except (CliError, ServiceError, StoreError) as exc:
        print(f"collabdesk: {language.error_text(exc)}", file=err)
        return EXIT_ERROR
    except BrokenPipeError:
        # `collabdesk partners list | head`: the reader left; not an error.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        print(f"collabdesk: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=err)
        return EXIT_ERROR
    except KeyboardInterrupt:
        said = language.words(QT_TRANSLATE_NOOP("Cli", "interrupted; nothing was saved."))
        print(f"collabdesk: {said}", file=err)
        return EXIT_ERROR
    except Exception as exc:  # last resort: one line, never a traceback
        _log_unexpected(settings)
        said = language.words(
            QT_TRANSLATE_NOOP("Cli", "unexpected error: %1: %2"), type(exc).__name__, exc
        )
        print(f"collabdesk: {said}", file=err)
        return EXIT_ERROR
    finally:
        if db is not None:
            db.close()


def _read(args: argparse.Namespace, settings: Settings, out: TextIO) -> int | None:
    """Run the command's plain-SQL reader; None when the full path must (no
    current SQLite file, or the reader cannot answer: a missing record, whose
    refusal the full path words)."""
    from collabdesk.commands import language
    from collabdesk.commands.reading import open_reading, profile_language

    reading = open_reading(settings, out)
    if reading is None:
        return None
    try:
        language.begin(lambda: profile_language(reading.connection))
        code: int | None = args.reader(args, reading)
        return code
    finally:
        language.language()  # decided while the profile can still be read: an error says it too
        reading.connection.close()


def _log_unexpected(settings: Settings) -> None:
    """Keep the traceback the user does not see in the data folder's log."""
    import logging

    from collabdesk.log_file import setup_logging

    if setup_logging(settings.log_dir) is not None:
        logging.getLogger("collabdesk.cli").exception("unexpected error in a command")


def start_gui(
    settings: Settings, *, meeting: bool = False, request: tuple[object, ...] | None = None
) -> int:
    from collabdesk.app import run_gui

    code: int = run_gui(settings, sys.argv, STARTED_AT, meeting=meeting, request=request)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv)


def gui_main() -> int:
    return main()
