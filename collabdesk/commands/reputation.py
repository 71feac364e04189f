"""`collabdesk reputation`: who delivers what they promised, on time."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TextIO

from collabdesk.commands.common import EXIT_OK, CommandContext, print_table

if TYPE_CHECKING:
    from collabdesk.commands.reading import Reading
    from collabdesk.services.reputation_sql import ReputationBoard

NAME = "reputation"
HELP = "on-time delivery of the library and of each partner"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--partner", type=int, metavar="ID")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=run, reader=read)


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
    desk = ctx.desk
    if args.partner is not None:
        desk.partners.get(args.partner)  # a clear "no partner with id" when wrong
    return print_board(args, desk.reputation.board(partner_id=args.partner), ctx.out)


def read(args: argparse.Namespace, reading: Reading) -> int | None:
    """The same board over the read path's plain connection, from the same
    SQL (reputation_sql.figures_sql) as ReputationService.board; None (the
    full path, with its message) when there is no such partner."""
    from datetime import date

    from collabdesk.services.reputation_sql import board_of, figures_sql, names_of

    connection = reading.connection
    values: dict[str, Any] = {"today": date.today().isoformat()}
    if args.partner is not None:
        found = connection.execute("SELECT name FROM partner WHERE id = ?", (args.partner,))
        partner = found.fetchone()
        if partner is None:
            return None
        values["partner_id"] = args.partner
    sql = figures_sql("sqlite", partner_id=args.partner is not None)
    rows = connection.execute(sql, values).fetchall()
    names = names_of(rows)
    if args.partner is not None:
        names.setdefault(args.partner, str(partner[0]))
    return print_board(args, board_of(rows, names, args.partner), reading.out)


def print_board(args: argparse.Namespace, board: ReputationBoard, out: TextIO) -> int:
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
