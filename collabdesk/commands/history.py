"""`collabdesk history TABLE ID [--json]`: what happened to one record."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO

from collabdesk.commands.common import CONTEXT, EXIT_OK, CliError, CommandContext, print_table
from collabdesk.domain.keeping import HISTORY_LIMIT, TRACKED
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from collabdesk.commands.reading import Reading

NAME = "history"
HELP = "show the change history of one record"
VALUE_WIDTH = 40


class HistoryLine(NamedTuple):
    """What the command shows of a services/history.HistoryItem."""

    id: int
    change_set: str
    table: str
    record_id: int
    action: str
    field: str
    old_value: str | None
    new_value: str | None
    changed_at: datetime
    changed_by: str
    computer: str
    staff_id: int | None = None
    branch_name: str = ""
    show_branch: bool = False

    @property
    def person(self) -> str:
        """ "Name (Branch)" when the library has several branches."""
        return (
            f"{self.changed_by} ({self.branch_name})"
            if self.show_branch and self.branch_name
            else self.changed_by
        )


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("table", choices=sorted(TRACKED), metavar="TABLE")
    parser.add_argument("id", type=int, metavar="ID")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=run, reader=read)


def _short(value: str | None) -> str:
    text = "" if value is None else " ".join(value.split())
    return text if len(text) <= VALUE_WIDTH else text[: VALUE_WIDTH - 1] + "…"


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    return print_history(args, ctx.desk.history.for_record(args.table, args.id), ctx.out)


def read(args: argparse.Namespace, reading: Reading) -> int:
    """The same history over the read path's plain connection: the record's
    entries and those of the rows that hang on it, as HistoryService.for_record."""
    from collabdesk.commands.reading import utc

    found = reading.connection.execute(
        "SELECT id, change_set, table_name, record_id, action, field, old_value, new_value, "
        "created_at, changed_by, computer, staff_id, branch_name FROM change_log "
        "WHERE (table_name = ? AND record_id = ?) OR (parent_table = ? AND parent_id = ?) "
        "ORDER BY id DESC LIMIT ?",
        (args.table, args.id, args.table, args.id, HISTORY_LIMIT),
    )
    rows = found.fetchall()
    several = (reading.connection.execute("SELECT count(*) FROM branch").fetchone() or (0,))[0] > 1
    items = [
        HistoryLine._make(  # the SELECT's columns, in the order of the fields
            (*row[:8], utc(row[8]), *row[9:12], row[12] or "", several)
        )
        for row in rows
    ]
    return print_history(args, items, reading.out)


def print_history(args: argparse.Namespace, items: Sequence[HistoryLine | Any], out: TextIO) -> int:
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
                "who": i.person,
                "computer": i.computer,
                "staff_id": i.staff_id,
                "branch": i.branch_name,
                "change_set": i.change_set,
            }
            for i in items
        ]
        json.dump(data, out, ensure_ascii=False, indent=1)
        print(file=out)
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
            f"{i.person}@{i.computer}",
            f"{i.table} {i.record_id}",
            i.action,
            i.field,
            _short(i.old_value) if i.field else "",
            _short(i.new_value) if i.field else "",
        )
        for i in items
    ]
    print_table(rows, out)
    return EXIT_OK
