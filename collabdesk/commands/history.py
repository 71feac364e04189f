"""`collabdesk history TABLE ID [--json]`: what happened to one record."""

from __future__ import annotations

import argparse
import json

from collabdesk.commands.common import CONTEXT, EXIT_OK, CliError, CommandContext, print_table
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

NAME = "history"
HELP = "show the change history of one record"
VALUE_WIDTH = 40


def register(parser: argparse.ArgumentParser) -> None:
    from collabdesk.store.history import TRACKED

    parser.add_argument("table", choices=sorted(TRACKED), metavar="TABLE")
    parser.add_argument("id", type=int, metavar="ID")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=run)


def _short(value: str | None) -> str:
    text = "" if value is None else " ".join(value.split())
    return text if len(text) <= VALUE_WIDTH else text[: VALUE_WIDTH - 1] + "…"


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    items = ctx.desk.history.for_record(args.table, args.id)
    if args.json:
        data = [
            {
                "id": i.id,
                "table": i.table,
                "record_id": i.record_id,
                "action": i.action,
                "field": i.field,
                "old": i.old_value,
                "new": i.new_value,
                "when": i.changed_at.isoformat(),
                "who": i.changed_by,
                "computer": i.computer,
                "change_set": i.change_set,
            }
            for i in items
        ]
        json.dump(data, ctx.out, ensure_ascii=False, indent=1)
        print(file=ctx.out)
        return EXIT_OK
    if not items:
        raise CliError(
            Message(
                CONTEXT, QT_TRANSLATE_NOOP("Cli", "No history for %1 %2."), (args.table, args.id)
            )
        )
    rows: list[tuple[str, ...]] = [("WHEN (UTC)", "WHO", "RECORD", "ACTION", "FIELD", "OLD", "NEW")]
    rows += [
        (
            i.changed_at.strftime("%Y-%m-%d %H:%M:%S"),
            f"{i.changed_by}@{i.computer}",
            f"{i.table} {i.record_id}",
            i.action,
            i.field,
            _short(i.old_value) if i.field else "",
            _short(i.new_value) if i.field else "",
        )
        for i in items
    ]
    print_table(rows, ctx.out)
    return EXIT_OK
