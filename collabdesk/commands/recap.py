"""`collabdesk recap COLLABORATION_ID [--internal] [--lang ru|en] [--partner ID]
[--system | --branch ID] --out FILE.pdf`."""

from __future__ import annotations

import argparse

from collabdesk.commands.common import EXIT_OK, CommandContext
from collabdesk.commands.language import say
from collabdesk.commands.pitch import add_scope_arguments, face_scope, language, output_path
from collabdesk.domain.message import QT_TRANSLATE_NOOP

NAME = "recap"
HELP = "write the recap PDF of a collaboration (partner or internal version)"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("collaboration_id", type=int)
    parser.add_argument(
        "--partner", type=int, default=None, help="partner id (default: the main one)"
    )
    parser.add_argument("--internal", action="store_true", help="the internal version")
    parser.add_argument("--lang", choices=("ru", "en"), default=None)
    parser.add_argument("--out", required=True, help="where to write the PDF")
    add_scope_arguments(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.reports.output import write_atomically
    from collabdesk.reports.recap import build_recap

    out = output_path(args.out)
    lang = language(ctx, args.lang)
    recap = ctx.desk.recaps.gather(
        args.collaboration_id,
        args.partner,
        internal=args.internal,
        language=lang,
        scope=face_scope(args),
    )
    write_atomically(out, build_recap(recap, lang))
    if recap.interim:
        say(
            ctx.out,
            QT_TRANSLATE_NOOP(
                "Cli", "The collaboration is not completed yet: the recap is marked interim."
            ),
        )
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Wrote %1"), out)
    return EXIT_OK
