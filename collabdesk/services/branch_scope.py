"""Which branch this computer works for, and whether there is more than
one: a single library (one branch) shows no branch controls at all."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collabdesk.domain.branch import Branch, Staff
from collabdesk.services.staff_identity import current_staff_id


def branch_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Branch)) or 0


def is_system(session: Session) -> bool:
    """True when the library has several branches (branch controls shown)."""
    return branch_count(session) > 1


def first_branch_id(session: Session) -> int | None:
    return session.scalar(select(Branch.id).order_by(Branch.position, Branch.id).limit(1))


def home_branch_id(session: Session, data_dir: Path | None) -> int | None:
    """The branch of the person at this computer, else the first branch:
    where a new collaboration or figure made here belongs."""
    staff_id = current_staff_id(data_dir)
    if staff_id is not None:
        branch_id = session.scalar(select(Staff.branch_id).where(Staff.id == staff_id))
        if branch_id is not None:
            return branch_id
    return first_branch_id(session)


def home_branch_name(session: Session, data_dir: Path | None) -> str:
    """The home branch's name ("" when unnamed): the profile's "Branch"."""
    branch_id = home_branch_id(session, data_dir)
    if branch_id is None:
        return ""
    return session.scalar(select(Branch.name).where(Branch.id == branch_id)) or ""


def set_home_branch_name(session: Session, data_dir: Path | None, name: str) -> None:
    """Write the profile's "Branch" field into the home branch (made when a
    database somehow has none, so the text is never lost)."""
    branch_id = home_branch_id(session, data_dir)
    branch = None if branch_id is None else session.get(Branch, branch_id)
    if branch is None:
        branch = Branch(name=name)
        session.add(branch)
    elif branch.name != name:
        branch.name = name
