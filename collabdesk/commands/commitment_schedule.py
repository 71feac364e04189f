"""`collabdesk commitments schedule ID --every week|month|quarter (--times N |
--until DATE)`: a dated promise becomes occurrence 1 of a recurring series
(services/commitment_series.py), the further occurrences added as ordinary
commitments, each delivered on its own."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from collabdesk.commands.common import (
    EXIT_OK,
    CommandContext,
    Parser,
    iso,
    parse_date,
    plain_number,
    print_json,
)
from collabdesk.commands.language import say
from collabdesk.domain.message import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collabdesk.services.commitment_series import SeriesRecord

EVERY = ("week", "month", "quarter")


def register_schedule(sub: argparse._SubParsersAction[Parser]) -> None:
    schedule = sub.add_parser(
        "schedule", help="repeat a dated promise every week, month or quarter"
    )
    schedule.add_argument("id", type=int, metavar="ID", help="the commitment: occurrence 1")
    schedule.add_argument("--every", choices=EVERY, required=True)
    how_long = schedule.add_mutually_exclusive_group(required=True)
    how_long.add_argument("--times", type=int, metavar="N", help="occurrences in all, 2 to 120")
    how_long.add_argument("--until", metavar="DATE", help="the last due date, 2027-12-31")
    schedule.add_argument("--json", action="store_true")
    schedule.set_defaults(handler=schedule_commitment)


def series_json(series: SeriesRecord) -> dict[str, Any]:
    return {
        "series_id": series.id,
        "every": series.every.value,
        "times": series.times,
        "until": iso(series.until),
        "first_due_on": iso(series.first_due_on),
        "total_quantity": None
        if series.total_quantity is None
        else plain_number(series.total_quantity),
        "occurrences": [
            {
                "id": item.id,
                "occurrence": item.occurrence,
                "due_on": iso(item.due_on),
                "quantity": None if item.quantity is None else plain_number(item.quantity),
                "value": None if item.value is None else str(item.value),
                "status": item.status.value,
            }
            for item in series.occurrences
        ],
    }


def schedule_commitment(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.domain.enums import Recurrence
    from collabdesk.services.commitment_series import Schedule

    until = None if args.until is None else parse_date(args.until, "--until")
    series = ctx.desk.series.schedule(
        args.id, Schedule(Recurrence(args.every), times=args.times, until=until)
    )
    if args.json:
        print_json(series_json(series), ctx.out)
        return EXIT_OK
    first, last = series.occurrences[0], series.occurrences[-1]
    say(
        ctx.out,
        QT_TRANSLATE_NOOP(
            "Cli", "Commitment %1 now repeats (--every %2): %3 occurrences from %4 to %5 (ids %6)"
        ),
        first.id,
        args.every,
        series.times,
        iso(first.due_on),
        iso(last.due_on),
        ", ".join(str(item.id) for item in series.occurrences),
    )
    return EXIT_OK
