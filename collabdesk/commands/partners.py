"""`collabdesk partners ...`: list, add, edit, delete and show partners."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO

from collabdesk.commands.common import (
    CONTEXT,
    EXIT_OK,
    KINDS,
    STATUSES,
    CliError,
    CommandContext,
    Parser,
    print_table,
)
from collabdesk.commands.language import say, words
from collabdesk.commands.partner_transfer import register_transfer
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from collabdesk.commands.reading import Reading
    from collabdesk.services.partner_directory import PartnerDirectory

NAME = "partners"
HELP = "list, add, edit, delete, show, import, export partners"


def register(parser: argparse.ArgumentParser) -> None:
    pcmd = parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    plist = pcmd.add_parser("list", help="list partners; search, filter by kind or status")
    plist.add_argument("--search", default="")
    plist.add_argument("--kind", choices=KINDS)
    plist.add_argument("--status", choices=STATUSES)
    plist.add_argument("--limit", type=int, default=1000)
    plist.add_argument("--json", action="store_true")
    plist.set_defaults(handler=list_partners, reader=read_partners)
    padd = pcmd.add_parser("add", help="add a partner")
    padd.add_argument("--name", required=True)
    padd.set_defaults(handler=add_partner)
    pedit = pcmd.add_parser("edit", help="change a partner's fields")
    pedit.add_argument("id", type=int)
    pedit.add_argument("--name")
    pedit.set_defaults(handler=edit_partner)
    for edit_parser in (padd, pedit):
        edit_parser.add_argument("--kind", choices=KINDS)
        edit_parser.add_argument("--status", choices=STATUSES)
        edit_parser.add_argument("--email")
        edit_parser.add_argument("--city")
        edit_parser.add_argument("--phone")
        edit_parser.add_argument("--website")
    pdel = pcmd.add_parser("delete", help="delete a partner that no collaboration uses")
    pdel.add_argument("id", type=int)
    pdel.set_defaults(handler=delete_partner)
    pshow = pcmd.add_parser("show", help="one partner with contacts and collaborations")
    pshow.add_argument("id", type=int)
    pshow.add_argument("--json", action="store_true")
    pshow.set_defaults(handler=show_partner, reader=read_partner)
    register_transfer(pcmd)


def _partner_json(record: Any) -> dict[str, Any]:
    return {
        "id": record.id,
        "name": record.name,
        "kind": record.kind.value,
        "status": record.status.value,
        "city": record.city,
        "email": record.email,
        "phone": record.phone,
    }


def list_partners(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.services.partner_directory import directory_for

    return print_partners(args, directory_for(ctx.db), ctx.out)


def read_partners(args: argparse.Namespace, reading: Reading) -> int:
    """The same list over the read path's plain connection (no SQLAlchemy)."""
    from collabdesk.services.partner_directory import PartnerDirectory

    connection = reading.connection
    directory = PartnerDirectory(
        lambda sql, params: connection.execute(sql, tuple(params)).fetchall(), fts=True
    )
    return print_partners(args, directory, reading.out)


def print_partners(args: argparse.Namespace, directory: PartnerDirectory, out: TextIO) -> int:
    from collabdesk.domain.enums import PartnerKind, PartnerStatus
    from collabdesk.services.partner_directory import PartnerQuery

    query = PartnerQuery(
        text=args.search,
        kind=PartnerKind(args.kind) if args.kind else None,
        status=PartnerStatus(args.status) if args.status else None,
    )
    rows = directory.page(query, 0, max(args.limit, 0), alphabetical=True)
    directory.close()
    if args.json:
        json.dump([_partner_json(r) for r in rows], out, ensure_ascii=False, indent=1)
        print(file=out)
        return EXIT_OK
    table: list[tuple[str, ...]] = [("ID", "NAME", "KIND", "STATUS", "CITY", "E-MAIL")]
    table += [(str(r.id), r.name, r.kind.value, r.status.value, r.city, r.email) for r in rows]
    print_table(table, out)
    say(out, QT_TRANSLATE_NOOP("Cli", "Partners: %1"), len(rows))
    return EXIT_OK


def add_partner(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.domain.enums import PartnerKind, PartnerStatus
    from collabdesk.services.partners import PartnerDraft

    draft = PartnerDraft(
        name=args.name,
        kind=PartnerKind(args.kind or "business"),
        status=PartnerStatus(args.status or "prospect"),
        email=args.email or "",
        city=args.city or "",
        phone=args.phone or "",
        website=args.website or "",
    )
    record = ctx.desk.partners.create(draft)
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Added partner %1: %2"), record.id, record.name)
    return EXIT_OK


def edit_partner(args: argparse.Namespace, ctx: CommandContext) -> int:
    from dataclasses import replace

    from collabdesk.domain.enums import PartnerKind, PartnerStatus

    partners = ctx.desk.partners
    current = partners.get(args.id)
    changes = {
        key: value
        for key, value in {
            "name": args.name,
            "email": args.email,
            "city": args.city,
            "phone": args.phone,
            "website": args.website,
            "kind": PartnerKind(args.kind) if args.kind else None,
            "status": PartnerStatus(args.status) if args.status else None,
        }.items()
        if value is not None
    }
    if not changes:
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Cli", "Nothing to change: give at least one of --name, --kind, --email, ..."
                ),
            )
        )
    record = partners.update(args.id, replace(current.to_draft(), **changes), current.version_id)
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Saved partner %1: %2"), record.id, record.name)
    return EXIT_OK


def delete_partner(args: argparse.Namespace, ctx: CommandContext) -> int:
    record = ctx.desk.partners.get(args.id)
    ctx.desk.partners.delete(args.id)
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Deleted partner %1: %2"), record.id, record.name)
    return EXIT_OK


class PartnerShown(NamedTuple):
    """One partner as `partners show` prints it, whichever path read it."""

    partner: dict[str, Any]  # _partner_json's keys, then website, owner, tags, notes
    contacts: list[dict[str, Any]]  # id, name, role, email, phone
    collaborations: list[dict[str, Any]]  # id, title, stage, role


def show_partner(args: argparse.Namespace, ctx: CommandContext) -> int:
    desk = ctx.desk
    record = desk.partners.get(args.id)
    contacts = desk.contacts.for_partner(args.id)
    usage = desk.partners.usage(args.id)
    shown = PartnerShown(
        _partner_json(record)
        | {
            "website": record.website,
            "owner": record.owner,
            "tags": list(record.tags),
            "values_notes": record.values_notes,
            "notes": record.notes,
        },
        [
            {"id": c.id, "name": c.name, "role": c.role, "email": c.email, "phone": c.phone}
            for c in contacts
        ],
        [
            {"id": c.id, "title": c.title, "stage": c.stage.value, "role": c.role.value}
            for c in usage.collaborations
        ],
    )
    return print_partner(args, shown, ctx.out)


def read_partner(args: argparse.Namespace, reading: Reading) -> int | None:
    """`partners show` over the read path's plain connection, in the orders
    PartnerService.get/usage and ContactService.for_partner read; None (the
    full path, with its message) when there is no such partner."""
    sql = reading.connection.execute
    found = sql(
        "SELECT id, name, kind, status, city, email, phone, website, owner, values_notes, notes "
        "FROM partner WHERE id = ?",
        (args.id,),
    ).fetchone()
    if found is None:
        return None
    keys = ("id", "name", "kind", "status", "city", "email", "phone", "website", "owner")
    partner: dict[str, Any] = dict(zip(keys, found, strict=False))
    partner["tags"] = [
        name
        for (name,) in sql(
            "SELECT tag.name FROM tag JOIN partner_tag ON partner_tag.tag_id = tag.id "
            "WHERE partner_tag.partner_id = ? ORDER BY tag.name",
            (args.id,),
        )
    ]
    partner["values_notes"], partner["notes"] = found[9], found[10]
    contacts = [
        dict(zip(("id", "name", "role", "email", "phone"), row, strict=True))
        for row in sql(
            "SELECT id, name, role, email, phone FROM contact WHERE partner_id = ? ORDER BY name",
            (args.id,),
        )
    ]
    collaborations = [
        dict(zip(("id", "title", "stage", "role"), row, strict=True))
        for row in sql(
            "SELECT collaboration.id, collaboration.title, collaboration.stage, "
            "collaboration_partner.role FROM collaboration JOIN collaboration_partner "
            "ON collaboration.id = collaboration_partner.collaboration_id "
            "WHERE collaboration_partner.partner_id = ? ORDER BY collaboration.title",
            (args.id,),
        )
    ]
    return print_partner(args, PartnerShown(partner, contacts, collaborations), reading.out)


def print_partner(args: argparse.Namespace, shown: PartnerShown, out: TextIO) -> int:
    record = shown.partner
    if args.json:
        data = record | {"contacts": shown.contacts, "collaborations": shown.collaborations}
        json.dump(data, out, ensure_ascii=False, indent=1)
        print(file=out)
        return EXIT_OK
    lines = [
        (QT_TRANSLATE_NOOP("Cli", "Name:"), record["name"]),
        (QT_TRANSLATE_NOOP("Cli", "Kind:"), record["kind"]),
        (QT_TRANSLATE_NOOP("Cli", "Status:"), record["status"]),
        (QT_TRANSLATE_NOOP("Cli", "City:"), record["city"]),
        (QT_TRANSLATE_NOOP("Cli", "Website:"), record["website"]),
        (QT_TRANSLATE_NOOP("Cli", "E-mail:"), record["email"]),
        (QT_TRANSLATE_NOOP("Cli", "Phone:"), record["phone"]),
        (QT_TRANSLATE_NOOP("Cli", "Owner:"), record["owner"]),
        (QT_TRANSLATE_NOOP("Cli", "Tags:"), ", ".join(record["tags"])),
        (QT_TRANSLATE_NOOP("Cli", "Values:"), record["values_notes"]),
        (QT_TRANSLATE_NOOP("Cli", "Notes:"), record["notes"]),
    ]
    lines += [
        (
            QT_TRANSLATE_NOOP("Cli", "Contact:"),
            f"{c['name']} {c['role']} {c['email']} {c['phone']}".rstrip(),
        )
        for c in shown.contacts
    ]
    lines += [
        (QT_TRANSLATE_NOOP("Cli", "In:"), f"{c['title']} ({c['stage']}, {c['role']})")
        for c in shown.collaborations
    ]
    labelled = [(words(label), value) for label, value in lines if value]
    width = max((len(label) for label, _value in labelled), default=0)
    for label, value in labelled:
        print(f"{label:{width}} {value}", file=out)
    return EXIT_OK
