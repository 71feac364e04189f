"""The library's named staff (issue 19): who owns the library's promises,
who does the steps, who sits at this computer, and whom history names.

Owners and assignees stay text (the tracker sorts and searches it, and a
partner's people are not staff); `commitment.owner_staff_id` and
`commitment_step.who_staff_id` say which staff member the text names, set on
every flush by `link_owners` (installed on the session factory), so every
path that writes an owner (the editor, a series, a transfer, the command
line) links it alike. Names match as people type them: case, ё/е and spacing
do not matter (domain/text.search_key)."""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import bindparam, event, func, select, update
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from sqlalchemy import Table

from collabdesk.domain.branch import Branch, Staff
from collabdesk.domain.commitment import Commitment, commitment_search_text
from collabdesk.domain.commitment_step import CommitmentStep
from collabdesk.domain.enums import Direction
from collabdesk.domain.text import search_key
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    InUseError,
    Message,
    NotFoundError,
    ValidationError,
)
from collabdesk.services.transaction import Sessions, check_version, transaction
from collabdesk.services.validation import Checker, clean_line

CONTEXT = "StaffService"
NAME_MAX = 200  # as wide as an owner or an assignee
LINE_MAX = 200
PHONE_MAX = 100
STAFF_PREFIX = "staff:"


@dataclass(frozen=True)
class StaffDraft:
    name: str
    position: str = ""
    email: str = ""
    phone: str = ""
    branch_id: int | None = None
    login: str = ""
    is_coordinator: bool = False


@dataclass(frozen=True)
class StaffRecord:
    id: int
    version_id: int
    name: str
    position: str
    email: str
    phone: str
    branch_id: int | None
    branch_name: str
    login: str
    db_role: str
    is_coordinator: bool
    active: bool

    def to_draft(self) -> StaffDraft:
        return StaffDraft(
            name=self.name,
            position=self.position,
            email=self.email,
            phone=self.phone,
            branch_id=self.branch_id,
            login=self.login,
            is_coordinator=self.is_coordinator,
        )


def _record(staff: Staff, branch_name: str) -> StaffRecord:
    return StaffRecord(
        id=staff.id,
        version_id=staff.version_id,
        name=staff.name,
        position=staff.position,
        email=staff.email,
        phone=staff.phone,
        branch_id=staff.branch_id,
        branch_name=branch_name,
        login=staff.login,
        db_role=staff.db_role,
        is_coordinator=staff.is_coordinator,
        active=staff.active,
    )


def _problem(field: str, code: str, text: str, *args: object) -> ValidationError:
    return ValidationError([FieldProblem(field, code, Message(CONTEXT, text, args))])


def clean_staff(draft: StaffDraft) -> StaffDraft:
    """Trim and check: a name is required and fits its column; `<b>` and
    emoji are kept as typed (they are shown as text, never as markup)."""
    cleaned = StaffDraft(
        name=clean_line(draft.name),
        position=clean_line(draft.position),
        email=clean_line(draft.email),
        phone=clean_line(draft.phone),
        branch_id=draft.branch_id,
        login=clean_line(draft.login),
        is_coordinator=draft.is_coordinator,
    )
    check = Checker()
    check.required("name", cleaned.name, QT_TRANSLATE_NOOP("Field", "Name"))
    check.max_length("name", cleaned.name, NAME_MAX, QT_TRANSLATE_NOOP("Field", "Name"))
    check.max_length("position", cleaned.position, LINE_MAX, QT_TRANSLATE_NOOP("Field", "Position"))
    check.max_length("email", cleaned.email, LINE_MAX, QT_TRANSLATE_NOOP("Field", "E-mail"))
    check.email("email", cleaned.email)
    check.max_length("phone", cleaned.phone, PHONE_MAX, QT_TRANSLATE_NOOP("Field", "Phone"))
    check.phone("phone", cleaned.phone)
    check.max_length("login", cleaned.login, LINE_MAX, QT_TRANSLATE_NOOP("Field", "Login"))
    if check.problems:
        raise ValidationError(check.problems)
    return cleaned


def _not_found(staff_id: int) -> NotFoundError:
    return NotFoundError(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("StaffService", "There is no staff member with id %1."),
            (staff_id,),
        )
    )


def load_staff(session: Session, staff_id: int) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise _not_found(staff_id)
    return staff


def _branch_names(session: Session) -> dict[int, str]:
    return {int(i): n for i, n in session.execute(select(Branch.id, Branch.name))}


def _check_branch(session: Session, branch_id: int | None) -> None:
    if branch_id is not None and session.get(Branch, branch_id) is None:
        raise _problem(
            "branch_id",
            "no_branch",
            QT_TRANSLATE_NOOP("StaffService", "There is no branch with id %1."),
            branch_id,
        )


def _check_unique(session: Session, name: str, staff_id: int | None) -> None:
    """Two staff members under one name would make every owner ambiguous."""
    key = search_key(name)
    for other_id, other in session.execute(select(Staff.id, Staff.name)):
        if other_id != staff_id and search_key(other) == key:
            raise _problem(
                "name",
                "duplicate",
                QT_TRANSLATE_NOOP(
                    "StaffService",
                    "“%1” is already on the staff list (id %2). Add a detail that tells "
                    "the two apart, such as a middle name or an initial.",
                ),
                other[:80],
                other_id,
            )


def staff_by_key(session: Session, include_inactive: bool = False) -> dict[str, int]:
    """Each staff member's name key → id (the staff are few: read them all)."""
    stmt = select(Staff.id, Staff.name, Staff.active).order_by(Staff.id)
    found: dict[str, int] = {}
    for staff_id, name, active in session.execute(stmt):
        if active or include_inactive:
            found.setdefault(search_key(name), int(staff_id))
    return found


def find_staff_id(session: Session, text: str) -> int | None:
    """The staff member `text` names: `staff:ID`, or a name (any staff
    member, active or not, so old promises keep their person)."""
    cleaned = clean_line(text)
    if cleaned.lower().startswith(STAFF_PREFIX):
        number = cleaned[len(STAFF_PREFIX) :].strip()
        if number.isdigit() and session.get(Staff, int(number)) is not None:
            return int(number)
        return None
    key = search_key(cleaned)
    return staff_by_key(session, include_inactive=True).get(key) if key else None


# --- linking owner and assignee texts to staff ----------------------------------------
def spellings(session: Session, column: Any) -> list[str]:
    """Each distinct non-empty value of an indexed column, one index seek
    each (a loose index scan), not a walk over every row: the names in
    owners and assignees are few, the rows up to half a million."""
    found: list[str] = []
    value = session.scalar(select(func.min(column)).where(column > ""))
    while value is not None:
        found.append(value)
        value = session.scalar(select(func.min(column)).where(column > value))
    return found


def _changed(obj: Any, attr: str) -> bool:
    from sqlalchemy import inspect

    return bool(inspect(obj).attrs[attr].history.has_changes())


def link_owners(session: Session, _context: Any = None, _instances: Any = None) -> None:
    """Before a flush: a renamed staff member's name goes into the owners
    and assignees linked to them; each new or re-typed owner / assignee
    points at the staff member its text names (at nobody when it names
    none). A partner-side owner is the partner's person, never staff."""
    for staff in [o for o in session.dirty if isinstance(o, Staff) and _changed(o, "name")]:
        with session.no_autoflush:  # the editor, the command line, an undo alike
            rename_everywhere(session, staff)
    pending: list[tuple[Any, str, str]] = []
    for obj in (*session.new, *session.dirty):
        new = obj in session.new
        if isinstance(obj, Commitment) and (
            new or _changed(obj, "owner") or _changed(obj, "direction")
        ):
            pending.append((obj, "owner", "owner_staff_id"))
        elif isinstance(obj, CommitmentStep) and (new or _changed(obj, "who")):
            pending.append((obj, "who", "who_staff_id"))
    if not pending:
        return
    with session.no_autoflush:
        names = staff_by_key(session, include_inactive=True)
    for obj, text_attr, id_attr in pending:
        text = getattr(obj, text_attr) or ""
        if isinstance(obj, Commitment) and obj.direction != Direction.LIBRARY_GIVES:
            wanted = None
        else:
            wanted = names.get(search_key(text)) if text.strip() else None
        if getattr(obj, id_attr) != wanted:
            setattr(obj, id_attr, wanted)


_linked: weakref.WeakSet[sessionmaker[Session]] = weakref.WeakSet()


def install_links(sessions: Sessions) -> None:
    """Link owners to staff on every flush made through `sessions` (once)."""
    if sessions in _linked:
        return
    event.listen(sessions, "before_flush", link_owners)
    _linked.add(sessions)


def owner_ids(session: Session, owners: Iterable[str]) -> dict[str, int | None]:
    """For bulk inserts that bypass the flush: each owner text's staff id."""
    names = staff_by_key(session, include_inactive=True)
    return {o: names.get(search_key(o)) if o.strip() else None for o in owners}


def relink(session: Session, staff: Staff) -> None:
    """A newly added (or renamed) person: the owners and assignees
    already typed with their name, linked to nobody, now point at them."""
    key = search_key(staff.name)
    library_side = Commitment.direction == Direction.LIBRARY_GIVES
    for model, text, link, *only in (
        (Commitment, Commitment.owner, Commitment.owner_staff_id, library_side),
        (CommitmentStep, CommitmentStep.who, CommitmentStep.who_staff_id),
    ):
        same = [n for n in spellings(session, text) if search_key(n) == key]
        if same:
            session.connection().execute(
                update(model)
                .where(text.in_(same), link.is_(None), *only)
                .values({link: staff.id})
                .execution_options(synchronize_session=False)
            )


def rename_everywhere(session: Session, staff: Staff) -> None:
    """A renamed person: every owner and assignee linked to them says the
    new name (core statements: a person may own thousands of promises)."""
    # The search text holds the owner: rebuilt as the mapper event would.
    rows = (
        session.connection()
        .execute(
            select(Commitment.id, Commitment.description, Commitment.unit).where(
                Commitment.owner_staff_id == staff.id
            )
        )
        .all()
    )
    if rows:
        table = cast("Table", Commitment.__table__)
        stmt = (
            update(table)
            .where(table.c.id == bindparam("row_id"))
            .values(
                owner=staff.name,
                search_text=bindparam("row_search"),
                version_id=table.c.version_id + 1,  # an open form sees the change
            )
        )
        session.connection().execute(
            stmt,
            [
                {
                    "row_id": i,
                    "row_search": commitment_search_text(d or "", staff.name, u or ""),
                }
                for i, d, u in rows
            ],
        )
    session.connection().execute(
        update(CommitmentStep)
        .where(CommitmentStep.who_staff_id == staff.id)
        .values(who=staff.name, version_id=CommitmentStep.version_id + 1)
        .execution_options(synchronize_session=False)
    )
    relink(session, staff)


# --- the service ----------------------------------------------------------------------
class StaffService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
        install_links(sessions)

    def all(self, include_inactive: bool = True) -> list[StaffRecord]:
        """Everybody, by name (the staff are few)."""
        with transaction(self._sessions) as session:
            branches = _branch_names(session)
            stmt = select(Staff).order_by(func.lower(Staff.name), Staff.id)
            if not include_inactive:
                stmt = stmt.where(Staff.active.is_(True))
            return [
                _record(s, branches.get(s.branch_id, "") if s.branch_id else "")
                for s in session.scalars(stmt)
            ]

    def branches(self) -> list[tuple[int, str]]:
        """(id, name) of every branch, in their order, for the branch picker."""
        with transaction(self._sessions) as session:
            stmt = select(Branch.id, Branch.name).order_by(Branch.position, Branch.id)
            return [(int(i), n) for i, n in session.execute(stmt)]

    def names(self) -> list[str]:
        """Active staff names, for the owner and assignee pickers."""
        return [r.name for r in self.all(include_inactive=False)]

    def get(self, staff_id: int) -> StaffRecord:
        with transaction(self._sessions) as session:
            staff = load_staff(session, staff_id)
            return _record(staff, _branch_names(session).get(staff.branch_id or 0, ""))

    def find(self, text: str) -> StaffRecord | None:
        """The staff member `text` names (`staff:ID` or a name), or None."""
        with transaction(self._sessions) as session:
            found = find_staff_id(session, text)
        return self.get(found) if found is not None else None

    def by_login(self, login: str) -> StaffRecord | None:
        """The active staff member who uses this operating-system login."""
        if not login.strip():
            return None
        with transaction(self._sessions) as session:
            found = session.scalar(
                select(Staff.id)
                .where(func.lower(Staff.login) == login.strip().lower(), Staff.active.is_(True))
                .order_by(Staff.id)
                .limit(1)
            )
        return self.get(found) if found is not None else None

    def add(self, draft: StaffDraft) -> StaffRecord:
        draft = clean_staff(draft)
        with transaction(self._sessions) as session:
            _check_branch(session, draft.branch_id)
            _check_unique(session, draft.name, None)
            staff = Staff(
                name=draft.name,
                position=draft.position,
                email=draft.email,
                phone=draft.phone,
                branch_id=draft.branch_id,
                login=draft.login,
                is_coordinator=draft.is_coordinator,
                active=True,
            )
            session.add(staff)
            session.flush()
            relink(session, staff)
            return _record(staff, _branch_names(session).get(draft.branch_id or 0, ""))

    def update(
        self, staff_id: int, draft: StaffDraft, expected_version: int | None = None
    ) -> StaffRecord:
        """Save the person; a new name is written into every owner and
        assignee that points at them, in the same transaction."""
        draft = clean_staff(draft)
        with transaction(self._sessions, "staff", staff_id) as session:
            staff = load_staff(session, staff_id)
            check_version("staff", staff_id, staff.version_id, expected_version)
            _check_branch(session, draft.branch_id)
            _check_unique(session, draft.name, staff_id)
            staff.name, staff.position = draft.name, draft.position
            staff.email, staff.phone, staff.login = draft.email, draft.phone, draft.login
            staff.branch_id, staff.is_coordinator = draft.branch_id, draft.is_coordinator
            session.flush()  # a new name follows into owners and assignees (link_owners)
            return _record(staff, _branch_names(session).get(draft.branch_id or 0, ""))

    def set_active(self, staff_id: int, active: bool) -> StaffRecord:
        """Deactivated: no longer offered as an owner, kept on old promises."""
        with transaction(self._sessions, "staff", staff_id) as session:
            staff = load_staff(session, staff_id)
            staff.active = active
            session.flush()
            return _record(staff, _branch_names(session).get(staff.branch_id or 0, ""))

    def remove(self, staff_id: int) -> None:
        """Delete someone who owns nothing; someone who owns promises or
        steps is refused, and the refusal offers deactivation instead."""
        with transaction(self._sessions, "staff", staff_id) as session:
            staff = load_staff(session, staff_id)
            owned = session.scalar(
                select(func.count()).where(Commitment.owner_staff_id == staff_id)
            )
            steps = session.scalar(
                select(func.count()).where(CommitmentStep.who_staff_id == staff_id)
            )
            if owned or steps:
                raise InUseError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "StaffService",
                            "%1 still owns promises (%2) or steps (%3), so they cannot be removed. "
                            "Deactivate them instead: they stay on their promises but are "
                            "no longer offered as an owner.",
                        ),
                        (staff.name[:80], owned or 0, steps or 0),
                    ),
                    ("commitment", "commitment_step"),
                )
            session.delete(staff)

    # --- owners and assignees ------------------------------------------------------
