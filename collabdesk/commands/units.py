"""`collabdesk units list [--json]`, `units add WORD --lang ru --few F --many M`
and `units remove WORD`: the library's own units with their plural forms,
beside the catalogue that ships (a unit nobody gave forms is printed as typed)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO

from collabdesk.commands.common import EXIT_OK, CommandContext, Parser, print_table
from collabdesk.commands.language import say
from collabdesk.domain.message import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collabdesk.commands.reading import Reading

NAME = "units"
HELP = "the library's own units and their plural forms"


def register(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    listing = actions.add_parser("list", help="list the units the library added")
    listing.add_argument("--json", action="store_true")
    listing.add_argument(
        "--shipped", action="store_true", help="also list the units CollabDesk knows already"
    )
    listing.set_defaults(handler=list_units, reader=read_units)
    add = actions.add_parser(
        "add",
        help="add a unit with its forms (стенд --lang ru --few стенда --many стендов)",
    )
    add.add_argument("one", metavar="WORD", help="the form after 1 (стенд, stand)")
    add.add_argument("--lang", required=True, help="the word's language: ru, en, uk, …")
    add.add_argument("--few", default="", help="Russian: the form after 2, 3, 4 (стенда)")
    add.add_argument("--many", default="", help="Russian: the form after 5 (стендов)")
    add.add_argument("--other", default="", help="English: the plural (stands)")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=add_unit)
    remove = actions.add_parser("remove", help="remove a unit the library added")
    remove.add_argument("word", help="any of its forms, or its id")
    remove.set_defaults(handler=remove_unit)


class UnitLine(NamedTuple):
    """What the list shows of a services/units.UnitFormRecord."""

    id: int
    language: str
    one: str
    few: str
    many: str
    other: str


def _json(record: Any) -> dict[str, object]:
    """A UnitFormRecord or a UnitLine, as --json prints it."""
    return {
        "id": record.id,
        "language": record.language,
        "one": record.one,
        "few": record.few,
        "many": record.many,
        "other": record.other,
    }


def list_units(args: argparse.Namespace, ctx: CommandContext) -> int:
    return print_units(args, ctx.desk.units.all(), ctx.out)


def read_units(args: argparse.Namespace, reading: Reading) -> int:
    """The same list over the read path's plain connection, in UnitService.all's order."""
    found = reading.connection.execute(
        "SELECT id, language, one, few, many, other FROM unit_form ORDER BY language, one"
    )
    return print_units(args, [UnitLine(*row) for row in found], reading.out)


def print_units(args: argparse.Namespace, records: Sequence[Any], out: TextIO) -> int:
    if args.json:
        data: list[dict[str, object]] = [{**_json(r), "shipped": False} for r in records]
        if args.shipped:
            from collabdesk.domain.units import SHIPPED

            data += [{"id": None, **w._asdict(), "shipped": True} for w in SHIPPED]
        print(json.dumps(data, ensure_ascii=False, indent=2), file=out)
        return EXIT_OK
    rows = [("ID", "LANG", "ONE", "FEW", "MANY", "OTHER")]
    rows += [(str(r.id), r.language, r.one, r.few, r.many, r.other) for r in records]
    if args.shipped:
        from collabdesk.domain.units import SHIPPED

        rows += [("-", w.language, w.one, w.few, w.many, w.other) for w in SHIPPED]
    if len(rows) == 1:
        say(
            out,
            QT_TRANSLATE_NOOP(
                "Cli",
                "The library has added no units yet. Add one with: "
                "collabdesk units add WORD --lang ru --few F --many M",
            ),
        )
        return EXIT_OK
    print_table(rows, out)
    return EXIT_OK


def add_unit(args: argparse.Namespace, ctx: CommandContext) -> int:
    record = ctx.desk.units.add(args.lang, args.one, args.few, args.many, args.other)
    if args.json:
        print(json.dumps(_json(record), ensure_ascii=False, indent=2), file=ctx.out)
        return EXIT_OK
    from collabdesk.domain.units import unit_for

    forms = ", ".join(f"{n} {unit_for(n, record.one)}" for n in (1, 2, 5))
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Added unit %1: %2"), record.id, forms)
    return EXIT_OK


def remove_unit(args: argparse.Namespace, ctx: CommandContext) -> int:
    record = ctx.desk.units.remove(args.word)
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Removed unit %1: %2"), record.id, record.one)
    return EXIT_OK
