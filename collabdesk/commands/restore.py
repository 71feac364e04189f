"""`collabdesk restore FILE`: put a backup in place of the database."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from collabdesk.commands.common import CONTEXT, EXIT_OK, CliError
from collabdesk.commands.language import say
from collabdesk.commands.safety import database_file, mark_raw
from collabdesk.config import Settings
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

NAME = "restore"
HELP = "replace the database with a backup (the current one is backed up first)"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="the backup to restore")
    mark_raw(parser, run_raw)


def run_raw(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from collabdesk.store.instance_lock import InstanceLock
    from collabdesk.store.restore import restore

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CliError(
            Message(CONTEXT, QT_TRANSLATE_NOOP("Cli", "There is no backup file %1."), (source,))
        )
    target = database_file(settings)
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(target)
    lock.acquire()  # refused while the window has the database open
    try:
        restore(source, target)
    finally:
        lock.release()
    say(out, QT_TRANSLATE_NOOP("Cli", "Restored %1 into %2."), source, target)
    return EXIT_OK
