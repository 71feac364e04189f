"""`collabdesk tasks list [--mine] [--week] [--json]` and `tasks done
step:N`: the open steps and commitments, mine or everybody's, as the
window's My tasks and This week show them."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from collabdesk.commands.common import (
    CONTEXT,
    EXIT_OK,
    CliError,
    CommandContext,
    Parser,
    iso,
    optional_date,
    print_json,
    print_table,
)
from collabdesk.commands.language import say, words
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from collabdesk.services.tasks import TaskRow

NAME = "tasks"
HELP = "my tasks and this week's: open steps and commitments; tick a step done"
PAGE = 500


def register(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    tlist = sub.add_parser("list", help="open steps and commitments, by due date")
    tlist.add_argument("--mine", action="store_true", help="only those assigned to my name")
    tlist.add_argument("--me", metavar="NAME", help="my name, this time")
    tlist.add_argument("--week", action="store_true", help="only overdue or due within 7 days")
    tlist.add_argument("--limit", type=int, default=1000)
    tlist.add_argument("--json", action="store_true")
    tlist.set_defaults(handler=list_tasks)
    done = sub.add_parser("done", help="tick a step done: tasks done step:12")
    done.add_argument("task", metavar="step:N")
    done.add_argument("--on", metavar="DATE", help="the day it was done (today if not given)")
    done.set_defaults(handler=tick_done)


def _me(args: argparse.Namespace, ctx: CommandContext) -> tuple[str, int | None]:
    """(name, staff id): --me (a staff name or staff:ID), else the staff
    member chosen at this computer when --mine asks; ("", None) for everybody's."""
    from collabdesk.services.staff_me import me, staff_id_for

    if args.me is not None and args.me.strip():
        staff_id = staff_id_for(ctx.db.sessions, args.me)
        if staff_id is not None:
            return ctx.desk.staff.get(staff_id).name, staff_id
        return str(args.me), None
    if not args.mine:
        return "", None
    found = me(ctx.desk.staff, ctx.settings.data_dir)
    if found.staff_id is None:
        raise CliError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "--mine needs to know who you are: choose yourself once with "
                    "`collabdesk staff me ID` (see `collabdesk staff list`) or "
                    '`collabdesk settings my-name "Your Name"` (or Settings ▸ My name in the '
                    "window), or give it with --me NAME.",
                ),
            )
        )
    return found.name, found.staff_id


def row_json(row: TaskRow) -> dict[str, Any]:
    return {
        "id": row.key,
        "kind": row.kind.value,
        "what": row.what,
        "who": row.who,
        "due_on": iso(row.due_on),
        "overdue": row.overdue,
        "commitment_id": row.commitment_id,
        "commitment": row.commitment,
        "direction": row.direction.value,
        "collaboration_id": row.collaboration_id,
        "collaboration": row.collaboration,
        "partner": row.partner,
        "occurrence": row.occurrence,
        "series_size": row.series_size,
    }


def _first_line(text: str) -> str:
    return text.splitlines()[0] if text else ""


def list_tasks(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.services.tasks import TaskQuery

    name, staff_id = _me(args, ctx)
    query = TaskQuery(me=name, week=args.week, me_staff_id=staff_id)
    rows: list[TaskRow] = []
    wanted = max(args.limit, 0)
    while len(rows) < wanted:
        page = ctx.desk.tasks.page(
            query, rows[-1].sort_key if rows else None, min(PAGE, wanted - len(rows))
        )
        if not page:
            break
        rows += page
    if args.json:
        print_json([row_json(r) for r in rows], ctx.out)
        return EXIT_OK
    if not rows:
        say(ctx.out, QT_TRANSLATE_NOOP("Cli", "No open tasks."))
        return EXIT_OK
    table: list[tuple[str, ...]] = [("ID", "DUE", "WHAT", "WHO", "COLLABORATION", "PARTNER")]
    late = words(QT_TRANSLATE_NOOP("Cli", "OVERDUE"))
    for r in rows:
        due = r.due_on.isoformat() if r.due_on else "-"
        table.append(
            (
                r.key,
                f"{due} {late}" if r.overdue else due,
                _first_line(r.what if r.key.startswith("step:") else r.titled_commitment),
                r.who,
                r.collaboration,
                r.partner,
            )
        )
    print_table(table, ctx.out, max_width=40)
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Tasks: %1"), len(rows))
    return EXIT_OK


def tick_done(args: argparse.Namespace, ctx: CommandContext) -> int:
    on = optional_date(args.on, "--on")
    record = ctx.desk.tasks.done(args.task, on)
    say(
        ctx.out,
        QT_TRANSLATE_NOOP("Cli", "Done: step:%1 %2 (%3)"),
        record.id,
        record.what.splitlines()[0][:80],
        iso(record.done_on),
    )
    return EXIT_OK
