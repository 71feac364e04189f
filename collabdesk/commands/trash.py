"""`collabdesk trash list|restore ID|purge`: deleted partners and collaborations."""

from __future__ import annotations

import argparse
import json

from collabdesk.commands.common import EXIT_OK, CommandContext, Parser, print_table

NAME = "trash"
HELP = "list, restore or purge deleted partners and collaborations"


def register(parser: argparse.ArgumentParser) -> None:
    from collabdesk.services.trash import RETENTION_DAYS

    actions = parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    listing = actions.add_parser("list")
    listing.add_argument("--json", action="store_true")
    restore = actions.add_parser("restore")
    restore.add_argument("id", type=int, help="the trash entry's ID, as `trash list` shows it")
    purge = actions.add_parser("purge")
    purge.add_argument(
        "--older-than-days",
        type=int,
        default=RETENTION_DAYS,
        help=f"keep what was deleted more recently (default {RETENTION_DAYS})",
    )


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    trash, out = ctx.desk.trash, ctx.out
    if args.action == "restore":
        item = trash.restore(args.id)
        print(f"Restored {item.table} {item.record_id}: {item.label}", file=out)
        return EXIT_OK
    if args.action == "purge":
        count = trash.purge(args.older_than_days)
        print(
            f"Purged {count} item(s) deleted more than {args.older_than_days} day(s) ago.",
            file=out,
        )
        return EXIT_OK
    items = trash.items()
    if args.json:
        data = [
            {
                "id": i.id,
                "table": i.table,
                "record_id": i.record_id,
                "label": i.label,
                "deleted_at": i.deleted_at.isoformat(),
                "deleted_by": i.deleted_by,
                "computer": i.computer,
                "rows": i.rows,
            }
            for i in items
        ]
        json.dump(data, out, ensure_ascii=False, indent=1)
        print(file=out)
        return EXIT_OK
    rows: list[tuple[str, ...]] = [("ID", "WHAT", "NAME", "DELETED (UTC)", "BY", "ROWS")]
    rows += [
        (
            str(i.id),
            f"{i.table} {i.record_id}",
            i.label,
            i.deleted_at.strftime("%Y-%m-%d %H:%M"),
            i.deleted_by,
            str(i.rows),
        )
        for i in items
    ]
    print_table(rows, out)
    print(f"{len(items)} item(s) in the trash", file=out)
    return EXIT_OK
