"""The library's face on a document (issue 19): whose name, address, contact,
colour, logo and statistics a pitch, letter or recap carries.

THE seam for documents: a branch's face is the system's profile overlaid
with what the branch itself sets (name, address, city, phone, e-mail, its
contact person and signatory from the staff list, brand colour and logo);
the whole system's face is the profile plus how many branches it has and
its statistics summed over them. A single library (one branch) gets the
profile overlaid with its one branch, whose fields the migration copied
from the profile, so its documents read exactly as before.

Plain SQL through services/plain_rows, so `collabdesk pitch` runs it on its
read-only sqlite3 connection without SQLAlchemy. Reads only."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from collabdesk.services.audience_case import audience_figure
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, NotFoundError
from collabdesk.services.pitch_model import LibraryInfo
from collabdesk.services.plain_rows import Run

CONTEXT = "PitchContent"

# Words that mark the metric a system line counts as visits ("Посещения",
# "On-site visits"); virtual ones are counted apart by libraries.
VISIT_WORDS = ("посещ", "visit")
NOT_VISITS = ("виртуал", "virtual", "онлайн", "online", "сайт", "website")

_BRANCHES = "SELECT id FROM branch ORDER BY position, id"
_BRANCH = (
    "SELECT name, address, city, phone, email, contact_staff_id, signatory_staff_id,"
    " brand_colour, logo FROM branch WHERE id = ?"
)
_STAFF = "SELECT name, position, phone, email FROM staff WHERE id = ?"
_COLLABORATION_BRANCH = "SELECT branch_id FROM collaboration WHERE id = ?"
_METRIC_NAMES = "SELECT DISTINCT name FROM {metric} WHERE branch = '' AND category = ''"


@dataclass(frozen=True)
class FaceScope:
    """What the person chose: a branch, the whole system, or (neither) the
    collaboration's own branch."""

    branch_id: int | None = None
    system: bool = False


COLLABORATION_BRANCH = FaceScope()
WHOLE_SYSTEM = FaceScope(system=True)


@dataclass(frozen=True)
class ResolvedScope:
    """Whose face and figures a document carries, once the database is read."""

    branches: int  # how many branches the library has
    branch_id: int | None  # the branch speaking; None for the whole system
    system: bool  # the whole system of several branches speaks
    # The first branch also holds rows that name no branch (written before
    # there were branches, or by a program that does not know them), as the
    # migration put everything in the one branch there was.
    first: bool = False

    @property
    def several(self) -> bool:
        return self.branches > 1

    @property
    def metric_table(self) -> str:
        """The `metric` table as this scope sees it, for a FROM clause: the
        whole table for a single library (every figure is its own), one
        branch's rows, or the system's sum per name, month, free-text
        breakdown label (`metric.branch`) and category."""
        if not self.several:
            return "metric"
        columns = "id, name, period_start, value, unit, source, branch, category"
        if self.branch_id is not None:
            unassigned = " OR branch_id IS NULL" if self.first else ""
            return (
                f"(SELECT {columns} FROM metric"
                f" WHERE branch_id = {int(self.branch_id)}{unassigned}) metric"
            )
        return (
            "(SELECT MIN(id) AS id, name, period_start, SUM(value) AS value,"
            " MIN(unit) AS unit, MAX(source) AS source, branch, category"
            " FROM metric GROUP BY name, period_start, branch, category) metric"
        )


def _refuse(text: str, *args: object) -> NotFoundError:
    return NotFoundError(Message(CONTEXT, text, args))


def resolve_scope(run: Run, scope: FaceScope | None, collaboration_id: int | None) -> ResolvedScope:
    """The scope chosen, checked against the database. A collaboration's
    documents speak for its branch unless told otherwise; one that names no
    branch belongs to the first (see ResolvedScope.first). Raises
    NotFoundError for a branch id that does not exist."""
    scope = scope or COLLABORATION_BRANCH
    ids = [int(row[0]) for row in run(_BRANCHES, [])]
    if scope.branch_id is not None and scope.branch_id not in ids:
        raise _refuse(
            QT_TRANSLATE_NOOP("PitchContent", "There is no branch with id %1."), scope.branch_id
        )
    if len(ids) <= 1:
        return ResolvedScope(len(ids), ids[0] if ids else None, False)
    if scope.system:
        return ResolvedScope(len(ids), None, True)
    branch_id = scope.branch_id
    if branch_id is None and collaboration_id is not None:
        found = run(_COLLABORATION_BRANCH, [collaboration_id])
        branch_id = found[0][0] if found and found[0][0] in ids else None
    if branch_id is None:
        branch_id = ids[0]
    return ResolvedScope(len(ids), branch_id, False, branch_id == ids[0])


def branch_name(run: Run, branch_id: int) -> str:
    found = run("SELECT name FROM branch WHERE id = ?", [branch_id])
    return str(found[0][0] or "").strip() if found else ""


def _staff(run: Run, staff_id: Any) -> tuple[str, str, str, str] | None:
    if staff_id is None:
        return None
    found = run(_STAFF, [staff_id])
    if not found:
        return None
    name, position, phone, email = (str(x or "").strip() for x in found[0])
    return (name, position, phone, email) if name else None


def _contact(profile: LibraryInfo, person: tuple[str, str, str, str]) -> dict[str, str]:
    """The branch's contact person in place of the profile's. The same person
    as the profile names (the migration made them from it) keeps the
    profile's role, phone and e-mail where the staff card is still blank."""
    name, position, phone, email = person
    same = name.casefold() == profile.contact_name.strip().casefold()
    return {
        "contact_name": name,
        "contact_role": position or (profile.contact_role if same else ""),
        "contact_phone": phone or (profile.contact_phone if same else ""),
        "contact_email": email or (profile.contact_email if same else ""),
    }


def branch_face(run: Run, profile: LibraryInfo, branch_id: int, several: bool) -> LibraryInfo:
    """`profile` overlaid with what the branch sets; colour and logo are
    inherited unless the branch has its own. In a system the branch's own
    name always stands (the profile's old free-text branch is another's).
    A single library sees no branch controls and keeps editing its profile
    in Settings: there the profile wins, and its one branch (which the
    migration copied from it) only fills what the profile leaves blank."""
    found = run(_BRANCH, [branch_id])
    if not found:
        return profile
    name, address, city, phone, email, contact_id, signatory_id, colour, logo = found[0]
    changes: dict[str, Any] = {
        key: value.strip()
        for key, value in (
            ("branch", name or ""),
            ("address", address or ""),
            ("city", city or ""),
            ("phone", phone or ""),
            ("email", email or ""),
            ("brand_colour", colour or ""),
        )
        if value and value.strip()
    }
    if logo:
        changes["logo"] = bytes(logo)
    person = _staff(run, contact_id)
    if person is not None and (several or not profile.contact_name.strip()):
        changes.update(_contact(profile, person))  # one person's lines, never mixed
    signatory = _staff(run, signatory_id)
    if signatory is not None:
        changes["signatory_name"], changes["signatory_role"] = signatory[0], signatory[1]
    if several:
        changes["branch"] = (name or "").strip()
    else:
        changes = {k: v for k, v in changes.items() if not getattr(profile, k)}
    return replace(profile, **changes)


def visits_metric(run: Run, metric_table: str) -> str | None:
    """The metric a system line counts as visits, if the library keeps one."""
    names = [str(row[0]) for row in run(_METRIC_NAMES.format(metric=metric_table), [])]
    found = [
        n
        for n in names
        if any(w in n.casefold() for w in VISIT_WORDS)
        and not any(w in n.casefold() for w in NOT_VISITS)
    ]
    return min(found, key=lambda n: (len(n), n)) if found else None


def yearly_visits(run: Run, scope: ResolvedScope, today: date) -> Decimal | None:
    """Visits over the last twelve months with data, summed over the branches."""
    name = visits_metric(run, scope.metric_table)
    if name is None:
        return None
    figure = audience_figure(run, name, today, scope.metric_table)
    return None if figure is None or figure.level else figure.value


def library_face(run: Run, profile: LibraryInfo, scope: ResolvedScope, today: date) -> LibraryInfo:
    """The face a document carries for `scope` (see the module's note)."""
    if scope.system:
        return replace(
            profile,
            branch="",  # the system speaks, not one of its branches
            branches=scope.branches,
            yearly_visits=yearly_visits(run, scope, today),
        )
    if scope.branch_id is None:
        return profile
    return branch_face(run, profile, scope.branch_id, scope.several)
