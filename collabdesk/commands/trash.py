"""`collabdesk trash list|restore ID|purge`: deleted partners and collaborations."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO

from collabdesk.commands.common import EXIT_OK, CommandContext, Parser, print_table
from collabdesk.commands.language import say
from collabdesk.domain.keeping import RETENTION_DAYS
from collabdesk.domain.message import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collabdesk.commands.reading import Reading

NAME = "trash"
HELP = "list, restore or purge deleted partners and collaborations"


def register(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    listing = actions.add_parser("list", help="list what was deleted")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=list_trash, reader=read_trash)
    restore = actions.add_parser("restore", help="bring a deleted record back")
    restore.add_argument("id", type=int, help="the trash entry's ID, as `trash list` shows it")
    restore.set_defaults(handler=restore_entry)
    purge = actions.add_parser("purge", help="delete old entries for good")
    purge.add_argument(
        "--older-than-days",
        type=int,
        default=RETENTION_DAYS,
        help=f"keep what was deleted more recently (default {RETENTION_DAYS})",
    )
    purge.set_defaults(handler=purge_trash)


def restore_entry(args: argparse.Namespace, ctx: CommandContext) -> int:
    item = ctx.desk.trash.restore(args.id)
    say(
        ctx.out,
        QT_TRANSLATE_NOOP("Cli", "Restored %1 %2: %3"),
        item.table,
        item.record_id,
        item.label,
    )
    return EXIT_OK


def purge_trash(args: argparse.Namespace, ctx: CommandContext) -> int:
    count = ctx.desk.trash.purge(args.older_than_days)
    say(
        ctx.out,
        QT_TRANSLATE_NOOP("Cli", "Purged from the Trash: %1 (deleted more than %2 d ago)."),
        count,
        args.older_than_days,
    )
    return EXIT_OK


class TrashLine(NamedTuple):
    """What the list shows of a services/trash.TrashItem."""

    id: int
    table: str
    record_id: int
    label: str
    deleted_at: datetime
    deleted_by: str
    computer: str
    rows: int


def list_trash(args: argparse.Namespace, ctx: CommandContext) -> int:
    return print_trash(args, ctx.desk.trash.items(), ctx.out)


def read_trash(args: argparse.Namespace, reading: Reading) -> int:
    """The same list over the read path's plain connection; rows counted
    from the payload as services/trash._item counts them."""
    from collabdesk.commands.reading import utc

    found = reading.connection.execute(
        "SELECT id, table_name, record_id, label, created_at, deleted_by, computer, payload "
        "FROM trash ORDER BY id DESC"
    )
    items = [
        TrashLine(
            entry_id, table, record_id, label, utc(at), by, computer,
            sum(len(r) for r in json.loads(payload).get("rows", {}).values() if r),
        )
        for entry_id, table, record_id, label, at, by, computer, payload in found
    ]  # fmt: skip
    return print_trash(args, items, reading.out)


def print_trash(args: argparse.Namespace, items: Sequence[TrashLine | Any], out: TextIO) -> int:
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
    say(out, QT_TRANSLATE_NOOP("Cli", "Items in the Trash: %1"), len(items))
    return EXIT_OK
