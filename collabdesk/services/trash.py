"""The Trash: list what was deleted, bring it back whole, delete it for
good, and purge what is older than the retention period (after a backup)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from collabdesk.domain.base import utcnow
from collabdesk.domain.history import TrashEntry
from collabdesk.domain.keeping import RETENTION_DAYS as RETENTION_DAYS
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, NotFoundError, ServiceError
from collabdesk.services.transaction import Sessions, transaction
from collabdesk.store import history, trash

CONTEXT = "TrashService"


class RestoreRefusedError(ServiceError):
    """The record cannot come back as it was; nothing was restored."""


@dataclass(frozen=True)
class TrashItem:
    id: int
    table: str
    record_id: int
    label: str
    deleted_at: datetime
    deleted_by: str
    computer: str
    rows: int  # how many rows come back with it, the record included
    # The same rows by table, e.g. (("contact", 3), ("partner", 1)): "…and 3 contacts"
    parts: tuple[tuple[str, int], ...] = ()


def _item(entry: TrashEntry) -> TrashItem:
    payload = json.loads(entry.payload)
    by_table = {table: len(r) for table, r in payload.get("rows", {}).items() if r}
    rows = sum(by_table.values())
    return TrashItem(
        entry.id,
        entry.table_name,
        entry.record_id,
        entry.label,
        entry.created_at,
        entry.deleted_by,
        entry.computer,
        rows,
        tuple(sorted(by_table.items())),
    )


def restore_entry(session: Session, entry: TrashEntry) -> None:
    """Put the entry's rows back, record it in the change log, drop the entry."""
    try:
        with session.begin_nested():
            root = trash.restore(session, json.loads(entry.payload))
    except trash.TrashRestoreError as exc:
        raise RestoreRefusedError(exc.message) from exc
    except IntegrityError as exc:
        raise RestoreRefusedError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "TrashService",
                    "“%1” refers to records that no longer exist (a partner deleted "
                    "since?), so it cannot come back as it was. Nothing was restored.",
                ),
                (entry.label,),
            )
        ) from exc
    history.record_restore(session, entry.table_name, entry.record_id, root)
    session.delete(entry)


def newest_entry(session: Session, table: str, record_id: int) -> TrashEntry | None:
    return session.scalar(
        select(TrashEntry)
        .where(TrashEntry.table_name == table, TrashEntry.record_id == record_id)
        .order_by(TrashEntry.id.desc())
        .limit(1)
    )


class TrashService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def items(self) -> list[TrashItem]:
        with transaction(self._sessions) as session:
            entries = session.scalars(select(TrashEntry).order_by(TrashEntry.id.desc()))
            return [_item(e) for e in entries]

    def count(self) -> int:
        with transaction(self._sessions) as session:
            return session.scalar(select(func.count(TrashEntry.id))) or 0

    def restore(self, trash_id: int) -> TrashItem:
        """Bring the record back with its original id and every related row."""
        with transaction(self._sessions, "trash entry", trash_id) as session:
            entry = self._load(session, trash_id)
            item = _item(entry)
            restore_entry(session, entry)
            return item

    def delete_for_good(self, trash_id: int) -> None:
        with transaction(self._sessions, "trash entry", trash_id) as session:
            session.delete(self._load(session, trash_id))

    def purge(
        self,
        retention_days: int = RETENTION_DAYS,
        backup: Callable[[], object] | None = None,
        now: datetime | None = None,
    ) -> int:
        """Delete entries older than `retention_days`; run `backup` first
        when there is something to purge. Returns how many went."""
        if retention_days < 0:
            raise ServiceError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("TrashService", "The retention period cannot be negative."),
                )
            )
        cutoff = (now or utcnow()) - timedelta(days=retention_days)
        with transaction(self._sessions) as session:
            due = session.scalar(
                select(func.count(TrashEntry.id)).where(TrashEntry.created_at < cutoff)
            )
        if not due:
            return 0
        (backup or self.backup)()
        with transaction(self._sessions) as session:
            session.execute(delete(TrashEntry).where(TrashEntry.created_at < cutoff))
        return int(due)

    def backup(self) -> Path | None:
        """Copy the SQLite file to backups/ before purging (None on a server:
        PostgreSQL is backed up by its own tools)."""
        from collabdesk.store.database import snapshot, sqlite_path

        bind = self._sessions.kw.get("bind")
        path = sqlite_path(str(bind.url)) if bind is not None else None
        if path is None:
            return None
        stamp = utcnow().strftime("%Y%m%d-%H%M%S-%f")
        target = path.parent / "backups" / f"before-trash-purge-{stamp}.sqlite3"
        snapshot(path, target)
        return target

    @staticmethod
    def _load(session: Session, trash_id: int) -> TrashEntry:
        entry = session.get(TrashEntry, trash_id)
        if entry is None:
            raise NotFoundError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("TrashService", "There is no trash entry with id %1."),
                    (trash_id,),
                )
            )
        return entry
