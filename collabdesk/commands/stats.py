"""`collabdesk stats import FILE` and `collabdesk stats list [--json]`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from collabdesk.commands.common import EXIT_OK, CliError, CommandContext, Parser, print_table

NAME = "stats"
HELP = "import and list the library's statistics"


def register(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    load = actions.add_parser("import", help="import figures from a .csv or .xlsx file")
    load.add_argument("file")
    listing = actions.add_parser("list", help="list every figure")
    listing.add_argument("--json", action="store_true")


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.action == "import":
        path = Path(args.file).expanduser()
        if not path.is_file():
            raise CliError(f"There is no file {path}.")
        parsed = ctx.desk.statistics.read_import(path)
        if ctx.db.sqlite_path is not None and parsed.figures:  # as partners import does
            from collabdesk.store.backup import take_backup

            take_backup(ctx.db.sqlite_path, "before_import")
        count = ctx.desk.statistics.save_figures(parsed.figures)
        layout = "metrics in rows" if parsed.layout == "wide" else "one row per figure"
        noun = "figure" if count == 1 else "figures"
        print(f"Imported {count} {noun} from {path.name} ({layout}).", file=ctx.out)
        return EXIT_OK
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
        print("No statistics yet. Import some with: collabdesk stats import FILE", file=ctx.out)
        return EXIT_OK
    rows = [("NAME", "PERIOD", "VALUE", "UNIT", "BRANCH")]
    rows += [
        (f.name, f.period_start.strftime("%Y-%m"), str(f.value), f.unit, f.branch) for f in figures
    ]
    print_table(rows, ctx.out)
    return EXIT_OK
