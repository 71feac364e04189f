"""Who "me" is at this computer, now that the library has named staff.

The staff member is chosen once and remembered in the data folder
(services/staff_identity.py). Until then: the old "My name" setting
(services/my_name.py) names them (created on the staff list if missing);
else a staff member whose `login` is this computer's OS login is taken
silently; else the window offers a choice, never before its first paint.
History stamps every change with this person (store/history.py); on the
shared PostgreSQL server the staff member whose own role the connection
uses comes first, since each person connects as themselves there."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from collabdesk.domain.branch import Branch, Staff
from collabdesk.services.errors import NotFoundError, ServiceError
from collabdesk.services.my_name import my_name, save_my_name
from collabdesk.services.staff import StaffDraft, StaffRecord, StaffService, find_staff_id
from collabdesk.services.staff_identity import Me as Me  # re-exported
from collabdesk.services.staff_identity import current_staff_id, save_current_staff_id
from collabdesk.services.transaction import Sessions, transaction
from collabdesk.store import history


def os_login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def os_full_name() -> str:
    """The OS user's full name where the system keeps one (the GECOS field
    on Linux and macOS), else the login: "I'm new: add me" starts from it."""
    login = os_login()
    try:
        import pwd

        gecos = pwd.getpwnam(login).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError, OSError):
        gecos = ""
    return gecos or os.environ.get("FULLNAME", "").strip() or login


def chosen(service: StaffService, data_dir: Path | None) -> StaffRecord | None:
    """The staff member chosen here, if they are still on the list."""
    staff_id = current_staff_id(data_dir)
    if staff_id is None:
        return None
    try:
        return service.get(staff_id)
    except NotFoundError:  # removed since: as if none was chosen
        return None


def choose(service: StaffService, data_dir: Path, staff_id: int | None) -> StaffRecord | None:
    """Remember who sits here (None forgets). The "My name" file follows,
    so an older copy of the program still finds its name."""
    if staff_id is None:
        save_current_staff_id(data_dir, None)
        save_my_name(data_dir, "")
        return None
    record = service.get(staff_id)  # NotFoundError for a wrong id: nothing saved
    save_current_staff_id(data_dir, record.id)
    save_my_name(data_dir, record.name)
    return record


def choose_named(service: StaffService, data_dir: Path, name: str) -> StaffRecord | None:
    """`settings my-name NAME`: the staff member of that name (ё/е, case
    and spacing ignored) becomes "me", added to the staff list if missing;
    "" forgets the choice."""
    if not name.strip():
        return choose(service, data_dir, None)
    found = service.find(name)
    if found is None:
        found = service.add(StaffDraft(name=name, login=""))
    return choose(service, data_dir, found.id)


def settle(service: StaffService, data_dir: Path | None) -> StaffRecord | None:
    """Who is here, choosing silently where it can: the chosen person; else
    the "My name" of before (migrated to staff); else the staff member whose
    login is this OS login. None: the person must choose (the window asks)."""
    found = chosen(service, data_dir)
    if found is not None or data_dir is None:
        return found
    old_name = my_name(data_dir)
    if old_name:
        return choose_named(service, data_dir, old_name)
    by_login = service.by_login(os_login())
    if by_login is not None:
        return choose(service, data_dir, by_login.id)
    return None


def me(service: StaffService, data_dir: Path | None) -> Me:
    """For My tasks, the banner and `tasks list --mine` (settled first).
    Data that cannot be written (a meeting copy) still finds "me" by the
    old name."""
    try:
        found = settle(service, data_dir)
    except ServiceError:
        return Me(my_name(data_dir))
    return Me(found.name, found.id) if found is not None else Me("")


# --- history's person -----------------------------------------------------------------
def _row(session: Session, where: object) -> history.Person | None:
    stmt = (
        select(Staff.id, Staff.name, Branch.name)
        .outerjoin(Branch, Branch.id == Staff.branch_id)
        .where(where)  # type: ignore[arg-type]
        .order_by(Staff.id)
        .limit(1)
    )
    row = session.connection().execute(stmt).first()
    return history.Person(row[1], int(row[0]), row[2] or "") if row is not None else None


def person_at(session: Session, data_dir: Path | None) -> history.Person | None:
    """The person behind a change: on PostgreSQL the staff member whose role
    this connection uses; else the one chosen here; else by OS login."""
    if session.get_bind().dialect.name == "postgresql":
        role = session.connection().execute(text("SELECT current_user")).scalar()
        found = _row(session, Staff.db_role == role) if role else None
        if found is not None:
            return found
    staff_id = current_staff_id(data_dir)
    if staff_id is not None:
        found = _row(session, Staff.id == staff_id)
        if found is not None:
            return found
    login = os_login()
    return _row(session, (Staff.login == login) & Staff.active.is_(True)) if login else None


def install_person(sessions: Sessions, data_dir: Path | None) -> None:
    """Stamp every change made through `sessions` with the person here."""
    history.set_person_source(sessions, lambda session: person_at(session, data_dir))


def staff_id_for(sessions: Sessions, text: str) -> int | None:
    """`staff:ID` or a name → the staff id (None when it names nobody)."""
    with transaction(sessions) as session:
        return find_staff_id(session, text)
