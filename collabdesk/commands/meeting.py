"""`collabdesk meeting copy ID [ID …] --to FOLDER` and
`collabdesk meeting merge-notes FILE`: the meeting laptop from the command line.

`copy` writes a database with only those collaborations, their partners,
the statistics and the library profile into FOLDER; `collabdesk --data-dir
FOLDER` opens it in meeting mode. `merge-notes` adds the notes typed on the
meeting laptop to the partners' interaction logs here."""

from __future__ import annotations

import argparse
from pathlib import Path

from collabdesk.commands.common import EXIT_OK, CliError, CommandContext

NAME = "meeting"
HELP = "prepare a meeting laptop's database, or merge the notes taken there"


def register(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="meeting_action", required=True)
    copy = actions.add_parser("copy", help="write a meeting copy into FOLDER")
    copy.add_argument("collaboration_ids", type=int, nargs="+", metavar="ID")
    copy.add_argument("--to", required=True, metavar="FOLDER")
    merge = actions.add_parser("merge-notes", help="add meeting notes to the interaction logs")
    merge.add_argument("file", metavar="FILE")


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.meeting_action == "copy":
        return _copy(args, ctx)
    return _merge(args, ctx)


def _copy(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.config import DATABASE_FILE
    from collabdesk.store.meeting_copy import make_meeting_copy

    source = ctx.db.sqlite_path
    if source is None:
        raise CliError("A meeting copy is made from a SQLite database, not a server.")
    folder = Path(args.to).expanduser()
    if folder.exists() and not folder.is_dir():
        raise CliError(f"{folder} is a file; give a folder for the meeting copy.")
    target = folder / DATABASE_FILE
    if target.exists():
        raise CliError(f"{target} already exists; choose an empty folder.")
    folder.mkdir(parents=True, exist_ok=True)
    ctx.desk.checklist.ensure_default_template()  # written on first read; the copy cannot be
    make_meeting_copy(source, target, args.collaboration_ids)
    print(f"Meeting copy written: {target}", file=ctx.out)
    print(f"Open it with: collabdesk --data-dir {folder}", file=ctx.out)
    return EXIT_OK


def _merge(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.services.meeting_notes import merge_notes

    path = Path(args.file).expanduser()
    if not path.is_file():
        raise CliError(f"There is no notes file {path}.")
    result = merge_notes(path, ctx.desk.interactions)
    print(f"Merged {result.merged} note(s) into the interaction logs.", file=ctx.out)
    if result.kept:
        print(f"{result.kept} note(s) could not be merged and stay in {path}.", file=ctx.out)
    return EXIT_OK
