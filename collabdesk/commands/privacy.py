"""`collabdesk privacy erase-contact ID [--reason TEXT] [--yes]`,
`privacy erase-staff ID ...` and `privacy log [--json]`: a person's data
erased on request, and the log of what was erased (never the data).

Without --yes an erasure only says what it would erase and exits 0, so a
script or a person sees the scope before anything is lost."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from collabdesk.commands.common import EXIT_OK, CommandContext, Parser, print_table
from collabdesk.commands.language import say, text
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from collabdesk.services.personal_data import ErasurePlan, PersonalDataService

NAME = "privacy"
HELP = "erase a person's personal data on request; the erasure log"


def register(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    for action, what, handler in (
        ("erase-contact", "a partner's contact person", erase_contact),
        ("erase-staff", "a staff member who left", erase_staff),
    ):
        erase = actions.add_parser(action, help=f"erase the personal data of {what}")
        erase.add_argument("id", type=int, help="the record's ID")
        erase.add_argument("--reason", default="", help="why (kept in the log; no personal data)")
        erase.add_argument(
            "--yes", action="store_true", help="erase; without it, only say what would be erased"
        )
        erase.set_defaults(handler=handler)
    log = actions.add_parser("log", help="what was erased, when and by whom (never the data)")
    log.add_argument("--json", action="store_true")
    log.set_defaults(handler=show_log)


def _service(ctx: CommandContext) -> PersonalDataService:
    from collabdesk.services.personal_data import PersonalDataService, who_is_here

    sessions = ctx.db.sessions
    return PersonalDataService(sessions, who=who_is_here(sessions, ctx.settings.data_dir))


def _joined(messages: list[Message]) -> str:
    return ", ".join(text(m) for m in messages)


def _describe(plan: ErasurePlan, ctx: CommandContext) -> None:
    from collabdesk.services.personal_data import KIND_WORDS, field_messages, place_messages

    kind = Message("PersonalData", KIND_WORDS[plan.table])
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "%1 %2: %3"), kind, plan.record_id, plan.name or "—")
    if plan.partner:
        say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Partner: %1"), plan.partner)
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Fields: %1"), _joined(field_messages(plan.fields)))
    places = _joined(place_messages(plan.places))
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Where: %1"), places or "—")


def _erase(args: argparse.Namespace, ctx: CommandContext, kind: str) -> int:
    service = _service(ctx)
    plan = service.plan_contact(args.id) if kind == "contact" else service.plan_staff(args.id)
    if not args.yes:
        say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Would erase (nothing is changed yet):"))
        _describe(plan, ctx)
        say(
            ctx.out,
            QT_TRANSLATE_NOOP(
                "Cli",
                "Erasing cannot be undone, not even by Undo. Run again with --yes to erase.",
            ),
        )
        return EXIT_OK
    if kind == "contact":
        record = service.erase_contact(args.id, args.reason)
    else:
        record = service.erase_staff(args.id, args.reason)
    from collabdesk.services.personal_data import place_messages

    say(
        ctx.out,
        QT_TRANSLATE_NOOP("Cli", "Erased (%1). Logged as erasure %2."),
        _joined(place_messages(record.places)) or "—",
        record.id,
    )
    return EXIT_OK


def erase_contact(args: argparse.Namespace, ctx: CommandContext) -> int:
    return _erase(args, ctx, "contact")


def erase_staff(args: argparse.Namespace, ctx: CommandContext) -> int:
    return _erase(args, ctx, "staff")


def show_log(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.services.personal_data import KIND_WORDS, field_messages, place_messages

    entries = _service(ctx).log()
    if args.json:
        data = [
            {
                "id": e.id,
                "table": e.table,
                "record_id": e.record_id,
                "fields": list(e.fields),
                "places": e.places,
                "erased_at": e.erased_at.isoformat(),
                "erased_by": e.erased_by,
                "reason": e.reason,
            }
            for e in entries
        ]
        json.dump(data, ctx.out, ensure_ascii=False, indent=1)
        print(file=ctx.out)
        return EXIT_OK
    if not entries:
        say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Nothing has been erased."))
        return EXIT_OK
    rows: list[tuple[str, ...]] = [
        ("ID", "ERASED (UTC)", "WHAT", "FIELDS", "WHERE", "BY", "REASON")
    ]
    for e in entries:
        kind = text(Message("PersonalData", KIND_WORDS.get(e.table, e.table)))
        rows.append(
            (
                str(e.id),
                f"{e.erased_at:%Y-%m-%d %H:%M}",
                f"{kind} {e.record_id}",
                _joined(field_messages(e.fields)),
                _joined(place_messages(e.places)),
                e.erased_by,
                e.reason,
            )
        )
    print_table(rows, ctx.out, max_width=80)
    return EXIT_OK
