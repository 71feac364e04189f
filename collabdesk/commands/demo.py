"""`collabdesk demo`: fill an empty database with demo data."""

from __future__ import annotations

import argparse

from collabdesk.commands.common import EXIT_OK, CommandContext, system_language
from collabdesk.commands.language import say
from collabdesk.domain.message import QT_TRANSLATE_NOOP

NAME = "demo"
HELP = "fill an empty database with demo data"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=("ru", "en"), default=None)
    parser.add_argument(
        "--if-empty", action="store_true", help="do nothing (exit 0) when partners exist"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.services.demo import is_empty, load_demo

    if args.if_empty and not is_empty(ctx.db.sessions):
        say(
            ctx.out,
            QT_TRANSLATE_NOOP(
                "Cli", "The database already holds partners; demo data was not added."
            ),
        )
        return EXIT_OK
    lang = args.lang or system_language()
    count = load_demo(ctx.db.sessions, lang, data_dir=ctx.settings.data_dir)
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Added demo data (%1): %2 partners."), lang, count)
    return EXIT_OK
