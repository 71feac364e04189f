"""Read the change log, put an old value back, and undo or redo what one
transaction changed (the GUI's undo stack is built on revert/reapply).

Every write here goes through the ORM or store.trash, so it is recorded
in the change log like any other change.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from collabdesk.domain.history import ChangeEntry
from collabdesk.domain.keeping import HISTORY_LIMIT as HISTORY_LIMIT
from collabdesk.services.branch_scope import is_system
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    Message,
    NotFoundError,
    ServiceError,
)
from collabdesk.services.partner_bulk import IMPORT, undo_import
from collabdesk.services.partners import _tags
from collabdesk.services.transaction import Sessions, transaction
from collabdesk.services.trash import newest_entry, restore_entry
from collabdesk.store import history, trash
from collabdesk.store.history import CREATE, DELETE, RESTORE, UPDATE, ChangeSet

CONTEXT = "HistoryService"


# What each tracked table holds, for sentences that name a record's kind.
KINDS = {
    "partner": QT_TRANSLATE_NOOP("HistoryService", "partner"),
    "contact": QT_TRANSLATE_NOOP("HistoryService", "contact"),
    "interaction": QT_TRANSLATE_NOOP("HistoryService", "interaction"),
    "collaboration": QT_TRANSLATE_NOOP("HistoryService", "collaboration"),
    "collaboration_partner": QT_TRANSLATE_NOOP("HistoryService", "partner of a collaboration"),
    "checklist_answer": QT_TRANSLATE_NOOP("HistoryService", "checklist answer"),
    "commitment": QT_TRANSLATE_NOOP("HistoryService", "commitment"),
    "commitment_proof": QT_TRANSLATE_NOOP("HistoryService", "proof of delivery"),
    "commitment_series": QT_TRANSLATE_NOOP("HistoryService", "schedule"),
    "commitment_step": QT_TRANSLATE_NOOP("HistoryService", "step of a commitment"),
    "collaboration_ad_item": QT_TRANSLATE_NOOP("HistoryService", "advertising item"),
    "collaboration_metric": QT_TRANSLATE_NOOP("HistoryService", "statistic in a pitch"),
    "metric": QT_TRANSLATE_NOOP("HistoryService", "statistic"),
}


def _depth(table: str) -> int:
    """0 for a record that hangs on none, 1 for its rows, 2 for theirs (a
    commitment's steps): undo brings parents back before their children."""
    depth, parent = 0, history.TRACKED.get(table, ("", ""))[0]
    while parent and depth < len(history.TRACKED):
        depth += 1
        parent = history.TRACKED.get(parent, ("", ""))[0]
    return depth


def _kind(table: str) -> object:
    """The kind of record a table holds, translatable; an unknown table by its name."""
    return Message(CONTEXT, KINDS[table]) if table in KINDS else table.replace("_", " ")


@dataclass(frozen=True)
class HistoryItem:
    id: int
    change_set: str
    table: str
    record_id: int
    action: str  # create, update, delete, restore
    field: str
    old_value: str | None
    new_value: str | None
    changed_at: datetime
    changed_by: str
    computer: str
    staff_id: int | None = None  # the named person (issue 19)
    branch_name: str = ""
    show_branch: bool = False  # a library system: "Name (Branch)"

    @property
    def person(self) -> str:
        """Who changed it: "Name (Branch)" in a system of several branches."""
        return person_label(self.changed_by, self.branch_name, self.show_branch)

    @property
    def restorable(self) -> bool:
        """A field change whose earlier value can be put back."""
        return self.action == UPDATE


def person_label(name: str, branch_name: str, show_branch: bool) -> str:
    return f"{name} ({branch_name})" if show_branch and branch_name else name


def _item(e: ChangeEntry, show_branch: bool = False) -> HistoryItem:
    return HistoryItem(
        e.id,
        e.change_set,
        e.table_name,
        e.record_id,
        e.action,
        e.field,
        e.old_value,
        e.new_value,
        e.created_at,
        e.changed_by,
        e.computer,
        e.staff_id,
        e.branch_name or "",
        show_branch,
    )


def _model(session: Session, table: str, record_id: int) -> Any:
    mapper = history.mapper_for(table)
    if mapper is None or table not in history.TRACKED:
        raise NotFoundError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("HistoryService", "There is no history for a table named %1."),
                (repr(table),),
            )
        )
    return session.get(mapper.class_, record_id)


def _current(obj: Any, table: str, field: str) -> str | None:
    link = history.LINK_FIELDS.get(table, {}).get(field)
    if link is not None:
        names = sorted(str(getattr(o, link)) for o in getattr(obj, field))
        return json.dumps(names, ensure_ascii=False)
    return history.encode(getattr(obj, _attribute(obj, field)))


def _attribute(obj: Any, column_name: str) -> str:
    for prop in obj.__mapper__.column_attrs:
        if prop.columns[0].name == column_name:
            return str(prop.key)
    raise NotFoundError(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("HistoryService", "%1 has no field %2."),
            (type(obj).__name__, repr(column_name)),
        )
    )


def _set(session: Session, obj: Any, table: str, field: str, text: str | None) -> None:
    if field in history.LINK_FIELDS.get(table, {}):
        names = tuple(json.loads(text or "[]"))
        setattr(obj, field, _tags(session, names))
        return
    column = trash.table(table).c[field]
    setattr(obj, _attribute(obj, field), history.decode(text, column))


class HistoryService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def subscribe(self, listener: Callable[[ChangeSet], None]) -> Callable[[], None]:
        """Hear every committed change set of this process; returns an unsubscribe."""
        return history.recorder(self._sessions).subscribe(listener)

    def for_record(
        self, table: str, record_id: int, limit: int = HISTORY_LIMIT
    ) -> list[HistoryItem]:
        """The record's changes and those of the rows that hang on it, newest first."""
        with transaction(self._sessions) as session:
            stmt = (
                select(ChangeEntry)
                .where(
                    or_(
                        (ChangeEntry.table_name == table) & (ChangeEntry.record_id == record_id),
                        (ChangeEntry.parent_table == table) & (ChangeEntry.parent_id == record_id),
                    )
                )
                .order_by(ChangeEntry.id.desc())
                .limit(limit)
            )
            several = is_system(session)
            return [_item(e, several) for e in session.scalars(stmt)]

    def restore_value(self, entry_id: int) -> HistoryItem:
        """Set the field back to the value it had before change `entry_id`."""
        with transaction(self._sessions, "record") as session:
            entry = session.get(ChangeEntry, entry_id)
            if entry is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("HistoryService", "There is no history entry %1."),
                        (entry_id,),
                    )
                )
            if entry.action != UPDATE:
                raise ServiceError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "HistoryService",
                            "Only a changed field can be put back to its earlier value.",
                        ),
                    )
                )
            obj = _model(session, entry.table_name, entry.record_id)
            if obj is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "HistoryService",
                            "The %1 with id %2 no longer exists; restore it from the Trash first.",
                        ),
                        (_kind(entry.table_name), entry.record_id),
                    )
                )
            _set(session, obj, entry.table_name, entry.field, entry.old_value)
            session.flush()
            return _item(entry)

    def revert(self, change_set: str) -> None:
        """Undo one transaction: refused if its records changed since."""
        with transaction(self._sessions) as session:
            session.info["history_origin"] = "undo"
            entries = self._entries(session, change_set)
            # Records come back before the rows that hang on them.
            deleted = [e for e in entries if e.action == DELETE]
            deleted.sort(key=lambda e: (_depth(e.table_name), e.id))
            for entry in deleted:
                self._bring_back(session, entry, entry.old_value)
            for entry in reversed(entries):
                if entry.action == UPDATE:
                    self._swap(session, entry, entry.new_value, entry.old_value)
                elif entry.action in (CREATE, RESTORE):
                    self._remove(session, entry)
                elif entry.action == IMPORT:
                    undo_import(session, entry.table_name, entry.record_id, entry.new_value)

    def reapply(self, change_set: str) -> None:
        """Redo a transaction that revert() undid."""
        with transaction(self._sessions) as session:
            session.info["history_origin"] = "redo"
            for entry in self._entries(session, change_set):
                if entry.action == UPDATE:
                    self._swap(session, entry, entry.old_value, entry.new_value)
                elif entry.action in (CREATE, RESTORE):
                    self._bring_back(session, entry, entry.new_value)
                elif entry.action == DELETE:
                    self._remove(session, entry)
                elif entry.action == IMPORT:
                    raise ServiceError(
                        Message(
                            CONTEXT,
                            QT_TRANSLATE_NOOP(
                                "HistoryService",
                                "An undone import cannot be redone; import the file again.",
                            ),
                        )
                    )

    # --- steps of revert/reapply ----------------------------------------------------
    @staticmethod
    def _entries(session: Session, change_set: str) -> list[ChangeEntry]:
        entries = list(
            session.scalars(
                select(ChangeEntry)
                .where(ChangeEntry.change_set == change_set)
                .order_by(ChangeEntry.id)
            )
        )
        if not entries:
            raise NotFoundError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("HistoryService", "That change is no longer in the history."),
                )
            )
        return entries

    @staticmethod
    def _swap(
        session: Session, entry: ChangeEntry, expected: str | None, value: str | None
    ) -> None:
        obj = _model(session, entry.table_name, entry.record_id)
        if obj is None or _current(obj, entry.table_name, entry.field) != expected:
            raise ConflictError(entry.table_name, entry.record_id)
        _set(session, obj, entry.table_name, entry.field, value)
        session.flush()

    @staticmethod
    def _remove(session: Session, entry: ChangeEntry) -> None:
        obj = _model(session, entry.table_name, entry.record_id)
        if obj is not None:
            session.delete(obj)
            try:
                with session.begin_nested():
                    session.flush()
            except IntegrityError as exc:
                raise ServiceError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "HistoryService",
                            "The %1 %2 is used by other records now, so it cannot be removed. "
                            "Nothing was changed.",
                        ),
                        (_kind(entry.table_name), entry.record_id),
                    )
                ) from exc

    @staticmethod
    def _bring_back(session: Session, entry: ChangeEntry, row_json: str | None) -> None:
        if _model(session, entry.table_name, entry.record_id) is not None:
            return  # already back (restored with the record it hangs on)
        if entry.table_name in trash.ROOTS:
            kept = newest_entry(session, entry.table_name, entry.record_id)
            if kept is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("HistoryService", "The %1 %2 is no longer in the Trash."),
                        (_kind(entry.table_name), entry.record_id),
                    )
                )
            restore_entry(session, kept)
            return
        table = trash.table(entry.table_name)
        row = json.loads(row_json or "{}")
        values = {k: history.decode(v, table.c[k]) for k, v in row.items() if k in table.c}
        try:
            with session.begin_nested():
                session.connection().execute(insert(table), [values])
        except IntegrityError as exc:
            raise ServiceError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "HistoryService",
                        "The %1 %2 cannot come back: what it belonged to is gone. Nothing "
                        "was changed.",
                    ),
                    (_kind(entry.table_name), entry.record_id),
                )
            ) from exc
        history.record_restore(session, entry.table_name, entry.record_id, row)
