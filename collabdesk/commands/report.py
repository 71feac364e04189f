"""`collabdesk report annual --year 2026 [--branch ID] [--lang ru|en]
--out FILE.pdf|FILE.xlsx`: the annual portfolio report of one branch or
the whole system, written to a temporary file and renamed into place."""

from __future__ import annotations

import argparse
from pathlib import Path

from collabdesk.commands.common import CONTEXT, EXIT_OK, CliError, CommandContext, Parser
from collabdesk.commands.language import say
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

NAME = "report"
HELP = "write a report of the collaborations (annual: PDF or XLSX)"
SUFFIXES = (".pdf", ".xlsx")


def register(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    annual = actions.add_parser("annual", help="the annual portfolio report")
    annual.add_argument("--year", type=int, required=True, help="the year, e.g. 2026")
    annual.add_argument("--branch", type=int, default=None, help="one branch (default: all)")
    annual.add_argument("--lang", choices=("ru", "en"), default=None)
    annual.add_argument("--out", required=True, help="where to write: FILE.pdf or FILE.xlsx")
    annual.set_defaults(handler=run_annual)


def annual_path(value: str) -> Path:
    """The file to write: .pdf or .xlsx, not a folder."""
    path = Path(value).expanduser()
    if path.is_dir():
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Cli", "%1 is a folder; give a file name ending in .pdf or .xlsx."
                ),
                (path,),
            )
        )
    if path.suffix.lower() not in SUFFIXES:
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Cli", "The annual report is written as .pdf or .xlsx, not “%1”."
                ),
                (path.suffix or path.name,),
            )
        )
    return path


def run_annual(args: argparse.Namespace, ctx: CommandContext) -> int:
    from concurrent.futures import ThreadPoolExecutor

    from collabdesk.reports.annual_files import annual_bytes, prepare_writer
    from collabdesk.reports.output import write_atomically
    from collabdesk.services.annual_report import check_year

    check_year(args.year)
    out = annual_path(args.out)
    lang = args.lang or ctx.desk.library.profile().default_language or "ru"
    suffix = out.suffix.lower()
    # The figures are read (in C, on side connections) while this thread
    # imports the writer: on two cores the imports cost no waiting.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="annual-figures") as pool:
        reading = pool.submit(ctx.desk.annual_reports.gather, args.year, args.branch)
        prepare_writer(suffix)
        report = reading.result()
    data = annual_bytes(report, lang, suffix)
    try:
        write_atomically(out, data)
    except OSError as exc:
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Cli", "Cannot write %1: %2. Nothing was written."),
                (out, exc.strerror or exc),
            )
        ) from exc
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Wrote %1"), out)
    return EXIT_OK
