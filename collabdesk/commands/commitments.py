"""`collabdesk commitments ...`: list the tracker, export due dates to a
calendar; adding and keeping promises is in commitment_entry."""

from __future__ import annotations

import argparse
import json
import textwrap
from collections.abc import Iterable, Iterator, Sequence
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from collabdesk.commands.commitment_entry import DIRECTIONS, register_entry, row_json
from collabdesk.commands.commitment_schedule import register_schedule
from collabdesk.commands.commitment_steps import register_step
from collabdesk.commands.commitment_transfer import register_transfer
from collabdesk.commands.common import (
    CONTEXT,
    EXIT_OK,
    CliError,
    CommandContext,
    Parser,
    print_table,
)
from collabdesk.commands.language import say
from collabdesk.commands.renewal_commands import register_renew
from collabdesk.domain.calendar_alarm import parse_alarms
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from collabdesk.commands.reading import Reading
    from collabdesk.services.plain_rows import Run
    from collabdesk.services.tracker_query import TrackerQuery, TrackerRow

NAME = "commitments"
HELP = "add, deliver, waive, list, import and export commitments; iCalendar; renew"


def register(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    clist = sub.add_parser("list", help="list the commitments of both sides")
    clist.add_argument("--overdue", action="store_true", help="only open commitments past due")
    clist.add_argument("--direction", choices=sorted(DIRECTIONS), help="gives: the library's")
    clist.add_argument("--partner", type=int, metavar="ID")
    clist.add_argument("--limit", type=int, default=1000)
    clist.add_argument("--json", action="store_true")
    clist.set_defaults(handler=list_commitments, reader=read_commitments)
    export = sub.add_parser("export-ical", help="write due dates to an .ics calendar")
    export.add_argument("file")
    export.add_argument(
        "--lang", choices=("ru", "en"), help="the events' language (default: the library's)"
    )
    export.add_argument(
        "--alarm",
        metavar="WHEN",
        help="reminders before each date, e.g. 1d,7d or 2h; 0 or none: no reminder "
        "(default: the library's setting)",
    )
    export.set_defaults(handler=export_calendar)
    register_renew(sub, "the same as `collaborations renew` (kept for old scripts)")
    register_transfer(sub)
    register_entry(sub)
    register_schedule(sub)
    register_step(sub)  # commitments step ID --what … (commitment_steps.py)


def export_calendar(args: argparse.Namespace, ctx: CommandContext) -> int:
    path = Path(args.file)
    if path.is_dir():
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Cli", "%1 is a folder; give a file name such as commitments.ics"
                ),
                (path,),
            )
        )
    if not path.parent.is_dir():
        raise CliError(
            Message(
                CONTEXT, QT_TRANSLATE_NOOP("Cli", "The folder %1 does not exist."), (path.parent,)
            )
        )
    from collabdesk.services.calendar_export import CalendarOptions

    options = CalendarOptions(language=args.lang, alarms=_alarms(args.alarm))
    count = ctx.desk.calendar.write(path, options)
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Calendar events written: %1, to %2"), count, path)
    return EXIT_OK


def _alarms(text: str | None) -> tuple[timedelta, ...] | None:
    """`--alarm` read, or None for the library's setting; a clear refusal when unreadable."""
    if text is None:
        return None
    alarms = parse_alarms(text)
    if alarms is None:
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "--alarm %1 is not understood. Write the reminders before each date "
                    "as 1d,7d (days), 2h (hours) or 1w (weeks), at most 5 and at most a "
                    "year ahead; 0 or none for no reminder.",
                ),
                (text[:40],),
            )
        )
    return alarms


def renew_collaboration(args: argparse.Namespace, ctx: CommandContext) -> int:
    new_id = ctx.desk.renewals.renew(args.collaboration)
    record = ctx.desk.collaborations.get(new_id)
    say(
        ctx.out,
        QT_TRANSLATE_NOOP("Cli", "Renewed as collaboration %1: %2 (commitments: %3, all planned)"),
        new_id,
        record.title,
        record.commitments,
    )
    return EXIT_OK


def _query(args: argparse.Namespace) -> TrackerQuery:
    from collabdesk.domain.enums import Direction
    from collabdesk.services.tracker_query import DueWindow, TrackerQuery

    return TrackerQuery(
        direction=Direction(DIRECTIONS[args.direction]) if args.direction else None,
        partner_id=args.partner,
        window=DueWindow.OVERDUE if args.overdue else DueWindow.ALL,
    )


def list_commitments(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.services.tracker_sql import CHUNK

    desk = ctx.desk
    if args.partner is not None:
        desk.partners.get(args.partner)  # a clear "no partner with id" when wrong
    query = _query(args)

    def pages() -> Iterator[list[TrackerRow]]:  # the tracker's own pages, CHUNK at a time
        left, after = max(args.limit, 0), None
        while left > 0:
            rows = desk.tracker.page(query, after, min(left, CHUNK))
            if not rows:
                return
            yield rows
            left, after = left - len(rows), rows[-1].id

    from collabdesk.services.plain_rows import connection_run

    def run(sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        """The details (tracker_sql), a connection each: the store's pool may
        hold one, which the tracker's pages take in between."""
        with ctx.db.engine.connect() as connection:
            return connection_run(connection)(sql, params)

    return print_commitments(args, pages(), run, ctx.out)


def read_commitments(args: argparse.Namespace, reading: Reading) -> int | None:
    """The same list over the read path's plain connection (no SQLAlchemy);
    None (the full path, with its message) when there is no such partner."""
    from collabdesk.services import tracker_sql
    from collabdesk.services.plain_rows import sqlite_run

    run = sqlite_run(reading.connection)
    if args.partner is not None and not run("SELECT 1 FROM partner WHERE id = ?", [args.partner]):
        return None
    pages = tracker_sql.pages(run, _query(args), args.limit)
    return print_commitments(args, pages, run, reading.out)


def print_commitments(
    args: argparse.Namespace, pages: Iterable[list[TrackerRow]], run: Run, out: TextIO
) -> int:
    """The list as a table or, with --json, each row with its valuation
    method, series and steps, written a page at a time."""
    from collabdesk.domain.enums import Direction
    from collabdesk.services.tracker_sql import delivery_details

    if args.json:
        first = True
        out.write("[")
        for rows in pages:
            details = delivery_details(run, [r.id for r in rows])
            for r in rows:
                shown = json.dumps(row_json(r) | details[r.id], ensure_ascii=False, indent=1)
                out.write(("\n" if first else ",\n") + textwrap.indent(shown, " "))
                first = False
        out.write("]\n" if first else "\n]\n")
        return EXIT_OK
    table: list[tuple[str, ...]] = [
        ("ID", "DUE", "SIDE", "STATUS", "PARTNER", "DESCRIPTION", "OWNER", "VALUE")
    ]
    for r in (r for rows in pages for r in rows):
        status = r.status.value + (" OVERDUE" if r.overdue else "")
        if r.delivered_without_proof:
            status += " (no proof)"
        table.append(
            (
                str(r.id),
                r.due_on.isoformat() if r.due_on else "-",
                "gives" if r.direction is Direction.LIBRARY_GIVES else "gets",
                status,
                r.partner_name,
                r.description,
                r.owner,
                f"{r.value} {r.currency}" if r.value is not None else "",
            )
        )
    print_table(table, out, max_width=40)
    say(out, QT_TRANSLATE_NOOP("Cli", "Commitments: %1"), len(table) - 1)
    return EXIT_OK
