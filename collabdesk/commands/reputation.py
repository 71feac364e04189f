"""`collabdesk reputation`: who delivers what they promised, on time."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal
from typing import Any

from collabdesk.commands.common import EXIT_OK, CommandContext, print_table

NAME = "reputation"
HELP = "on-time delivery of the library and of each partner"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--partner", type=int, metavar="ID")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=run)


def _number(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _json(rep: Any) -> dict[str, Any]:
    rate = rep.on_time_rate
    return {
        "due": rep.due,
        "on_time": rep.on_time,
        "on_time_rate": None if rate is None else str(rate.quantize(Decimal("0.0001"))),
        "missed": rep.missed,
        "waived": rep.waived,
        "overdue": rep.overdue,
        "late": rep.late,
        "average_days_late": _number(rep.average_days_late),
        "summary": rep.rate_text(),
    }


def _cells(rep: Any) -> tuple[str, ...]:
    late = rep.average_days_late
    return (
        rep.rate_text(),
        str(rep.missed),
        str(rep.waived),
        str(rep.overdue),
        "-" if late is None else str(late),
    )


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    desk, out = ctx.desk, ctx.out
    if args.partner is not None:
        desk.partners.get(args.partner)  # a clear "no partner with id" when wrong
    board = desk.reputation.board(partner_id=args.partner)
    partners = board.partners
    if args.json:
        data = {
            "library": _json(board.library),
            "partners": [
                {
                    "partner_id": p.partner_id,
                    "name": p.partner_name,
                    "partner": _json(p.partner),
                    "library_towards_partner": _json(p.library),
                }
                for p in partners
            ],
        }
        json.dump(data, out, ensure_ascii=False, indent=1)
        print(file=out)
        return EXIT_OK
    header = ("WHO", "ON TIME", "MISSED", "WAIVED", "OVERDUE", "AVG DAYS LATE")
    table: list[tuple[str, ...]] = [header]
    who = "The library" if args.partner is None else "The library, to this partner"
    table.append((who, *_cells(board.library)))
    for p in partners:
        table.append((p.partner_name, *_cells(p.partner)))
    print_table(table, out)
    return EXIT_OK
