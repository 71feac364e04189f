"""`collabdesk commitments add|show|deliver|waive|miss|make-good`: a promise
made and kept from a script, through the services the window uses."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from collabdesk.commands.common import (
    CONTEXT,
    EXIT_OK,
    CliError,
    CommandContext,
    Parser,
    iso,
    optional_date,
    parse_amount,
    parse_date,
    print_json,
)
from collabdesk.commands.language import say
from collabdesk.commands.staff import owner_text
from collabdesk.domain.enums import ValuationMethod
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from collabdesk.services.collaborations import CollaborationRecord
    from collabdesk.services.commitment_records import CommitmentRecord

DIRECTIONS = {"gives": "library_gives", "gets": "partner_gives"}
METHODS = tuple(method.value for method in ValuationMethod)


def register_entry(sub: argparse._SubParsersAction[Parser]) -> None:
    add = sub.add_parser("add", help="add a promise of the library (gives) or the partner (gets)")
    add.add_argument("collaboration", type=int, metavar="COLLABORATION_ID")
    add.add_argument("--direction", choices=sorted(DIRECTIONS), required=True)
    add.add_argument("--what", required=True, help="what is promised")
    add.add_argument(
        "--what-translation", default="", metavar="TEXT", help="--what in the second language"
    )
    add.add_argument(
        "--partner", type=int, metavar="ID", help="the collaboration's only one if not given"
    )
    add.add_argument("--quantity", metavar="N")
    add.add_argument("--unit", default="", metavar="U")
    add.add_argument("--due", metavar="DATE", help="2027-03-01 or 01.03.2027")
    add.add_argument("--owner", default="", metavar="NAME")
    add.add_argument("--value", metavar="AMOUNT", help="estimated value in kind")
    add.add_argument("--currency", default="RUB", metavar="CUR")
    add.add_argument("--method", choices=METHODS, metavar="M", help=", ".join(METHODS))
    add.add_argument("--json", action="store_true", help="print it as `show --json` does")
    add.set_defaults(handler=add_commitment)
    edit = sub.add_parser("edit", help="change a promise's owner, due date or text")
    edit.add_argument("id", type=int, metavar="ID")
    edit.add_argument("--owner", metavar="NAME", help='a staff name or staff:ID; "" for nobody')
    edit.add_argument("--due", metavar="DATE", help="2027-03-01 or 01.03.2027")
    edit.add_argument("--what", metavar="TEXT")
    edit.add_argument("--json", action="store_true", help="print it as `show --json` does")
    edit.set_defaults(handler=edit_commitment)
    show = sub.add_parser("show", help="one commitment with its proofs")
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=show_commitment)
    deliver = sub.add_parser("deliver", help="mark delivered, with proof files, a link or a note")
    deliver.add_argument("id", type=int, metavar="ID")
    deliver.add_argument(
        "--on", metavar="DATE", help="the day it was delivered (today if not given)"
    )
    deliver.add_argument("--proof", action="append", default=[], metavar="FILE")
    deliver.add_argument("--url", default="", metavar="URL")
    deliver.add_argument("--note", default="", metavar="TEXT")
    deliver.set_defaults(handler=deliver_commitment)
    waive = sub.add_parser("waive", help="let the other side off a promise")
    waive.add_argument("id", type=int, metavar="ID")
    waive.add_argument("--reason", required=True, metavar="TEXT")
    waive.set_defaults(handler=waive_commitment)
    miss = sub.add_parser("miss", help="mark a promise missed")
    miss.add_argument("id", type=int, metavar="ID")
    miss.set_defaults(handler=miss_commitment)
    good = sub.add_parser("make-good", help="a new promise that replaces a missed one")
    good.add_argument("id", type=int, metavar="ID")
    good.add_argument("--what", required=True, metavar="TEXT")
    good.add_argument("--due", metavar="DATE")
    good.add_argument("--json", action="store_true")
    good.set_defaults(handler=make_good)


def row_json(row: Any) -> dict[str, Any]:
    """One tracker row as `commitments list --json` prints it."""
    return {
        "id": row.id,
        "collaboration_id": row.collaboration_id,
        "collaboration": row.collaboration_title,
        "partner_id": row.partner_id,
        "partner": row.partner_name,
        "direction": row.direction.value,
        "description": row.description,
        "quantity": None if row.quantity is None else str(row.quantity),
        "unit": row.unit,
        "due_on": iso(row.due_on),
        "owner": row.owner,
        "status": row.status.value,
        "overdue": row.overdue,
        "value": None if row.value is None else str(row.value),
        "currency": row.currency,
        "delivered_on": iso(row.delivered_on),
        "proofs": row.proofs,
    }


def commitment_json(ctx: CommandContext, commitment_id: int) -> dict[str, Any]:
    """`show --json`: the list's object, and what only one commitment shows."""
    from collabdesk.services.commitment_tracker import TrackerQuery

    record = ctx.desk.commitments.get(commitment_id)  # "there is no commitment …"
    query = TrackerQuery(collaboration_id=record.collaboration_id)
    rows = ctx.desk.tracker.page(query, None, 100_000)
    row = next(r for r in rows if r.id == commitment_id)
    return (
        row_json(row)
        | {
            "description_translation": record.description_translation,
            "owner_staff_id": record.owner_staff_id,
            "valuation_method": record.valuation_method.value if record.valuation_method else None,
            "waived_reason": record.waived_reason,
            "proof_note": record.proof_note,
            "make_good_for": record.make_good_for_id,
            "proof_items": [
                {"file": p.original_name, "url": p.url, "note": p.note}
                for p in ctx.desk.proofs.for_commitment(commitment_id)
            ],
        }
        | _delivery(ctx, commitment_id)
    )


def _delivery(ctx: CommandContext, commitment_id: int) -> dict[str, Any]:
    """Its series and steps, as `commitments list --json` shows them."""
    from collabdesk.services.plain_rows import connection_run
    from collabdesk.services.tracker_sql import delivery_details

    with ctx.db.engine.connect() as connection:
        return delivery_details(connection_run(connection), [commitment_id])[commitment_id]


def _error(template: str, *args: object) -> CliError:
    return CliError(Message(CONTEXT, template, args))


def _partner_of(record: CollaborationRecord, given: int | None) -> int | None:
    """The partner a promise is with: the one named, else the collaboration's
    only partner; with several and none named, a refusal that names them."""
    partners = record.partners
    listed = "; ".join(f"{p.partner_id}: {p.name}" for p in partners)
    if given is not None:
        if partners and given not in {p.partner_id for p in partners}:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Cli", "Partner %1 is not a partner of collaboration %2; its partners: %3"
                ),
                given,
                record.id,
                listed,
            )
        return given
    if len(partners) > 1:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Cli", "Collaboration %1 has several partners; name one with --partner: %2"
            ),
            record.id,
            listed,
        )
    return partners[0].partner_id if partners else None


def _added(ctx: CommandContext, args: argparse.Namespace, record: CommitmentRecord) -> int:
    if args.json:
        print_json(commitment_json(ctx, record.id), ctx.out)
    else:
        say(
            ctx.out,
            QT_TRANSLATE_NOOP("Cli", "Added commitment %1: %2"),
            record.id,
            record.description,
        )
    return EXIT_OK


def add_commitment(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.domain.enums import Direction
    from collabdesk.services.commitment_records import CommitmentDraft

    collaboration = ctx.desk.collaborations.get(args.collaboration)
    if args.partner is not None:
        ctx.desk.partners.get(args.partner)  # "there is no partner with id …" first
    if (args.quantity is None) != (not args.unit):
        raise _error(QT_TRANSLATE_NOOP("Cli", "--quantity and --unit go together."))
    draft = CommitmentDraft(
        direction=Direction(DIRECTIONS[args.direction]),
        description=args.what,
        description_translation=args.what_translation,
        partner_id=_partner_of(collaboration, args.partner),
        quantity=None if args.quantity is None else parse_amount(args.quantity, "--quantity"),
        unit=args.unit,
        due_on=optional_date(args.due, "--due"),
        owner=owner_text(ctx, args.owner),
        value=None if args.value is None else parse_amount(args.value, "--value"),
        currency=args.currency.strip().upper(),
        valuation_method=ValuationMethod(args.method) if args.method else None,
    )
    return _added(ctx, args, ctx.desk.commitments.add(collaboration.id, draft))


def edit_commitment(args: argparse.Namespace, ctx: CommandContext) -> int:
    from dataclasses import replace

    record = ctx.desk.commitments.get(args.id)
    draft = record.to_draft()
    if args.owner is not None:
        draft = replace(draft, owner=owner_text(ctx, args.owner))
    if args.due is not None:
        draft = replace(draft, due_on=optional_date(args.due, "--due"))
    if args.what is not None:
        draft = replace(draft, description=args.what)
    saved = ctx.desk.commitments.update(args.id, draft, record.version_id)
    if args.json:
        print_json(commitment_json(ctx, saved.id), ctx.out)
        return EXIT_OK
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Saved commitment %1: %2"), saved.id, saved.owner)
    return EXIT_OK


def show_commitment(args: argparse.Namespace, ctx: CommandContext) -> int:
    shown = commitment_json(ctx, args.id)
    if args.json:
        print_json(shown, ctx.out)
        return EXIT_OK
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Commitment %1: %2"), shown["id"], shown["description"])
    for key in (
        "description_translation",
        "collaboration",
        "partner",
        "direction",
        "quantity",
        "unit",
        "due_on",
        "owner",
        "status",
        "value",
        "currency",
        "delivered_on",
        "waived_reason",
        "proof_note",
    ):
        if shown[key] not in (None, ""):
            print(f"  {key}: {shown[key]}", file=ctx.out)
    for proof in shown["proof_items"]:
        print("  proof: " + " ".join(v for v in proof.values() if v), file=ctx.out)
    return EXIT_OK


def deliver_commitment(args: argparse.Namespace, ctx: CommandContext) -> int:
    from datetime import date

    from collabdesk.services.proofs import ProofInput

    on = parse_date(args.on, "--on") if args.on is not None else date.today()
    proofs = [ProofInput(file=Path(name)) for name in args.proof]
    if args.url:
        proofs.append(ProofInput(url=args.url))
    if proofs and args.note:  # the note travels with the first proof
        first = proofs[0]
        proofs[0] = ProofInput(file=first.file, url=first.url, note=args.note)
    note = "" if proofs else args.note
    record = ctx.desk.proofs.deliver_all(args.id, on, proofs, note)
    say(
        ctx.out,
        QT_TRANSLATE_NOOP("Cli", "Delivered commitment %1 on %2: %3 (proofs: %4)"),
        record.id,
        on.isoformat(),
        record.description,
        len(proofs),
    )
    return EXIT_OK


def waive_commitment(args: argparse.Namespace, ctx: CommandContext) -> int:
    record = ctx.desk.commitments.waive(args.id, args.reason)
    say(
        ctx.out, QT_TRANSLATE_NOOP("Cli", "Waived commitment %1: %2"), record.id, record.description
    )
    return EXIT_OK


def miss_commitment(args: argparse.Namespace, ctx: CommandContext) -> int:
    record = ctx.desk.commitments.miss(args.id)
    say(
        ctx.out, QT_TRANSLATE_NOOP("Cli", "Missed commitment %1: %2"), record.id, record.description
    )
    return EXIT_OK


def make_good(args: argparse.Namespace, ctx: CommandContext) -> int:
    record = ctx.desk.commitments.make_good(args.id, args.what, optional_date(args.due, "--due"))
    return _added(ctx, args, record)
