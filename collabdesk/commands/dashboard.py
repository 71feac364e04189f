"""`collabdesk dashboard [--branch ID] [--json]`: the window's Overview as
text — due this week, collaborations by stage, value received and given
this year per partner kind and currency, on time over the last twelve
months, renewals due. It counts the figures and keeps them, so the window
paints them at once the next time it opens the Overview."""

from __future__ import annotations

import argparse
import contextlib
import json
from typing import TYPE_CHECKING

from collabdesk.commands.common import EXIT_OK, CliError, CommandContext, print_table
from collabdesk.commands.language import say, words
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from collabdesk.services.dashboard_figures import DashboardFigures, OnTime

NAME = "dashboard"
HELP = "the Overview's figures: due this week, stages, value this year, on time, renewals"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--branch", type=int, metavar="ID", help="one branch (default: all)")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.services.dashboard_figures import DashboardService
    from collabdesk.services.errors import ServiceError

    service = DashboardService(ctx.db.sessions, ctx.settings.data_dir)
    if args.branch is not None and args.branch not in dict(service.branches()):
        raise CliError(
            Message(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "There is no branch with id %1; `collabdesk branches list` shows them.",
                ),
                (args.branch,),
            )
        )
    figures = service.compute(service.scope(args.branch))
    with contextlib.suppress(ServiceError):  # a read-only copy: the figures still print
        service.keep(figures)
    if args.json:
        print(figures_json(figures), file=ctx.out)
        return EXIT_OK
    print_figures(figures, ctx)
    return EXIT_OK


def _rate(record: OnTime) -> str:
    if record.percent is None:
        return words(QT_TRANSLATE_NOOP("Cli", "nothing due yet"))
    return words(
        QT_TRANSLATE_NOOP("Cli", "%1 % on time (%2 of %3)"),
        record.percent,
        record.on_time,
        record.due,
    )


def print_figures(figures: DashboardFigures, ctx: CommandContext) -> None:
    out = ctx.out
    if figures.is_empty:
        say(
            out,
            QT_TRANSLATE_NOOP(
                "Cli",
                "Nothing to count yet: add a partner and a collaboration "
                "(`collabdesk partners add`, `collabdesk collaborations add`), or try "
                "`collabdesk demo`.",
            ),
        )
        return
    say(out, QT_TRANSLATE_NOOP("Cli", "Due this week:"))
    queues = {
        "mine": words(QT_TRANSLATE_NOOP("Cli", "mine (%1)"), figures.me),
        "branch": figures.branch_name or words(QT_TRANSLATE_NOOP("Cli", "my branch")),
        "library": words(QT_TRANSLATE_NOOP("Cli", "the whole library")),
    }
    print_table(
        [
            (
                "  " + queues.get(q.who, q.who),
                f"{q.total}{'+' if q.capped else ''}",
                words(QT_TRANSLATE_NOOP("Cli", "%1 overdue"), q.overdue),
            )
            for q in figures.due
        ],
        out,
    )
    say(out, QT_TRANSLATE_NOOP("Cli", "Collaborations by stage:"))
    print_table([(f"  {s.stage}", str(s.count)) for s in figures.stages], out)
    say(out, QT_TRANSLATE_NOOP("Cli", "Value delivered in %1 (by delivery date):"), figures.year)
    print_table(
        [
            (f"  {v.direction}", v.partner_kind or "-", f"{v.amount} {v.currency}", str(v.count))
            for v in figures.values
        ],
        out,
    )
    say(out, QT_TRANSLATE_NOOP("Cli", "On time, last 12 months:"))
    print_table(
        [
            ("  " + words(QT_TRANSLATE_NOOP("Cli", "the library")), _rate(figures.library_on_time)),
            ("  " + words(QT_TRANSLATE_NOOP("Cli", "partners")), _rate(figures.partners_on_time)),
        ],
        out,
    )
    say(out, QT_TRANSLATE_NOOP("Cli", "Renewals due: %1"), figures.renewals_due)
    for line in figures.renewals:
        print(f"  {line.ends_on}  {line.title}", file=out)


def figures_json(figures: DashboardFigures) -> str:
    """The figures as the window keeps them, without the payload's version."""
    data = json.loads(figures.to_json())
    data.pop("version", None)
    return json.dumps(data, ensure_ascii=False, indent=1)
