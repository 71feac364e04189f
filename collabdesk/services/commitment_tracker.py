"""The commitment tracker: every promise of both sides, filtered, sorted and
paged in SQL so a list of 500,000 commitments shows its first page at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from collabdesk.domain.collaboration import Collaboration
from collabdesk.domain.commitment import Commitment, CommitmentProof
from collabdesk.domain.commitment_series import CommitmentSeries
from collabdesk.domain.enums import Direction, PartnerKind
from collabdesk.domain.partner import Partner
from collabdesk.services import tracker_order
from collabdesk.services.partner_directory import MIN_SUBSTRING, PREFIX_END, search_chunks
from collabdesk.services.tracker_query import (
    COUNT_CAP,
    PAGE,
    WALK,
    DueWindow,
    SortKey,
    TrackerQuery,
    TrackerRow,
    tracker_row,
)
from collabdesk.services.tracker_where import conditions, dense_text, fts_ids, walk_bounds
from collabdesk.services.transaction import Sessions, transaction
from collabdesk.store.side_reader import side_reads_of

__all__ = [
    "COUNT_CAP",
    "CommitmentTracker",
    "DueWindow",
    "SortKey",
    "TrackerQuery",
    "TrackerRow",
]


T = TypeVar("T")
PARTNER_CHOICES = 50  # the partner filter lists this many for what was typed


class PartnerChoice(NamedTuple):
    id: int
    name: str
    kind: PartnerKind


def _joined(stmt: Any) -> Any:
    return (
        stmt.join(Collaboration, Collaboration.id == Commitment.collaboration_id)
        .outerjoin(Partner, Partner.id == Commitment.partner_id)
        .outerjoin(CommitmentSeries, CommitmentSeries.id == Commitment.series_id)
    )


class CommitmentTracker:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def page(
        self, query: TrackerQuery, after: int | None = None, limit: int = 200
    ) -> list[TrackerRow]:
        """The `limit` rows that follow commitment `after` (the last row
        shown; None: from the top) in the query's order. The ids come from
        the sort's index (tracker_order), the rows are then read with names."""
        with transaction(self._sessions) as session:
            return _page(session, query, after, limit)

    def page_aside(
        self, query: TrackerQuery, after: int | None = None, limit: int = 200
    ) -> list[TrackerRow] | None:
        """`page`, read on a second, read-only connection (store/side_reader),
        so a worker thread can fetch the next page while the window keeps its
        own connection; None when there can be no such connection (an
        in-memory database, a meeting copy): the caller then uses `page`."""
        return self._aside(lambda session: _page(session, query, after, limit))

    def first_page(self, query: TrackerQuery, limit: int = 200) -> tuple[list[TrackerRow], int]:
        """The first `limit` rows and how many match (at most COUNT_CAP),
        counted once: what the table shows for a keystroke or a click."""
        with transaction(self._sessions) as session:
            return _first_page(session, query, limit)

    def first_page_aside(
        self, query: TrackerQuery, limit: int = 200
    ) -> tuple[list[TrackerRow], int] | None:
        """`first_page` on the second connection, as `page_aside`: a text
        search, typed key by key, is read on a worker."""
        return self._aside(lambda session: _first_page(session, query, limit))

    def _aside(self, read: Callable[[Session], T]) -> T | None:
        with side_reads_of(self._sessions) as reads:
            if reads is None:
                return None
            with Session(bind=reads) as session:
                return read(session)

    def count(self, query: TrackerQuery) -> int:
        """How many commitments match, counting at most COUNT_CAP."""
        with transaction(self._sessions) as session:
            return _count_all(session, query)[0]

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

    def partners_named(self, text: str = "", limit: int = PARTNER_CHOICES) -> list[PartnerChoice]:
        """At most `limit` partners with a commitment whose name holds
        `text` (all of them when empty), by name: the partner filter's
        choices for what was typed. Walks the name index and stops after
        `limit`, so 100,000 partners are never read for a filter."""
        with_commitment = select(Commitment.id).where(Commitment.partner_id == Partner.id).exists()
        stmt = select(Partner.id, Partner.name, Partner.kind).where(with_commitment)
        chunks = search_chunks(text.strip())
        if chunks:
            with transaction(self._sessions) as session:
                fts = _has_fts(session)
            if fts and len(chunks[0]) >= MIN_SUBSTRING:
                stmt = stmt.where(Partner.id.in_(fts_ids("partner_fts", chunks)))
            elif len(chunks[0]) < MIN_SUBSTRING:  # a letter or two: the start of the name
                first, rest = chunks[0], chunks[1:]
                stmt = stmt.where(Partner.name_key >= first, Partner.name_key < first + PREFIX_END)
                stmt = stmt.where(*(Partner.search_text.contains(c, autoescape=True) for c in rest))
            else:
                stmt = stmt.where(
                    *(Partner.search_text.contains(c, autoescape=True) for c in chunks)
                )
        stmt = stmt.order_by(Partner.name_key, Partner.id).limit(max(limit, 0))
        with transaction(self._sessions) as session:
            return [PartnerChoice(int(r[0]), str(r[1]), r[2]) for r in session.execute(stmt)]

    def reminders(self, today: date | None = None, limit: int = 20) -> tuple[list[TrackerRow], int]:
        """Open commitments overdue or due within seven days, the library's
        own first (its reputation is at stake), then by due date; and how
        many there are in all."""
        query = TrackerQuery(window=DueWindow.SOON, today=today or date.today())
        ours = self.page(replace(query, direction=Direction.LIBRARY_GIVES), None, limit)
        theirs = self.page(replace(query, direction=Direction.PARTNER_GIVES), None, limit)
        return (ours + theirs)[:limit], self.count(query)


def _page(session: Session, query: TrackerQuery, after: int | None, limit: int) -> list[TrackerRow]:
    many = _count_all(session, query)[1]
    return _rows(session, query, _page_ids(session, query, after, max(limit, 0), many))


def _first_page(session: Session, query: TrackerQuery, limit: int) -> tuple[list[TrackerRow], int]:
    total, many = _count_all(session, query)
    ids = _page_ids(session, query, None, max(limit, 0), many)
    return _rows(session, query, ids), total


def _count(session: Session, where: list[ColumnElement[bool]], cap: int) -> int:
    inner = select(Commitment.id).where(*where).limit(cap)
    return int(session.scalar(select(func.count()).select_from(inner.subquery())) or 0)


def _count_all(session: Session, query: TrackerQuery) -> tuple[int, bool]:
    """How many match (at most COUNT_CAP), and whether they may be many
    enough to meet walking the sort's index.

    A search for text alone is counted in the trigram index first, which
    stops early: finding all 55,000 commitments with "кофе" through it
    costs more than the whole page otherwise, and counting on up to one
    commitment in WALK/PAGE tells whether a walk of WALK rows would
    fill a page, or the matches are better found and sorted."""
    fts = _has_fts(session)
    if fts and not _filtered_beyond_text(query):
        rows = int(session.scalar(select(func.max(Commitment.id))) or 0)  # ~ how many
        dense = max(COUNT_CAP, rows * PAGE // WALK)
        probe = dense_text(query, fts, dense)
        own = int(session.scalar(probe) or 0) if probe is not None else 0
        if own >= COUNT_CAP:
            return COUNT_CAP, own >= dense
        if probe is not None:  # few of its own: partners' or titles' matches may be many
            found = _count(session, conditions(query, fts), dense)
            return min(found, COUNT_CAP), found >= dense
    found = _count(session, conditions(query, fts), COUNT_CAP)
    return found, found >= COUNT_CAP


def _filtered_beyond_text(query: TrackerQuery) -> bool:
    return (
        query.direction is not None
        or query.status is not None
        or bool(query.owner.strip())
        or query.partner_id is not None
        or query.collaboration_id is not None
        or query.window is not DueWindow.ALL
        or query.without_proof
    )


def _page_ids(
    session: Session, query: TrackerQuery, after: int | None, limit: int, many: bool
) -> list[int]:
    """Ids of the page after `after`: through the sort's runs in order,
    starting in the run that holds `after` (tracker_order.segments).

    A few matches are found through their filters and sorted. Many are
    first met walking the sort's index, at most WALK rows of it (one
    match in twenty fills a page); a page still short after that walk is
    found the first way (tracker_where explains the two spellings)."""
    fts = _has_fts(session)
    runs = list(tracker_order.segments(query.sort, query.descending))
    keys: list[Any] | None = None
    if after:  # ids start at 1: 0, as callers of the old offset wrote, is the top
        for start, run in enumerate(runs):
            keys = tracker_order.cursor(session, run, after)
            if keys is not None:
                runs = runs[start:]
                break
        else:
            return []  # deleted since it was shown: the next refresh starts over
    seek = conditions(query, fts)
    scan = conditions(query, fts, scan=True) if many else None
    bounds = walk_bounds(query)
    ids: list[int] = []
    for run in runs:
        need = limit - len(ids)
        if need <= 0:
            break
        found: list[int] = []
        until = None
        if scan is not None:
            until = tracker_order.boundary(session, run, bounds, keys, query.descending, WALK)
            pick = tracker_order.ordered_ids(run, scan, query.descending, keys, need, until)
            found = list(session.scalars(pick))
        if scan is None or (len(found) < need and until is not None):
            pick = tracker_order.ordered_ids(run, seek, query.descending, keys, need)
            found = list(session.scalars(pick))
        ids.extend(found)
        keys = None
    return ids


_ROW_COLUMNS = (
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
    Commitment.occurrence,  # a recurring promise's "3/12" (commitment_series)
    CommitmentSeries.times,
)


def _rows(session: Session, query: TrackerQuery, ids: list[int]) -> list[TrackerRow]:
    """The rows of `ids`, in that order, with names and proof counts.

    Read through the Core connection, unpacked by position: the ORM's
    row handling cost more than the query for a page of 200."""
    if not ids:
        return []
    stmt = _joined(select(*_ROW_COLUMNS)).where(Commitment.id.in_(ids))
    found = {row[0]: tuple(row) for row in session.connection().execute(stmt)}
    proofs = _proof_counts(session, ids)
    today = query.today
    return [
        tracker_row(found[commitment_id], proofs.get(commitment_id, 0), today)
        for commitment_id in ids
        if commitment_id in found
    ]


def _has_fts(session: Session) -> bool:
    """commitment_fts exists on SQLite only (migration 0007)."""
    return session.get_bind().dialect.name == "sqlite"


def _proof_counts(session: Session, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    rows = session.connection().execute(
        select(CommitmentProof.commitment_id, func.count())
        .where(CommitmentProof.commitment_id.in_(ids))
        .group_by(CommitmentProof.commitment_id)
    )
    return {int(row[0]): int(row[1]) for row in rows}
