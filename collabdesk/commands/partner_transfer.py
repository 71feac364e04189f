"""`collabdesk partners import FILE [--dry-run]` and `partners export FILE`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from collabdesk.commands.common import EXIT_OK, CommandContext, Parser

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
    pexport = actions.add_parser("export", help="write every partner to .csv, .xlsx or .vcf")
    pexport.add_argument("file")


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
        f"duplicates skipped {len(plan.duplicates)}",
        file=out,
    )
    print_problems("rejected", plan.rejected, out)
    print_problems("duplicate", plan.duplicates, out)
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
