"""Many commitments in one transaction, the way partner_bulk adds partners:
Core `executemany` in chunks (no unit of work, no mapper event per row),
the tracker's search index (commitment_fts) filled once for the new ids with
its insert trigger set aside, and ONE change-log entry for the import,
which undo reads. search_text comes from the mapper event's own function.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from collabdesk.domain.base import utcnow
from collabdesk.domain.commitment import Commitment, commitment_search_text
from collabdesk.domain.enums import Direction
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.partner_bulk import (
    CHUNK,
    Report,
    fill_search_index,
    import_entry,
    next_id,
    set_aside_trigger,
)
from collabdesk.services.staff import owner_ids
from collabdesk.store import history

FTS_INSERT_TRIGGER = "commitment_fts_ai"


def insert_commitments(
    session: Session, rows: Sequence[tuple[int, CommitmentDraft]], report: Report | None = None
) -> tuple[int, int]:
    """Insert (collaboration id, cleaned and checked draft) pairs; returns
    the first and last id given (contiguous under the write lock)."""
    if not rows:
        return (0, -1)
    sqlite = session.get_bind().dialect.name == "sqlite"
    first = next_id(session, "commitment")
    trigger = set_aside_trigger(session, FTS_INSERT_TRIGGER) if sqlite else None
    now = utcnow()
    total = len(rows)
    # The flush that links owners to staff is bypassed here: link them now.
    staff_of = owner_ids(
        session, {d.owner for _c, d in rows if d.direction == Direction.LIBRARY_GIVES}
    )
    for start in range(0, total, CHUNK):
        values: list[dict[str, Any]] = [
            {
                **draft.__dict__,
                "id": first + start + i,
                "collaboration_id": collaboration,
                "search_text": commitment_search_text(draft.description, draft.owner, draft.unit),
                "owner_staff_id": staff_of.get(draft.owner)
                if draft.direction == Direction.LIBRARY_GIVES
                else None,
                "created_at": now,
                "updated_at": now,
                "version_id": 1,
            }
            for i, (collaboration, draft) in enumerate(rows[start : start + CHUNK])
        ]
        session.execute(insert(Commitment.__table__), values)  # type: ignore[arg-type]
        if report is not None:
            report(start + len(values), total)
    last = first + total - 1
    if trigger is not None:
        fill_search_index(session, "commitment", first, last, report)
        session.connection().exec_driver_sql(trigger)
    history.write(session, [import_entry("commitment", first, last)])
    return first, last
