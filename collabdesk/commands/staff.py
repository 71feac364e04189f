"""`collabdesk staff list [--json]`, `staff add NAME [...]`, `staff edit ID
[...]`, `staff deactivate ID`, `staff remove ID` and `staff me [ID]`: the
library's named staff, and who sits at this computer (issue 19)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from collabdesk.commands.common import (
    CONTEXT,
    EXIT_OK,
    CliError,
    CommandContext,
    Parser,
    print_json,
    print_table,
)
from collabdesk.commands.language import say
from collabdesk.domain.message import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collabdesk.services.staff import StaffRecord

NAME = "staff"
HELP = "the library's staff, and who sits at this computer"


def _person_options(parser: argparse.ArgumentParser, editing: bool) -> None:
    keep = None if editing else ""  # editing: an option left out keeps its value
    parser.add_argument("--position", default=keep, help="their job title")
    parser.add_argument("--email", default=keep)
    parser.add_argument("--phone", default=keep)
    parser.add_argument("--branch", type=int, default=None, metavar="ID", help="their branch")
    parser.add_argument("--login", default=keep, help="the operating-system login they use")
    coordinator = parser.add_mutually_exclusive_group()
    coordinator.add_argument(
        "--coordinator", action="store_true", default=None, help="coordinates the whole system"
    )
    if editing:
        coordinator.add_argument("--not-coordinator", dest="coordinator", action="store_false")
        parser.add_argument("--no-branch", action="store_true", help="works for the whole system")
    parser.add_argument("--json", action="store_true")


def register(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    listing = actions.add_parser("list", help="everybody on the staff list")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=list_staff)
    add = actions.add_parser("add", help='add a person: staff add "Ольга Петрова" --position ...')
    add.add_argument("name", metavar="NAME")
    _person_options(add, editing=False)
    add.set_defaults(handler=add_staff)
    edit = actions.add_parser("edit", help="change a person (a new name follows their promises)")
    edit.add_argument("id", type=int, metavar="ID")
    edit.add_argument("--name")
    _person_options(edit, editing=True)
    edit.set_defaults(handler=edit_staff)
    deactivate = actions.add_parser("deactivate", help="no longer offered as an owner")
    deactivate.add_argument("id", type=int, metavar="ID")
    deactivate.add_argument("--again", action="store_true", help="make them active again")
    deactivate.set_defaults(handler=deactivate_staff)
    remove = actions.add_parser("remove", help="remove someone who owns nothing")
    remove.add_argument("id", type=int, metavar="ID")
    remove.set_defaults(handler=remove_staff)
    me = actions.add_parser("me", help="show or choose who sits at this computer: staff me ID")
    me.add_argument("id", nargs="?", metavar="ID", help="a staff id or staff:ID; none shows")
    me.add_argument("--forget", action="store_true", help="choose nobody")
    me.add_argument("--json", action="store_true")
    me.set_defaults(handler=staff_me)


def _json(r: StaffRecord) -> dict[str, Any]:
    return {
        "id": r.id,
        "name": r.name,
        "position": r.position,
        "email": r.email,
        "phone": r.phone,
        "branch_id": r.branch_id,
        "branch": r.branch_name,
        "login": r.login,
        "coordinator": r.is_coordinator,
        "active": r.active,
    }


def _said(ctx: CommandContext, record: StaffRecord, as_json: bool, text: str) -> int:
    if as_json:
        print_json(_json(record), ctx.out)
    else:
        say(ctx.out, text, record.id, record.name)
    return EXIT_OK


def list_staff(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.services.branch_scope import is_system
    from collabdesk.services.staff_identity import current_staff_id
    from collabdesk.services.transaction import transaction

    records = ctx.desk.staff.all()
    if args.json:
        print_json([_json(r) for r in records], ctx.out)
        return EXIT_OK
    if not records:
        say(ctx.out, QT_TRANSLATE_NOOP("Cli", "The staff list is empty."))
        return EXIT_OK
    with transaction(ctx.db.sessions) as session:
        several = is_system(session)
    me = current_staff_id(ctx.settings.data_dir)
    head = ("ID", "NAME", "POSITION", *(("BRANCH",) if several else ()), "LOGIN", "")
    rows: list[tuple[str, ...]] = [head]
    for r in records:
        marks = " ".join(
            m for m, on in (("*me", r.id == me), ("coordinator", r.is_coordinator)) if on
        )
        marks += "" if r.active else " (inactive)"
        branch = (r.branch_name,) if several else ()
        rows.append((str(r.id), r.name, r.position, *branch, r.login, marks.strip()))
    print_table(rows, ctx.out)
    return EXIT_OK


def add_staff(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.services.staff import StaffDraft

    record = ctx.desk.staff.add(
        StaffDraft(
            name=args.name,
            position=args.position,
            email=args.email,
            phone=args.phone,
            branch_id=args.branch,
            login=args.login,
            is_coordinator=bool(args.coordinator),
        )
    )
    return _said(ctx, record, args.json, QT_TRANSLATE_NOOP("Cli", "Added staff member %1: %2"))


def edit_staff(args: argparse.Namespace, ctx: CommandContext) -> int:
    from dataclasses import replace

    old = ctx.desk.staff.get(args.id)
    draft = old.to_draft()
    changes: dict[str, Any] = {
        key: value
        for key, value in (
            ("name", args.name),
            ("position", args.position),
            ("email", args.email),
            ("phone", args.phone),
            ("login", args.login),
            ("is_coordinator", args.coordinator),
        )
        if value is not None
    }
    if args.branch is not None or args.no_branch:
        changes["branch_id"] = None if args.no_branch else args.branch
    record = ctx.desk.staff.update(args.id, replace(draft, **changes), old.version_id)
    return _said(ctx, record, args.json, QT_TRANSLATE_NOOP("Cli", "Saved staff member %1: %2"))


def deactivate_staff(args: argparse.Namespace, ctx: CommandContext) -> int:
    record = ctx.desk.staff.set_active(args.id, args.again)
    text = (
        QT_TRANSLATE_NOOP("Cli", "Staff member %1 (%2) is active again.")
        if args.again
        else QT_TRANSLATE_NOOP(
            "Cli", "Staff member %1 (%2) is deactivated: kept on their promises, no longer offered."
        )
    )
    return _said(ctx, record, False, text)


def remove_staff(args: argparse.Namespace, ctx: CommandContext) -> int:
    record = ctx.desk.staff.get(args.id)
    ctx.desk.staff.remove(args.id)
    return _said(ctx, record, False, QT_TRANSLATE_NOOP("Cli", "Removed staff member %1: %2"))


def staff_me(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.config import ensure_data_dir
    from collabdesk.services.staff_me import choose, settle, staff_id_for

    if args.forget:
        ensure_data_dir(ctx.settings)
        choose(ctx.desk.staff, ctx.settings.data_dir, None)
        say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Nobody is chosen at this computer now."))
        return EXIT_OK
    if args.id is None:
        found = settle(ctx.desk.staff, ctx.settings.data_dir)
        if found is None:
            say(
                ctx.out,
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Nobody is chosen at this computer; choose with `collabdesk staff me ID` "
                    "(see `collabdesk staff list`).",
                ),
            )
            return EXIT_OK
        return _said(
            ctx, found, args.json, QT_TRANSLATE_NOOP("Cli", "At this computer: staff member %1: %2")
        )
    text = str(args.id)
    staff_id = int(text) if text.isdigit() else staff_id_for(ctx.db.sessions, text)
    if staff_id is None:
        raise _nobody(text)
    ensure_data_dir(ctx.settings)
    found = choose(ctx.desk.staff, ctx.settings.data_dir, staff_id)
    assert found is not None
    return _said(
        ctx, found, args.json, QT_TRANSLATE_NOOP("Cli", "At this computer: staff member %1: %2")
    )


def _nobody(text: str) -> Exception:
    from collabdesk.domain.message import Message

    return CliError(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Cli", "“%1” names nobody on the staff list; see `collabdesk staff list`."
            ),
            (text.strip()[:80],),
        )
    )


def owner_text(ctx: CommandContext, text: str) -> str:
    """An --owner or --who: `staff:ID` becomes that person's name; a name
    stays as typed (the services link it to the staff member it names)."""
    from collabdesk.services.staff import STAFF_PREFIX
    from collabdesk.services.staff_me import staff_id_for

    if not text.strip().lower().startswith(STAFF_PREFIX):
        return text
    staff_id = staff_id_for(ctx.db.sessions, text)
    if staff_id is None:
        raise _nobody(text)
    return ctx.desk.staff.get(staff_id).name
