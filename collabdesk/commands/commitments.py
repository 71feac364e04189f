"""`collabdesk commitments ...`: list the tracker, export due dates to a calendar."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from collabdesk.commands.commitment_transfer import ACTIONS as TRANSFER_ACTIONS
from collabdesk.commands.commitment_transfer import register_transfer, run_transfer
from collabdesk.commands.common import EXIT_OK, CliError, CommandContext, Parser, print_table

NAME = "commitments"
HELP = "list, import and export commitments; export due dates as iCalendar; renew"
DIRECTIONS = {"gives": "library_gives", "gets": "partner_gives"}


def register(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    clist = sub.add_parser("list")
    clist.add_argument("--overdue", action="store_true", help="only open commitments past due")
    clist.add_argument("--direction", choices=sorted(DIRECTIONS), help="gives: the library's")
    clist.add_argument("--partner", type=int, metavar="ID")
    clist.add_argument("--limit", type=int, default=1000)
    clist.add_argument("--json", action="store_true")
    export = sub.add_parser("export-ical")
    export.add_argument("file")
    renew = sub.add_parser("renew", help="copy a completed collaboration to next year")
    renew.add_argument("collaboration", type=int, metavar="COLLABORATION_ID")
    register_transfer(sub)  # import / export (data safety, issue 6)


def _row_json(row: Any) -> dict[str, Any]:
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
        "due_on": None if row.due_on is None else row.due_on.isoformat(),
        "owner": row.owner,
        "status": row.status.value,
        "overdue": row.overdue,
        "value": None if row.value is None else str(row.value),
        "currency": row.currency,
        "delivered_on": None if row.delivered_on is None else row.delivered_on.isoformat(),
        "proofs": row.proofs,
    }


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.action in TRANSFER_ACTIONS:
        return run_transfer(args, ctx)
    desk, out = ctx.desk, ctx.out
    from collabdesk.domain.enums import Direction
    from collabdesk.services.commitment_tracker import DueWindow, TrackerQuery

    if args.action == "export-ical":
        path = Path(args.file)
        if path.is_dir():
            raise CliError(f"{path} is a folder; give a file name such as commitments.ics")
        if not path.parent.is_dir():
            raise CliError(f"The folder {path.parent} does not exist.")
        count = desk.calendar.write(path)
        print(f"Wrote {count} event(s) to {path}", file=out)
        return EXIT_OK
    if args.action == "renew":
        new_id = desk.renewals.renew(args.collaboration)
        record = desk.collaborations.get(new_id)
        print(
            f"Renewed as collaboration {new_id}: {record.title} "
            f"({record.commitments} commitment(s), all planned)",
            file=out,
        )
        return EXIT_OK
    if args.partner is not None:
        desk.partners.get(args.partner)  # a clear "no partner with id" when wrong
    query = TrackerQuery(
        direction=Direction(DIRECTIONS[args.direction]) if args.direction else None,
        partner_id=args.partner,
        window=DueWindow.OVERDUE if args.overdue else DueWindow.ALL,
    )
    rows = desk.tracker.page(query, 0, max(args.limit, 0))
    if args.json:
        json.dump([_row_json(r) for r in rows], out, ensure_ascii=False, indent=1)
        print(file=out)
        return EXIT_OK
    table: list[tuple[str, ...]] = [
        ("ID", "DUE", "SIDE", "STATUS", "PARTNER", "DESCRIPTION", "OWNER", "VALUE")
    ]
    for r in rows:
        status = r.status.value + (" OVERDUE" if r.overdue else "")
        if r.delivered_without_proof:
            status += " (no proof)"
        table.append(
            (
                str(r.id),
                r.due_on.isoformat() if r.due_on else "-",
                "gives" if r.direction is Direction.LIBRARY_GIVES else "gets",
                status,
                r.partner_name,
                r.description,
                r.owner,
                f"{r.value} {r.currency}" if r.value is not None else "",
            )
        )
    print_table(table, out, max_width=40)
    print(f"{len(rows)} commitment(s)", file=out)
    return EXIT_OK
