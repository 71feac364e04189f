"""`collabdesk partners import FILE [--dry-run] [--skip-damaged]` and
`partners export FILE`.

Rows rejected or taken for duplicates are listed and left out. Damaged rows
(a field count unlike the header's, a NUL, bytes that are not text) are
listed too, but the import stops unless --skip-damaged accepts leaving
them out: such a row often means the file was misread, not mistyped."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from collabdesk.commands.common import EXIT_OK, CliError, CommandContext, Parser

if TYPE_CHECKING:
    from collabdesk.services.partner_transfer import RowProblem

ACTIONS = ("import", "export")
SHOW_AT_MOST = 50


def register_transfer(actions: argparse._SubParsersAction[Parser]) -> None:
    pimport = actions.add_parser("import", help="add partners from a .csv, .xlsx or .vcf file")
    pimport.add_argument("file")
    pimport.add_argument(
        "--dry-run", action="store_true", help="show what would happen; change nothing"
    )
    add_skip_damaged(pimport)
    pexport = actions.add_parser("export", help="write every partner to .csv, .xlsx or .vcf")
    pexport.add_argument("file")


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
        print(f"  damaged row {problem.row}: {problem.reason}", file=out)
    if len(damaged) > SHOW_AT_MOST:
        print(f"  … and {len(damaged) - SHOW_AT_MOST} more", file=out)
    if not damaged or args.skip_damaged:
        return
    advice = f"fix {file_name}, or add --skip-damaged to import the other rows"
    if args.dry_run:
        print(f"{len(damaged)} damaged row(s) would stop the import: {advice}.", file=out)
        return
    raise CliError(
        f"{len(damaged)} row(s) of {file_name} are damaged (listed above); "
        f"nothing was imported: {advice}."
    )


def print_problems(title: str, problems: tuple[RowProblem, ...], out: TextIO) -> None:
    for problem in problems[:SHOW_AT_MOST]:
        row, name, reason = problem.row, problem.name, problem.reason
        print(f"  {title} row {row}: {name or '(no name)'}: {reason}", file=out)
    if len(problems) > SHOW_AT_MOST:
        print(f"  … and {len(problems) - SHOW_AT_MOST} more", file=out)


def run_transfer(args: argparse.Namespace, ctx: CommandContext) -> int:
    from pathlib import Path

    from collabdesk.services.partner_transfer import PartnerTransfer

    transfer = PartnerTransfer(ctx.db.sessions)
    path = Path(args.file).expanduser()
    out = ctx.out
    if args.action == "export":
        count = transfer.export(path)
        print(f"Exported {count} partner(s) to {path}", file=out)
        return EXIT_OK
    table = transfer.read(path)
    plan = transfer.plan(table)
    source = table.encoding + (f", separator {table.separator!r}" if table.separator else "")
    print(f"Read {len(table.rows)} row(s) from {path.name} ({source})", file=out)
    if plan.unmapped:
        print(f"Columns not imported: {', '.join(plan.unmapped)}", file=out)
    verb = "Would import" if args.dry_run else "Importing"
    print(
        f"{verb} {len(plan.to_add)}; rejected {len(plan.rejected)}; "
        f"duplicates skipped {len(plan.duplicates)}; damaged {len(plan.damaged)}",
        file=out,
    )
    print_problems("rejected", plan.rejected, out)
    print_problems("duplicate", plan.duplicates, out)
    check_damaged(plan.damaged, args, path.name, out)
    if args.dry_run:
        print("Dry run: nothing was changed.", file=out)
        return EXIT_OK
    path_db = ctx.db.sqlite_path
    if path_db is not None and plan.to_add:
        from collabdesk.store.backup import take_backup

        take_backup(path_db, "before_import")
    added = transfer.apply(plan)
    print(f"Imported {added} partner(s).", file=out)
    return EXIT_OK
