"""Reputation: does each side deliver what it promised, on time?

What "on time" means, and the one GROUP BY over the whole table that gives
every partner's figures at once, is written in services/reputation_sql.py
(plain SQL text, so the command line reads it without SQLAlchemy); this
module runs it through the store's sessions and connections.

At half a million commitments that GROUP BY takes seconds on a busy
machine, so the window never runs it: the dashboard pages through the
partners (`page`: the same GROUP BY over a page of partners' commitments,
through their index) and reads the library's own record in a worker on a
connection of its own (`library_apart`: one row per side).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Date, and_, bindparam, exists, or_, select, text
from sqlalchemy.orm import Session

from collabdesk.domain.commitment import Commitment
from collabdesk.domain.enums import Direction
from collabdesk.domain.partner import Partner
from collabdesk.services.reputation_sql import (
    PartnerReputation,
    Reputation,
    ReputationBoard,
    board_of,
    figures_sql,
    names_of,
    side_of,
)
from collabdesk.services.transaction import Sessions, transaction
from collabdesk.store.side_reader import side_reads_of

__all__ = [
    "PAGE",
    "PartnerPlace",
    "PartnerReputation",
    "Reputation",
    "ReputationBoard",
    "ReputationService",
    "library_reputation",
    "reputation_figures",
    "side_of",
]

PAGE = 40  # partners on a page of the dashboard


@dataclass(frozen=True)
class PartnerPlace:
    """A partner's line on a page of the dashboard, and its keyset place."""

    reputation: PartnerReputation
    after: tuple[str, int]  # (name key, id): the next page starts after it


def reputation_figures(
    reads: Connection | Session,
    today: date,
    partner_id: int | None = None,
    collaboration_id: int | None = None,
    partner_ids: Collection[int] | None = None,
    *,
    per_partner: bool = True,
) -> list[Any]:
    """THE definition of reliability (reputation_sql.figures_sql), run: per
    (partner, direction) the counts of `Reputation`'s fields, then the
    partner's name. The reputation view, the pitch's track record, the
    recap's balance and any later report call this, so "on time" means the
    same everywhere.

    Within one collaboration, a partner's figures also count the
    commitments made to the whole collaboration (no partner named).
    `partner_ids`: only these partners' rows (a page of the dashboard).
    `per_partner=False`: one row per direction for everyone together (pid
    and name None), the library's own record without 60,000 rows to sum."""
    bind = reads.get_bind() if isinstance(reads, Session) else reads.engine
    sql = figures_sql(
        bind.dialect.name,
        partner_id=partner_id is not None,
        collaboration_id=collaboration_id is not None,
        partner_ids=partner_ids,
        per_partner=per_partner,
    )
    values: dict[str, Any] = {"today": today}
    binds = [bindparam("today", type_=Date())]
    if partner_id is not None:
        values["partner_id"] = partner_id
    if collaboration_id is not None:
        values["collaboration_id"] = collaboration_id
    return list(reads.execute(text(sql).bindparams(*binds), values).all())


def library_reputation(reads: Connection | Session, today: date) -> Reputation:
    """Everything the library promised, to anyone: the board's `library` row."""
    return _library_of(reputation_figures(reads, today))


def _library_of(rows: list[Any]) -> Reputation:
    return side_of(rows, Direction.LIBRARY_GIVES)


class ReputationService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def board(self, today: date | None = None, partner_id: int | None = None) -> ReputationBoard:
        """Every partner's reputation and the library's, in one query."""
        today = today or date.today()
        with transaction(self._sessions) as session:
            rows = reputation_figures(session, today, partner_id)
            names = names_of(rows)
            if partner_id is not None and partner_id not in names:
                found = session.get(Partner, partner_id)
                if found is not None:
                    names[partner_id] = found.name
        return board_of(rows, names, partner_id)

    def library_apart(self, today: date | None = None) -> Reputation | None:
        """The library's own record, read on a read-only connection of its
        own for a worker thread (a scan of every commitment: SQLite works,
        Python waits for one row per side, so the window's thread keeps the
        GIL); None when there can be no such connection (then `library`)."""
        with side_reads_of(self._sessions) as reads:
            if reads is None:
                return None
            with reads.begin():
                rows = reputation_figures(reads, today or date.today(), per_partner=False)
        return _library_of(rows)

    def library(self, today: date | None = None) -> Reputation:
        """The library's own record on the store's connection."""
        with transaction(self._sessions) as session:
            rows = reputation_figures(session, today or date.today(), per_partner=False)
        return _library_of(rows)

    def page(
        self,
        today: date | None = None,
        after: tuple[str, int] | None = None,
        limit: int | None = None,
    ) -> tuple[PartnerPlace, ...]:
        """The next `limit` partners with commitments after `after`, by
        name (keyset on the name key, then id), each with their figures and
        where the next page starts: the dashboard's list, a page at a time."""
        today = today or date.today()
        c = Commitment
        stmt = select(Partner.id, Partner.name_key).where(
            exists().where(c.partner_id == Partner.id)
        )
        if after is not None:
            key, pid = after
            stmt = stmt.where(
                or_(Partner.name_key > key, and_(Partner.name_key == key, Partner.id > pid))
            )
        with transaction(self._sessions) as session:
            first = session.execute(
                stmt.order_by(Partner.name_key, Partner.id).limit(limit or PAGE)
            ).all()
            keys = {int(pid): str(key) for pid, key in first}
            rows = reputation_figures(session, today, partner_ids=list(keys)) if keys else []
        found = {p.partner_id: p for p in board_of(rows, names_of(rows), None).partners}
        return tuple(
            PartnerPlace(found[pid], (key, pid)) for pid, key in keys.items() if pid in found
        )

    def for_partner(self, partner_id: int, today: date | None = None) -> PartnerReputation:
        board = self.board(today, partner_id)
        found = board.for_partner(partner_id)
        return found or PartnerReputation(partner_id, "", Reputation(), Reputation())
