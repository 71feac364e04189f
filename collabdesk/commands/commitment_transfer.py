"""`collabdesk commitments import FILE [--dry-run] [--skip-damaged]` and `commitments export FILE`:
the import/export actions that commands/commitments.py adds to its group."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from collabdesk.commands.common import EXIT_OK, CommandContext
from collabdesk.commands.partner_transfer import add_skip_damaged, check_damaged, print_problems

ACTIONS = ("import", "export")


def register_transfer(actions: Any) -> None:
    """Add `import` and `export` to the commitments group's subparsers."""
    cimport = actions.add_parser("import", help="add commitments from a .csv or .xlsx file")
    cimport.add_argument("file")
    cimport.add_argument("--dry-run", action="store_true", help="show what would happen")
    add_skip_damaged(cimport)
    cexport = actions.add_parser("export", help="write every commitment to .csv or .xlsx")
    cexport.add_argument("file")


def run_transfer(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.services.commitment_transfer import CommitmentTransfer

    transfer = CommitmentTransfer(ctx.db.sessions)
    path = Path(args.file).expanduser()
    out = ctx.out
    if args.action == "export":
        print(f"Exported {transfer.export(path)} commitment(s) to {path}", file=out)
        return EXIT_OK
    table = transfer.read(path)
    plan = transfer.plan(table)
    verb = "Would import" if args.dry_run else "Importing"
    print(f"Read {len(table.rows)} row(s) from {path.name} ({table.encoding})", file=out)
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
    if ctx.db.sqlite_path is not None and plan.to_add:
        from collabdesk.store.backup import take_backup

        take_backup(ctx.db.sqlite_path, "before_import")
    print(f"Imported {transfer.apply(plan)} commitment(s).", file=out)
    return EXIT_OK
