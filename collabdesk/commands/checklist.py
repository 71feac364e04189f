"""`collabdesk checklist questions` and `collabdesk collaborations answer`:
the checklist from a script.

`questions` lists each question's key, step, whether it is required, who
may read its answers (the partner or staff only) and whether each partner
gets its own answer. `answer` writes one answer: `-` reads it from stdin,
an empty text clears it, `--lang` in the library's second language writes
the translation, and a question asked per partner names the partner with
`--partner` when several take part. Questions that other records answer
(plan B, picks, promises) name the command that sets them instead.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from collabdesk.commands.common import CONTEXT, EXIT_OK, CliError, CommandContext, Parser
from collabdesk.commands.common import print_table as table
from collabdesk.commands.language import language, say, words
from collabdesk.domain import checklist_keys as keys
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from collabdesk.services.checklist import QuestionRecord
    from collabdesk.services.collaborations import CollaborationRecord

NAME = "checklist"
HELP = "the checklist's questions: keys, steps, who may read the answers"

# The command that answers each question other records answer.
SET_BY: dict[str, str] = {
    keys.PLAN_B: "collabdesk collaborations add --alternative ID",
    keys.STATISTICS: "collabdesk collaborations pick ID --metric NAME",
    keys.ADVERTISING: "collabdesk collaborations pick ID --ad-item NAME --quantity N",
    keys.LIBRARY_PROMISES: "collabdesk commitments add ID --direction gives …",
    keys.PARTNER_PROMISES: "collabdesk commitments add ID --direction gets …",
}


def register(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    listed = actions.add_parser("questions", help="list the checklist's questions")
    listed.add_argument("--json", action="store_true")
    listed.set_defaults(handler=list_questions)


def register_answer(actions: argparse._SubParsersAction[Parser]) -> None:
    """`collaborations answer`, added to the collaborations group's actions."""
    answer = actions.add_parser("answer", help="write (or clear) one checklist answer")
    answer.add_argument("id", type=int, metavar="ID")
    answer.add_argument("question_key", metavar="QUESTION_KEY")
    answer.add_argument("text", metavar="TEXT", help="the answer; - reads stdin; '' clears it")
    answer.add_argument("--partner", type=int, metavar="ID", help="the partner it is written for")
    answer.add_argument("--lang", choices=("ru", "en"), help="the language TEXT is written in")
    answer.set_defaults(handler=answer_question)


def _audience(question: QuestionRecord) -> str:
    return (
        words(QT_TRANSLATE_NOOP("Cli", "partner"))
        if question.partner_facing
        else words(QT_TRANSLATE_NOOP("Cli", "staff only"))
    )


def _yes(value: bool) -> str:
    return words(QT_TRANSLATE_NOOP("Cli", "yes")) if value else ""


def list_questions(args: argparse.Namespace, ctx: CommandContext) -> int:
    questions = ctx.desk.checklist.questions()
    if args.json:
        data: list[dict[str, Any]] = [
            {
                "key": q.key,
                "step": q.step.value,
                "required": q.required,
                "audience": q.audience.value,
                "per_partner": q.per_partner,
                "set_by": SET_BY.get(q.key),
                "prompt_en": q.prompt_en,
                "prompt_ru": q.prompt_ru,
            }
            for q in questions
        ]
        json.dump(data, ctx.out, ensure_ascii=False, indent=1)
        print(file=ctx.out)
        return EXIT_OK
    lang = language()
    rows: list[tuple[str, ...]] = [
        (
            words(QT_TRANSLATE_NOOP("Cli", "KEY")),
            words(QT_TRANSLATE_NOOP("Cli", "STEP")),
            words(QT_TRANSLATE_NOOP("Cli", "REQUIRED")),
            words(QT_TRANSLATE_NOOP("Cli", "READ BY")),
            words(QT_TRANSLATE_NOOP("Cli", "PER PARTNER")),
            words(QT_TRANSLATE_NOOP("Cli", "QUESTION")),
        )
    ]
    rows += [
        (
            q.key,
            q.step.value,
            _yes(q.required),
            _audience(q),
            _yes(q.per_partner),
            q.prompt(lang).splitlines()[0] if q.prompt(lang) else "",
        )
        for q in questions
    ]
    table(rows, ctx.out)
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Questions: %1"), len(questions))
    return EXIT_OK


def _refuse(template: str, *args: object) -> CliError:
    return CliError(Message(CONTEXT, template, args))


def _question(ctx: CommandContext, key: str) -> QuestionRecord:
    known = {q.key: q for q in ctx.desk.checklist.questions(include_retired=True)}
    question = known.get(key.strip())
    if question is not None and question.key in SET_BY:
        raise _refuse(
            QT_TRANSLATE_NOOP("Cli", "'%1' is answered by other records; use: %2"),
            question.key,
            SET_BY[question.key],
        )
    if question is None or not question.active:
        valid = ", ".join(q.key for q in known.values() if q.active and q.key not in SET_BY)
        raise _refuse(
            QT_TRANSLATE_NOOP("Cli", "There is no checklist question '%1'. The keys are: %2"),
            key,
            valid,
        )
    return question


def _partner_for(
    question: QuestionRecord, record: CollaborationRecord, chosen: int | None
) -> int | None:
    """The partner an answer is written for: the one named, else the only
    partner of a per-partner question; several partners need a choice."""
    if chosen is not None or not question.per_partner:
        return chosen
    partners = record.partners
    if len(partners) == 1:
        return partners[0].partner_id
    if len(partners) > 1:
        names = ", ".join(f"{p.partner_id} ({p.name})" for p in partners)
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Cli", "'%1' is answered for each partner; choose one with --partner: %2"
            ),
            question.key,
            names,
        )
    return None


def answer_question(args: argparse.Namespace, ctx: CommandContext) -> int:
    text: str = sys.stdin.read() if args.text == "-" else args.text
    question = _question(ctx, args.question_key)
    record = ctx.desk.collaborations.get(args.id)
    partner_id = _partner_for(question, record, args.partner)
    saved = ctx.desk.collaborations.save_answer(
        record.id,
        question.step.value,
        question.key,
        text,
        bool(text.strip()),
        partner_id=partner_id,
        language=args.lang,
    )
    own = ctx.desk.library.profile().default_language.strip().lower() or "ru"
    translated = args.lang is not None and args.lang != own
    written = saved.translation if translated else saved.answer
    if written:
        say(
            ctx.out,
            QT_TRANSLATE_NOOP("Cli", "Answer to %1 saved in collaboration %2."),
            question.key,
            record.id,
        )
    else:
        say(
            ctx.out,
            QT_TRANSLATE_NOOP("Cli", "Answer to %1 cleared in collaboration %2."),
            question.key,
            record.id,
        )
    if partner_id is not None:
        name = next((p.name for p in record.partners if p.partner_id == partner_id), "")
        say(ctx.out, QT_TRANSLATE_NOOP("Cli", "For the partner: %1 (%2)"), name, partner_id)
    if translated:
        say(ctx.out, QT_TRANSLATE_NOOP("Cli", "As the translation into %1."), args.lang)
    return EXIT_OK
