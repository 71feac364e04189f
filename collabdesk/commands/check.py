"""`collabdesk check`: the full integrity check of the database and its backups."""

from __future__ import annotations

import argparse
from typing import TextIO

from collabdesk.commands.common import EXIT_ERROR, EXIT_OK
from collabdesk.commands.language import say, text
from collabdesk.commands.safety import existing_database_file, mark_raw
from collabdesk.config import Settings
from collabdesk.domain.message import QT_TRANSLATE_NOOP

NAME = "check"
HELP = "check the database file (PRAGMA integrity_check) and list good backups"


def register(parser: argparse.ArgumentParser) -> None:
    mark_raw(parser, run_raw)


def run_raw(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from collabdesk.store.backup import (
        backup_dir,
        check_file,
        leftovers,
        list_backups,
        remove_leftovers,
    )
    from collabdesk.store.network_share import network_share_reason

    path = existing_database_file(settings)
    verdict = check_file(path)
    share = network_share_reason(path)
    print(f"{path}: {verdict}", file=out)
    if share:
        say(
            out,
            QT_TRANSLATE_NOOP("Cli", "warning: %1; keep the database on a local disk."),
            text(share),
        )
    removed = set(remove_leftovers(path))
    for leftover in leftovers(path) + sorted(removed):
        if leftover in removed:
            template = QT_TRANSLATE_NOOP(
                "Cli", "half-written file %1 from a cut-off backup or restore: removed"
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Cli",
                "half-written file %1 from a cut-off backup or restore: left alone: it may "
                "still be in progress",
            )
        say(out, template, leftover.name)
    backups = list_backups(backup_dir(path))
    for backup in backups[:5]:
        say(
            out,
            QT_TRANSLATE_NOOP("Cli", "backup %1: %2"),
            backup.path.name,
            check_file(backup.path),
        )
    say(out, QT_TRANSLATE_NOOP("Cli", "Backups: %1, in %2"), len(backups), backup_dir(path))
    return EXIT_OK if verdict == "ok" else EXIT_ERROR
