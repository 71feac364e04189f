"""`collabdesk backup [--to FILE]`: a verified copy of the database."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from collabdesk.commands.common import EXIT_OK
from collabdesk.commands.language import say
from collabdesk.commands.safety import existing_database_file, mark_raw
from collabdesk.config import Settings
from collabdesk.domain.message import QT_TRANSLATE_NOOP

NAME = "backup"
HELP = "make a verified backup of the database (into the backups folder, or --to FILE)"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--to", metavar="FILE", help="write the backup to FILE instead")
    parser.add_argument(
        "--full",
        action="store_true",
        help="check the copy with the full integrity_check (default: quick_check, and the "
        "full check once a week)",
    )
    mark_raw(parser, run_raw)


def run_raw(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from collabdesk.store.backup import copy_verified, take_backup

    path = existing_database_file(settings)
    if args.to:  # outside the backups folder: no record of it, so check it fully
        target = copy_verified(path, Path(args.to).expanduser(), full=True)
    else:
        target = take_backup(path, "manual", full=True if args.full else None).path
    say(out, QT_TRANSLATE_NOOP("Cli", "Backup written and verified: %1"), target)
    return EXIT_OK
