"""`collabdesk commitments ...`: list the tracker, export due dates to a
calendar; adding and keeping promises is in commitment_entry."""

from __future__ import annotations

import argparse
import json
from datetime import timedelta
from pathlib import Path

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
    clist.set_defaults(handler=list_commitments)
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


def list_commitments(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.domain.enums import Direction
    from collabdesk.services.commitment_tracker import DueWindow, TrackerQuery

    desk, out = ctx.desk, ctx.out
    if args.partner is not None:
        desk.partners.get(args.partner)  # a clear "no partner with id" when wrong
    query = TrackerQuery(
        direction=Direction(DIRECTIONS[args.direction]) if args.direction else None,
        partner_id=args.partner,
        window=DueWindow.OVERDUE if args.overdue else DueWindow.ALL,
    )
    rows = desk.tracker.page(query, None, max(args.limit, 0))
    if args.json:
        json.dump([row_json(r) for r in rows], out, ensure_ascii=False, indent=1)
        print(file=out)
        return EXIT_OK
    table: list[tuple[str, ...]] = [
        ("ID", "DUE", "SIDE", "STATUS", "PARTNER", "DESCRIPTION", "OWNER", "VALUE")
    ]
    for r in rows:
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
    say(out, QT_TRANSLATE_NOOP("Cli", "Commitments: %1"), len(rows))
    return EXIT_OK
