"""`collabdesk collaborations ...`: list collaborations with their readiness,
show one with its checklist answers; add one, pick its statistics and
advertising, move it to another stage (scripts prepare a collaboration
with the same services as the window)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO

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
from collabdesk.domain.checklist_keys import ChecklistStep
from collabdesk.domain.enums import Audience, PartnerRole, Stage
from collabdesk.domain.message import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collabdesk.commands.reading import Reading
    from collabdesk.services.checklist_questions import QuestionRecord
    from collabdesk.services.collaboration_lines import CollaborationRow
    from collabdesk.services.readiness_score import Missing, Readiness

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
    clist.add_argument("--branch", type=int, metavar="ID", help="only this branch's")
    clist.add_argument("--json", action="store_true")
    clist.set_defaults(handler=list_collaborations, reader=read_collaborations)
    cshow = ccmd.add_parser("show", help="one collaboration with its checklist answers")
    cshow.add_argument("id", type=int)
    cshow.add_argument("--json", action="store_true")
    cshow.set_defaults(handler=show_collaboration, reader=read_collaboration)
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
    desk = ctx.desk
    if args.branch is not None:
        desk.branches.get(args.branch)  # refused in words when there is no such branch
    rows = desk.collaborations.rows(
        stage=Stage(args.stage) if args.stage else None, branch_id=args.branch
    )
    ready = desk.checklist.readiness_percents([r.id for r in rows])
    return print_list(args, ((r, ready[r.id]) for r in rows), ctx.out)


def read_collaborations(args: argparse.Namespace, reading: Reading) -> int | None:
    """The same list over the read path's plain connection (no SQLAlchemy):
    the rows as CollaborationService.rows reads them, each with THE readiness
    percent as SQL (services/readiness_percent, the window's paged list's),
    printed as the cursor yields them."""
    from datetime import date

    from collabdesk.services.collaboration_lines import CollaborationRow
    from collabdesk.services.plain_rows import sqlite_run
    from collabdesk.services.readiness_percent import percent_sql
    from collabdesk.services.readiness_score import required_questions

    run = sqlite_run(reading.connection)
    if args.branch is not None and not run("SELECT 1 FROM branch WHERE id = ?", [args.branch]):
        return None  # the full path says there is no such branch
    conditions = [
        ("collaboration.stage = ?", args.stage),
        ("collaboration.branch_id = ?", args.branch),
    ]
    chosen = [(sql, value) for sql, value in conditions if value is not None]
    where = " WHERE " + " AND ".join(sql for sql, _ in chosen) if chosen else ""
    params: list[Any] = [value for _, value in chosen]
    names: dict[int, list[str]] = {}
    for cid, name in run(
        "SELECT collaboration_partner.collaboration_id, partner.name FROM collaboration_partner"
        " JOIN partner ON partner.id = collaboration_partner.partner_id"
        " JOIN collaboration ON collaboration.id = collaboration_partner.collaboration_id"
        f" WHERE collaboration_partner.role = ?{where.replace('WHERE', 'AND')}",
        [PartnerRole.PARTNER.value, *params],
    ):
        names.setdefault(int(cid), []).append(str(name))
    percent = percent_sql((q.key, q.per_partner) for q in required_questions(run))
    found = reading.connection.execute(
        "SELECT id, title, stage, starts_on, ends_on, "
        f"{percent} FROM collaboration{where} ORDER BY title, id",
        params,
    )

    def day(stored: Any) -> date | None:
        return None if stored is None else date.fromisoformat(str(stored))

    lines = (
        (CollaborationRow(int(cid), title, Stage(stage), tuple(sorted(names.get(int(cid), ()))),
                          day(starts_on), day(ends_on)), int(ready))
        for cid, title, stage, starts_on, ends_on, ready in found
    )  # fmt: skip
    return print_list(args, lines, reading.out)


def print_list(
    args: argparse.Namespace, lines: Iterable[tuple[CollaborationRow, int]], out: TextIO
) -> int:
    """The list as text or JSON; JSON is written row by row as `json.dump`
    with `indent=1` would write the whole list."""
    if args.json:
        written = 0
        for r, ready in lines:
            item = {
                "id": r.id,
                "title": r.title,
                "stage": r.stage.value,
                "partners": list(r.partner_names),
                "starts_on": _date(r.starts_on),
                "ends_on": _date(r.ends_on),
                "readiness": ready,
            }
            text = json.dumps(item, ensure_ascii=False, indent=1).replace("\n", "\n ")
            out.write(("[\n " if not written else ",\n ") + text)
            written += 1
        out.write("\n]\n" if written else "[]\n")
        return EXIT_OK
    table: list[tuple[str, ...]] = [("ID", "TITLE", "STAGE", "READY", "PARTNERS")]
    table += [
        (str(r.id), r.title, r.stage.value, f"{ready}%", ", ".join(r.partner_names))
        for r, ready in lines
    ]
    print_table(table, out)
    say(out, QT_TRANSLATE_NOOP("Cli", "Collaborations: %1"), len(table) - 1)
    return EXIT_OK


class Shown(NamedTuple):
    """One collaboration as `show` prints it, whichever path read it."""

    collaboration: dict[str, Any]  # id … ends_on, as `show --json` opens
    partners: list[tuple[int, str]]  # (id, name) taking part
    plan_b: list[str]  # names
    readiness: Readiness
    questions: dict[str, QuestionRecord]  # every question, retired ones too
    answers: list[tuple[str, str, str]]  # (step, question, answer) for the whole collaboration
    commitments: list[dict[str, Any]]  # `show --json`'s objects
    statistics: list[str]
    advertising: list[dict[str, Any]]  # item, quantity, reach


def shown_by_desk(ctx: CommandContext, collaboration_id: int) -> Shown:
    desk = ctx.desk
    record = desk.collaborations.get(collaboration_id)
    readiness = desk.checklist.readiness(collaboration_id)
    questions = {q.key: q for q in desk.checklist.questions(include_retired=True)}
    answers = desk.collaborations.answers(collaboration_id)
    commitments = desk.commitments.for_collaboration(collaboration_id)
    return Shown(
        {
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
        },
        [(p.partner_id, p.name) for p in record.partners],
        [p.name for p in record.alternatives],
        readiness,
        questions,
        [(a.step_key, a.question_key, a.answer) for a in answers],
        [
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
        desk.advertising.picked_metrics(collaboration_id),
        [
            {"item": p.item.name, "quantity": str(p.quantity), "reach": p.reach}
            for p in desk.advertising.picked_items(collaboration_id)
        ],
    )


def shown_by_reading(reading: Reading, collaboration_id: int) -> Shown | None:
    """`shown_by_desk` over the read path's plain connection, in the orders
    the services read; None (the full path) when there is no such
    collaboration or the shipped questions are not all in the database yet
    (the full path adds them)."""
    from decimal import Decimal

    from collabdesk.services.checklist_questions import QuestionRecord, default_questions
    from collabdesk.services.plain_rows import sqlite_run
    from collabdesk.services.readiness_score import readiness_of_rows

    run = sqlite_run(reading.connection)
    found = run(
        "SELECT id, title, idea, title_translation, idea_translation, stage,"
        " stage_changed_on, stage_reason, starts_on, ends_on FROM collaboration WHERE id = ?",
        [collaboration_id],
    )
    questions = {
        str(row[0]): QuestionRecord(str(row[0]), ChecklistStep(row[1]), int(row[2]), row[3],
                                    row[4], bool(row[5]), bool(row[6]), bool(row[7]),
                                    Audience(row[8]), bool(row[9]))
        for row in run(
            "SELECT key, step, position, prompt_en, prompt_ru, required, active, builtin,"
            " audience, per_partner FROM checklist_question",
            [],
        )
    }  # fmt: skip
    if not found or any(q["key"] not in questions for q in default_questions()):
        return None
    head = dict(zip(("id", "title", "idea", "title_translation", "idea_translation",
                     "stage", "stage_changed_on", "stage_reason", "starts_on", "ends_on"),
                    found[0], strict=True))  # fmt: skip
    head["stage_reason"] = head["stage_reason"] or ""
    head["stage_history"] = [
        {"from": before, "to": after, "on": local_day(at), "reason": reason or ""}
        for before, after, at, reason in run(
            "SELECT from_stage, to_stage, changed_at, reason FROM stage_change"
            " WHERE collaboration_id = ? ORDER BY id",
            [collaboration_id],
        )
    ]
    # The same key order as the full path's `show --json`.
    order = (
        "id",
        "title",
        "idea",
        "title_translation",
        "idea_translation",
        "stage",
        "stage_changed_on",
        "stage_reason",
        "stage_history",
        "starts_on",
        "ends_on",
    )
    head = {key: head[key] for key in order}
    head["title_translation"] = head["title_translation"] or ""
    head["idea_translation"] = head["idea_translation"] or ""
    people = sorted(
        run(
            "SELECT collaboration_partner.partner_id, partner.name, collaboration_partner.role"
            " FROM collaboration_partner JOIN partner"
            " ON partner.id = collaboration_partner.partner_id"
            " WHERE collaboration_partner.collaboration_id = ? ORDER BY collaboration_partner.id",
            [collaboration_id],
        ),
        key=lambda p: (p[2], p[1]),
    )
    commitments = run(
        "SELECT id, direction, description, description_translation, due_on, owner, status"
        " FROM commitment WHERE collaboration_id = ? ORDER BY direction, due_on, id",
        [collaboration_id],
    )
    keys = ("id", "direction", "description", "description_translation", "due_on", "owner")
    items = run(
        "SELECT advertising_item.name, collaboration_ad_item.quantity,"
        " advertising_item.reach_per_unit FROM collaboration_ad_item JOIN advertising_item"
        " ON advertising_item.id = collaboration_ad_item.item_id"
        " WHERE collaboration_ad_item.collaboration_id = ?"
        " ORDER BY advertising_item.position, advertising_item.id",
        [collaboration_id],
    )
    return Shown(
        head,
        [(int(pid), name) for pid, name, role in people if role == PartnerRole.PARTNER.value],
        [name for _pid, name, role in people if role == PartnerRole.ALTERNATIVE.value],
        readiness_of_rows(run, [collaboration_id])[collaboration_id],
        questions,
        [
            (step, key, answer)
            for step, key, answer in run(
                "SELECT step_key, question_key, answer FROM checklist_answer"
                " WHERE collaboration_id = ? AND partner_id IS NULL"
                " ORDER BY step_key, question_key",
                [collaboration_id],
            )
        ],
        [dict(zip(keys, row[:6], strict=True)) | {"status": row[6]} for row in commitments],
        [
            str(name)
            for (name,) in run(
                "SELECT metric_name FROM collaboration_metric WHERE collaboration_id = ?"
                " ORDER BY position, id",
                [collaboration_id],
            )
        ],
        [
            {
                "item": name,
                "quantity": f"{quantity:.2f}",
                "reach": int(reach * Decimal(f"{quantity:.2f}")),
            }
            for name, quantity, reach in items
        ],
    )


def local_day(stored: Any) -> str | None:
    """A UTC timestamp as SQLite keeps it, as the day it was here (what the
    service's StageChangeRecord.changed_on says)."""
    from datetime import UTC, datetime

    if stored is None:
        return None
    moment = stored if isinstance(stored, datetime) else datetime.fromisoformat(str(stored))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date().isoformat()


def show_collaboration(args: argparse.Namespace, ctx: CommandContext) -> int:
    return print_shown(args, shown_by_desk(ctx, args.id), ctx.out)


def read_collaboration(args: argparse.Namespace, reading: Reading) -> int | None:
    """`show` over the read path's plain connection; None: the full path."""
    shown = shown_by_reading(reading, args.id)
    return None if shown is None else print_shown(args, shown, reading.out)


def print_shown(args: argparse.Namespace, shown: Shown, out: TextIO) -> int:
    if args.json:
        print_json(shown_json(shown), out)
        return EXIT_OK
    head, readiness, questions = shown.collaboration, shown.readiness, shown.questions
    lang = language()
    say(out, QT_TRANSLATE_NOOP("Cli", "%1 (%2), ready %3%"), head["title"], head["stage"],
        readiness.percent)  # fmt: skip
    if shown.partners:
        names = ", ".join(name for _pid, name in shown.partners)
        say(out, QT_TRANSLATE_NOOP("Cli", "Partners: %1"), names)
    if shown.plan_b:
        say(out, QT_TRANSLATE_NOOP("Cli", "Plan B:   %1"), ", ".join(shown.plan_b))
    if head["stage_changed_on"]:
        say(out, QT_TRANSLATE_NOOP("Cli", "In this stage since %1"), head["stage_changed_on"])
    if head["stage_reason"]:
        say(out, QT_TRANSLATE_NOOP("Cli", "Reason: %1"), head["stage_reason"])
    for step, key, answer in shown.answers:
        if answer:
            question = questions.get(key)
            prompt = question.prompt(lang) if question else ""
            print(f"[{step}] {prompt or key}\n    {answer}", file=out)
    for c in shown.commitments:
        due = c["due_on"] or words(QT_TRANSLATE_NOOP("Cli", "no date"))
        say(
            out,
            QT_TRANSLATE_NOOP("Cli", "Promise (%1): %2; %3; %4"),
            c["direction"],
            c["description"],
            due,
            c["owner"],
        )
    for m in readiness.missing:
        say(out, QT_TRANSLATE_NOOP("Cli", "Missing: %1"), _missing(m, questions, lang))
    return EXIT_OK


def collaboration_json(ctx: CommandContext, collaboration_id: int) -> dict[str, Any]:
    """One collaboration as `show --json` prints it (and `add --json`)."""
    return shown_json(shown_by_desk(ctx, collaboration_id))


def shown_json(shown: Shown) -> dict[str, Any]:
    questions = shown.questions
    return shown.collaboration | {
        "partners": [name for _pid, name in shown.partners],
        "partner_ids": [pid for pid, _name in shown.partners],
        "plan_b": shown.plan_b,
        "readiness": shown.readiness.percent,
        "missing": [m.message for m in shown.readiness.missing],
        "answers": [
            {
                "step": step,
                "question": key,
                "prompt": questions[key].prompt_en if key in questions else "",
                "answer": answer,
            }
            for step, key, answer in shown.answers
        ],
        "statistics": shown.statistics,
        "advertising": shown.advertising,
        "commitments": shown.commitments,
    }


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
