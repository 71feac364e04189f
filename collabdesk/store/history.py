"""The change log, written by session events in the same transaction as the
change itself: a rolled-back transaction leaves no history behind.

`install(sessions)` is called once by open_database. Services do nothing by
hand; every flush of a tracked record writes its entries:

- update: one entry per changed field (old and new value as text);
- create / delete: one entry per record, the whole row as JSON, so a later
  undo can put it back with its id.

Derived columns (partner.name_key, search_text) and bookkeeping columns
(id, timestamps, version_id) are not recorded. A partner's tags are
recorded as one field, `tags`, holding the list of names.

After a commit, listeners (the GUI's undo stack) hear what one transaction
changed as a ChangeSet.
"""

from __future__ import annotations

import getpass
import json
import logging
import socket
import uuid
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any, cast

from sqlalchemy import Column, TypeDecorator, event, insert, inspect
from sqlalchemy.orm import Mapper, Session, SessionTransaction, sessionmaker

from collabdesk.domain.base import Base, utcnow
from collabdesk.domain.history import ChangeEntry
from collabdesk.domain.keeping import TRACKED as TRACKED
from collabdesk.store import trash

log = logging.getLogger(__name__)


# Bookkeeping, not content: `wizard_page` is where the wizard resumes; kept,
# it made every "Next" in the wizard an undo step and a history line.
NOT_RECORDED = frozenset(
    {"id", "created_at", "updated_at", "version_id", "name_key", "search_text", "wizard_page"}
)
# Many-to-many links recorded as a field of the owner: attribute -> name column.
LINK_FIELDS: dict[str, dict[str, str]] = {"partner": {"tags": "name"}}

CREATE, UPDATE, DELETE, RESTORE = "create", "update", "delete", "restore"


@cache
def who() -> tuple[str, str]:
    """The OS user name and the computer's name, for every entry."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):
        user = ""
    try:
        host = socket.gethostname()
    except OSError:
        host = ""
    return user[:200], host[:200]


@dataclass(frozen=True)
class Person:
    """The named staff member behind a change (issue 19)."""

    name: str
    staff_id: int | None = None
    branch_name: str = ""


# Who is at the keyboard, per engine: set by the services that know the
# data folder's chosen staff member (services/staff_me.py); asked once per
# transaction, on its first write, over the transaction's own connection.
PersonSource = Callable[[Session], Person | None]
_people: weakref.WeakKeyDictionary[Any, PersonSource] = weakref.WeakKeyDictionary()


def set_person_source(sessions: sessionmaker[Session], source: PersonSource | None) -> None:
    """Name the person behind every change made through `sessions`."""
    engine = sessions.kw.get("bind")
    if engine is None:
        return
    if source is None:
        _people.pop(engine, None)
    else:
        _people[engine] = source


def person(session: Session) -> tuple[str, int | None, str]:
    """(changed_by, staff id, branch name) for this transaction: the chosen
    staff member's name, else the OS login as before issue 19."""
    cached = session.info.get("history_person")
    if cached is not None:
        return cast("tuple[str, int | None, str]", cached)
    found: Person | None = None
    source = _people.get(session.get_bind())
    if source is not None:
        try:
            with session.no_autoflush:
                found = source(session)
        except Exception:  # history must never stop a save: fall back to the login
            log.exception("could not tell who is at the keyboard")
    stamp = (
        (found.name[:200], found.staff_id, found.branch_name[:200])
        if found is not None
        else (who()[0], None, "")
    )
    session.info["history_person"] = stamp
    return stamp


# --- values as text --------------------------------------------------------------
def encode(value: object) -> str | None:
    """A column value as text that decode() turns back into the same value."""
    if value is None:
        return None
    if type(value) is str:
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def python_type(column: Column[Any]) -> type | None:
    column_type = column.type
    if isinstance(column_type, TypeDecorator):
        column_type = column_type.impl_instance
    try:
        kind: type = column_type.python_type
    except NotImplementedError:
        return None
    return kind


def decode(text: str | None, column: Column[Any]) -> Any:
    """The inverse of encode() for a value of `column`."""
    if text is None:
        return None
    kind = python_type(column)
    if kind is bool:
        return text == "true"
    if kind is datetime:
        return datetime.fromisoformat(text)
    if kind is date:
        return date.fromisoformat(text)
    if kind is Decimal:
        return Decimal(text)
    if kind is int:
        return int(text)
    if kind is not None and issubclass(kind, Enum):
        return kind(text)
    return text


# --- what gets written -------------------------------------------------------------
@dataclass(frozen=True)
class Change:
    table: str
    record_id: int
    action: str
    field: str = ""


@dataclass(frozen=True)
class ChangeSet:
    """What one committed transaction changed; `origin` says who asked
    ("" for a person's edit, "undo"/"redo" for the undo stack)."""

    id: str
    changes: tuple[Change, ...]
    origin: str = ""


Listener = Callable[[ChangeSet], None]


@dataclass
class _Columns:
    table: str
    parent: str
    parent_key: str
    columns: list[tuple[str, Any]]  # (attribute key, column), recorded ones
    all_columns: list[tuple[str, Any]]
    links: dict[str, str]


@cache
def _columns(mapper: Mapper[Any]) -> _Columns | None:
    table = mapper.local_table.name  # type: ignore[attr-defined]
    if table not in TRACKED:
        return None
    parent, parent_key = TRACKED[table]
    all_columns = [(prop.key, prop.columns[0]) for prop in mapper.column_attrs]
    recorded = [(key, col) for key, col in all_columns if col.name not in NOT_RECORDED]
    return _Columns(table, parent, parent_key, recorded, all_columns, LINK_FIELDS.get(table, {}))


def _link_names(objects: Any, name: str) -> list[str]:
    return sorted(str(getattr(o, name)) for o in objects)


def row_json(obj: Any, info: _Columns) -> str:
    """The row as JSON, read from the instance's loaded state only: after a
    flush a relationship that was never loaded would cost a query per row."""
    values = inspect(obj).dict
    row = {col.name: encode(values.get(key)) for key, col in info.all_columns}
    for attr, name in info.links.items():
        row[attr] = json.dumps(_link_names(values.get(attr, ()), name), ensure_ascii=False)
    return json.dumps(row, ensure_ascii=False)


def _parent_id(obj: Any, info: _Columns) -> int | None:
    if not info.parent_key:
        return None
    value = getattr(obj, info.parent_key)
    return int(value) if value is not None else None


class Recorder:
    """Session events of one session factory, and who listens for commits."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    # session events ---------------------------------------------------------------
    def before_flush(self, session: Session, _context: Any, _instances: Any) -> None:
        roots = [
            obj for obj in session.deleted if inspect(obj).mapper.local_table.name in trash.ROOTS
        ]
        if roots:
            trash.put_in_trash(session, roots, (person(session)[0], who()[1]))

    def after_flush(self, session: Session, _context: Any) -> None:
        rows: list[dict[str, Any]] = []
        for obj in session.new:
            info = _columns(inspect(obj).mapper)
            if info is not None:
                rows.append(self._row(obj, info, CREATE, new=row_json(obj, info)))
        for obj in session.dirty:
            info = _columns(inspect(obj).mapper)
            if info is not None:
                rows.extend(self._updates(obj, info))
        for obj in session.deleted:
            info = _columns(inspect(obj).mapper)
            if info is not None:
                rows.append(self._row(obj, info, DELETE, old=row_json(obj, info)))
        if rows:
            write(session, rows)

    def _row(
        self,
        obj: Any,
        info: _Columns,
        action: str,
        field: str = "",
        old: str | None = None,
        new: str | None = None,
    ) -> dict[str, Any]:
        return {
            "table_name": info.table,
            "record_id": obj.id,
            "parent_table": info.parent,
            "parent_id": _parent_id(obj, info),
            "action": action,
            "field": field,
            "old_value": old,
            "new_value": new,
        }

    def _updates(self, obj: Any, info: _Columns) -> list[dict[str, Any]]:
        state = inspect(obj)
        rows = []
        for key, col in info.columns:
            history = state.attrs[key].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if encode(old) != encode(new):
                rows.append(self._row(obj, info, UPDATE, col.name, encode(old), encode(new)))
        for attr, name in info.links.items():
            history = state.attrs[attr].history
            if history.added or history.deleted:
                before = _link_names([*history.unchanged, *history.deleted], name)
                after = _link_names([*history.unchanged, *history.added], name)
                if before != after:
                    rows.append(
                        self._row(
                            obj,
                            info,
                            UPDATE,
                            attr,
                            json.dumps(before, ensure_ascii=False),
                            json.dumps(after, ensure_ascii=False),
                        )
                    )
        return rows

    def after_commit(self, session: Session) -> None:
        if session.in_nested_transaction():
            return  # a savepoint: the transaction goes on
        changes = session.info.pop("history_changes", None)
        change_set = session.info.pop("history_set", None)
        origin = session.info.pop("history_origin", "")
        session.info.pop("history_person", None)
        if changes and change_set is not None:
            session.info["history_done"] = ChangeSet(change_set, tuple(changes), origin)

    def after_transaction_end(self, session: Session, transaction: SessionTransaction) -> None:
        # Tell listeners only now: the connection is back in the pool (it holds
        # one), so a listener may read the database again.
        if transaction.parent is not None:
            return
        done = session.info.pop("history_done", None)
        if done is None:
            return
        for listener in list(self._listeners):
            try:
                listener(done)
            except Exception:  # the change is saved; a listener's failure must not undo that
                log.exception("history listener failed")

    def after_rollback(self, session: Session) -> None:
        if session.in_nested_transaction():
            return
        session.info.pop("history_changes", None)
        session.info.pop("history_set", None)
        session.info.pop("history_origin", None)
        session.info.pop("history_person", None)


def change_set_id(session: Session) -> str:
    """The id shared by every entry of the session's current transaction."""
    current = session.info.get("history_set")
    if current is None:
        current = session.info["history_set"] = uuid.uuid4().hex
    return str(current)


def write(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert change-log rows (dicts of ChangeEntry columns) in the session's
    transaction, stamped with the change set, time, user and computer."""
    set_id = change_set_id(session)
    user, staff_id, branch_name = person(session)
    host = who()[1]
    now = utcnow()
    for row in rows:
        row.update(
            change_set=set_id,
            created_at=now,
            updated_at=now,
            version_id=1,
            changed_by=user,
            computer=host,
            staff_id=staff_id,
            branch_name=branch_name,
        )
    session.connection().execute(insert(trash.table(ChangeEntry.__tablename__)), rows)
    changes = session.info.setdefault("history_changes", [])
    changes.extend(Change(r["table_name"], r["record_id"], r["action"], r["field"]) for r in rows)


def record_restore(session: Session, table: str, record_id: int, row: dict[str, Any]) -> None:
    """Log that a row came back (inserted by hand, so no flush saw it);
    `row` holds the row's values as encode() writes them."""
    parent_table, parent_key = TRACKED[table]
    parent = row.get(parent_key) if parent_key else None
    entry = {
        "table_name": table,
        "record_id": record_id,
        "parent_table": parent_table,
        "parent_id": int(parent) if parent is not None else None,
        "action": RESTORE,
        "field": "",
        "old_value": None,
        "new_value": json.dumps(row, ensure_ascii=False),
    }
    write(session, [entry])


_recorders: weakref.WeakKeyDictionary[sessionmaker[Session], Recorder] = weakref.WeakKeyDictionary()


def install(sessions: sessionmaker[Session]) -> Recorder:
    """Record every change made through `sessions` (once per factory)."""
    existing = _recorders.get(sessions)
    if existing is not None:
        return existing
    recorder = Recorder()
    event.listen(sessions, "before_flush", recorder.before_flush)
    event.listen(sessions, "after_flush", recorder.after_flush)
    event.listen(sessions, "after_commit", recorder.after_commit)
    event.listen(sessions, "after_rollback", recorder.after_rollback)
    event.listen(sessions, "after_transaction_end", recorder.after_transaction_end)
    _recorders[sessions] = recorder
    return recorder


def recorder(sessions: sessionmaker[Session]) -> Recorder:
    return install(sessions)


def mapper_for(table: str) -> Mapper[Any] | None:
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table:  # type: ignore[attr-defined]
            return mapper
    return None
