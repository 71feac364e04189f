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
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from collabdesk.domain.base import utcnow
from collabdesk.domain.partner import Partner, Tag, partner_search_text, partner_tag
from collabdesk.domain.text import search_key
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, ServiceError
from collabdesk.services.partners import PartnerDraft
from collabdesk.store import history

IMPORT = "import"  # the change-log action of a bulk import: one entry for all its rows
IMPORT_UNDONE = "import_undone"
INDEX_CHUNK = 5000  # rows indexed per statement (~50 ms)
CHUNK = 500  # rows per executemany: progress (and cancel) between chunks
FTS_INSERT_TRIGGER = "partner_fts_ai"
DEFAULT_AUTOMERGE = 4  # FTS5's own default

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


COLUMNS = (
    "id", "name", "kind", "status", "city", "website", "email", "phone", "values_notes",
    "owner", "notes", "may_be_named", "name_key", "search_text", "created_at", "updated_at",
    "version_id",
)  # fmt: skip


def search_text_of(draft: PartnerDraft) -> str:
    """What the mapper event would store in search_text for this draft."""
    return partner_search_text(
        draft.name, draft.city, draft.email, draft.phone, " ".join(draft.tags)
    )


def _row(partner_id: int, draft: PartnerDraft, keys: tuple[str, str], now: object) -> Row:
    """The row's values in COLUMNS order, as the driver takes them."""
    return (
        partner_id, draft.name, draft.kind.value, draft.status.value, draft.city,
        draft.website, draft.email, draft.phone, draft.values_notes, draft.owner, draft.notes,
        False, keys[0], keys[1], now, now, 1,
    )  # fmt: skip


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
    keys: Sequence[tuple[str, str]] | None = None,
) -> tuple[int, int]:
    """Insert cleaned, checked drafts; returns the first and last id given
    (contiguous: the transaction holds the write lock). Logs one entry.
    `keys`: each draft's (name_key, search_text) when already made."""
    if not drafts:
        return (0, -1)
    sqlite = session.get_bind().dialect.name == "sqlite"
    first = int(session.scalar(select(func.coalesce(func.max(Partner.id), 0))) or 0) + 1
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
        chunk_keys = (
            keys[start : start + CHUNK]
            if keys is not None
            else [(search_key(d.name), search_text_of(d)) for d in chunk]
        )
        rows = [
            _row(first + start + i, draft, key, now)
            for i, (draft, key) in enumerate(zip(chunk, chunk_keys, strict=True))
        ]
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
    rows form their own segments) and put back as it was before the commit."""
    connection = session.connection()
    fts = f"{table}_fts"
    automerge = connection.exec_driver_sql(
        f"SELECT v FROM {fts}_config WHERE k = 'automerge'"
    ).scalar()
    config = f"INSERT INTO {fts}({fts}, rank) VALUES ('automerge', ?)"
    connection.exec_driver_sql(config, (0,))
    total = last - first + 1
    for start in range(first, last + 1, INDEX_CHUNK):
        connection.exec_driver_sql(
            f"INSERT INTO {fts}(rowid, search_text) "
            f"SELECT id, search_text FROM {table} WHERE id BETWEEN ? AND ?",
            (start, min(start + INDEX_CHUNK - 1, last)),
        )
        if report is not None:
            report(total, total)
    connection.exec_driver_sql(config, (DEFAULT_AUTOMERGE if automerge is None else automerge,))


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
