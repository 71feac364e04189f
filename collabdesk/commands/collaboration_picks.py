"""`collabdesk collaborations pick|unpick|stage`: what a collaboration offers
(statistics, advertising items) and where it stands."""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import TYPE_CHECKING

from collabdesk.commands.common import (
    CONTEXT,
    EXIT_OK,
    CliError,
    CommandContext,
    Parser,
    parse_amount,
    plain_number,
)
from collabdesk.commands.language import say
from collabdesk.domain.enums import Stage
from collabdesk.domain.message import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from collabdesk.services.stage_settlement import OpenPromise

STAGES = tuple(stage.value for stage in Stage)


def register_picks(ccmd: argparse._SubParsersAction[Parser]) -> None:
    pick = ccmd.add_parser("pick", help="add a statistic or an advertising item to the pitch")
    pick.add_argument("id", type=int, metavar="ID")
    chosen = pick.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--metric", metavar="NAME")
    chosen.add_argument("--ad-item", metavar="NAME")
    pick.add_argument("--quantity", metavar="N", help="how many of the advertising item")
    pick.set_defaults(handler=pick_for)
    unpick = ccmd.add_parser("unpick", help="take a statistic or an advertising item out")
    unpick.add_argument("id", type=int, metavar="ID")
    dropped = unpick.add_mutually_exclusive_group(required=True)
    dropped.add_argument("--metric", metavar="NAME")
    dropped.add_argument("--ad-item", metavar="NAME")
    unpick.set_defaults(handler=unpick_from)
    stage = ccmd.add_parser("stage", help="move a collaboration to another stage")
    stage.add_argument("id", type=int, metavar="ID")
    stage.add_argument("stage", choices=STAGES, metavar="STAGE", help=", ".join(STAGES))
    stage.add_argument(
        "--reason",
        default="",
        metavar="TEXT",
        help="why; required for declined and on_hold (kept with the collaboration, its "
        "stage history and as a note in its partners' logs)",
    )
    stage.set_defaults(handler=move_stage)


def _error(template: str, *args: object) -> CliError:
    return CliError(Message(CONTEXT, template, args))


def _ad_item_id(ctx: CommandContext, name: str) -> tuple[int, str]:
    """The catalogue item called `name` (case aside), or a refusal naming them all."""
    catalogue = ctx.desk.advertising.catalogue()
    for item in catalogue:
        if item.name.casefold() == name.strip().casefold():
            return item.id, item.name
    raise _error(
        QT_TRANSLATE_NOOP("Cli", "There is no advertising item “%1”; the catalogue has: %2"),
        name,
        "; ".join(item.name for item in catalogue) or "—",
    )


def _metric_name(ctx: CommandContext, name: str) -> str:
    names = [choice.name for choice in ctx.desk.advertising.statistic_choices()]
    for known in names:
        if known.casefold() == name.strip().casefold():
            return known
    if not names:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Cli",
                "There are no statistics yet; add them with `collabdesk stats import FILE`.",
            )
        )
    raise _error(
        QT_TRANSLATE_NOOP("Cli", "There is no statistic “%1”; there are: %2"),
        name,
        "; ".join(names),
    )


def _quantities(ctx: CommandContext, collaboration_id: int) -> dict[int, Decimal]:
    return {p.item.id: p.quantity for p in ctx.desk.advertising.picked_items(collaboration_id)}


def pick_for(args: argparse.Namespace, ctx: CommandContext) -> int:
    advertising, cid = ctx.desk.advertising, args.id
    ctx.desk.collaborations.get(cid)  # "there is no collaboration with id …" first
    if args.metric is not None:
        if args.quantity is not None:
            raise _error(QT_TRANSLATE_NOOP("Cli", "--quantity goes with --ad-item, not --metric."))
        name = _metric_name(ctx, args.metric)
        advertising.set_metrics(cid, [*advertising.picked_metrics(cid), name])
        say(
            ctx.out,
            QT_TRANSLATE_NOOP("Cli", "Picked for collaboration %1: statistic “%2”"),
            cid,
            name,
        )
        return EXIT_OK
    if args.quantity is None:
        raise _error(QT_TRANSLATE_NOOP("Cli", "--ad-item needs --quantity N."))
    quantity = parse_amount(args.quantity, "--quantity")
    if quantity <= 0:
        raise _error(QT_TRANSLATE_NOOP("Cli", "--quantity must be more than 0."))
    item_id, name = _ad_item_id(ctx, args.ad_item)
    advertising.set_items(cid, _quantities(ctx, cid) | {item_id: quantity})
    say(
        ctx.out,
        QT_TRANSLATE_NOOP("Cli", "Picked for collaboration %1: %2 × “%3”"),
        cid,
        plain_number(quantity),
        name,
    )
    return EXIT_OK


def unpick_from(args: argparse.Namespace, ctx: CommandContext) -> int:
    advertising, cid = ctx.desk.advertising, args.id
    ctx.desk.collaborations.get(cid)
    if args.metric is not None:
        picked = advertising.picked_metrics(cid)
        kept = [n for n in picked if n.casefold() != args.metric.strip().casefold()]
        if len(kept) == len(picked):
            raise _error(
                QT_TRANSLATE_NOOP("Cli", "The statistic “%1” is not picked for collaboration %2."),
                args.metric,
                cid,
            )
        advertising.set_metrics(cid, kept)
        say(
            ctx.out,
            QT_TRANSLATE_NOOP("Cli", "Taken out of collaboration %1: “%2”"),
            cid,
            args.metric,
        )
        return EXIT_OK
    item_id, name = _ad_item_id(ctx, args.ad_item)
    quantities = _quantities(ctx, cid)
    if item_id not in quantities:
        raise _error(
            QT_TRANSLATE_NOOP("Cli", "“%1” is not picked for collaboration %2."), name, cid
        )
    del quantities[item_id]
    advertising.set_items(cid, quantities)
    say(ctx.out, QT_TRANSLATE_NOOP("Cli", "Taken out of collaboration %1: “%2”"), cid, name)
    return EXIT_OK


def move_stage(args: argparse.Namespace, ctx: CommandContext) -> int:
    from collabdesk.services.stage_settlement import REASON_STAGES, OpenPromisesError

    target = Stage(args.stage)
    before = ctx.desk.collaborations.get(args.id)
    if target in REASON_STAGES and not args.reason.strip() and before.stage is not target:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Cli", "Moving collaboration %1 to “%2” needs a reason: add --reason TEXT."
            ),
            args.id,
            target.value,
        )
    try:
        record = ctx.desk.collaborations.move(args.id, target, args.reason)
    except OpenPromisesError as exc:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Cli",
                "“%1” cannot be completed: commitments still open: %2. Close each one with one "
                "of the commands below, then move it again.\n%3",
            ),
            before.title,
            len(exc.open),
            "\n".join(open_lines(exc.open)),
        ) from exc
    say(
        ctx.out,
        QT_TRANSLATE_NOOP("Cli", "Collaboration %1 moved: %2 → %3"),
        record.id,
        before.stage.value,
        record.stage.value,
    )
    return EXIT_OK


def open_lines(promises: tuple[OpenPromise, ...]) -> list[str]:
    """Each open promise, and the three commands that close it."""
    from collabdesk.domain.enums import Direction

    lines = []
    for p in promises:
        side = "gives" if p.direction is Direction.LIBRARY_GIVES else "gets"
        due = p.due_on.isoformat() if p.due_on else "-"
        what = " ".join(p.description.split())[:80]
        who = f" ({p.partner_name})" if p.partner_name else ""
        lines.append(f"  {p.id}  {side}  {due}  {p.status.value}  {what}{who}")
        lines.append(f"      collabdesk commitments deliver {p.id} [--on DATE]")
        lines.append(f'      collabdesk commitments waive {p.id} --reason "…"')
        lines.append(f"      collabdesk commitments miss {p.id}")
    return lines
