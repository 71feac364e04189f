"""`collabdesk partners ...`: list, add, edit, delete and show partners."""

from __future__ import annotations

import argparse
import json
from typing import Any

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
    plist.set_defaults(handler=list_partners)
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
    pshow.set_defaults(handler=show_partner)
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
    from collabdesk.domain.enums import PartnerKind, PartnerStatus
    from collabdesk.services.partner_directory import PartnerQuery, directory_for

    directory = directory_for(ctx.db)
    query = PartnerQuery(
        text=args.search,
        kind=PartnerKind(args.kind) if args.kind else None,
        status=PartnerStatus(args.status) if args.status else None,
    )
    rows = directory.page(query, None, max(args.limit, 0), alphabetical=True)
    directory.close()
    out = ctx.out
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


def show_partner(args: argparse.Namespace, ctx: CommandContext) -> int:
    desk, out = ctx.desk, ctx.out
    record = desk.partners.get(args.id)
    contacts = desk.contacts.for_partner(args.id)
    usage = desk.partners.usage(args.id)
    if args.json:
        data = _partner_json(record) | {
            "website": record.website,
            "owner": record.owner,
            "tags": list(record.tags),
            "values_notes": record.values_notes,
            "notes": record.notes,
            "contacts": [
                {"id": c.id, "name": c.name, "role": c.role, "email": c.email, "phone": c.phone}
                for c in contacts
            ],
            "collaborations": [
                {"id": c.id, "title": c.title, "stage": c.stage.value, "role": c.role.value}
                for c in usage.collaborations
            ],
        }
        json.dump(data, out, ensure_ascii=False, indent=1)
        print(file=out)
        return EXIT_OK
    lines = [
        (QT_TRANSLATE_NOOP("Cli", "Name:"), record.name),
        (QT_TRANSLATE_NOOP("Cli", "Kind:"), record.kind.value),
        (QT_TRANSLATE_NOOP("Cli", "Status:"), record.status.value),
        (QT_TRANSLATE_NOOP("Cli", "City:"), record.city),
        (QT_TRANSLATE_NOOP("Cli", "Website:"), record.website),
        (QT_TRANSLATE_NOOP("Cli", "E-mail:"), record.email),
        (QT_TRANSLATE_NOOP("Cli", "Phone:"), record.phone),
        (QT_TRANSLATE_NOOP("Cli", "Owner:"), record.owner),
        (QT_TRANSLATE_NOOP("Cli", "Tags:"), ", ".join(record.tags)),
        (QT_TRANSLATE_NOOP("Cli", "Values:"), record.values_notes),
        (QT_TRANSLATE_NOOP("Cli", "Notes:"), record.notes),
    ]
    lines += [
        (QT_TRANSLATE_NOOP("Cli", "Contact:"), f"{c.name} {c.role} {c.email} {c.phone}".rstrip())
        for c in contacts
    ]
    lines += [
        (QT_TRANSLATE_NOOP("Cli", "In:"), f"{c.title} ({c.stage.value}, {c.role.value})")
        for c in usage.collaborations
    ]
    shown = [(words(label), value) for label, value in lines if value]
    width = max((len(label) for label, _value in shown), default=0)
    for label, value in shown:
        print(f"{label:{width}} {value}", file=out)
    return EXIT_OK
