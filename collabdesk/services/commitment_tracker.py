"""The commitment tracker: every promise of both sides, filtered, sorted and
paged in SQL so a list of 500,000 commitments shows its first page at once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    and_,
    exists,
    func,
    literal_column,
    not_,
    or_,
    select,
    text,
    true,
)
from sqlalchemy.orm import Session

from collabdesk.domain.collaboration import Collaboration
from collabdesk.domain.commitment import Commitment, CommitmentProof
from collabdesk.domain.commitment_flow import OPEN_STATUSES
from collabdesk.domain.enums import CommitmentStatus, Direction
from collabdesk.domain.partner import Partner
from collabdesk.services.partner_directory import MIN_SUBSTRING, search_chunks
from collabdesk.services.tracker_query import (
    COUNT_CAP,
    SOON_DAYS,
    DueWindow,
    SortKey,
    TrackerQuery,
    TrackerRow,
    is_overdue,
)
from collabdesk.services.transaction import Sessions, transaction

__all__ = [
    "COUNT_CAP",
    "CommitmentTracker",
    "DueWindow",
    "SortKey",
    "TrackerQuery",
    "TrackerRow",
]


def text_variants(text: str) -> list[str]:
    """SQLite's LIKE folds only ASCII case; try the spellings people type."""
    variants = [text, text.casefold(), text.capitalize(), text.upper()]
    return list(dict.fromkeys(v for v in variants if v))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _open() -> ColumnElement[bool]:
    return Commitment.status.in_(sorted(OPEN_STATUSES))


def _no_proof() -> ColumnElement[bool]:
    return and_(
        Commitment.status == CommitmentStatus.DELIVERED,
        Commitment.proof_path == "",
        not_(exists().where(CommitmentProof.commitment_id == Commitment.id)),
    )


def _own_text(chunks: list[str], fts: bool) -> ColumnElement[bool]:
    """Every chunk in the commitment's normalised description, owner or unit.

    On SQLite the trigram index finds chunks of three or more letters; a
    shorter query (and PostgreSQL) compares the normalised column itself."""
    if fts and len(chunks[0]) >= MIN_SUBSTRING:
        phrase = " ".join('"' + chunk.replace('"', '""') + '"' for chunk in chunks)
        matches = literal_column("commitment_fts").op("MATCH")(phrase)
        rowid = literal_column("rowid", Integer)
        return Commitment.id.in_(select(rowid).select_from(text("commitment_fts")).where(matches))
    return and_(*(Commitment.search_text.like(f"%{_escape_like(c)}%", escape="\\") for c in chunks))


def _text_matches(query_text: str, fts: bool) -> ColumnElement[bool]:
    """Text in the description, owner or unit, the partner's name or the title.

    Partners and collaborations are few, so they are matched first and the
    commitments found by id; the partner's search_text is already folded."""
    chunks = search_chunks(query_text)
    if not chunks:
        return true()
    partners = select(Partner.id).where(
        *(Partner.search_text.like(f"%{_escape_like(c)}%", escape="\\") for c in chunks)
    )
    titles = [
        Collaboration.title.like(f"%{_escape_like(variant)}%", escape="\\")
        for variant in text_variants(query_text)
    ]
    return or_(
        _own_text(chunks, fts),
        Commitment.partner_id.in_(partners),
        Commitment.collaboration_id.in_(select(Collaboration.id).where(or_(*titles))),
    )


def _conditions(query: TrackerQuery, fts: bool) -> list[ColumnElement[bool]]:
    """WHERE clauses on the commitment table alone (counting needs no join)."""
    where: list[ColumnElement[bool]] = []
    today = query.today
    if query.direction is not None:
        where.append(Commitment.direction == query.direction)
    if query.status is not None:
        where.append(Commitment.status == query.status)
    if query.owner.strip():
        where.append(Commitment.owner == query.owner.strip())
    if query.partner_id is not None:
        where.append(Commitment.partner_id == query.partner_id)
    if query.collaboration_id is not None:
        where.append(Commitment.collaboration_id == query.collaboration_id)
    if query.window is DueWindow.OVERDUE:
        where += [_open(), Commitment.due_on < today]
    elif query.window is DueWindow.SOON:
        where += [_open(), Commitment.due_on <= today + timedelta(days=SOON_DAYS)]
    elif query.window is DueWindow.THIS_WEEK:
        monday = today - timedelta(days=today.weekday())
        where.append(Commitment.due_on.between(monday, monday + timedelta(days=6)))
    elif query.window is DueWindow.THIS_MONTH:
        first = today.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        where += [Commitment.due_on >= first, Commitment.due_on < following]
    if query.without_proof:
        where.append(_no_proof())
    if query.text.strip():
        where.append(_text_matches(query.text.strip(), fts))
    return where


def _sort_columns(key: SortKey) -> list[Any]:
    columns: dict[SortKey, list[Any]] = {
        SortKey.PARTNER: [Partner.name_key],
        SortKey.COLLABORATION: [Collaboration.title],
        SortKey.DIRECTION: [Commitment.direction, Commitment.due_on],
        SortKey.DESCRIPTION: [Commitment.description],
        SortKey.QUANTITY: [Commitment.quantity],
        SortKey.DUE: [Commitment.due_on],
        SortKey.OWNER: [Commitment.owner, Commitment.due_on],
        SortKey.STATUS: [Commitment.status, Commitment.due_on],
        SortKey.VALUE: [Commitment.currency, Commitment.value],
    }
    return columns[key]


def _joined(stmt: Any) -> Any:
    return stmt.join(Collaboration, Collaboration.id == Commitment.collaboration_id).outerjoin(
        Partner, Partner.id == Commitment.partner_id
    )


class CommitmentTracker:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def page(self, query: TrackerQuery, offset: int = 0, limit: int = 200) -> list[TrackerRow]:
        """One page in the query's order. The ids are chosen on the commitment
        table alone (joining only what the sort needs), so SQLite walks the
        sort column's index; the page's 200 rows are then read with names."""
        order = [
            c.desc().nulls_last() if query.descending else c.asc().nulls_last()
            for c in _sort_columns(query.sort)
        ]
        order.append(Commitment.id.desc() if query.descending else Commitment.id.asc())
        pick = select(Commitment.id)
        if query.sort is SortKey.PARTNER:
            pick = pick.outerjoin(Partner, Partner.id == Commitment.partner_id)
        elif query.sort is SortKey.COLLABORATION:
            pick = pick.join(Collaboration, Collaboration.id == Commitment.collaboration_id)
        pick = pick.order_by(*order).offset(max(offset, 0)).limit(max(limit, 0))
        stmt = _joined(
            select(
                Commitment.id,
                Commitment.collaboration_id,
                Collaboration.title,
                Commitment.partner_id,
                Partner.name,
                Commitment.direction,
                Commitment.description,
                Commitment.quantity,
                Commitment.unit,
                Commitment.due_on,
                Commitment.owner,
                Commitment.status,
                Commitment.value,
                Commitment.currency,
                Commitment.delivered_on,
                Commitment.make_good_for_id,
                Commitment.proof_path,
            )
        )
        with transaction(self._sessions) as session:
            ids = list(session.scalars(pick.where(*_conditions(query, _has_fts(session)))))
            found = {r.id: r for r in session.execute(stmt.where(Commitment.id.in_(ids)))}
            rows = [found[i] for i in ids if i in found]
            proofs = _proof_counts(session, [r.id for r in rows])
        return [
            TrackerRow(
                id=r.id,
                collaboration_id=r.collaboration_id,
                collaboration_title=r.title,
                partner_id=r.partner_id,
                partner_name=r.name or "",
                direction=r.direction,
                description=r.description,
                quantity=r.quantity,
                unit=r.unit,
                due_on=r.due_on,
                owner=r.owner,
                status=r.status,
                value=r.value,
                currency=r.currency,
                delivered_on=r.delivered_on,
                make_good_for_id=r.make_good_for_id,
                proofs=proofs.get(r.id, 0) + (1 if r.proof_path else 0),
                overdue=is_overdue(r.status, r.due_on, query.today),
            )
            for r in rows
        ]

    def count(self, query: TrackerQuery, cap: int = COUNT_CAP) -> int:
        """How many commitments match, counting at most `cap`."""
        with transaction(self._sessions) as session:
            where = _conditions(query, _has_fts(session))
            inner = select(Commitment.id).where(*where).limit(cap)
            return int(session.scalar(select(func.count()).select_from(inner.subquery())) or 0)

    def owners(self) -> list[str]:
        """Everyone who owns a commitment, for the owner filter."""
        with transaction(self._sessions) as session:
            return list(
                session.scalars(
                    select(Commitment.owner)
                    .where(Commitment.owner != "")
                    .distinct()
                    .order_by(Commitment.owner)
                )
            )

    def partners(self) -> list[tuple[int, str]]:
        """(id, name) of every partner with a commitment, for the partner filter."""
        with_commitments = select(Commitment.partner_id).where(Commitment.partner_id.is_not(None))
        stmt = (
            select(Partner.id, Partner.name)
            .where(Partner.id.in_(with_commitments))
            .order_by(Partner.name_key, Partner.id)
        )
        with transaction(self._sessions) as session:
            return [(int(row[0]), str(row[1])) for row in session.execute(stmt)]

    def reminders(self, today: date | None = None, limit: int = 20) -> tuple[list[TrackerRow], int]:
        """Open commitments overdue or due within seven days, the library's
        own first (its reputation is at stake), then by due date; and how
        many there are in all."""
        query = TrackerQuery(window=DueWindow.SOON, today=today or date.today())
        ours = self.page(replace(query, direction=Direction.LIBRARY_GIVES), 0, limit)
        theirs = self.page(replace(query, direction=Direction.PARTNER_GIVES), 0, limit)
        return (ours + theirs)[:limit], self.count(query)


def _has_fts(session: Session) -> bool:
    """commitment_fts exists on SQLite only (migration 0007)."""
    return session.get_bind().dialect.name == "sqlite"


def _proof_counts(session: Session, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    rows = session.execute(
        select(CommitmentProof.commitment_id, func.count())
        .where(CommitmentProof.commitment_id.in_(ids))
        .group_by(CommitmentProof.commitment_id)
    )
    return {int(row[0]): int(row[1]) for row in rows}
