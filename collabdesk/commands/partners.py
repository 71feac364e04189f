"""`collabdesk partners ...`: list, add, edit, delete and show partners."""

from __future__ import annotations

import argparse
import json
from typing import Any

from collabdesk.commands.common import (
    EXIT_OK,
    KINDS,
    STATUSES,
    CliError,
    CommandContext,
    Parser,
    print_table,
)
from collabdesk.commands.partner_transfer import ACTIONS as TRANSFER_ACTIONS
from collabdesk.commands.partner_transfer import register_transfer, run_transfer

NAME = "partners"
HELP = "list, add, edit, delete, show, import, export partners"


def register(parser: argparse.ArgumentParser) -> None:
    pcmd = parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    plist = pcmd.add_parser("list")
    plist.add_argument("--search", default="")
    plist.add_argument("--kind", choices=KINDS)
    plist.add_argument("--status", choices=STATUSES)
    plist.add_argument("--limit", type=int, default=1000)
    plist.add_argument("--json", action="store_true")
    padd = pcmd.add_parser("add")
    padd.add_argument("--name", required=True)
    pedit = pcmd.add_parser("edit")
    pedit.add_argument("id", type=int)
    pedit.add_argument("--name")
    for edit_parser in (padd, pedit):
        edit_parser.add_argument("--kind", choices=KINDS)
        edit_parser.add_argument("--status", choices=STATUSES)
        edit_parser.add_argument("--email")
        edit_parser.add_argument("--city")
        edit_parser.add_argument("--phone")
        edit_parser.add_argument("--website")
    pdel = pcmd.add_parser("delete")
    pdel.add_argument("id", type=int)
    pshow = pcmd.add_parser("show")
    pshow.add_argument("id", type=int)
    pshow.add_argument("--json", action="store_true")
    register_transfer(pcmd)  # import / export (data safety, issue 6)


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


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    db, desk, out = ctx.db, ctx.desk, ctx.out
    if args.action in TRANSFER_ACTIONS:
        return run_transfer(args, ctx)
    from dataclasses import replace

    from collabdesk.domain.enums import PartnerKind, PartnerStatus
    from collabdesk.services.partners import PartnerDraft

    if args.action == "list":
        from collabdesk.services.partner_directory import PartnerQuery, directory_for

        directory = directory_for(db)
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
        else:
            table: list[tuple[str, ...]] = [("ID", "NAME", "KIND", "STATUS", "CITY", "E-MAIL")]
            table += [
                (str(r.id), r.name, r.kind.value, r.status.value, r.city, r.email) for r in rows
            ]
            print_table(table, out)
            print(f"{len(rows)} partner(s)", file=out)
        return EXIT_OK
    if args.action == "add":
        draft = PartnerDraft(
            name=args.name,
            kind=PartnerKind(args.kind or "business"),
            status=PartnerStatus(args.status or "prospect"),
            email=args.email or "",
            city=args.city or "",
            phone=args.phone or "",
            website=args.website or "",
        )
        record = desk.partners.create(draft)
        print(f"Added partner {record.id}: {record.name}", file=out)
        return EXIT_OK
    if args.action == "edit":
        current = desk.partners.get(args.id)
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
            raise CliError("Nothing to change: give at least one of --name, --kind, --email, ...")
        record = desk.partners.update(
            args.id, replace(current.to_draft(), **changes), current.version_id
        )
        print(f"Saved partner {record.id}: {record.name}", file=out)
        return EXIT_OK
    if args.action == "delete":
        record = desk.partners.get(args.id)
        desk.partners.delete(args.id)
        print(f"Deleted partner {record.id}: {record.name}", file=out)
        return EXIT_OK
    # show
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
        ("Name", record.name),
        ("Kind", record.kind.value),
        ("Status", record.status.value),
        ("City", record.city),
        ("Website", record.website),
        ("E-mail", record.email),
        ("Phone", record.phone),
        ("Owner", record.owner),
        ("Tags", ", ".join(record.tags)),
        ("Values", record.values_notes),
        ("Notes", record.notes),
    ]
    for label, value in lines:
        if value:
            print(f"{label + ':':9} {value}", file=out)
    for contact in contacts:
        print(
            f"Contact:  {contact.name} {contact.role} {contact.email} {contact.phone}".rstrip(),
            file=out,
        )
    for collab in usage.collaborations:
        print(f"In:       {collab.title} ({collab.stage.value}, {collab.role.value})", file=out)
    return EXIT_OK
