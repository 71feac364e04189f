"""`collabdesk check [--full] [--dumps DIR]`: check the database and its
newest backups, and say what was verified when.

On the shared PostgreSQL server the backups are the server's own pg_dump
files (docs/operations.md): `check` then reports the newest one in the dump
folder (`--dumps DIR`, else the one `collabdesk settings dump-folder` set)
and warns when it is older than two days or there is none.

Without `--full` it runs `quick_check` (every page and its structure, about
as long as reading the file); `--full` runs the full `integrity_check`
(every index against its table too, several times slower at scale) and
records the date, as a weekly backup does (store/integrity.py)."""

from __future__ import annotations

import argparse
from datetime import timedelta
from pathlib import Path
from typing import TextIO

from collabdesk.commands.common import EXIT_ERROR, EXIT_OK
from collabdesk.commands.language import say, text
from collabdesk.commands.safety import existing_database_file, mark_raw
from collabdesk.config import Settings
from collabdesk.domain.message import QT_TRANSLATE_NOOP

NAME = "check"
HELP = (
    "check the database file (quick_check; --full: integrity_check) and its newest backups, "
    "and say when the last full check ran"
)
SHOWN_BACKUPS = 5


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--full",
        action="store_true",
        help="run the full integrity_check (every index against its table; slower)",
    )
    parser.add_argument(
        "--dumps",
        metavar="DIR",
        help="on PostgreSQL: the folder of the server's pg_dump files (else the one set "
        "with `settings dump-folder`)",
    )
    mark_raw(parser, run_raw)


def run_raw(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    if settings.database_file is None:  # the shared server: its backups are pg_dump's
        from collabdesk.commands.server_check import check_server

        return check_server(settings, args.dumps, out)
    from collabdesk.store.backup import (
        backup_dir,
        check_database,
        check_file,
        list_backups,
    )
    from collabdesk.store.integrity import FULL, QUICK
    from collabdesk.store.network_share import network_share_reason

    path = existing_database_file(settings)
    verdict = check_database(path, full=args.full)
    share = network_share_reason(path)
    print(f"{path}: {verdict} ({FULL if args.full else QUICK})", file=out)
    if share:
        say(
            out,
            QT_TRANSLATE_NOOP("Cli", "warning: %1; keep the database on a local disk."),
            text(share),
        )
    _leftovers(path, out)
    backups = list_backups(backup_dir(path))
    for backup in backups[:SHOWN_BACKUPS]:
        say(
            out,
            QT_TRANSLATE_NOOP("Cli", "backup %1: %2"),
            backup.path.name,
            check_file(backup.path, full=args.full),
        )
    _when_checked(path, out)
    # Last, as packaging/smoke.py reads it.
    say(out, QT_TRANSLATE_NOOP("Cli", "Backups: %1, in %2"), len(backups), backup_dir(path))
    return EXIT_OK if verdict == "ok" else EXIT_ERROR


def _leftovers(path: Path, out: TextIO) -> None:
    from collabdesk.store.backup import leftovers, remove_leftovers

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


def _when_checked(path: Path, out: TextIO) -> None:
    """The line that says what is verified when (README, "Keeping data safe")."""
    from collabdesk.store.backup import backup_dir
    from collabdesk.store.integrity import FULL_CHECK_EVERY_DAYS, last_full_check

    last = last_full_check(backup_dir(path))
    if last is None:
        say(
            out,
            QT_TRANSLATE_NOOP(
                "Cli",
                "Full integrity check: never run yet. Every backup runs quick_check; the next "
                "one runs the full check (or run `collabdesk check --full`).",
            ),
        )
        return
    say(
        out,
        QT_TRANSLATE_NOOP(
            "Cli",
            "Full integrity check: last passed on %1 UTC. Every backup runs quick_check; "
            "the first backup from %2 on runs the full check again (or run "
            "`collabdesk check --full`).",
        ),
        f"{last:%Y-%m-%d %H:%M}",
        f"{last.date() + timedelta(days=FULL_CHECK_EVERY_DAYS):%Y-%m-%d}",
    )
