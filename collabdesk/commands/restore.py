"""`collabdesk restore FILE`: put a backup in place of the database."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from collabdesk.commands.common import EXIT_OK, CliError, CommandContext
from collabdesk.commands.safety import database_file, mark_raw
from collabdesk.config import Settings

NAME = "restore"
HELP = "replace the database with a backup (the current one is backed up first)"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="the backup to restore")
    mark_raw(parser, run_raw)


def run_raw(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from collabdesk.store.backup import restore
    from collabdesk.store.instance_lock import InstanceLock

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CliError(f"There is no backup file {source}.")
    target = database_file(settings)
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(target)
    lock.acquire()  # refused while the window has the database open
    try:
        restore(source, target)
    finally:
        lock.release()
    print(f"Restored {source} into {target}.", file=out)
    return EXIT_OK


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    return run_raw(args, ctx.settings, ctx.out)
