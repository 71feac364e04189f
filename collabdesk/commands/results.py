"""`collabdesk results COLLABORATION_ID [--attendance N] [--impressions N]
[--media N] [--quote TEXT ...] [--next-time TEXT]`: the results step after
delivery, printed in the recap. Without options: shows what is recorded."""

from __future__ import annotations

import argparse
from dataclasses import replace

from collabdesk.commands.common import EXIT_OK, CommandContext
from collabdesk.commands.language import say
from collabdesk.domain.message import QT_TRANSLATE_NOOP

NAME = "results"
HELP = "record what a collaboration achieved (attendance, impressions, media, quotes)"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("collaboration_id", type=int)
    parser.add_argument("--attendance", type=int, metavar="N", help="visitors who came")
    parser.add_argument("--impressions", type=int, metavar="N", help="impressions delivered")
    parser.add_argument("--media", type=int, metavar="N", help="media pieces published")
    parser.add_argument(
        "--quote",
        action="append",
        metavar="TEXT",
        help="a quote from a visitor or the press; repeat it for several (replaces those kept)",
    )
    parser.add_argument("--next-time", metavar="TEXT", help="the library's proposal for next time")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    service = ctx.desk.results
    found = service.get(args.collaboration_id)
    results = found.results
    changes = {
        "attendance": args.attendance,
        "impressions": args.impressions,
        "media_pieces": args.media,
        "quotes": tuple(args.quote) if args.quote is not None else None,
        "next_time": args.next_time,
    }
    given = {key: value for key, value in changes.items() if value is not None}
    if given:
        results = service.record(
            args.collaboration_id, replace(results, **given), found.version_id
        ).results
        say(
            ctx.out,
            QT_TRANSLATE_NOOP("Cli", "Results of collaboration %1 saved."),
            found.collaboration_id,
        )
    figures = (
        (QT_TRANSLATE_NOOP("Cli", "Attendance: %1"), results.attendance),
        (QT_TRANSLATE_NOOP("Cli", "Impressions: %1"), results.impressions),
        (QT_TRANSLATE_NOOP("Cli", "Media pieces: %1"), results.media_pieces),
    )
    for template, value in figures:
        say(ctx.out, template, "—" if value is None else value)
    for quote in results.quotes:
        say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Quote: %1"), quote)
    if results.next_time:
        say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Next time: %1"), results.next_time)
    return EXIT_OK
