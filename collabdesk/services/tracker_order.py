"""The tracker's sort orders as index keys, and keyset paging over them.

Each header sort is a list of key expressions that an index of the same
expressions answers in order (domain/commitment.py declares them), so the
first page of 500,000 commitments is read from the index rather than sorted.
A missing due date, quantity or value sorts after every real one, and
descending is exactly ascending reversed: one index serves both directions.

The next page starts after the last row shown (keyset paging): its key
values are read back and compared as a row value, `(keys…, id) > (…)`,
which SQLite answers with an index seek, so every page costs the same,
however far down the list it is (OFFSET walked past every earlier row).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    bindparam,
    func,
    literal_column,
    select,
    tuple_,
    type_coerce,
)
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from collabdesk.domain.collaboration import Collaboration
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.commitment_keys import NO_AMOUNT_SQL, NO_DATE_SQL
from collabdesk.domain.partner import Partner
from collabdesk.services.tracker_query import SortKey


def due_key() -> ColumnElement[Any]:
    """The due date, a missing one after every date (as the index has it)."""
    return func.coalesce(Commitment.due_on, literal_column(NO_DATE_SQL))


def _amount_key(column: Any) -> ColumnElement[Any]:
    return func.coalesce(column, literal_column(NO_AMOUNT_SQL))


@dataclass(frozen=True)
class Segment:
    """A run of rows in one order: the joins the keys need, the rows it
    holds (beyond the query's filters) and its keys, commitment id last."""

    keys: Callable[[], list[Any]]  # column expressions
    join: Callable[[Select[Any]], Select[Any]] = field(default=lambda stmt: stmt)
    where: Callable[[], list[ColumnElement[bool]]] = field(default=list)


# `+partner.id`: SQLite may not look the partner up by id for each
# commitment, so it walks partners in name order and each one's commitments
# through their index, the order the page needs, rather than sorting all.
def _partner_join(stmt: Select[Any]) -> Select[Any]:
    return stmt.join(Partner, literal_column("+partner.id", Integer) == Commitment.partner_id)


def _collaboration_join(stmt: Select[Any]) -> Select[Any]:
    outer = literal_column("+collaboration.id", Integer)
    return stmt.join(Collaboration, outer == Commitment.collaboration_id)


# Sorting by partner walks the partners' name index and each partner's
# commitments; the commitments without a partner follow as a second run.
SEGMENTS: dict[SortKey, tuple[Segment, ...]] = {
    SortKey.PARTNER: (
        Segment(lambda: [Partner.name_key, Partner.id], _partner_join),
        Segment(list, where=lambda: [Commitment.partner_id.is_(None)]),
    ),
    SortKey.COLLABORATION: (
        Segment(lambda: [Collaboration.title, Collaboration.id], _collaboration_join),
    ),
    SortKey.DIRECTION: (Segment(lambda: [Commitment.direction, due_key()]),),
    SortKey.DESCRIPTION: (Segment(lambda: [Commitment.description]),),
    SortKey.QUANTITY: (Segment(lambda: [_amount_key(Commitment.quantity)]),),
    SortKey.DUE: (Segment(lambda: [due_key()]),),
    SortKey.OWNER: (Segment(lambda: [Commitment.owner, due_key()]),),
    SortKey.STATUS: (Segment(lambda: [Commitment.status, due_key()]),),
    SortKey.VALUE: (Segment(lambda: [Commitment.currency, _amount_key(Commitment.value)]),),
}


# The commitment columns each sort's index starts with (tracker_where keeps
# these on their indexes when it walks the sort's index).
SORT_COLUMNS: dict[SortKey, tuple[str, ...]] = {
    SortKey.PARTNER: ("partner_id",),
    SortKey.COLLABORATION: ("collaboration_id",),
    SortKey.DIRECTION: ("direction", "due_on"),
    SortKey.DESCRIPTION: ("description",),
    SortKey.QUANTITY: ("quantity",),
    SortKey.DUE: ("due_on",),
    SortKey.OWNER: ("owner", "due_on"),
    SortKey.STATUS: ("status", "due_on"),
    SortKey.VALUE: ("currency", "value"),
}


def _raw(expression: Any) -> ColumnElement[Any]:
    """The stored value as SQLite holds it, so it binds back unchanged."""
    return type_coerce(expression, NullType())


def segments(sort: SortKey, descending: bool) -> tuple[Segment, ...]:
    runs = SEGMENTS[sort]
    return tuple(reversed(runs)) if descending else runs


def cursor(session: Session, segment: Segment, after: int) -> list[Any] | None:
    """The keys of commitment `after` in `segment`, or None when it is not there."""
    keys = [*segment.keys(), Commitment.id]
    stmt = segment.join(select_keys([_raw(k).label(f"k{i}") for i, k in enumerate(keys)]))
    row = session.execute(stmt.where(Commitment.id == after, *segment.where())).first()
    return list(row) if row is not None else None


def select_keys(columns: Sequence[Any]) -> Select[Any]:
    return select(*columns).select_from(Commitment)


def _beyond(keys: list[Any], values: list[Any], descending: bool, *, up_to: bool = False) -> Any:
    """Rows after `values` in the order, or (`up_to`) not after them: a
    row-value range, and the same range on the first key alone, which is
    what SQLite seeks in an index of expressions."""
    row = tuple_(*keys)
    bound = tuple_(*(bindparam(None, v, type_=NullType()) for v in values))
    first, value = _raw(keys[0]), bindparam(None, values[0], type_=NullType())
    if up_to:
        if descending:
            return and_(first >= value, row >= bound)
        return and_(first <= value, row <= bound)
    if descending:
        return and_(first <= value, row < bound)
    return and_(first >= value, row > bound)


def ordered_ids(
    segment: Segment,
    where: list[ColumnElement[bool]],
    descending: bool,
    after: list[Any] | None,
    limit: int,
    until: list[Any] | None = None,
) -> Select[Any]:
    """Commitment ids of `segment` in its order, after the `after` keys
    and up to the `until` keys (both as `cursor` reads them)."""
    keys = [*segment.keys(), Commitment.id]
    stmt = segment.join(select_keys([Commitment.id])).where(*where, *segment.where())
    if after is not None:
        stmt = stmt.where(_beyond(keys, after, descending))
    if until is not None:
        stmt = stmt.where(_beyond(keys, until, descending, up_to=True))
    order = [k.desc() if descending else k.asc() for k in keys]
    return stmt.order_by(*order).limit(limit)


def boundary(
    session: Session,
    segment: Segment,
    bounds: list[ColumnElement[bool]],
    after: list[Any] | None,
    descending: bool,
    rows: int,
) -> list[Any] | None:
    """The keys `rows` rows on from `after` in `segment` within `bounds`
    (read from the index alone), or None when fewer rows are left."""
    keys = [*segment.keys(), Commitment.id]
    stmt = segment.join(select_keys([_raw(k).label(f"k{i}") for i, k in enumerate(keys)]))
    stmt = stmt.where(*bounds, *segment.where())
    if after is not None:
        stmt = stmt.where(_beyond(keys, after, descending))
    order = [k.desc() if descending else k.asc() for k in keys]
    row = session.execute(stmt.order_by(*order).offset(rows - 1).limit(1)).first()
    return list(row) if row is not None else None
