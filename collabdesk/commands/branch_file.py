"""`collabdesk branch-file export --out FILE` at an offline branch, and
`collabdesk branch-file import FILE [--branch ID | --new-branch NAME]
[--apply]` at the system's database (services/branch_files.py). Without
--apply the import only prints what it would do."""

from __future__ import annotations

import argparse
from pathlib import Path

from collabdesk.commands.common import EXIT_OK, CommandContext, Parser
from collabdesk.commands.language import say, text
from collabdesk.domain.message import QT_TRANSLATE_NOOP

NAME = "branch-file"
HELP = "send an offline branch's data as one file, or import such a file as a branch"


def register(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="branch_file_action", required=True, parser_class=Parser)
    export = actions.add_parser("export", help="write this database as a branch file")
    export.add_argument("--out", required=True, metavar="FILE")
    export.set_defaults(handler=export_branch_file)
    imports = actions.add_parser("import", help="preview, or with --apply import, a branch file")
    imports.add_argument("file", metavar="FILE")
    which = imports.add_mutually_exclusive_group()
    which.add_argument("--branch", type=int, metavar="ID", help="the branch the file is")
    which.add_argument("--new-branch", metavar="NAME", help="make a new branch for the file")
    imports.add_argument("--apply", action="store_true", help="import (else only the preview)")
    imports.set_defaults(handler=import_branch_file)


def export_branch_file(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.services.branch_files import BranchFiles

    target = Path(args.out).expanduser()
    done = BranchFiles(ctx.db.sessions, ctx.desk.proofs.folder).export(ctx.db.sqlite_path, target)
    say(
        ctx.out,
        QT_TRANSLATE_NOOP(
            "Cli", "Branch file written: %1 (%2 collaborations, %3 commitments, %4 partners)."
        ),
        done.path,
        done.collaborations,
        done.commitments,
        done.partners,
    )
    return EXIT_OK


def import_branch_file(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.services.branch_files import BranchFiles, count_line, plan_lines

    files = BranchFiles(ctx.db.sessions, ctx.desk.proofs.folder)
    content = files.read(Path(args.file).expanduser())
    if args.apply:
        done = files.apply(content, branch_id=args.branch, new_branch=args.new_branch)
        say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Imported as the branch %1 (id %2)."),
            done.branch_name, done.branch_id)  # fmt: skip
        for count in done.counts:
            if count.new or count.changed or count.unchanged or count.matched:
                print(text(count_line(count)), file=ctx.out)
        return EXIT_OK
    plan = files.plan(content, args.branch)
    for line in plan_lines(plan, args.new_branch):
        print(text(line), file=ctx.out)
    for count in plan.counts:
        if count.new or count.changed or count.unchanged or count.matched:
            print(text(count_line(count)), file=ctx.out)
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Nothing was imported yet: add --apply to import."))
    return EXIT_OK
