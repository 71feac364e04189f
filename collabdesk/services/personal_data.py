"""Erasing a person's personal data on request (issue 19, item 7).

A contact person of a partner (or a staff member who left) asks to be
forgotten. `erase_contact` / `erase_staff` do it in one transaction,
everywhere CollabDesk keeps it:

- the record itself: the name becomes "(erased)" / «(удалено)» (in the
  library's language), e-mail, phone and notes are emptied (for staff also
  the login; the person is made inactive). A contact's role ("director") and
  its partner stay: they name no one.
- the change log: every entry of that record — old and new values of the
  personal fields, and the whole-row JSON of its create / delete / restore
  entries — holds the erased values instead. For staff, the entries they made
  name "(erased)" as who made them.
- a staff member named as the library's contact person in the profile
  (Settings): that contact's name, role, phone and e-mail are emptied.
- the Trash: a deleted partner's payload holding the contact gets the same
  treatment.
- interactions of the contact's partner (and any logged with that contact):
  every mention of the person's full name, e-mail or phone in the summary
  (case-insensitive) becomes "(erased)", in the live rows, in their history
  and in Trash payloads. A first name alone, or a mention in another
  partner's notes, is not found: the person's data is matched, not guessed.

Not touched: backups and pg_dump files (they age out with their retention),
documents already written or sent. The erasure writes no change-log entry
of its own (plain UPDATEs, not the ORM, so the history hooks never see the
old values) and so is no step of the undo stack: undoing an earlier change
of that person afterwards finds only erased values. What was done is one
`erasure_log` row: table, id, fields, how many rows in each place, who and
why — never the data. On SQLite it runs with secure_delete (freed bytes are
zeroed) and ends with a truncating checkpoint, so neither the file's free
space nor its write-ahead log keeps a copy.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, and_, insert, or_, select, text, update
from sqlalchemy.exc import DBAPIError

import collabdesk.domain.models  # noqa: F401  (every table known to trash.table())
from collabdesk.domain.base import utcnow
from collabdesk.domain.erasure import ErasureEntry
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    Message,
    NotAllowedError,
    NotFoundError,
    ServiceError,
)
from collabdesk.services.staff_identity import current_staff_id
from collabdesk.services.transaction import Sessions, transaction
from collabdesk.store import history, trash

CONTEXT = "PersonalData"

# What an erased name reads, in the library's language (the data is shared
# by everyone, so one language: the profile's).
ERASED = {"ru": "(удалено)", "en": "(erased)"}
# Personal fields of each kind of record, and what they become: None means
# the erased-name marker, "" empties the field.
PERSONAL: dict[str, dict[str, str | None]] = {
    "contact": {"name": None, "email": "", "phone": "", "notes": ""},
    "staff": {"name": None, "email": "", "phone": "", "login": ""},
}
# Values of these fields are searched for in free text (interaction summaries).
NEEDLE_FIELDS = ("name", "email", "phone")
SHORTEST_NEEDLE = 3  # "Ян" alone would erase half the notes

NOT_FOUND = {
    "contact": QT_TRANSLATE_NOOP("PersonalData", "There is no contact person with id %1."),
    "staff": QT_TRANSLATE_NOOP("PersonalData", "There is no staff member with id %1."),
}

INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL's SQLSTATE for "permission denied"
NO_PRIVILEGE = QT_TRANSLATE_NOOP(
    "PersonalData",
    "On the shared server only a coordinator who owns the database may erase personal "
    "data: the change history is closed to everyone else. Nothing was erased.",
)

# Places, as the log and the confirmation name them.
RECORD, CHANGE_LOG, TRASH, INTERACTIONS = "record", "change_log", "trash", "interaction"
PROFILE = "library_profile"
PLACE_WORDS = {
    RECORD: QT_TRANSLATE_NOOP("PersonalData", "the record itself: %1"),
    PROFILE: QT_TRANSLATE_NOOP("PersonalData", "the library's contact person in Settings: %1"),
    CHANGE_LOG: QT_TRANSLATE_NOOP("PersonalData", "change history entries: %1"),
    TRASH: QT_TRANSLATE_NOOP("PersonalData", "deleted partners in the Trash: %1"),
    INTERACTIONS: QT_TRANSLATE_NOOP("PersonalData", "interactions that name them: %1"),
}
# A person's fields (the "Field" context's "Name" is an organisation's in Russian).
FIELD_WORDS = {
    "name": QT_TRANSLATE_NOOP("PersonalData", "Name"),
    "email": QT_TRANSLATE_NOOP("PersonalData", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("PersonalData", "Phone"),
    "notes": QT_TRANSLATE_NOOP("PersonalData", "Notes"),
    "login": QT_TRANSLATE_NOOP("PersonalData", "Login"),
}
KIND_WORDS = {
    "contact": QT_TRANSLATE_NOOP("PersonalData", "contact person"),
    "staff": QT_TRANSLATE_NOOP("PersonalData", "staff member"),
}


def place_messages(places: dict[str, int]) -> list[Message]:
    """Each place with its count, in a fixed order, as sentences to translate."""
    return [
        Message(CONTEXT, PLACE_WORDS[place], (places[place],))
        for place in PLACE_WORDS
        if places.get(place)
    ]


def field_messages(fields: Iterable[str]) -> list[Message]:
    return [Message(CONTEXT, FIELD_WORDS[f]) for f in fields if f in FIELD_WORDS]


@dataclass(frozen=True)
class ErasurePlan:
    """What an erasure changes, counted before anything is changed: the
    confirmation shows it. `name` is the person's current name (the one
    who asked sees it; the log never keeps it)."""

    table: str
    record_id: int
    name: str
    fields: tuple[str, ...]
    places: dict[str, int] = field(default_factory=dict)
    partner: str = ""  # a contact's partner, to tell two namesakes apart
    marker: str = ERASED["en"]  # what the name becomes, in the library's language


@dataclass(frozen=True)
class ErasureRecord:
    """One row of the erasure log."""

    id: int
    table: str
    record_id: int
    fields: tuple[str, ...]
    places: dict[str, int]
    erased_at: datetime
    erased_by: str
    reason: str


def marker(language: str) -> str:
    return ERASED.get(language, ERASED["en"])


def _record(entry: ErasureEntry) -> ErasureRecord:
    try:
        places = {str(k): int(v) for k, v in json.loads(entry.places or "{}").items()}
    except (ValueError, AttributeError):
        places = {}
    return ErasureRecord(
        entry.id,
        entry.table_name,
        entry.record_id,
        tuple(f for f in entry.fields.split(",") if f),
        places,
        entry.created_at,
        entry.erased_by,
        entry.reason,
    )


class _Scrub:
    """The changes of one erasure, gathered first (a plan counts them) and
    then written with plain UPDATEs."""

    def __init__(self, conn: Connection, kind: str, record_id: int, erased_name: str) -> None:
        self.conn = conn
        self.kind = kind
        self.record_id = record_id
        self.erased = {f: erased_name if v is None else v for f, v in PERSONAL[kind].items()}
        self.erased_name = erased_name
        self.updates: list[tuple[Table, int, dict[str, Any]]] = []
        self.places: dict[str, int] = {}
        self.values: dict[str, set[str]] = {f: set() for f in self.erased}
        self.live: dict[str, Any] | None = None
        self.found_anywhere = False

    # --- what the person's data was -------------------------------------------------
    def gather(self) -> None:
        table = trash.table(self.kind)
        row = self.conn.execute(select(table).where(table.c.id == self.record_id)).first()
        if row is not None:
            self.live = dict(row._mapping)
            self._note(self.live)
            self.found_anywhere = True
        for entry in self._history(self.kind, self.record_id):
            self.found_anywhere = True
            if entry.field in self.values:
                self._note({entry.field: entry.old_value})
                self._note({entry.field: entry.new_value})
            elif not entry.field:
                for value in (entry.old_value, entry.new_value):
                    self._note(_json(value) or {})
        for _entry_id, payload in self._trash_payloads():
            for row_values in payload["rows"].get(self.kind, []):
                if _same_id(row_values, self.record_id):
                    self.found_anywhere = True
                    self._note(row_values)

    def _note(self, row: dict[str, Any]) -> None:
        for name, found in self.values.items():
            value = row.get(name)
            if isinstance(value, str) and value and value != self.erased[name]:
                found.add(value)

    def _history(self, table: str, record_id: int) -> list[Any]:
        log = trash.table("change_log")
        return list(
            self.conn.execute(
                select(log.c.id, log.c.field, log.c.old_value, log.c.new_value).where(
                    log.c.table_name == table, log.c.record_id == record_id
                )
            )
        )

    def _trash_payloads(self) -> list[tuple[int, dict[str, Any]]]:
        """Trash entries whose payload holds rows of this kind (a deleted
        partner with its contacts); read only where the id may appear."""
        bin_ = trash.table("trash")
        rows = self.conn.execute(
            select(bin_.c.id, bin_.c.payload).where(bin_.c.payload.contains(f'"{self.kind}"'))
        )
        found = []
        for entry_id, payload in rows:
            data = _json(payload)
            if data and isinstance(data.get("rows"), dict):
                found.append((int(entry_id), data))
        return found

    # --- what becomes of it -----------------------------------------------------------
    def needles(self) -> list[str]:
        words = {
            value
            for name in NEEDLE_FIELDS
            if name in self.values
            for value in self.values[name]
            if len(value.strip()) >= SHORTEST_NEEDLE
        }
        return sorted(words, key=len, reverse=True)

    def plan(self, partner_ids: Iterable[int]) -> None:
        if self.live is not None:
            changed: dict[str, Any] = {
                name: value for name, value in self.erased.items() if self.live.get(name) != value
            }
            if self.kind == "staff" and self.live.get("active"):
                changed["active"] = False
            if changed:
                changed.update(version_id=int(self.live["version_id"]) + 1, updated_at=utcnow())
                self._update(RECORD, trash.table(self.kind), self.record_id, changed)
        self._plan_history()
        self._plan_trash()
        if self.kind == "staff":
            self._plan_profile()
        pattern = _pattern(self.needles())
        if pattern is not None:
            self._plan_interactions(list(partner_ids), pattern)

    def _update(self, place: str, table: Table, row_id: int, values: dict[str, Any]) -> None:
        self.updates.append((table, row_id, values))
        self.places[place] = self.places.get(place, 0) + 1

    def _plan_profile(self) -> None:
        """The profile's named contact (printed on pitches and letters) is
        free text: emptied when it is this staff member, by name or e-mail."""
        profile = trash.table(PROFILE)
        names = {v.strip().casefold() for v in self.values["name"]}
        emails = {v.strip().casefold() for v in self.values["email"]}
        rows = self.conn.execute(
            select(profile.c.id, profile.c.contact_name, profile.c.contact_email)
        )
        for row_id, name, email in rows:
            if (name or "").strip().casefold() in names or (
                email and email.strip().casefold() in emails
            ):
                blank = dict.fromkeys(
                    ("contact_name", "contact_role", "contact_phone", "contact_email"), ""
                )
                self._update(PROFILE, profile, int(row_id), blank)

    def _plan_history(self) -> None:
        log = trash.table("change_log")
        for entry in self._history(self.kind, self.record_id):
            if entry.field in self.erased:
                value = self.erased[entry.field]
                new = {
                    "old_value": None if entry.old_value is None else value,
                    "new_value": None if entry.new_value is None else value,
                }
            elif not entry.field:
                new = {
                    "old_value": self._json_row(entry.old_value),
                    "new_value": self._json_row(entry.new_value),
                }
            else:
                continue
            if new != {"old_value": entry.old_value, "new_value": entry.new_value}:
                self._update(CHANGE_LOG, log, int(entry.id), new)
        if self.kind == "staff":
            made = self.conn.execute(
                select(log.c.id, log.c.changed_by).where(log.c.staff_id == self.record_id)
            )
            for entry_id, by in made:
                if by != self.erased_name:
                    self._update(CHANGE_LOG, log, int(entry_id), {"changed_by": self.erased_name})

    def _json_row(self, value: str | None) -> str | None:
        row = _json(value)
        if row is None or not _same_id(row, self.record_id):
            return value
        for name, erased in self.erased.items():
            if name in row and row[name] is not None:
                row[name] = erased
        return json.dumps(row, ensure_ascii=False)

    def _plan_trash(self) -> None:
        bin_ = trash.table("trash")
        pattern = _pattern(self.needles())
        for entry_id, payload in self._trash_payloads():
            before = json.dumps(payload, ensure_ascii=False)
            rows = payload["rows"]
            for row in rows.get(self.kind, []):
                if _same_id(row, self.record_id):
                    row.update({k: v for k, v in self.erased.items() if row.get(k) is not None})
            if pattern is not None and self.kind == "contact":
                for row in rows.get("interaction", []):
                    row["summary"] = _substitute(pattern, row.get("summary"), self.erased_name)
            after = json.dumps(payload, ensure_ascii=False)
            if after != before:
                self._update(TRASH, bin_, entry_id, {"payload": after})

    def _plan_interactions(self, partner_ids: list[int], pattern: re.Pattern[str]) -> None:
        table = trash.table("interaction")
        where = [table.c.contact_id == self.record_id]
        if partner_ids:
            where.append(table.c.partner_id.in_(partner_ids))
        found = list(self.conn.execute(select(table.c.id, table.c.summary).where(or_(*where))))
        ids = {int(row_id) for row_id, _summary in found}
        for row_id, summary in found:
            scrubbed = _substitute(pattern, summary, self.erased_name)
            if scrubbed != summary:
                self._update(INTERACTIONS, table, int(row_id), {"summary": scrubbed})
        log = trash.table("change_log")
        entries = self.conn.execute(
            select(log.c.id, log.c.record_id, log.c.field, log.c.old_value, log.c.new_value).where(
                log.c.table_name == "interaction",
                or_(
                    log.c.record_id.in_(sorted(ids)) if ids else text("1 = 0"),
                    and_(log.c.parent_table == "partner", log.c.parent_id.in_(partner_ids))
                    if partner_ids
                    else text("1 = 0"),
                ),
            )
        )
        for entry_id, _record_id, field_name, old, new in entries:
            if field_name == "summary":
                values = {
                    "old_value": _substitute(pattern, old, self.erased_name),
                    "new_value": _substitute(pattern, new, self.erased_name),
                }
            elif not field_name:
                values = {
                    "old_value": _scrub_summary_json(pattern, old, self.erased_name),
                    "new_value": _scrub_summary_json(pattern, new, self.erased_name),
                }
            else:
                continue
            if values != {"old_value": old, "new_value": new}:
                self._update(CHANGE_LOG, log, int(entry_id), values)

    def apply(self) -> None:
        for table, row_id, values in self.updates:
            self.conn.execute(update(table).where(table.c.id == row_id).values(**values))


def _json(value: str | None) -> dict[str, Any] | None:
    if not value:
        return None
    try:
        data = json.loads(value)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _same_id(row: dict[str, Any], record_id: int) -> bool:
    return str(row.get("id")) == str(record_id)


def _pattern(needles: list[str]) -> re.Pattern[str] | None:
    if not needles:
        return None
    return re.compile("|".join(re.escape(n) for n in needles), re.IGNORECASE)


def _substitute(pattern: re.Pattern[str], value: Any, erased: str) -> Any:
    if not isinstance(value, str) or not value:
        return value
    return pattern.sub(erased, value)


def _scrub_summary_json(pattern: re.Pattern[str], value: str | None, erased: str) -> str | None:
    row = _json(value)
    if row is None or "summary" not in row:
        return value
    scrubbed = _substitute(pattern, row["summary"], erased)
    if scrubbed == row["summary"]:
        return value
    row["summary"] = scrubbed
    return json.dumps(row, ensure_ascii=False)


def who_is_here(sessions: Sessions, data_dir: Path | None) -> Callable[[], str]:
    """Who erases, for the log: the staff member chosen at this computer,
    else the OS login."""

    def name() -> str:
        staff_id = current_staff_id(data_dir)
        if staff_id is not None:
            with transaction(sessions) as session:
                found = session.execute(
                    text("SELECT name FROM staff WHERE id = :id"), {"id": staff_id}
                ).scalar()
            if found:
                return str(found)
        return history.who()[0]

    return name


class PersonalDataService:
    """Erase a person's data everywhere, and read the erasure log."""

    def __init__(self, sessions: Sessions, who: Callable[[], str] | None = None) -> None:
        self._sessions = sessions
        # Who erased, for the log: the staff member at this computer when the
        # caller knows them, else the OS login.
        self._who = who or (lambda: history.who()[0])

    def plan_contact(self, contact_id: int) -> ErasurePlan:
        """What erase_contact would change; nothing is changed."""
        return self._run("contact", contact_id, apply=False)[0]

    def plan_staff(self, staff_id: int) -> ErasurePlan:
        return self._run("staff", staff_id, apply=False)[0]

    def erase_contact(self, contact_id: int, reason: str = "") -> ErasureRecord:
        """Erase a partner's contact person everywhere (see the module's text)."""
        record = self._run("contact", contact_id, apply=True, reason=reason)[1]
        assert record is not None
        return record

    def erase_staff(self, staff_id: int, reason: str = "") -> ErasureRecord:
        """Erase a staff member who left: their record, its history, and
        their name as the author of history entries."""
        record = self._run("staff", staff_id, apply=True, reason=reason)[1]
        assert record is not None
        return record

    def log(self) -> list[ErasureRecord]:
        """The erasure log, newest first."""
        with transaction(self._sessions) as session:
            rows = session.scalars(select(ErasureEntry).order_by(ErasureEntry.id.desc()))
            return [_record(row) for row in rows]

    # ---------------------------------------------------------------------------------
    def _run(
        self, kind: str, record_id: int, *, apply: bool, reason: str = ""
    ) -> tuple[ErasurePlan, ErasureRecord | None]:
        # The shared server closes the change history to staff roles
        # (commands/server.py): only its owner may rewrite it. The store's
        # transaction already names a refusal (NotAllowedError); erasure says
        # who may do it instead.
        try:
            return self._erase(kind, record_id, apply=apply, reason=reason)
        except NotAllowedError as exc:
            raise ServiceError(Message(CONTEXT, NO_PRIVILEGE)) from exc
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", "") != INSUFFICIENT_PRIVILEGE:
                raise
            raise ServiceError(Message(CONTEXT, NO_PRIVILEGE)) from exc

    def _erase(
        self, kind: str, record_id: int, *, apply: bool, reason: str = ""
    ) -> tuple[ErasurePlan, ErasureRecord | None]:
        reason = " ".join(reason.split())[:500]
        with transaction(self._sessions, kind, record_id) as session:
            conn = session.connection()
            if apply:
                _secure_delete(conn, True)
            profile = conn.execute(text("SELECT default_language FROM library_profile")).first()
            scrub = _Scrub(conn, kind, record_id, marker(profile[0] if profile else "ru"))
            scrub.gather()
            if not scrub.found_anywhere:
                raise NotFoundError(Message(CONTEXT, NOT_FOUND[kind], (record_id,)))
            scrub.plan(self._partner_ids(conn, scrub))
            fields = tuple(PERSONAL[kind])
            name = str((scrub.live or {}).get("name") or "")
            partner = ""
            if kind == "contact" and scrub.live is not None:
                partner = str(
                    conn.execute(
                        text("SELECT name FROM partner WHERE id = :id"),
                        {"id": scrub.live["partner_id"]},
                    ).scalar()
                    or ""
                )
            plan = ErasurePlan(
                kind, record_id, name, fields, dict(scrub.places), partner, scrub.erased_name
            )
            if not apply:
                return plan, None
            scrub.apply()
            now = utcnow()
            result = conn.execute(
                insert(trash.table(ErasureEntry.__tablename__)).values(
                    table_name=kind,
                    record_id=record_id,
                    fields=",".join(fields),
                    places=json.dumps(plan.places, sort_keys=True),
                    erased_by=self._who()[:200],
                    reason=reason,
                    created_at=now,
                    updated_at=now,
                    version_id=1,
                )
            )
            entry_id = int(result.inserted_primary_key[0])  # type: ignore[index]
            record = ErasureRecord(
                entry_id, kind, record_id, fields, plan.places, now, self._who()[:200], reason
            )
        forget_freed_pages(self._sessions)
        return plan, record

    @staticmethod
    def _partner_ids(conn: Connection, scrub: _Scrub) -> list[int]:
        """The partners whose interactions may name a contact: its own,
        alive or in the Trash."""
        if scrub.kind != "contact":
            return []
        ids: set[int] = set()
        if scrub.live is not None:
            ids.add(int(scrub.live["partner_id"]))
        for _entry_id, payload in scrub._trash_payloads():
            for row in payload["rows"].get("contact", []):
                if _same_id(row, scrub.record_id) and row.get("partner_id") is not None:
                    ids.add(int(row["partner_id"]))
        for entry in scrub._history("contact", scrub.record_id):
            for value in (entry.old_value, entry.new_value):
                row = _json(value) if not entry.field else None
                if row and row.get("partner_id") is not None:
                    ids.add(int(row["partner_id"]))
        return sorted(ids)


def _secure_delete(conn: Connection, on: bool) -> None:
    """SQLite zeroes what it frees while this is on: an erased value's old
    bytes in a page or an overflow page are overwritten, not just unlinked."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA secure_delete = {'ON' if on else 'OFF'}")


def forget_freed_pages(sessions: Sessions) -> None:
    """On SQLite, copy the erasure's pages from the write-ahead log into the
    file and empty the log, so no older copy of a page stays in either. A
    truncating checkpoint costs the changed pages, not the file (a VACUUM
    would rewrite everything: seconds at the issue's scale)."""
    engine = sessions.kw.get("bind")
    if engine is None or engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:  # the raw connection: no transaction around a checkpoint
        raw: Any = conn.connection.dbapi_connection
        raw.execute("PRAGMA secure_delete = OFF")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
