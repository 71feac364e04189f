"""The tracker's filters as SQL conditions on the commitment table.

Two spellings of the same filters: `seek` lets SQLite look matches up
through the filters' own indexes (and the trigram index for text), which
is right when few rows match and are then sorted; `scan` keeps the filters
off every index but the sort's, so SQLite walks the sort's index in order
and stops after one page, which is right when many rows match. The
tracker counts first and picks (commitment_tracker._page_ids)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    Select,
    and_,
    bindparam,
    exists,
    func,
    literal_column,
    not_,
    or_,
    select,
    text,
    true,
    type_coerce,
)

from collabdesk.domain.collaboration import Collaboration
from collabdesk.domain.commitment import Commitment, CommitmentProof
from collabdesk.domain.commitment_flow import OPEN_STATUSES
from collabdesk.domain.enums import CommitmentStatus, PartnerKind
from collabdesk.domain.partner import Partner
from collabdesk.services.partner_directory import MIN_SUBSTRING, search_chunks
from collabdesk.services.tracker_order import SORT_COLUMNS, due_key
from collabdesk.services.tracker_query import SOON_DAYS, DueWindow, TrackerQuery


def text_variants(text: str) -> list[str]:
    """SQLite's LIKE folds only ASCII case; try the spellings people type."""
    variants = [text, text.casefold(), text.capitalize(), text.upper()]
    return list(dict.fromkeys(v for v in variants if v))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _unindexed(column: Any) -> Any:
    """`+column`: the same value, but SQLite will not pick the column's index."""
    return literal_column(f"+{column.table.name}.{column.name}", column.type)


class _Columns:
    """The filtered columns, each as itself or kept off its index."""

    def __init__(self, indexed: set[str]) -> None:
        self._indexed = indexed

    def __getattr__(self, name: str) -> Any:
        column = getattr(Commitment, name)
        return column if name in self._indexed else _unindexed(column)

    def due(self) -> ColumnElement[Any]:
        key = due_key()
        if "due_on" in self._indexed:
            return key
        return type_coerce(key.op("||")(literal_column("''")), Date)  # same text, no index


def _open(c: Any) -> ColumnElement[bool]:
    return c.status.in_(sorted(OPEN_STATUSES))  # type: ignore[no-any-return]


def _no_proof(c: Any) -> ColumnElement[bool]:
    return and_(
        c.status == CommitmentStatus.DELIVERED,
        Commitment.proof_path == "",
        not_(exists().where(CommitmentProof.commitment_id == Commitment.id)),
    )


def _own_text(chunks: list[str], fts: bool) -> ColumnElement[bool]:
    """Every chunk in the commitment's normalised description, owner or unit.

    On SQLite the trigram index finds chunks of three or more letters; a
    shorter query (and PostgreSQL) compares the normalised column itself."""
    if fts and len(chunks[0]) >= MIN_SUBSTRING:
        return Commitment.id.in_(fts_ids("commitment_fts", chunks))
    return and_(*(Commitment.search_text.like(f"%{_escape_like(c)}%", escape="\\") for c in chunks))


def fts_ids(table: str, chunks: list[str]) -> Select[Any]:
    """Rowids of `table` (an FTS5 trigram index) holding every chunk."""
    phrase = " ".join('"' + chunk.replace('"', '""') + '"' for chunk in chunks)
    matches = literal_column(table).op("MATCH")(phrase)
    return select(literal_column("rowid", Integer)).select_from(text(table)).where(matches)


def dense_text(query: TrackerQuery, fts: bool, cap: int) -> Select[Any] | None:
    """A capped count of the commitments whose own text matches, read from
    the trigram index alone (it stops at `cap`); None when text is not
    searched that way. At `cap`, matches are common enough to meet by
    walking the sort's index and matching rows one by one."""
    chunks = search_chunks(query.text.strip())
    if not fts or not chunks or len(chunks[0]) < MIN_SUBSTRING:
        return None
    inner = fts_ids("commitment_fts", chunks).limit(cap).subquery()
    return select(func.count()).select_from(inner)


def _text_matches(query_text: str, fts: bool, own_fts: bool) -> ColumnElement[bool]:
    """Text in the description, owner or unit, the partner's name or the title.

    Partners and collaborations are few, so they are matched first and the
    commitments found by id; the partner's search_text is already folded."""
    chunks = search_chunks(query_text)
    if not chunks:
        return true()
    if fts and len(chunks[0]) >= MIN_SUBSTRING:
        partners = fts_ids("partner_fts", chunks)
    else:
        partners = select(Partner.id).where(
            *(Partner.search_text.like(f"%{_escape_like(c)}%", escape="\\") for c in chunks)
        )
    titles = [
        Collaboration.title.like(f"%{_escape_like(variant)}%", escape="\\")
        for variant in text_variants(query_text)
    ]
    return or_(
        _own_text(chunks, own_fts),
        Commitment.partner_id.in_(partners),
        Commitment.collaboration_id.in_(select(Collaboration.id).where(or_(*titles))),
    )


def _equalities(query: TrackerQuery) -> dict[str, Any]:
    found = {
        "direction": query.direction,
        "status": query.status,
        "owner": query.owner.strip() or None,
        "partner_id": query.partner_id,
        "collaboration_id": query.collaboration_id,
    }
    return {name: value for name, value in found.items() if value is not None}


def _walk_indexed(query: TrackerQuery, equalities: dict[str, Any]) -> set[str]:
    """The columns a walk of the sort's index may narrow by: the leading
    one, and the next when a filter fixes the leading one."""
    leading = SORT_COLUMNS[query.sort]
    indexed = set(leading[:1])
    if leading and leading[0] in equalities:
        indexed.update(leading[1:2])
    return indexed


def conditions(query: TrackerQuery, fts: bool, scan: bool = False) -> list[ColumnElement[bool]]:
    """WHERE clauses on the commitment table alone (counting needs no join).

    `scan`: only the columns of `_walk_indexed` keep their index, and text
    is matched row by row, so the walk follows the sort's index."""
    equalities = _equalities(query)
    indexed = _walk_indexed(query, equalities) if scan else {*equalities, "due_on", "status"}
    c = _Columns(indexed)
    where: list[ColumnElement[bool]] = [
        getattr(c, name) == value for name, value in equalities.items()
    ]
    if query.window in (DueWindow.OVERDUE, DueWindow.SOON):
        where.append(_open(c))
    where += _due_window(query, c.due())
    if query.without_proof:
        where.append(_no_proof(c))
    where += _dashboard_lists(query)
    if query.text.strip():
        where.append(_text_matches(query.text.strip(), fts, own_fts=fts and not scan))
    return where


def _dashboard_lists(query: TrackerQuery) -> list[ColumnElement[bool]]:
    """The home dashboard's narrower lists: a kind of partner, delivered in
    a year (by delivery date, as its value figures count), due after a day."""
    where: list[ColumnElement[bool]] = []
    if query.partner_kind == "":
        where.append(Commitment.partner_id.is_(None))
    elif query.partner_kind is not None:
        kinds = select(Partner.id).where(Partner.kind == PartnerKind(query.partner_kind))
        where.append(Commitment.partner_id.in_(kinds))
    if query.delivered_in is not None:
        year = query.delivered_in
        where += [
            Commitment.status == CommitmentStatus.DELIVERED,
            Commitment.delivered_on >= _day(date(year, 1, 1)),
            Commitment.delivered_on < _day(date(year + 1, 1, 1)),
        ]
    if query.due_after is not None:
        where.append(Commitment.due_on > _day(query.due_after))
    return where


def walk_bounds(query: TrackerQuery) -> list[ColumnElement[bool]]:
    """The filters a walk of the sort's index answers from the index alone:
    the rows a walk may pass are counted inside them (tracker_order.boundary)."""
    equalities = _equalities(query)
    indexed = _walk_indexed(query, equalities)
    where: list[ColumnElement[bool]] = [
        getattr(Commitment, name) == value for name, value in equalities.items() if name in indexed
    ]
    if "due_on" in indexed:
        where += _due_window(query, due_key())
    return where


def _due_window(query: TrackerQuery, due: ColumnElement[Any]) -> list[ColumnElement[bool]]:
    """Due windows compare the sort key (a missing date is past every day),
    so "overdue, by due date" is one range of the due index."""
    today = query.today
    if query.window is DueWindow.OVERDUE:
        return [due < _day(today)]
    if query.window is DueWindow.SOON:
        return [due <= _day(today + timedelta(days=SOON_DAYS))]
    if query.window is DueWindow.THIS_WEEK:
        monday = today - timedelta(days=today.weekday())
        return [due.between(_day(monday), _day(monday + timedelta(days=6)))]
    if query.window is DueWindow.THIS_MONTH:
        first = today.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return [due >= _day(first), due < _day(following)]
    return []


def _day(day: date) -> Any:
    """A date bound as the Date column stores it (the due key has no type)."""
    return bindparam(None, day, type_=Date())
