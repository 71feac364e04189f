"""`collabdesk legal show|set [--partner ID]`: the legal details an
agreement or an act of transfer names (the library's without --partner)."""

from __future__ import annotations

import argparse
from dataclasses import asdict, replace

from collabdesk.commands.common import (
    CONTEXT,
    EXIT_OK,
    CliError,
    CommandContext,
    Parser,
    print_json,
)
from collabdesk.commands.language import say, text
from collabdesk.domain.legal_numbers import LEGAL_FIELDS
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

NAME = "legal"
HELP = "show or change the legal details (INN, KPP, OGRN, signatory) of a partner or the library"

# option → LegalDraft field; an empty value clears the field.
OPTIONS = LEGAL_FIELDS


def register(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    change = sub.add_parser("set", help="change fields; an empty value clears one")
    change.add_argument("--partner", type=int, default=None, help="partner id (default: library)")
    for option in OPTIONS:
        change.add_argument("--" + option.replace("_", "-"), metavar="TEXT")
    change.set_defaults(handler=set_details)
    show = sub.add_parser("show", help="the details, and what an agreement still lacks")
    show.add_argument("--partner", type=int, default=None, help="partner id (default: library)")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=show_details)


def set_details(args: argparse.Namespace, ctx: CommandContext) -> int:
    changes = {name: getattr(args, name) for name in OPTIONS if getattr(args, name) is not None}
    if not changes:
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Cli", "Nothing to change: give at least one of --legal-name, --inn, ..."
                ),
            )
        )
    legal = ctx.desk.legal
    legal.save(args.partner, replace(legal.get(args.partner), **changes))
    names = ", ".join(name.replace("_", "-") for name in OPTIONS if name in changes)
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Saved the legal details: %1"), names)
    return EXIT_OK


def show_details(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.services.legal_details import LABEL

    draft = ctx.desk.legal.get(args.partner)
    shown = asdict(draft)
    if args.json:
        print_json(shown | {"missing": list(draft.missing())}, ctx.out)
        return EXIT_OK
    labelled = [(text(Message("Field", LABEL[name])), value) for name, value in shown.items()]
    width = max(len(label) for label, _value in labelled) + 1
    for label, value in labelled:
        if value:
            print(f"{label + ':':{width}} {value}", file=ctx.out)
    if draft.missing():
        lacking = ", ".join(text(Message("Field", LABEL[name])) for name in draft.missing())
        say(ctx.out, QT_TRANSLATE_NOOP("Cli", "An agreement still needs: %1"), lacking)
    return EXIT_OK
