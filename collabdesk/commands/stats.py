"""`collabdesk stats import FILE`, `stats list [--json] [--metric M]
[--category C]`, `stats add NAME PERIOD VALUE [--category C] …` and
`stats profile NAME [--until PERIOD] [--json]` (the audience profile the
pitch shows: a metric's categories over twelve months, largest first)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TextIO

from collabdesk.commands.common import (
    CONTEXT,
    EXIT_OK,
    CliError,
    CommandContext,
    Parser,
    print_table,
)
from collabdesk.commands.language import language, say
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from collections.abc import Sequence

    from collabdesk.commands.reading import Reading
    from collabdesk.services.metrics import MetricRecord

NAME = "stats"
HELP = "import and list the library's statistics"


def register(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    load = actions.add_parser("import", help="import figures from a .csv or .xlsx file")
    load.add_argument("file")
    load.set_defaults(handler=import_figures)
    listing = actions.add_parser("list", help="list every figure")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--metric", help="only this metric's figures")
    listing.add_argument(
        "--category", help="only this category's figures (an age band, a district)"
    )
    listing.set_defaults(handler=list_figures, reader=read_figures)
    add = actions.add_parser("add", help="record one figure (replaces the same month's)")
    add.add_argument("name")
    add.add_argument("period", help="the month: 2026-03, 03.2026 or 'март 2026'")
    add.add_argument("value")
    add.add_argument("--unit", default="")
    add.add_argument("--source", default="")
    add.add_argument("--branch", default="")
    add.add_argument("--category", default="", help="one part of a breakdown; omitted: the total")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=add_figure)
    profile = actions.add_parser(
        "profile", help="a metric's categories over twelve months, largest first"
    )
    profile.add_argument("name")
    profile.add_argument("--until", help="the last month counted (default: the latest)")
    profile.add_argument("--json", action="store_true")
    profile.set_defaults(handler=show_profile)


def import_figures(args: argparse.Namespace, ctx: CommandContext) -> int:
    path = Path(args.file).expanduser()
    if not path.is_file():
        raise CliError(Message(CONTEXT, QT_TRANSLATE_NOOP("Cli", "There is no file %1."), (path,)))
    parsed = ctx.desk.statistics.read_import(path)
    if ctx.db.sqlite_path is not None and parsed.figures:  # as partners import does
        from collabdesk.store.backup import take_backup

        take_backup(ctx.db.sqlite_path, "before_import")
    count = ctx.desk.statistics.save_figures(parsed.figures)
    if parsed.layout == "wide":
        layout = Message(CONTEXT, QT_TRANSLATE_NOOP("Cli", "metrics in rows"))
    else:
        layout = Message(CONTEXT, QT_TRANSLATE_NOOP("Cli", "one row per figure"))
    if count == 1:  # English needs the singular; the Russian sentence has no plural to agree
        template = QT_TRANSLATE_NOOP("Cli", "Imported %1 figure from %2 (%3).")
    else:
        template = QT_TRANSLATE_NOOP("Cli", "Imported %1 figures from %2 (%3).")
    say(ctx.out, template, count, path.name, layout)
    return EXIT_OK


def _figure_json(f: MetricRecord | FigureLine) -> dict[str, str]:
    return {
        "name": f.name,
        "period": f.period_start.isoformat(),
        "value": str(f.value),
        "unit": f.unit,
        "source": f.source,
        "branch": f.branch,
        "category": f.category,
    }


def _number(value: Decimal) -> str:
    """As people write it: "12", "3 000" / "3,000", never "3000.00"."""
    from collabdesk.reports.texts import format_number

    return format_number(value, language())


class FigureLine(NamedTuple):
    """What the list shows of a services/metrics.MetricRecord."""

    id: int
    name: str
    period_start: date
    value: Decimal
    unit: str
    source: str
    branch: str
    category: str


def list_figures(args: argparse.Namespace, ctx: CommandContext) -> int:
    return print_figures(args, ctx.desk.metrics.all(), ctx.out)


def read_figures(args: argparse.Namespace, reading: Reading) -> int:
    """The same list over the read path's plain connection, in MetricService.all's
    order; a value as SQLAlchemy's Numeric(16, 2) reads it back from SQLite."""
    found = reading.connection.execute(
        "SELECT id, name, period_start, value, unit, source, branch, category FROM metric "
        "ORDER BY name, period_start, category"
    )
    figures = [
        FigureLine(
            figure, name, date.fromisoformat(period), Decimal(f"{value:.2f}"),
            unit, source, branch, category,
        )
        for figure, name, period, value, unit, source, branch, category in found
    ]  # fmt: skip
    return print_figures(args, figures, reading.out)


def print_figures(
    args: argparse.Namespace, figures: Sequence[MetricRecord | FigureLine], out: TextIO
) -> int:
    if args.metric is not None:
        figures = [f for f in figures if f.name == args.metric.strip()]
    if args.category is not None:
        figures = [f for f in figures if f.category == " ".join(args.category.split())]
    if args.json:
        data = [_figure_json(f) for f in figures]
        print(json.dumps(data, ensure_ascii=False, indent=2), file=out)
        return EXIT_OK
    if not figures:
        say(
            out,
            QT_TRANSLATE_NOOP(
                "Cli", "No statistics yet. Import some with: collabdesk stats import FILE"
            ),
        )
        return EXIT_OK
    rows = [("NAME", "PERIOD", "VALUE", "UNIT", "BRANCH", "CATEGORY")]
    rows += [
        (
            f.name,
            f.period_start.strftime("%Y-%m"),
            _number(f.value),
            f.unit,
            f.branch,
            f.category,
        )
        for f in figures
    ]
    print_table(rows, out)
    return EXIT_OK


def _period(text: str) -> date:
    from collabdesk.services.statistics_cells import parse_period

    try:
        return parse_period(text)
    except ValueError:
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Cli", "'%1' is not a month (write e.g. 2026-03, 03.2026 or 'март 2026')."
                ),
                (text[:40],),
            )
        ) from None


def add_figure(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.services.statistics_cells import parse_number

    period = _period(args.period)
    try:
        value = parse_number(args.value)
    except ValueError:
        raise CliError(
            Message(CONTEXT, QT_TRANSLATE_NOOP("Cli", "'%1' is not a number."), (args.value[:40],))
        ) from None
    unit = args.unit or ctx.desk.statistics.series(args.name.strip()).unit  # the metric's own
    record = ctx.desk.metrics.record(
        args.name, period, value, unit, args.source, args.branch, args.category
    )
    if args.json:
        print(json.dumps(_figure_json(record), ensure_ascii=False, indent=2), file=ctx.out)
        return EXIT_OK
    if record.category:
        say(
            ctx.out,
            QT_TRANSLATE_NOOP("Cli", "Recorded %1, %2, %3: %4"),
            record.name,
            record.category,
            record.period_start.strftime("%Y-%m"),
            _number(record.value),
        )
    else:
        say(
            ctx.out,
            QT_TRANSLATE_NOOP("Cli", "Recorded %1, %2: %3"),
            record.name,
            record.period_start.strftime("%Y-%m"),
            _number(record.value),
        )
    return EXIT_OK


def show_profile(args: argparse.Namespace, ctx: CommandContext) -> int:
    until = _period(args.until) if args.until else None
    profile = ctx.desk.statistics.audience_profile(args.name.strip(), until)
    if profile is None:
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "%1 has no categories in those twelve months. Record some with: "
                    "collabdesk stats add NAME PERIOD VALUE --category C",
                ),
                (args.name[:200],),
            )
        )
    if args.json:
        data = {
            "metric": profile.metric,
            "unit": profile.unit,
            "from": profile.first_month.isoformat(),
            "until": profile.last_month.isoformat(),
            "sources": list(profile.sources),
            "categories": [
                {"category": p.category, "total": str(p.total), "share": str(round(p.share, 4))}
                for p in profile.parts
            ],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2), file=ctx.out)
        return EXIT_OK
    say(
        ctx.out,
        QT_TRANSLATE_NOOP("Cli", "%1, %2 – %3:"),
        profile.metric,
        profile.first_month.strftime("%Y-%m"),
        profile.last_month.strftime("%Y-%m"),
    )
    rows = [("CATEGORY", "TOTAL", "SHARE")]
    rows += [
        (p.category, _number(p.total), f"{_number(round(p.share * 100, 1))} %")
        for p in profile.parts
    ]
    print_table(rows, ctx.out)
    return EXIT_OK
