"""`collabdesk collaborations ...`: list collaborations with their readiness,
show one with its checklist answers; add one, pick its statistics and
advertising, move it to another stage (scripts prepare a collaboration
with the same services as the window)."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from collabdesk.commands.checklist import register_answer
from collabdesk.commands.collaboration_picks import register_picks
from collabdesk.commands.common import (
    EXIT_OK,
    CommandContext,
    Parser,
    optional_date,
    print_json,
    print_table,
)
from collabdesk.commands.language import language, say, words
from collabdesk.commands.renewal_commands import register_renew, register_renewals
from collabdesk.domain.enums import Stage

if TYPE_CHECKING:
    from collabdesk.services.checklist import QuestionRecord
    from collabdesk.services.readiness import Missing
from collabdesk.domain.message import QT_TRANSLATE_NOOP

NAME = "collaborations"
HELP = (
    "list, add and show collaborations; pick statistics and advertising; move stages; "
    "renew, and the renewals due with the renewal rate"
)
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
    cadd = ccmd.add_parser("add", help="add a collaboration (partners optional)")
    cadd.add_argument("--title", required=True)
    cadd.add_argument("--idea", default="")
    cadd.add_argument(
        "--title-translation", default="", metavar="TEXT", help="the title in the second language"
    )
    cadd.add_argument(
        "--idea-translation", default="", metavar="TEXT", help="the idea in the second language"
    )
    cadd.add_argument("--partner", type=int, action="append", default=[], metavar="ID")
    cadd.add_argument("--alternative", type=int, action="append", default=[], metavar="ID")
    cadd.add_argument("--stage", choices=STAGES, default=Stage.IDEA.value)
    cadd.add_argument("--starts", metavar="DATE", help="2027-03-01 or 01.03.2027")
    cadd.add_argument("--ends", metavar="DATE")
    cadd.add_argument("--json", action="store_true", help="print it as `show --json` does")
    cadd.set_defaults(handler=add_collaboration)
    register_picks(ccmd)
    register_answer(ccmd)
    register_renew(ccmd)
    register_renewals(ccmd)


def _date(value: Any) -> str | None:
    return value.isoformat() if value else None


def add_collaboration(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.services.collaborations import CollaborationDraft

    draft = CollaborationDraft(
        title=args.title,
        idea=args.idea,
        title_translation=args.title_translation,
        idea_translation=args.idea_translation,
        stage=Stage(args.stage),
        starts_on=optional_date(args.starts, "--starts"),
        ends_on=optional_date(args.ends, "--ends"),
        partner_ids=tuple(args.partner),
        alternative_ids=tuple(args.alternative),
    )
    record = ctx.desk.collaborations.create(draft)
    if args.json:
        print_json(collaboration_json(ctx, record.id), ctx.out)
    else:
        say(
            ctx.out, QT_TRANSLATE_NOOP("Cli", "Added collaboration %1: %2"), record.id, record.title
        )
    return EXIT_OK


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
    say(out, QT_TRANSLATE_NOOP("Cli", "Collaborations: %1"), len(rows))
    return EXIT_OK


def show_collaboration(args: argparse.Namespace, ctx: CommandContext) -> int:
    desk, out = ctx.desk, ctx.out
    if args.json:
        print_json(collaboration_json(ctx, args.id), out)
        return EXIT_OK
    record = desk.collaborations.get(args.id)
    readiness = desk.checklist.readiness(args.id)
    questions = {q.key: q for q in desk.checklist.questions(include_retired=True)}
    answers = desk.collaborations.answers(args.id)
    commitments = desk.commitments.for_collaboration(args.id)
    lang = language()
    say(
        out,
        QT_TRANSLATE_NOOP("Cli", "%1 (%2), ready %3%"),
        record.title,
        record.stage.value,
        readiness.percent,
    )
    if record.partners:
        say(
            out,
            QT_TRANSLATE_NOOP("Cli", "Partners: %1"),
            ", ".join(p.name for p in record.partners),
        )
    if record.alternatives:
        names = ", ".join(p.name for p in record.alternatives)
        say(out, QT_TRANSLATE_NOOP("Cli", "Plan B:   %1"), names)
    if record.stage_changed_on:
        say(out, QT_TRANSLATE_NOOP("Cli", "In this stage since %1"), _date(record.stage_changed_on))
    if record.stage_reason:
        say(out, QT_TRANSLATE_NOOP("Cli", "Reason: %1"), record.stage_reason)
    for a in answers:
        if a.answer:
            question = questions.get(a.question_key)
            prompt = question.prompt(lang) if question else ""
            print(f"[{a.step_key}] {prompt or a.question_key}\n    {a.answer}", file=out)
    for c in commitments:
        due = _date(c.due_on) or words(QT_TRANSLATE_NOOP("Cli", "no date"))
        say(
            out,
            QT_TRANSLATE_NOOP("Cli", "Promise (%1): %2; %3; %4"),
            c.direction.value,
            c.description,
            due,
            c.owner,
        )
    for m in readiness.missing:
        say(out, QT_TRANSLATE_NOOP("Cli", "Missing: %1"), _missing(m, questions, lang))
    return EXIT_OK


def collaboration_json(ctx: CommandContext, collaboration_id: int) -> dict[str, Any]:
    """One collaboration as `show --json` prints it (and `add --json`)."""
    desk = ctx.desk
    record = desk.collaborations.get(collaboration_id)
    readiness = desk.checklist.readiness(collaboration_id)
    questions = {q.key: q for q in desk.checklist.questions(include_retired=True)}
    answers = desk.collaborations.answers(collaboration_id)
    commitments = desk.commitments.for_collaboration(collaboration_id)
    shown: dict[str, Any] = {
        "id": record.id,
        "title": record.title,
        "idea": record.idea,
        "title_translation": record.title_translation,
        "idea_translation": record.idea_translation,
        "stage": record.stage.value,
        "stage_changed_on": _date(record.stage_changed_on),
        "stage_reason": record.stage_reason,
        "stage_history": [
            {
                "from": step.from_stage.value if step.from_stage else None,
                "to": step.to_stage.value,
                "on": _date(step.changed_on),
                "reason": step.reason,
            }
            for step in desk.collaborations.stage_history(collaboration_id)
        ],
        "starts_on": _date(record.starts_on),
        "ends_on": _date(record.ends_on),
        "partners": [p.name for p in record.partners],
        "partner_ids": [p.partner_id for p in record.partners],
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
        "statistics": desk.advertising.picked_metrics(collaboration_id),
        "advertising": [
            {"item": p.item.name, "quantity": str(p.quantity), "reach": p.reach}
            for p in desk.advertising.picked_items(collaboration_id)
        ],
        "commitments": [
            {
                "id": c.id,
                "direction": c.direction.value,
                "description": c.description,
                "description_translation": c.description_translation,
                "due_on": _date(c.due_on),
                "owner": c.owner,
                "status": c.status.value,
            }
            for c in commitments
        ],
    }
    return shown


def _missing(item: Missing, questions: dict[str, QuestionRecord], lang: str) -> str:
    """What stands between the collaboration and 100 %, from its code: the
    service's own sentence is English and names the English prompt."""
    if item.code == "unanswered":
        question = questions.get(item.question_key)
        prompt = question.prompt(lang) if question else item.question_key
        if item.partner_name:  # a per-partner question, lacking this partner's answer
            return words(
                QT_TRANSLATE_NOOP("Cli", "Not answered for %1: %2"), item.partner_name, prompt
            )
        return words(QT_TRANSLATE_NOOP("Cli", "Not answered: %1"), prompt)
    if item.code == "values_mismatch":
        return words(
            QT_TRANSLATE_NOOP(
                "Cli",
                "The values do not fully match and there is no note on how to deal with it.",
            )
        )
    if item.code == "promise_without_date_or_owner":
        return words(
            QT_TRANSLATE_NOOP("Cli", "The promise “%1” has no due date or no owner."), item.detail
        )
    return item.message
