"""The branches of a library system (issue 19): list, add, edit, remove.

A single library has one branch whose name is the profile's old free-text
"Branch" (LibraryService reads and writes it); a system has several and the
window then shows branch controls. Collaborations, statistics and staff
belong to a branch, so a branch still holding any is never removed, nor is
the last one. Contact person and signatory are staff; brand colour and logo
are the system's (library_profile) unless the branch sets its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collabdesk.domain.branch import Branch, PartnerBranch, Staff
from collabdesk.domain.collaboration import Collaboration
from collabdesk.domain.library import LibraryProfile
from collabdesk.domain.metric import Metric
from collabdesk.domain.partner import Partner
from collabdesk.services.branch_scope import branch_count, home_branch_id
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    InUseError,
    Message,
    NotFoundError,
    ValidationError,
)
from collabdesk.services.library import LOGO_SIGNATURES, Logo
from collabdesk.services.transaction import Sessions, check_version, transaction
from collabdesk.services.validation import Checker, bad_colour, clean_line

CONTEXT = "BranchService"
NAME_MAX = 200
DEFAULT_COLOUR = "#1F5C99"


@dataclass(frozen=True)
class BranchDraft:
    name: str
    address: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    contact_staff_id: int | None = None
    signatory_staff_id: int | None = None
    brand_colour: str = ""  # "" = the system's colour


@dataclass(frozen=True)
class BranchRecord:
    id: int
    version_id: int
    name: str
    address: str
    city: str
    phone: str
    email: str
    contact_staff_id: int | None
    contact_name: str
    signatory_staff_id: int | None
    signatory_name: str
    brand_colour: str  # its own, "" when it inherits
    colour: str  # the one documents use: its own, else the system's
    has_own_logo: bool
    collaborations: int
    figures: int
    staff: int

    def to_draft(self) -> BranchDraft:
        return BranchDraft(
            self.name,
            self.address,
            self.city,
            self.phone,
            self.email,
            self.contact_staff_id,
            self.signatory_staff_id,
            self.brand_colour,
        )


@dataclass(frozen=True)
class StaffChoice:
    """A staff member offered as a branch's contact person or signatory."""

    id: int
    name: str
    branch_id: int | None


def _problem(field: str, code: str, template: str, *args: object) -> FieldProblem:
    return FieldProblem(field, code, Message(CONTEXT, template, tuple(args)))


def _clean(session: Session, draft: BranchDraft, branch_id: int | None) -> BranchDraft:
    cleaned = BranchDraft(
        name=clean_line(draft.name),
        address=clean_line(draft.address),
        city=clean_line(draft.city),
        phone=clean_line(draft.phone),
        email=clean_line(draft.email),
        contact_staff_id=draft.contact_staff_id,
        signatory_staff_id=draft.signatory_staff_id,
        brand_colour=clean_line(draft.brand_colour).upper(),
    )
    check = Checker()
    name = QT_TRANSLATE_NOOP("Field", "Branch name")
    check.required("name", cleaned.name, name)
    check.max_length("name", cleaned.name, NAME_MAX, name)
    check.max_length("address", cleaned.address, 500, QT_TRANSLATE_NOOP("Field", "Address"))
    check.max_length("city", cleaned.city, 200, QT_TRANSLATE_NOOP("Field", "City"))
    check.max_length("phone", cleaned.phone, 100, QT_TRANSLATE_NOOP("Field", "Phone"))
    check.phone("phone", cleaned.phone)
    check.max_length("email", cleaned.email, 200, QT_TRANSLATE_NOOP("Field", "E-mail"))
    check.email("email", cleaned.email)
    if cleaned.brand_colour and bad_colour(cleaned.brand_colour):  # empty: the system's
        check.problems.append(
            _problem(
                "brand_colour",
                "bad_colour",
                QT_TRANSLATE_NOOP(
                    "BranchService",
                    "Colour is written as #RRGGBB, or left empty for the system's colour.",
                ),
            )
        )
    for field, staff_id in (
        ("contact_staff_id", cleaned.contact_staff_id),
        ("signatory_staff_id", cleaned.signatory_staff_id),
    ):
        if staff_id is not None and session.get(Staff, staff_id) is None:
            check.problems.append(
                _problem(
                    field,
                    "no_staff",
                    QT_TRANSLATE_NOOP("BranchService", "There is no staff member with id %1."),
                    staff_id,
                )
            )
    if cleaned.name and len(cleaned.name) <= NAME_MAX:
        # Compared here: SQLite's lower() folds ASCII only, and branches are few.
        taken = session.scalars(select(Branch.name).where(Branch.id != (branch_id or 0)))
        if any(name.casefold() == cleaned.name.casefold() for name in taken):
            check.problems.append(
                _problem(
                    "name",
                    "duplicate",
                    QT_TRANSLATE_NOOP("BranchService", "There is already a branch “%1”."),
                    cleaned.name,
                )
            )
    if check.problems:
        raise ValidationError(check.problems)
    return cleaned


def _counts(
    session: Session, table: type[Collaboration] | type[Metric] | type[Staff]
) -> dict[int, int]:
    rows = session.execute(
        select(table.branch_id, func.count())
        .where(table.branch_id.is_not(None))
        .group_by(table.branch_id)
    )
    return {int(b or 0): int(n) for b, n in rows}


def _system_colour(session: Session) -> str:
    colour = session.scalar(
        select(LibraryProfile.brand_colour).order_by(LibraryProfile.id).limit(1)
    )
    return colour or DEFAULT_COLOUR


def _load(session: Session, branch_id: int) -> Branch:
    branch = session.get(Branch, branch_id)
    if branch is None:
        raise NotFoundError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("BranchService", "There is no branch with id %1."),
                (branch_id,),
            )
        )
    return branch


def check_branch(session: Session, branch_id: int) -> None:
    """Refuse a branch id that names no branch (a collaboration's or a figure's)."""
    _load(session, branch_id)


def share_partners(session: Session, branch_id: int | None, partner_ids: Iterable[int]) -> None:
    """Record that `branch_id` works with these partners (a collaboration of
    the branch includes them): the partner_branch link, made once."""
    wanted = set(partner_ids)
    if branch_id is None or not wanted:
        return
    have = set(
        session.scalars(
            select(PartnerBranch.partner_id).where(
                PartnerBranch.branch_id == branch_id, PartnerBranch.partner_id.in_(wanted)
            )
        )
    )
    for partner_id in sorted(wanted - have):
        session.add(PartnerBranch(partner_id=partner_id, branch_id=branch_id))
    session.flush()


class BranchService:
    def __init__(self, sessions: Sessions, data_dir: Path | None = None) -> None:
        self._sessions = sessions
        self._data_dir = data_dir

    def is_system(self) -> bool:
        """Several branches: the window shows branch controls."""
        with transaction(self._sessions) as session:
            return branch_count(session) > 1

    def home_id(self) -> int | None:
        """Where new collaborations and figures made at this computer go."""
        with transaction(self._sessions) as session:
            return home_branch_id(session, self._data_dir)

    def all(self) -> list[BranchRecord]:
        """Every branch, in the order they are listed."""
        with transaction(self._sessions) as session:
            return self._records(session, select(Branch))

    def get(self, branch_id: int) -> BranchRecord:
        with transaction(self._sessions) as session:
            _load(session, branch_id)
            return self._records(session, select(Branch).where(Branch.id == branch_id))[0]

    def names(self) -> list[tuple[int, str]]:
        """(id, name) in the order branches are listed: combos and filters."""
        with transaction(self._sessions) as session:
            rows = session.execute(
                select(Branch.id, Branch.name).order_by(Branch.position, Branch.id)
            )
            return [(int(i), str(n)) for i, n in rows]

    def staff_choices(self) -> list[StaffChoice]:
        """Active staff, by name: who may be a contact person or signatory."""
        with transaction(self._sessions) as session:
            rows = session.execute(
                select(Staff.id, Staff.name, Staff.branch_id)
                .where(Staff.active.is_(True))
                .order_by(Staff.name, Staff.id)
            )
            return [StaffChoice(int(i), str(n), b) for i, n, b in rows]

    def add(self, draft: BranchDraft) -> BranchRecord:
        with transaction(self._sessions, "branch") as session:
            cleaned = _clean(session, draft, None)
            last = session.scalar(select(func.max(Branch.position))) or 0
            branch = Branch(position=last + 1)
            self._fill(branch, cleaned)
            session.add(branch)
            session.flush()
            return self._records(session, select(Branch).where(Branch.id == branch.id))[0]

    def edit(
        self, branch_id: int, draft: BranchDraft, expected_version: int | None = None
    ) -> BranchRecord:
        with transaction(self._sessions, "branch", branch_id) as session:
            branch = _load(session, branch_id)
            check_version("branch", branch_id, branch.version_id, expected_version)
            self._fill(branch, _clean(session, draft, branch_id))
            session.flush()
            return self._records(session, select(Branch).where(Branch.id == branch_id))[0]

    def remove(self, branch_id: int) -> None:
        """Refused, in words, while it holds collaborations, figures or staff,
        and for the last branch: everything must belong somewhere."""
        with transaction(self._sessions, "branch", branch_id) as session:
            branch = _load(session, branch_id)
            if branch_count(session) <= 1:
                raise InUseError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "BranchService",
                            "“%1” is the only branch and cannot be removed: everything "
                            "the library keeps belongs to a branch.",
                        ),
                        (branch.name,),
                    )
                )
            held = [
                session.scalar(select(func.count()).where(table.branch_id == branch_id)) or 0
                for table in (Collaboration, Metric, Staff)
            ]
            if any(held):
                # The counts stand in brackets, so no plural form is needed.
                raise InUseError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "BranchService",
                            "“%1” cannot be removed: it still holds collaborations (%2), "
                            "statistics figures (%3) and staff (%4). Move them to another "
                            "branch first; nothing was removed.",
                        ),
                        (branch.name, *held),
                    )
                )
            session.delete(branch)

    def keep_logo(self, branch_id: int, logo: Logo | None) -> None:
        """The branch's own logo (None: the system's again)."""
        if logo is not None and not logo.data.startswith(LOGO_SIGNATURES):
            raise ValidationError(
                [
                    _problem(
                        "logo",
                        "bad_logo",
                        QT_TRANSLATE_NOOP(
                            "LibraryService", "The logo must be a PNG or JPEG picture."
                        ),
                    )
                ]
            )
        with transaction(self._sessions, "branch", branch_id) as session:
            branch = _load(session, branch_id)
            branch.logo = None if logo is None else logo.data
            branch.logo_name = "" if logo is None else logo.name[:200]

    def logo(self, branch_id: int) -> Logo | None:
        """The logo a branch's documents carry: its own, else the system's."""
        with transaction(self._sessions) as session:
            _load(session, branch_id)
            own = session.execute(
                select(Branch.logo, Branch.logo_name).where(Branch.id == branch_id)
            ).one()
            if own[0]:
                return Logo(bytes(own[0]), own[1])
            system = session.execute(
                select(LibraryProfile.logo, LibraryProfile.logo_name)
                .order_by(LibraryProfile.id)
                .limit(1)
            ).first()
            return Logo(bytes(system[0]), system[1]) if system is not None and system[0] else None

    def partner_branches(self, partner_id: int) -> tuple[int, ...]:
        """The branches a partner is shared with (none: it belongs to all)."""
        with transaction(self._sessions) as session:
            return tuple(
                session.scalars(
                    select(PartnerBranch.branch_id)
                    .where(PartnerBranch.partner_id == partner_id)
                    .order_by(PartnerBranch.branch_id)
                )
            )

    def share_partner(self, partner_id: int, branch_ids: Iterable[int]) -> tuple[int, ...]:
        """Share a partner with exactly these branches (the partner form)."""
        wanted = set(branch_ids)
        with transaction(self._sessions, "partner", partner_id) as session:
            if session.get(Partner, partner_id) is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("BranchService", "There is no partner with id %1."),
                        (partner_id,),
                    )
                )
            for branch_id in sorted(wanted):
                _load(session, branch_id)
            links = session.scalars(
                select(PartnerBranch).where(PartnerBranch.partner_id == partner_id)
            )
            for link in links:
                if link.branch_id not in wanted:
                    session.delete(link)
            have = set(
                session.scalars(
                    select(PartnerBranch.branch_id).where(PartnerBranch.partner_id == partner_id)
                )
            )
            for branch_id in sorted(wanted - have):
                session.add(PartnerBranch(partner_id=partner_id, branch_id=branch_id))
            return tuple(sorted(wanted))

    @staticmethod
    def _fill(branch: Branch, draft: BranchDraft) -> None:
        branch.name = draft.name
        branch.address = draft.address
        branch.city = draft.city
        branch.phone = draft.phone
        branch.email = draft.email
        branch.contact_staff_id = draft.contact_staff_id
        branch.signatory_staff_id = draft.signatory_staff_id
        branch.brand_colour = draft.brand_colour

    @staticmethod
    def _records(session: Session, query: object) -> list[BranchRecord]:
        collaborations = _counts(session, Collaboration)
        figures = _counts(session, Metric)
        staff = _counts(session, Staff)
        names = {int(i): str(n) for i, n in session.execute(select(Staff.id, Staff.name))}
        system_colour = _system_colour(session)
        branches = session.scalars(query.order_by(Branch.position, Branch.id))  # type: ignore[attr-defined]
        with_logo = set(session.scalars(select(Branch.id).where(Branch.logo.is_not(None))))
        return [
            BranchRecord(
                id=b.id,
                version_id=b.version_id,
                name=b.name,
                address=b.address,
                city=b.city,
                phone=b.phone,
                email=b.email,
                contact_staff_id=b.contact_staff_id,
                contact_name=names.get(b.contact_staff_id, "") if b.contact_staff_id else "",
                signatory_staff_id=b.signatory_staff_id,
                signatory_name=names.get(b.signatory_staff_id, "") if b.signatory_staff_id else "",
                brand_colour=b.brand_colour,
                colour=b.brand_colour or system_colour,
                has_own_logo=b.id in with_logo,
                collaborations=collaborations.get(b.id, 0),
                figures=figures.get(b.id, 0),
                staff=staff.get(b.id, 0),
            )
            for b in branches
        ]
