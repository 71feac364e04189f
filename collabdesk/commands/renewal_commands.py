"""`collabdesk collaborations renew ID` (and its old name `commitments
renew ID`) and `collaborations renewals`: the renewal pipeline for scripts,
with the same services, dates and refusals as the window."""

from __future__ import annotations

import argparse
from typing import Any

from collabdesk.commands.common import EXIT_OK, CommandContext, print_json, print_table
from collabdesk.commands.language import say
from collabdesk.domain.message import QT_TRANSLATE_NOOP

RENEW_HELP = (
    "prepare next year's collaboration: from the renewal's due date (the end minus the largest "
    "lead of Settings ▸ Library, default 90 days) or any time after completion; lands in "
    "'preparing' with a title of its own, the promises planned a year later and open "
    "make-goods moved across"
)
RENEWALS_HELP = (
    "renewals due today (the soonest end first) and the renewal rate: completed "
    "collaborations that have a renewal, over completed ones"
)


def register_renew(sub: Any, help_text: str = RENEW_HELP) -> None:
    """`renew ID [--json]` under `sub` (collaborations, and commitments' alias)."""
    renew = sub.add_parser("renew", help=help_text, description=RENEW_HELP)
    renew.add_argument("collaboration", type=int, metavar="COLLABORATION_ID")
    renew.add_argument("--json", action="store_true", help="print the new collaboration's id")
    renew.set_defaults(handler=renew_collaboration)


def register_renewals(sub: Any) -> None:
    renewals = sub.add_parser("renewals", help=RENEWALS_HELP, description=RENEWALS_HELP)
    renewals.add_argument("--json", action="store_true")
    renewals.set_defaults(handler=list_renewals)


def renew_collaboration(args: argparse.Namespace, ctx: CommandContext) -> int:
    new_id = ctx.desk.renewals.renew(args.collaboration)
    record = ctx.desk.collaborations.get(new_id)
    if args.json:
        print_json(
            {
                "id": new_id,
                "title": record.title,
                "stage": record.stage.value,
                "renewed_from_id": args.collaboration,
                "starts_on": record.starts_on.isoformat() if record.starts_on else None,
                "ends_on": record.ends_on.isoformat() if record.ends_on else None,
                "commitments": record.commitments,
            },
            ctx.out,
        )
        return EXIT_OK
    say(
        ctx.out,
        QT_TRANSLATE_NOOP("Cli", "Renewed as collaboration %1: %2, stage “%3” (commitments: %4)"),
        new_id,
        record.title,
        record.stage.value,
        record.commitments,
    )
    return EXIT_OK


def list_renewals(args: argparse.Namespace, ctx: CommandContext) -> int:
    desk, out = ctx.desk, ctx.out
    due = desk.renewals.due()
    rate = desk.renewals.rate()
    if args.json:
        print_json(
            {
                "lead_days": list(desk.renewals.lead_days()),
                "due": [
                    {
                        "id": r.id,
                        "title": r.title,
                        "stage": r.stage.value,
                        "ends_on": r.ends_on.isoformat(),
                        "due_on": r.due_on.isoformat(),
                    }
                    for r in due
                ],
                "rate": {
                    "completed": rate.completed,
                    "renewed": rate.renewed,
                    "percent": rate.percent,
                },
            },
            out,
        )
        return EXIT_OK
    if due:
        table: list[tuple[str, ...]] = [("ID", "TITLE", "STAGE", "ENDS", "DUE SINCE")]
        table += [
            (str(r.id), r.title, r.stage.value, r.ends_on.isoformat(), r.due_on.isoformat())
            for r in due
        ]
        print_table(table, out)
    say(out, QT_TRANSLATE_NOOP("Cli", "Renewals due: %1"), len(due))
    if rate.percent is None:
        say(out, QT_TRANSLATE_NOOP("Cli", "Renewal rate: no completed collaboration yet"))
    else:
        say(
            out,
            QT_TRANSLATE_NOOP("Cli", "Renewal rate: %1% (%2 of %3 completed renewed)"),
            rate.percent,
            rate.renewed,
            rate.completed,
        )
    return EXIT_OK
