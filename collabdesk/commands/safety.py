"""What `backup`, `restore` and `check` share: they work on the database
file itself, so they run before (or instead of) opening it through the
store, which would migrate it."""

from __future__ import annotations

import argparse
from pathlib import Path

from collabdesk.commands.common import CONTEXT, CliError
from collabdesk.config import Settings
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message


def database_file(settings: Settings) -> Path:
    path = settings.database_file
    if path is None:
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Backups of a shared PostgreSQL database are made on the server (pg_dump); "
                    "this command works on the SQLite file only.",
                ),
            )
        )
    return path


def existing_database_file(settings: Settings) -> Path:
    path = database_file(settings)
    if not path.exists():
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Cli", "There is no database at %1 yet; nothing to do."),
                (path,),
            )
        )
    return path


def mark_raw(parser: argparse.ArgumentParser, handler: object) -> None:
    """Run `handler(args, settings, out)` without opening the database first."""
    parser.set_defaults(raw_handler=handler)
