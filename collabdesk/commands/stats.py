"""`collabdesk stats import FILE` and `collabdesk stats list [--json]`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from collabdesk.commands.common import (
    CONTEXT,
    EXIT_OK,
    CliError,
    CommandContext,
    Parser,
    print_table,
)
from collabdesk.commands.language import say
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

NAME = "stats"
HELP = "import and list the library's statistics"


def register(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    load = actions.add_parser("import", help="import figures from a .csv or .xlsx file")
    load.add_argument("file")
    load.set_defaults(handler=import_figures)
    listing = actions.add_parser("list", help="list every figure")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=list_figures)


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


def list_figures(args: argparse.Namespace, ctx: CommandContext) -> int:
    figures = ctx.desk.metrics.all()
    if args.json:
        data = [
            {
                "name": f.name,
                "period": f.period_start.isoformat(),
                "value": str(f.value),
                "unit": f.unit,
                "source": f.source,
                "branch": f.branch,
            }
            for f in figures
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2), file=ctx.out)
        return EXIT_OK
    if not figures:
        say(
            ctx.out,
            QT_TRANSLATE_NOOP(
                "Cli", "No statistics yet. Import some with: collabdesk stats import FILE"
            ),
        )
        return EXIT_OK
    rows = [("NAME", "PERIOD", "VALUE", "UNIT", "BRANCH")]
    rows += [
        (f.name, f.period_start.strftime("%Y-%m"), str(f.value), f.unit, f.branch) for f in figures
    ]
    print_table(rows, ctx.out)
    return EXIT_OK
