"""`collabdesk commitments import FILE [--dry-run] [--skip-damaged]` and `commitments export FILE`:
the import/export actions that commands/commitments.py adds to its group."""

from __future__ import annotations

import argparse
from pathlib import Path

from collabdesk.commands.common import EXIT_OK, CommandContext, Parser
from collabdesk.commands.language import say
from collabdesk.commands.partner_transfer import add_skip_damaged, print_plan
from collabdesk.domain.message import QT_TRANSLATE_NOOP


def register_transfer(actions: argparse._SubParsersAction[Parser]) -> None:
    """Add `import` and `export` to the commitments group's subparsers."""
    cimport = actions.add_parser("import", help="add commitments from a .csv or .xlsx file")
    cimport.add_argument("file")
    cimport.add_argument("--dry-run", action="store_true", help="show what would happen")
    add_skip_damaged(cimport)
    cimport.set_defaults(handler=import_commitments)
    cexport = actions.add_parser("export", help="write every commitment to .csv or .xlsx")
    cexport.add_argument("file")
    cexport.set_defaults(handler=export_commitments)


def export_commitments(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.services.commitment_transfer import CommitmentTransfer

    path = Path(args.file).expanduser()
    count = CommitmentTransfer(ctx.db.sessions).export(path)
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Commitments exported: %1, to %2"), count, path)
    return EXIT_OK


def import_commitments(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.services.commitment_transfer import CommitmentTransfer

    transfer = CommitmentTransfer(ctx.db.sessions)
    path = Path(args.file).expanduser()
    out = ctx.out
    table = transfer.read(path)
    plan = transfer.plan(table)
    say(
        out,
        QT_TRANSLATE_NOOP("Cli", "Rows read: %1, from %2 (%3)"),
        len(table.rows),
        path.name,
        table.encoding,
    )
    print_plan(args, plan, path.name, out)
    if args.dry_run:
        say(out, QT_TRANSLATE_NOOP("Cli", "Dry run: nothing was changed."))
        return EXIT_OK
    if ctx.db.sqlite_path is not None and plan.to_add:
        from collabdesk.store.backup import take_backup

        take_backup(ctx.db.sqlite_path, "before_import")
    say(out, QT_TRANSLATE_NOOP("Cli", "Commitments imported: %1."), transfer.apply(plan))
    return EXIT_OK
