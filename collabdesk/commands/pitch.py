"""`collabdesk pitch COLLABORATION_ID [--partner ID] [--lang ru|en] --out FILE.pdf`."""

from __future__ import annotations

import argparse
from pathlib import Path

from collabdesk.commands.common import CONTEXT, EXIT_OK, CliError, CommandContext
from collabdesk.commands.language import say
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

NAME = "pitch"
HELP = "write the pitch PDF of a collaboration for one of its partners"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("collaboration_id", type=int)
    parser.add_argument(
        "--partner", type=int, default=None, help="partner id (default: the main one)"
    )
    parser.add_argument("--lang", choices=("ru", "en"), default=None)
    parser.add_argument("--out", required=True, help="where to write the PDF")
    parser.set_defaults(handler=run)


def language(ctx: CommandContext, chosen: str | None) -> str:
    return chosen or ctx.desk.library.profile().default_language or "ru"


def output_path(value: str) -> Path:
    path = Path(value).expanduser()
    if path.is_dir():
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Cli", "%1 is a folder; give a file name ending in .pdf."),
                (path,),
            )
        )
    return path


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.reports.output import write_atomically
    from collabdesk.reports.pitch import build_pitch

    out = output_path(args.out)
    content = ctx.desk.pitch_content.gather(args.collaboration_id, args.partner)
    write_atomically(out, build_pitch(content, language(ctx, args.lang)))
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Wrote %1"), out)
    return EXIT_OK
