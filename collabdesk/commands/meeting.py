"""`collabdesk meeting copy ID [ID …] --to FOLDER` and
`collabdesk meeting merge-notes FILE`: the meeting laptop from the command line.

`copy` writes a database with only those collaborations, their partners,
the statistics and the library profile (with its logo) into FOLDER, and no
internal text (services/meeting_copy.py); `collabdesk --data-dir
FOLDER` opens it in meeting mode. `merge-notes` adds the notes typed on the
meeting laptop to the partners' interaction logs here."""

from __future__ import annotations

import argparse
from pathlib import Path

from collabdesk.commands.common import CONTEXT, EXIT_OK, CliError, CommandContext, Parser
from collabdesk.commands.language import say
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

NAME = "meeting"
HELP = "prepare a meeting laptop's database, or merge the notes taken there"


def register(parser: argparse.ArgumentParser) -> None:
    # `meeting_action`: the global --meeting option already owns `args.meeting`.
    actions = parser.add_subparsers(dest="meeting_action", required=True, parser_class=Parser)
    copy = actions.add_parser("copy", help="write a meeting copy into FOLDER")
    copy.add_argument("collaboration_ids", type=int, nargs="+", metavar="ID")
    copy.add_argument("--to", required=True, metavar="FOLDER")
    copy.set_defaults(handler=copy_for_meeting)
    merge = actions.add_parser("merge-notes", help="add meeting notes to the interaction logs")
    merge.add_argument("file", metavar="FILE")
    merge.set_defaults(handler=merge_meeting_notes)


def copy_for_meeting(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.config import DATABASE_FILE
    from collabdesk.services.meeting_copy import make_meeting_copy

    source = ctx.db.sqlite_path
    if source is None:
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Cli", "A meeting copy is made from a SQLite database, not a server."
                ),
            )
        )
    folder = Path(args.to).expanduser()
    if folder.exists() and not folder.is_dir():
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Cli", "%1 is a file; give a folder for the meeting copy."),
                (folder,),
            )
        )
    target = folder / DATABASE_FILE
    if target.exists():
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Cli", "%1 already exists; choose an empty folder."),
                (target,),
            )
        )
    folder.mkdir(parents=True, exist_ok=True)
    ctx.desk.checklist.ensure_default_template()  # written on first read; the copy cannot be
    make_meeting_copy(source, target, args.collaboration_ids)
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Meeting copy written: %1"), target)
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Open it with: collabdesk --data-dir %1"), folder)
    return EXIT_OK


def merge_meeting_notes(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.services.meeting_notes import merge_notes

    path = Path(args.file).expanduser()
    if not path.is_file():
        raise CliError(
            Message(CONTEXT, QT_TRANSLATE_NOOP("Cli", "There is no notes file %1."), (path,))
        )
    result = merge_notes(path, ctx.desk.interactions)
    say(
        ctx.out,
        QT_TRANSLATE_NOOP("Cli", "Notes merged into the interaction logs: %1."),
        result.merged,
    )
    if result.kept:
        say(
            ctx.out,
            QT_TRANSLATE_NOOP("Cli", "Notes that could not be merged: %1; they stay in %2."),
            result.kept,
            path,
        )
    return EXIT_OK
