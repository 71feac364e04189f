"""`collabdesk partners import FILE [--dry-run] [--skip-damaged]` and
`partners export FILE`.

Rows rejected or taken for duplicates are listed and left out. Damaged rows
(a field count unlike the header's, a NUL, bytes that are not text) are
listed too, but the import stops unless --skip-damaged accepts leaving
them out: such a row often means the file was misread, not mistyped."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from collabdesk.commands.common import CONTEXT, EXIT_OK, CliError, CommandContext, Parser
from collabdesk.commands.language import row_reason, say, words
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from collabdesk.services.commitment_transfer import CommitmentPlan
    from collabdesk.services.partner_transfer import ImportPlan, RowProblem

SHOW_AT_MOST = 50


def register_transfer(actions: argparse._SubParsersAction[Parser]) -> None:
    pimport = actions.add_parser("import", help="add partners from a .csv, .xlsx or .vcf file")
    pimport.add_argument("file")
    pimport.add_argument(
        "--dry-run", action="store_true", help="show what would happen; change nothing"
    )
    add_skip_damaged(pimport)
    pimport.set_defaults(handler=import_partners)
    pexport = actions.add_parser("export", help="write every partner to .csv, .xlsx or .vcf")
    pexport.add_argument("file")
    pexport.set_defaults(handler=export_partners)


def add_skip_damaged(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--skip-damaged",
        action="store_true",
        help="import the other rows when some are damaged (they are listed and left out)",
    )


def check_damaged(
    damaged: tuple[RowProblem, ...], args: argparse.Namespace, file_name: str, out: TextIO
) -> None:
    """List the damaged rows; stop the import unless --skip-damaged accepts them."""
    for problem in damaged[:SHOW_AT_MOST]:
        say(out, QT_TRANSLATE_NOOP("Cli", "  damaged row %1: %2"), problem.row, row_reason(problem))
    if len(damaged) > SHOW_AT_MOST:
        say(out, QT_TRANSLATE_NOOP("Cli", "  … and %1 more"), len(damaged) - SHOW_AT_MOST)
    if not damaged or args.skip_damaged:
        return
    advice = Message(
        CONTEXT,
        QT_TRANSLATE_NOOP("Cli", "fix %1, or add --skip-damaged to import the other rows"),
        (file_name,),
    )
    if args.dry_run:
        say(
            out,
            QT_TRANSLATE_NOOP("Cli", "Damaged rows (%1) would stop the import: %2."),
            len(damaged),
            advice,
        )
        return
    raise CliError(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Cli", "Damaged rows in %2: %1 (listed above); nothing was imported: %3."
            ),
            (len(damaged), file_name, advice),
        )
    )


def print_problems(title: str, problems: tuple[RowProblem, ...], out: TextIO) -> None:
    """`title`: QT_TRANSLATE_NOOP("Cli", …) at the call site."""
    for problem in problems[:SHOW_AT_MOST]:
        say(
            out,
            QT_TRANSLATE_NOOP("Cli", "  %1 row %2: %3: %4"),
            Message(CONTEXT, title),
            problem.row,
            problem.name or Message(CONTEXT, QT_TRANSLATE_NOOP("Cli", "(no name)")),
            row_reason(problem),
        )
    if len(problems) > SHOW_AT_MOST:
        say(out, QT_TRANSLATE_NOOP("Cli", "  … and %1 more"), len(problems) - SHOW_AT_MOST)


def print_plan(
    args: argparse.Namespace, plan: ImportPlan | CommitmentPlan, file_name: str, out: TextIO
) -> None:
    """What an import (partners or commitments) would do, row by row."""
    if args.dry_run:
        template = QT_TRANSLATE_NOOP(
            "Cli", "Would import %1; rejected %2; duplicates skipped %3; damaged %4"
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Cli", "Importing %1; rejected %2; duplicates skipped %3; damaged %4"
        )
    counts = (plan.to_add, plan.rejected, plan.duplicates, plan.damaged)
    say(out, template, *(len(part) for part in counts))
    print_problems(QT_TRANSLATE_NOOP("Cli", "rejected"), plan.rejected, out)
    print_problems(QT_TRANSLATE_NOOP("Cli", "duplicate"), plan.duplicates, out)
    check_damaged(plan.damaged, args, file_name, out)


def export_partners(args: argparse.Namespace, ctx: CommandContext) -> int:
    from pathlib import Path

    from collabdesk.services.partner_transfer import PartnerTransfer

    path = Path(args.file).expanduser()
    count = PartnerTransfer(ctx.db.sessions).export(path)
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Partners exported: %1, to %2"), count, path)
    return EXIT_OK


def import_partners(args: argparse.Namespace, ctx: CommandContext) -> int:
    from pathlib import Path

    from collabdesk.services.partner_transfer import PartnerTransfer

    transfer = PartnerTransfer(ctx.db.sessions)
    path = Path(args.file).expanduser()
    out = ctx.out
    table = transfer.read(path)
    plan = transfer.plan(table)
    source = table.encoding
    if table.separator:
        source = words(QT_TRANSLATE_NOOP("Cli", "%1, separator %2"), source, repr(table.separator))
    say(
        out,
        QT_TRANSLATE_NOOP("Cli", "Rows read: %1, from %2 (%3)"),
        len(table.rows),
        path.name,
        source,
    )
    if plan.unmapped:
        say(out, QT_TRANSLATE_NOOP("Cli", "Columns not imported: %1"), ", ".join(plan.unmapped))
    print_plan(args, plan, path.name, out)
    if args.dry_run:
        say(out, QT_TRANSLATE_NOOP("Cli", "Dry run: nothing was changed."))
        return EXIT_OK
    path_db = ctx.db.sqlite_path
    if path_db is not None and plan.to_add:
        from collabdesk.store.backup import take_backup

        take_backup(path_db, "before_import")
    added = transfer.apply(plan)
    say(out, QT_TRANSLATE_NOOP("Cli", "Partners imported: %1."), added)
    return EXIT_OK
