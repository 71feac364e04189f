"""The Collaborations list and board, a page at a time from SQL.

A library system holds tens of thousands of collaborations: the list reads
the rows a view shows (keyset on title and id, so every page costs the same)
with each one's readiness percent computed in the same SQL statement
(`readiness_sql`), and the board reads the first cards of each stage and how
many more there are. Nothing is scored in Python for rows nobody sees.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import and_, func, or_, select, union_all
from sqlalchemy.orm import Session

from collabdesk.domain.collaboration import Collaboration, CollaborationPartner
from collabdesk.domain.enums import PartnerRole, Stage
from collabdesk.domain.partner import Partner
from collabdesk.services.collaboration_lines import (
    BOARD_CARDS,
    PAGE_SIZE,
    CollaborationRow,
    ListedCollaboration,
    ListFilter,
    Opening,
    StageCards,
)
from collabdesk.services.readiness_sql import readiness_percent, required_questions
from collabdesk.services.renewal_due import RenewalWindow, renewed, window

__all__ = [
    "BOARD_CARDS",
    "PAGE_SIZE",
    "CollaborationRow",
    "ListFilter",
    "ListedCollaboration",
    "Opening",
    "StageCards",
]


def _where(chosen: ListFilter, renewals: RenewalWindow | None = None) -> list[Any]:
    """The filter's conditions; `renewals` is needed when it asks for due renewals."""
    where: list[Any] = []
    if chosen.renewal_due:
        if renewals is None:
            raise ValueError("the renewal filter needs the renewal window")
        where.append(renewals.due())
    if chosen.stage is not None:
        where.append(Collaboration.stage == chosen.stage)
    if chosen.branch_id is not None:
        where.append(Collaboration.branch_id == chosen.branch_id)
    if chosen.partner_id is not None:
        where.append(
            Collaboration.participants.any(CollaborationPartner.partner_id == chosen.partner_id)
        )
    return where


def _lines(session: Session, stmt: Any, renewals: RenewalWindow) -> list[ListedCollaboration]:
    """Rows of `stmt` (id, title, stage, starts, ends, percent, in stage since, due,
    renewed, branch) with their partners' names, read in one more query for the page."""
    rows = session.execute(stmt).all()
    ids = [int(row[0]) for row in rows]
    names: dict[int, list[str]] = {cid: [] for cid in ids}
    if ids:
        for cid, name in session.execute(
            select(CollaborationPartner.collaboration_id, Partner.name)
            .join(Partner, Partner.id == CollaborationPartner.partner_id)
            .where(
                CollaborationPartner.collaboration_id.in_(ids),
                CollaborationPartner.role == PartnerRole.PARTNER,
            )
        ):
            names[int(cid)].append(str(name))
    return [
        ListedCollaboration(
            int(cid),
            str(title),
            Stage(stage),
            tuple(sorted(names[int(cid)])),
            starts,
            ends,
            int(p),
            since,
            renewals.due_on(ends) if Stage(stage) is not Stage.DECLINED else None,
            bool(due),
            bool(renewed),
            branch,
        )
        for cid, title, stage, starts, ends, p, since, due, renewed, branch in rows
    ]


def _columns(session: Session, renewals: RenewalWindow) -> Any:
    percent = readiness_percent(required_questions(session), session.get_bind().dialect.name)
    return select(
        Collaboration.id,
        Collaboration.title,
        Collaboration.stage,
        Collaboration.starts_on,
        Collaboration.ends_on,
        percent,
        Collaboration.stage_changed_on,
        renewals.due(),
        renewed(),
        Collaboration.branch_id,
    )


def count_listed(session: Session, chosen: ListFilter) -> int:
    stmt = select(func.count(Collaboration.id)).where(*_where(chosen, window(session)))
    return int(session.scalar(stmt) or 0)


def page(
    session: Session,
    chosen: ListFilter,
    after: tuple[str, int] | None = None,
    limit: int = PAGE_SIZE,
) -> list[ListedCollaboration]:
    """The `limit` collaborations after `after` by title, then id."""
    renewals = window(session)
    stmt = _columns(session, renewals).where(*_where(chosen, renewals))
    if after is not None:
        title, cid = after
        stmt = stmt.where(
            or_(
                Collaboration.title > title,
                and_(Collaboration.title == title, Collaboration.id > cid),
            )
        )
    stmt = stmt.order_by(Collaboration.title, Collaboration.id).limit(limit)
    return _lines(session, stmt, renewals)


def listed(
    session: Session, collaboration_id: int, chosen: ListFilter | None = None
) -> ListedCollaboration | None:
    """One line, for a selection that is not on a page read so far; None
    when it is gone or the filter `chosen` leaves it out."""
    renewals = window(session)
    stmt = _columns(session, renewals).where(Collaboration.id == collaboration_id)
    found = _lines(session, stmt.where(*_where(chosen or ListFilter(), renewals)), renewals)
    return found[0] if found else None


def board(session: Session, chosen: ListFilter, per_stage: int | None = None) -> list[StageCards]:
    """Each stage's first `per_stage` (BOARD_CARDS) cards by title under
    `chosen`, and its count; readiness is computed for the cards shown only."""
    per_stage = per_stage or BOARD_CARDS
    renewals = window(session)
    totals = dict(
        session.execute(
            select(Collaboration.stage, func.count(Collaboration.id))
            .where(*_where(chosen, renewals))
            .group_by(Collaboration.stage)
        ).all()
    )
    # Each stage's first ids through the (stage, title, id) index, a LIMIT
    # apiece: far cheaper than numbering every row with a window function.
    firsts = [
        select(Collaboration.id)
        .where(*_where(replace(chosen, stage=stage), renewals))
        .order_by(Collaboration.title, Collaboration.id)
        .limit(per_stage)
        .subquery()
        for stage in Stage
        if totals.get(stage)
    ]
    if not firsts:
        return [StageCards(stage, (), 0) for stage in Stage]
    shown = union_all(*(select(first.c.id) for first in firsts))
    stmt = (
        _columns(session, renewals)
        .where(Collaboration.id.in_(shown))
        .order_by(Collaboration.title, Collaboration.id)
    )
    cards: dict[Stage, list[ListedCollaboration]] = {stage: [] for stage in Stage}
    for line in _lines(session, stmt, renewals):
        cards[line.stage].append(line)
    return [StageCards(stage, tuple(cards[stage]), int(totals.get(stage, 0))) for stage in Stage]


def every_row(
    session: Session,
    stage: Stage | None = None,
    partner_id: int | None = None,
    branch_id: int | None = None,
) -> list[CollaborationRow]:
    """Every collaboration under the filter, by title, without readiness.
    Plain columns, not ORM objects: at 20,000 collaborations loading each
    with its participants took seconds, and pickers ask for all of them."""
    where = _where(ListFilter(stage, partner_id, branch_id=branch_id))
    rows = session.execute(
        select(
            Collaboration.id,
            Collaboration.title,
            Collaboration.stage,
            Collaboration.starts_on,
            Collaboration.ends_on,
        )
        .where(*where)
        .order_by(Collaboration.title, Collaboration.id)
    ).all()
    names: dict[int, list[str]] = {int(row[0]): [] for row in rows}
    for cid, name in session.execute(
        select(CollaborationPartner.collaboration_id, Partner.name)
        .join(Partner, Partner.id == CollaborationPartner.partner_id)
        .join(Collaboration, Collaboration.id == CollaborationPartner.collaboration_id)
        .where(CollaborationPartner.role == PartnerRole.PARTNER, *where)
    ):
        names[int(cid)].append(str(name))
    return [
        CollaborationRow(int(cid), title, stage, tuple(sorted(names[int(cid)])), starts_on, ends_on)
        for cid, title, stage, starts_on, ends_on in rows
    ]
