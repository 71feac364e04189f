"""Many partners in one transaction, at the cost of a plain `executemany`.

An import of 10,000 partners through the ORM paid for the unit of work,
a mapper event per row, one change-log entry per row and the search
index's trigger per row (5–6 s). Here the rows go in with one
`executemany` into the real table (its indexes kept), the search index
(FTS5) is filled with one INSERT … SELECT over the new ids with its insert
trigger set aside for the statement (DDL is transactional in SQLite: a
failure puts the trigger back with everything else), and history records
the import as ONE change-log entry naming the ids, which undo reads.

The derived columns (name_key, search_text) come from the same functions
the mapper events use, so a partner imported reads and searches exactly
like one typed in.

What is left above the floor (issue 15: `executemany` into the real table
without the search index and history) is mostly the trigram index itself:
FTS5 tokenizes every character of search_text, ~1× the floor on its own.
Its pending-terms hash is raised for the import (FTS5 flushes a segment
each time the hash fills, 1 MB by default: ~40 small segments at 100k rows,
merged again by crisis merges), so the new rows form one segment per
statement; automerge and hashsize are put back before the commit.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from collabdesk.domain.base import utcnow
from collabdesk.domain.enums import PartnerKind, PartnerStatus
from collabdesk.domain.partner import Partner, Tag, partner_search_text, partner_tag
from collabdesk.domain.text import search_key
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, ServiceError
from collabdesk.services.partners import PartnerDraft
from collabdesk.store import history

IMPORT = "import"  # the change-log action of a bulk import: one entry for all its rows
IMPORT_UNDONE = "import_undone"
INDEX_CHUNK = 2000  # rows indexed per statement (~25 ms idle, ~60 ms on a busy machine)
CHUNK = 500  # rows per executemany: progress (and cancel) between chunks
FTS_INSERT_TRIGGER = "partner_fts_ai"
DEFAULT_AUTOMERGE = 4  # FTS5's own defaults
DEFAULT_HASHSIZE = 1024 * 1024
IMPORT_HASHSIZE = 64 * 1024 * 1024  # a limit, not an allocation: ~25 MB at 10,000 rows

Report = Callable[[int, int], None]
Row = tuple[object, ...]  # (done, total); raises to cancel


def _tag_ids(session: Session, drafts: Sequence[PartnerDraft]) -> dict[str, int]:
    """Every tag the drafts name, created once when new."""
    names = sorted({name for draft in drafts for name in draft.tags})
    if not names:
        return {}
    ids = {n: i for n, i in session.execute(select(Tag.name, Tag.id).where(Tag.name.in_(names)))}
    missing = [name for name in names if name not in ids]
    if missing:
        now = utcnow()
        session.execute(
            insert(Tag),
            [{"name": n, "created_at": now, "updated_at": now, "version_id": 1} for n in missing],
        )
        ids.update(
            (n, i)
            for n, i in session.execute(select(Tag.name, Tag.id).where(Tag.name.in_(missing)))
        )
    return ids


# What a draft gives (made while planning, in the window's worker), then
# what the insert adds: a row is `values + (id, now, now, 1)`.
VALUE_COLUMNS = (
    "name", "kind", "status", "city", "website", "email", "phone", "values_notes", "owner",
    "notes", "may_be_named", "name_key", "search_text",
)  # fmt: skip
COLUMNS = (*VALUE_COLUMNS, "id", "created_at", "updated_at", "version_id")


def search_text_of(draft: PartnerDraft) -> str:
    """What the mapper event would store in search_text for this draft."""
    return partner_search_text(
        draft.name, draft.city, draft.email, draft.phone, " ".join(draft.tags)
    )


def row_values(draft: PartnerDraft, name_key: str | None = None) -> Row:
    """The draft's values in VALUE_COLUMNS order, as the driver takes them,
    with the derived columns the mapper events would compute (the enums as
    their plain str values: `.value` is a descriptor call per row)."""
    return (
        draft.name, _VALUES[draft.kind], _VALUES[draft.status], draft.city, draft.website,
        draft.email, draft.phone, draft.values_notes, draft.owner, draft.notes, False,
        search_key(draft.name) if name_key is None else name_key, search_text_of(draft),
    )  # fmt: skip


_VALUES: dict[object, str] = {m: m.value for e in (PartnerKind, PartnerStatus) for m in e}


def _timestamp(session: Session) -> object:
    """Now, as the dialect stores it: rows go in without SQLAlchemy's
    per-row bind processing (half the cost of an import)."""
    column = Partner.__table__.c.created_at
    dialect = session.get_bind().dialect
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    now = utcnow()
    return process(now) if process is not None else now


def insert_partners(
    session: Session,
    drafts: Sequence[PartnerDraft],
    report: Report | None = None,
    values: Sequence[Row] | None = None,
) -> tuple[int, int]:
    """Insert cleaned, checked drafts; returns the first and last id given
    (contiguous: the transaction holds the write lock). Logs one entry.
    `values`: each draft's row_values when already made (by the plan)."""
    if not drafts:
        return (0, -1)
    sqlite = session.get_bind().dialect.name == "sqlite"
    first = next_id(session, "partner")
    tag_ids = _tag_ids(session, drafts)
    trigger = set_aside_trigger(session, FTS_INSERT_TRIGGER) if sqlite else None
    now = _timestamp(session) if sqlite else utcnow()
    connection = session.connection()
    statement = (
        f"INSERT INTO partner ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
    )
    total = len(drafts)
    for start in range(0, total, CHUNK):
        chunk = drafts[start : start + CHUNK]
        made = (
            values[start : start + CHUNK]
            if values is not None
            else [row_values(draft) for draft in chunk]
        )
        rows = [(*v, first + start + i, now, now, 1) for i, v in enumerate(made)]
        if sqlite:
            connection.exec_driver_sql(statement, rows)
        else:  # PostgreSQL: the driver's own parameter style, through Core
            session.execute(insert(Partner), [dict(zip(COLUMNS, r, strict=True)) for r in rows])
        links = [
            {"partner_id": first + start + i, "tag_id": tag_ids[name]}
            for i, draft in enumerate(chunk)
            for name in draft.tags
        ]
        if links:
            session.execute(insert(partner_tag), links)
        if report is not None:
            report(start + len(chunk), total)
    last = first + total - 1
    if trigger is not None:
        fill_search_index(session, "partner", first, last, report)
        connection.exec_driver_sql(trigger)
    history.write(session, [import_entry("partner", first, last)])
    return first, last


def next_id(session: Session, table: str) -> int:
    """The id after the table's highest. Plain SQL: the ORM's first query of
    a process configures every mapper (~0.1 s, more than the rows' insert
    at 5,000 rows), which an import has no other need for."""
    found = session.connection().exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}")
    return int(found.scalar() or 0) + 1


def set_aside_trigger(session: Session, name: str) -> str | None:
    """Drop a search index's per-row insert trigger for this transaction;
    returns its SQL to create it again (None when the schema has none)."""
    connection = session.connection()
    found = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
    ).scalar()
    if found is None:
        return None
    connection.exec_driver_sql(f"DROP TRIGGER {name}")
    return str(found)


def fill_search_index(
    session: Session, table: str, first: int, last: int, report: Report | None
) -> None:
    """Index the new rows of `table` in its `<table>_fts`, INDEX_CHUNK at a
    time (`report` between, so a window's event loop turns). FTS5's
    automatic merging is paused for it (half the cost at 100k rows: the new
    rows form their own segments) and its pending-terms hash raised (a
    quarter of the rest: one segment per statement instead of one per MB of
    terms); both are put back as they were before the commit."""
    connection = session.connection()
    fts = f"{table}_fts"
    saved: dict[str, object] = {
        str(k): v
        for k, v in connection.exec_driver_sql(
            f"SELECT k, v FROM {fts}_config WHERE k IN ('automerge', 'hashsize')"
        )
    }
    config = f"INSERT INTO {fts}({fts}, rank) VALUES (?, ?)"
    connection.exec_driver_sql(config, ("automerge", 0))
    connection.exec_driver_sql(config, ("hashsize", IMPORT_HASHSIZE))
    total = last - first + 1
    for start in range(first, last + 1, INDEX_CHUNK):
        connection.exec_driver_sql(
            f"INSERT INTO {fts}(rowid, search_text) "
            f"SELECT id, search_text FROM {table} WHERE id BETWEEN ? AND ?",
            (start, min(start + INDEX_CHUNK - 1, last)),
        )
        if report is not None:
            report(total, total)
    connection.exec_driver_sql(config, ("hashsize", saved.get("hashsize", DEFAULT_HASHSIZE)))
    connection.exec_driver_sql(config, ("automerge", saved.get("automerge", DEFAULT_AUTOMERGE)))
    for key in {"automerge", "hashsize"} - saved.keys():  # it held FTS5's default: as it was
        connection.exec_driver_sql(f"DELETE FROM {fts}_config WHERE k = ?", (key,))


def import_entry(table: str, first: int, last: int) -> dict[str, Any]:
    """The one change-log row of an import: the ids it added, as a range."""
    return {
        "table_name": table,
        "record_id": first,
        "parent_table": "",
        "parent_id": None,
        "action": IMPORT,
        "field": "",
        "old_value": None,
        "new_value": json.dumps({"first": first, "last": last, "count": last - first + 1}),
    }


def imported_ids(new_value: str | None) -> tuple[int, int]:
    """The first and last id an import entry names."""
    data = json.loads(new_value or "{}")
    return int(data.get("first", 0)), int(data.get("last", -1))


def untouched_since_import(session: Session, table: str, first: int, last: int) -> bool:
    """True when no row of the import was edited or is used since: version
    1, and nothing that hangs on it (contacts, interactions, collaborations
    and commitments of a partner; proofs and make-goods of a commitment)."""
    from collabdesk.domain.collaboration import CollaborationPartner
    from collabdesk.domain.commitment import Commitment, CommitmentProof
    from collabdesk.domain.partner import Contact, Interaction

    model: Any = Commitment if table == "commitment" else Partner
    hanging: tuple[Any, ...] = (
        (CommitmentProof.commitment_id, Commitment.make_good_for_id)
        if table == "commitment"
        else (
            Contact.partner_id,
            Interaction.partner_id,
            CollaborationPartner.partner_id,
            Commitment.partner_id,
        )
    )
    in_range = model.id.between(first, last)
    if session.scalar(select(func.count()).where(in_range, model.version_id != 1)):
        return False
    return not any(
        session.scalar(select(func.count()).where(column.between(first, last)))
        for column in hanging
    )


def undo_import(session: Session, table: str, record_id: int, new_value: str | None) -> None:
    """Remove the rows of one bulk import (its one entry names them all),
    refused when any of them was edited or is used since; logs one entry
    "import_undone" naming the same ids."""
    from collabdesk.domain.commitment import Commitment

    first, last = imported_ids(new_value)
    if not untouched_since_import(session, table, first, last):
        raise ServiceError(
            Message(
                "HistoryService",
                QT_TRANSLATE_NOOP(
                    "HistoryService",
                    "Some of the imported records were changed or used since, so the "
                    "import cannot be undone. Nothing was changed.",
                ),
            )
        )
    model: Any = Commitment if table == "commitment" else Partner
    session.execute(
        delete(model).where(model.id.between(first, last)),
        execution_options={"synchronize_session": False},
    )
    entry = import_entry(table, first, last)
    entry.update(record_id=record_id, action=IMPORT_UNDONE, old_value=new_value, new_value=None)
    history.write(session, [entry])
