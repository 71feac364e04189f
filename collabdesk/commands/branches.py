"""`collabdesk branches list|add|edit|remove`: the branches of a library
system (issue 19). A single library has one; adding a second makes it a
system, and the window then shows branch controls."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from collabdesk.commands.common import (
    CONTEXT,
    EXIT_OK,
    CliError,
    CommandContext,
    Parser,
    print_json,
    print_table,
)
from collabdesk.commands.language import say
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from collabdesk.services.branches import BranchRecord

NAME = "branches"
HELP = "list, add, edit and remove the branches of a library system"

# option → BranchDraft field (text fields; an empty value clears one).
TEXT_FIELDS = {"address": "address", "city": "city", "phone": "phone", "email": "email"}


def _fields(parser: argparse.ArgumentParser) -> None:
    for option in TEXT_FIELDS:
        parser.add_argument("--" + option, metavar=option.upper())
    parser.add_argument("--contact", type=int, metavar="STAFF_ID", help="the contact person")
    parser.add_argument("--signatory", type=int, metavar="STAFF_ID", help="who signs")
    parser.add_argument(
        "--colour", metavar="#RRGGBB", help='its own brand colour; "" for the system\'s'
    )
    parser.add_argument("--json", action="store_true")


def register(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    listing = actions.add_parser("list", help="list the branches")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=list_branches)
    add = actions.add_parser("add", help="add a branch")
    add.add_argument("name")
    _fields(add)
    add.set_defaults(handler=add_branch)
    change = actions.add_parser("edit", help="change a branch's fields")
    change.add_argument("id", type=int)
    change.add_argument("--name")
    _fields(change)
    change.set_defaults(handler=edit_branch)
    remove = actions.add_parser("remove", help="remove a branch that holds nothing")
    remove.add_argument("id", type=int)
    remove.set_defaults(handler=remove_branch)


def branch_json(record: BranchRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "name": record.name,
        "address": record.address,
        "city": record.city,
        "phone": record.phone,
        "email": record.email,
        "contact_staff_id": record.contact_staff_id,
        "contact": record.contact_name,
        "signatory_staff_id": record.signatory_staff_id,
        "signatory": record.signatory_name,
        "brand_colour": record.brand_colour,
        "colour": record.colour,
        "own_logo": record.has_own_logo,
        "collaborations": record.collaborations,
        "figures": record.figures,
        "staff": record.staff,
    }


def list_branches(args: argparse.Namespace, ctx: CommandContext) -> int:
    records = ctx.desk.branches.all()
    if args.json:
        print_json([branch_json(r) for r in records], ctx.out)
        return EXIT_OK
    table: list[tuple[str, ...]] = [("ID", "NAME", "CITY", "CONTACT", "COLLABORATIONS", "STAFF")]
    table += [
        (str(r.id), r.name, r.city, r.contact_name, str(r.collaborations), str(r.staff))
        for r in records
    ]
    print_table(table, ctx.out)
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Branches: %1"), len(records))
    return EXIT_OK


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    changes: dict[str, Any] = {
        field: getattr(args, option)
        for option, field in TEXT_FIELDS.items()
        if getattr(args, option) is not None
    }
    if args.contact is not None:
        changes["contact_staff_id"] = args.contact or None  # 0 clears it
    if args.signatory is not None:
        changes["signatory_staff_id"] = args.signatory or None
    if args.colour is not None:
        changes["brand_colour"] = args.colour
    return changes


def _print(args: argparse.Namespace, ctx: CommandContext, record: BranchRecord, said: str) -> None:
    if args.json:
        print_json(branch_json(record), ctx.out)
    else:
        say(ctx.out, said, record.id, record.name)


def add_branch(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.services.branches import BranchDraft

    record = ctx.desk.branches.add(BranchDraft(name=args.name, **_changes(args)))
    _print(args, ctx, record, QT_TRANSLATE_NOOP("Cli", "Added branch %1: %2"))
    return EXIT_OK


def edit_branch(args: argparse.Namespace, ctx: CommandContext) -> int:
    changes = _changes(args)
    if args.name is not None:
        changes["name"] = args.name
    if not changes:
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Cli", "Nothing to change: give at least one of --name, --city, --contact, ..."
                ),
            )
        )
    service = ctx.desk.branches
    current = service.get(args.id)
    record = service.edit(args.id, replace(current.to_draft(), **changes), current.version_id)
    _print(args, ctx, record, QT_TRANSLATE_NOOP("Cli", "Saved branch %1: %2"))
    return EXIT_OK


def remove_branch(args: argparse.Namespace, ctx: CommandContext) -> int:
    service = ctx.desk.branches
    name = service.get(args.id).name
    service.remove(args.id)
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Removed branch %1: %2"), args.id, name)
    return EXIT_OK
