"""`collabdesk collaborations ...`: list collaborations with their readiness,
show one with its checklist answers."""

from __future__ import annotations

import argparse
import json
from typing import Any

from collabdesk.commands.common import EXIT_OK, CommandContext, Parser, print_table
from collabdesk.commands.language import say
from collabdesk.domain.enums import Stage
from collabdesk.domain.message import QT_TRANSLATE_NOOP

NAME = "collaborations"
HELP = "list collaborations, show one with its checklist"
STAGES = tuple(stage.value for stage in Stage)


def register(parser: argparse.ArgumentParser) -> None:
    ccmd = parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    clist = ccmd.add_parser("list", help="list collaborations with their readiness")
    clist.add_argument("--stage", choices=STAGES)
    clist.add_argument("--json", action="store_true")
    clist.set_defaults(handler=list_collaborations)
    cshow = ccmd.add_parser("show", help="one collaboration with its checklist answers")
    cshow.add_argument("id", type=int)
    cshow.add_argument("--json", action="store_true")
    cshow.set_defaults(handler=show_collaboration)


def _date(value: Any) -> str | None:
    return value.isoformat() if value else None


def list_collaborations(args: argparse.Namespace, ctx: CommandContext) -> int:
    desk, out = ctx.desk, ctx.out
    rows = desk.collaborations.rows(stage=Stage(args.stage) if args.stage else None)
    ready = desk.checklist.readiness_of([r.id for r in rows])
    if args.json:
        data = [
            {
                "id": r.id,
                "title": r.title,
                "stage": r.stage.value,
                "partners": list(r.partner_names),
                "starts_on": _date(r.starts_on),
                "ends_on": _date(r.ends_on),
                "readiness": ready[r.id].percent,
            }
            for r in rows
        ]
        json.dump(data, out, ensure_ascii=False, indent=1)
        print(file=out)
        return EXIT_OK
    table: list[tuple[str, ...]] = [("ID", "TITLE", "STAGE", "READY", "PARTNERS")]
    table += [
        (
            str(r.id),
            r.title,
            r.stage.value,
            f"{ready[r.id].percent}%",
            ", ".join(r.partner_names),
        )
        for r in rows
    ]
    print_table(table, out)
    say(out, QT_TRANSLATE_NOOP("Cli", "%1 collaboration(s)"), len(rows))
    return EXIT_OK


def show_collaboration(args: argparse.Namespace, ctx: CommandContext) -> int:
    desk, out = ctx.desk, ctx.out
    record = desk.collaborations.get(args.id)
    readiness = desk.checklist.readiness(args.id)
    questions = {q.key: q for q in desk.checklist.questions(include_retired=True)}
    answers = desk.collaborations.answers(args.id)
    commitments = desk.commitments.for_collaboration(args.id)
    if args.json:
        shown: dict[str, Any] = {
            "id": record.id,
            "title": record.title,
            "idea": record.idea,
            "stage": record.stage.value,
            "starts_on": _date(record.starts_on),
            "ends_on": _date(record.ends_on),
            "partners": [p.name for p in record.partners],
            "plan_b": [p.name for p in record.alternatives],
            "readiness": readiness.percent,
            "missing": [m.message for m in readiness.missing],
            "answers": [
                {
                    "step": a.step_key,
                    "question": a.question_key,
                    "prompt": questions[a.question_key].prompt_en
                    if a.question_key in questions
                    else "",
                    "answer": a.answer,
                }
                for a in answers
            ],
            "statistics": desk.advertising.picked_metrics(args.id),
            "advertising": [
                {"item": p.item.name, "quantity": str(p.quantity), "reach": p.reach}
                for p in desk.advertising.picked_items(args.id)
            ],
            "commitments": [
                {
                    "id": c.id,
                    "direction": c.direction.value,
                    "description": c.description,
                    "due_on": _date(c.due_on),
                    "owner": c.owner,
                    "status": c.status.value,
                }
                for c in commitments
            ],
        }
        json.dump(shown, out, ensure_ascii=False, indent=1)
        print(file=out)
        return EXIT_OK
    print(f"{record.title} ({record.stage.value}), ready {readiness.percent}%", file=out)
    if record.partners:
        print("Partners: " + ", ".join(p.name for p in record.partners), file=out)
    if record.alternatives:
        print("Plan B:   " + ", ".join(p.name for p in record.alternatives), file=out)
    for a in answers:
        if a.answer:
            prompt = questions[a.question_key].prompt_en if a.question_key in questions else ""
            print(f"[{a.step_key}] {prompt or a.question_key}\n    {a.answer}", file=out)
    for c in commitments:
        due = _date(c.due_on) or "no date"
        print(f"Promise ({c.direction.value}): {c.description}; {due}; {c.owner}", file=out)
    for m in readiness.missing:
        print(f"Missing: {m.message}", file=out)
    return EXIT_OK
