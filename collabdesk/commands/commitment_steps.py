"""`collabdesk commitments step ID --what TEXT [--who NAME] [--due DATE]`:
add a step to a commitment (artwork → approval → print → install)."""

from __future__ import annotations

import argparse

from collabdesk.commands.common import (
    EXIT_OK,
    CommandContext,
    Parser,
    iso,
    optional_date,
    print_json,
)
from collabdesk.commands.language import say
from collabdesk.commands.staff import owner_text
from collabdesk.domain.message import QT_TRANSLATE_NOOP


def register_step(sub: argparse._SubParsersAction[Parser]) -> None:
    step = sub.add_parser("step", help="add a step (what, who, by when) to a commitment")
    step.add_argument("id", type=int, metavar="ID", help="the commitment")
    step.add_argument("--what", required=True, metavar="TEXT", help="what is to be done")
    step.add_argument("--who", default="", metavar="NAME", help="who does it")
    step.add_argument("--due", metavar="DATE", help="by when: 2027-03-01 or 01.03.2027")
    step.add_argument("--json", action="store_true")
    step.set_defaults(handler=add_step)


def add_step(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.services.steps import StepDraft

    due = optional_date(args.due, "--due")  # a bad date is refused before anything is saved
    record = ctx.desk.steps.add(
        args.id, StepDraft(what=args.what, who=owner_text(ctx, args.who), due_on=due)
    )
    if args.json:
        print_json(
            {
                "id": f"step:{record.id}",
                "commitment_id": record.commitment_id,
                "position": record.position,
                "what": record.what,
                "who": record.who,
                "due_on": iso(record.due_on),
                "done_on": iso(record.done_on),
            },
            ctx.out,
        )
        return EXIT_OK
    say(
        ctx.out,
        QT_TRANSLATE_NOOP("Cli", "Added step:%1 to commitment %2: %3"),
        record.id,
        record.commitment_id,
        record.what,
    )
    return EXIT_OK
