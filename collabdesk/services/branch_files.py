"""Offline branches: a branch working on its own SQLite file sends its data
as one file (store/branch_file.py), and the system's database imports it as
that branch. One way only: nothing goes back to the branch.

The first file from a branch database (its `library_profile.install_key`)
is given a branch, chosen or new, which remembers the key in
`branch.source_key`; later files from that key go there. Every imported row
is mapped (`branch_import_row`: the branch's id -> ours), so a later file
updates the rows it brought before and adds new ones; a partner (or a
contact, an answer, a figure) the system already had is matched to it, not
copied, and never changed (its map row is kept under "<table>:matched").
A file is planned before it is applied; applying plans again inside the one
transaction (history and undo see one step) and records the file's digest
(`branch_import`), so the same file twice changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import String, create_engine, delete, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from collabdesk.domain.branch import Branch
from collabdesk.domain.branch_import import BranchImport, BranchImportRow
from collabdesk.domain.collaboration import ChecklistAnswer, Collaboration, CollaborationPartner
from collabdesk.domain.commitment import Commitment, CommitmentProof
from collabdesk.domain.commitment_series import CommitmentSeries
from collabdesk.domain.commitment_step import CommitmentStep
from collabdesk.domain.legal import LegalDetails
from collabdesk.domain.library import LibraryProfile
from collabdesk.domain.metric import Metric
from collabdesk.domain.partner import Contact, Partner
from collabdesk.domain.stage_change import StageChange
from collabdesk.domain.text import search_key
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, ServiceError
from collabdesk.services.partner_transfer import ImportCancelledError, Progress, report_progress
from collabdesk.services.transaction import Sessions, transaction
from collabdesk.services.validation import clean_line
from collabdesk.store.branch_file import (
    FILE_SUFFIX,
    BranchFileError,
    check_branch_file,
    damaged,
    is_plain_name,
    make_branch_file,
    write_proof_files,
)
from collabdesk.store.schema_head import HEAD_REVISION

CONTEXT = "BranchFile"
NAME_MAX = 200
MATCHED = ":matched"  # suffix of the map's table name for a row made here
_CHUNK = 500

__all__ = ["FILE_SUFFIX", "BranchFiles", "BranchImportPlan", "ImportCancelledError"]


class BranchFileRefusedError(ServiceError):
    """A branch file or a choice that cannot be imported; nothing changed."""


def _refused(template: str, *args: object) -> BranchFileRefusedError:
    return BranchFileRefusedError(Message(CONTEXT, template, args))


@dataclass(frozen=True)
class Kind:
    """One table of the file: the columns copied, and the columns that name
    another imported row (column -> that row's kind)."""

    name: str
    model: type[Any]
    fields: tuple[str, ...]
    refs: dict[str, str]
    label: str  # plural, for the preview


KINDS: tuple[Kind, ...] = (
    Kind(
        "partner",
        Partner,
        ("name", "kind", "status", "city", "website", "email", "phone", "values_notes",
         "owner", "notes", "may_be_named"),
        {},
        QT_TRANSLATE_NOOP("BranchFile", "Partners"),
    ),
    Kind(
        "contact",
        Contact,
        ("name", "role", "email", "phone", "notes"),
        {"partner_id": "partner"},
        QT_TRANSLATE_NOOP("BranchFile", "Contacts"),
    ),
    Kind(
        "collaboration",
        Collaboration,
        ("title", "idea", "title_translation", "idea_translation", "stage", "starts_on",
         "ends_on", "stage_changed_on", "stage_reason", "wizard_page", "result_attendance",
         "result_impressions", "result_media_pieces", "result_quotes", "result_next_time"),
        {"renewed_from_id": "collaboration"},
        QT_TRANSLATE_NOOP("BranchFile", "Collaborations"),
    ),
    Kind(
        "collaboration_partner",
        CollaborationPartner,
        ("role",),
        {"collaboration_id": "collaboration", "partner_id": "partner"},
        QT_TRANSLATE_NOOP("BranchFile", "Participants"),
    ),
    Kind(
        "checklist_answer",
        ChecklistAnswer,
        ("step_key", "question_key", "answer", "translation", "done"),
        {"collaboration_id": "collaboration", "partner_id": "partner"},
        QT_TRANSLATE_NOOP("BranchFile", "Checklist answers"),
    ),
    Kind(
        "stage_change",
        StageChange,
        ("from_stage", "to_stage", "changed_at", "reason"),
        {"collaboration_id": "collaboration"},
        QT_TRANSLATE_NOOP("BranchFile", "Stage changes"),
    ),
    Kind(
        "commitment_series",
        CommitmentSeries,
        ("every", "times", "until", "first_due_on", "total_quantity"),
        {},
        QT_TRANSLATE_NOOP("BranchFile", "Schedules"),
    ),
    Kind(
        "commitment",
        Commitment,
        ("direction", "description", "description_translation", "quantity", "unit", "due_on",
         "owner", "status", "value", "currency", "valuation_method", "delivered_on",
         "waived_reason", "proof_note", "proof_path", "occurrence"),
        {"collaboration_id": "collaboration", "partner_id": "partner",
         "make_good_for_id": "commitment", "series_id": "commitment_series"},
        QT_TRANSLATE_NOOP("BranchFile", "Commitments"),
    ),
    Kind(
        "commitment_step",
        CommitmentStep,
        ("position", "what", "who", "due_on", "done_on"),
        {"commitment_id": "commitment"},
        QT_TRANSLATE_NOOP("BranchFile", "Steps"),
    ),
    Kind(
        "commitment_proof",
        CommitmentProof,
        ("stored_name", "original_name", "url", "note", "added_by", "added_at"),
        {"commitment_id": "commitment"},
        QT_TRANSLATE_NOOP("BranchFile", "Proofs"),
    ),
    Kind(
        "metric",
        Metric,
        ("name", "period_start", "value", "unit", "source", "branch", "category"),
        {},
        QT_TRANSLATE_NOOP("BranchFile", "Statistics"),
    ),
)  # fmt: skip
KIND_BY_NAME = {kind.name: kind for kind in KINDS}
# Set to the branch the file is imported as, on every row added.
_BRANCH_COLUMN = {"collaboration": "branch_id", "metric": "branch_id"}

NEW, CHANGED, UNCHANGED, MATCHED_ROW = "new", "changed", "unchanged", "matched"


@dataclass(frozen=True)
class BranchFileContent:
    """What a branch file holds, read and checked, before any planning."""

    path: Path
    digest: str
    install_key: str
    exported_at: datetime | None
    library_name: str
    branch_name: str
    rows: dict[str, list[dict[str, Any]]]  # kind -> rows with "id" and the kind's columns
    inn: dict[int, str]  # branch partner id -> INN

    def suggested_name(self) -> str:
        """A new branch's name: the branch's own, else its library's."""
        return (self.branch_name or self.library_name)[:NAME_MAX]


@dataclass(frozen=True)
class KindCount:
    kind: str
    label: str
    new: int
    changed: int
    unchanged: int
    matched: int


@dataclass(frozen=True)
class RowAction:
    source_id: int
    action: str
    local_id: int | None
    changed: tuple[str, ...] = ()
    mapped: bool = False  # a matched row whose map entry is already kept


@dataclass(frozen=True)
class BranchImportPlan:
    """What applying the file would do; nothing is written to make it."""

    content: BranchFileContent
    branch_id: int | None  # the branch the file goes to, when known or chosen
    branch_name: str
    known: bool  # the branch was found by the file's install key
    already_imported: bool
    newer_import: datetime | None  # a later file of this branch was applied already
    counts: tuple[KindCount, ...]
    actions: dict[str, list[RowAction]] = field(repr=False)

    @property
    def changes_nothing(self) -> bool:
        return not any(c.new or c.changed for c in self.counts)


@dataclass(frozen=True)
class ExportedFile:
    path: Path
    collaborations: int
    commitments: int
    partners: int


@dataclass(frozen=True)
class ImportDone:
    branch_id: int
    branch_name: str
    counts: tuple[KindCount, ...]


class BranchFiles:
    """Export this database as a branch file; import one as a branch."""

    def __init__(self, sessions: Sessions, proofs_folder: Path | None = None) -> None:
        """`proofs_folder`: this data folder's proofs (ProofService.folder), whose
        files a branch file carries out and brings in."""
        self._sessions = sessions
        self._proofs = proofs_folder

    # export -------------------------------------------------------------------------
    def export(self, database: Path | None, target: Path) -> ExportedFile:
        """Write `target` from the SQLite database `database` (the one open here)."""
        if database is None:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "BranchFile",
                    "A branch file is made from a branch's own SQLite database, not from the "
                    "shared server.",
                )
            )
        key = self._install_key()
        made = make_branch_file(
            database, target, install_key=key, exported_at=datetime.now(UTC),
            revision=HEAD_REVISION, proofs_folder=self._proofs,
        )  # fmt: skip
        content = read_branch_file(made)
        return ExportedFile(
            made,
            len(content.rows["collaboration"]),
            len(content.rows["commitment"]),
            len(content.rows["partner"]),
        )

    def _install_key(self) -> str:
        """This database's install key, made on first need."""
        with transaction(self._sessions) as session:
            if (session.scalar(select(func.count()).select_from(Branch)) or 0) > 1:
                raise _refused(
                    QT_TRANSLATE_NOOP(
                        "BranchFile",
                        "This database holds several branches; a branch file carries the "
                        "database of one branch working on its own.",
                    )
                )
            profile = session.scalar(select(LibraryProfile).order_by(LibraryProfile.id))
            if profile is None:
                profile = LibraryProfile()
                session.add(profile)
            if not profile.install_key:
                profile.install_key = str(uuid.uuid4())
            return profile.install_key

    # import -------------------------------------------------------------------------
    def read(self, path: Path) -> BranchFileContent:
        """The file's content, checked (see read_branch_file); no database read."""
        return read_branch_file(path)

    def plan(self, content: BranchFileContent, branch_id: int | None = None) -> BranchImportPlan:
        """What importing `content` would do (into `branch_id` when the file's
        branch is not known yet); refused sentences for a wrong choice."""
        with transaction(self._sessions) as session:
            return _plan(session, content, branch_id)

    def apply(
        self,
        content: BranchFileContent,
        *,
        branch_id: int | None = None,
        new_branch: str | None = None,
        progress: Progress | None = None,
    ) -> ImportDone:
        """Import `content` in one transaction: into the branch its key names,
        else `branch_id`, else a new branch named `new_branch`."""
        name = None if new_branch is None else _clean_branch_name(new_branch)
        with transaction(self._sessions, "branch") as session:
            if name is not None:
                known = _branch_of_key(session, content.install_key)
                if known is not None:
                    raise _known_branch(known)
                _refuse_same_name(session, name)
                position = session.scalar(select(func.max(Branch.position))) or 0
                branch = Branch(name=name, source_key=content.install_key, position=position + 1)
                session.add(branch)
                session.flush()
                branch_id = branch.id
            plan = _plan(session, content, branch_id, progress)
            if plan.branch_id is None:
                raise _refused(
                    QT_TRANSLATE_NOOP(
                        "BranchFile",
                        "This is the first file from this branch database: say which branch "
                        "it is, or make a new branch for it.",
                    )
                )
            target = session.get(Branch, plan.branch_id)
            assert target is not None  # _plan checked it
            if target.source_key != content.install_key:
                target.source_key = content.install_key
            if not (plan.already_imported and plan.changes_nothing):
                _write(session, plan, progress)
            done = ImportDone(plan.branch_id, plan.branch_name, plan.counts)
        if self._proofs is not None:  # after the commit: the rows naming them are in
            write_proof_files(content.path, self._proofs)
        return done


# reading the file ---------------------------------------------------------------------


def read_branch_file(path: Path) -> BranchFileContent:
    """Every row the import uses, typed by the models' own columns; a
    sentence for a file that is not a sound branch file of this schema."""
    facts = check_branch_file(path)
    revision = facts["revision"]
    if revision != HEAD_REVISION:
        from collabdesk.store.errors import NewerSchemaError
        from collabdesk.store.migrate import check_not_newer

        try:
            check_not_newer(revision)
        except NewerSchemaError:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "BranchFile",
                    "The branch file %1 was made by a newer version of CollabDesk. Update "
                    "CollabDesk here, then import it again.",
                ),
                path.name,
            ) from None
        raise _refused(
            QT_TRANSLATE_NOOP(
                "BranchFile",
                "The branch file %1 was made by an older version of CollabDesk. Update "
                "CollabDesk at the branch and send the file again.",
            ),
            path.name,
        )
    engine = create_engine(
        f"sqlite:///file:{path.absolute().as_posix()}?mode=ro&immutable=1&uri=true",
        poolclass=NullPool,
    )
    try:
        with engine.connect() as conn:
            rows = {kind.name: _rows(conn, kind, path) for kind in KINDS}
            inn = {
                int(pid or 0): str(value or "").strip()
                for pid, value in conn.execute(
                    select(LegalDetails.partner_id, LegalDetails.inn).where(
                        LegalDetails.partner_id.is_not(None)
                    )
                )
            }
            profile = conn.execute(
                select(LibraryProfile.name, LibraryProfile.branch).order_by(LibraryProfile.id)
            ).first()
            branch = conn.execute(select(Branch.name).order_by(Branch.id)).first()
    except (SQLAlchemyError, LookupError, ValueError, TypeError) as exc:
        raise damaged(path, exc) from exc
    finally:
        engine.dispose()
    _check_refs(path, rows)
    for proof in rows["commitment_proof"]:
        if proof["stored_name"] and not is_plain_name(proof["stored_name"]):
            raise damaged(path, f"commitment_proof #{proof['id']}: {proof['stored_name']}")
    return BranchFileContent(
        path=path,
        digest=_digest(path),
        install_key=facts["install_key"][:36],
        exported_at=_when(facts["exported_at"]),
        library_name=clean_line(profile[0] if profile else ""),
        branch_name=clean_line((branch[0] if branch else "") or (profile[1] if profile else "")),
        rows=rows,
        inn=inn,
    )


def _rows(conn: Any, kind: Kind, path: Path) -> list[dict[str, Any]]:
    table = kind.model.__table__
    names = ("id", *kind.fields, *kind.refs)
    found: list[dict[str, Any]] = []
    for row in conn.execute(select(*(table.c[n] for n in names)).order_by(table.c.id)):
        values = dict(zip(names, row, strict=True))
        for name in kind.fields:
            column_type = table.c[name].type
            limit = getattr(column_type, "length", None)
            value = values[name]
            too_long = isinstance(value, str) and bool(limit) and len(value) > (limit or 0)
            if isinstance(column_type, String) and too_long:
                raise _refused(
                    QT_TRANSLATE_NOOP(
                        "BranchFile",
                        "The branch file %1 is damaged: %2 of %3 #%4 is longer than %5 "
                        "characters. Nothing was imported.",
                    ),
                    path.name,
                    name,
                    kind.name,
                    values["id"],
                    limit,
                )
        found.append(values)
    return found


def _check_refs(path: Path, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Every row a row names is in the file (a hand-made file may not be)."""
    ids = {name: {row["id"] for row in found} for name, found in rows.items()}
    for kind in KINDS:
        for row in rows[kind.name]:
            for column, target in kind.refs.items():
                value = row[column]
                if value is not None and value not in ids[target]:
                    raise damaged(path, f"{kind.name} #{row['id']}: {column} = {value}")


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _when(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# planning -----------------------------------------------------------------------------


def _clean_branch_name(name: str) -> str:
    cleaned = clean_line(name)
    if not cleaned:
        raise _refused(QT_TRANSLATE_NOOP("BranchFile", "Give the new branch a name."))
    if len(cleaned) > NAME_MAX:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "BranchFile", "A branch name can be at most %1 characters (this one has %2)."
            ),
            NAME_MAX,
            len(cleaned),
        )
    return cleaned


def _refuse_same_name(session: Session, name: str) -> None:
    for branch_id, existing in session.execute(select(Branch.id, Branch.name)):
        if search_key(existing) == search_key(name):
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "BranchFile",
                    "There is already a branch named %1 (id %2); import into it, or choose "
                    "another name.",
                ),
                existing,
                branch_id,
            )


def _branch_of_key(session: Session, key: str) -> Branch | None:
    return session.scalar(select(Branch).where(Branch.source_key == key).order_by(Branch.id))


def _known_branch(branch: Branch) -> BranchFileRefusedError:
    return _refused(
        QT_TRANSLATE_NOOP(
            "BranchFile",
            "Files from this branch database go to the branch %1 (id %2), where earlier "
            "files went.",
        ),
        branch.name,
        branch.id,
    )


def _plan(
    session: Session,
    content: BranchFileContent,
    chosen: int | None,
    progress: Progress | None = None,
) -> BranchImportPlan:
    own_key = session.scalar(select(LibraryProfile.install_key).order_by(LibraryProfile.id))
    if own_key and own_key == content.install_key:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "BranchFile",
                "The file %1 was made from this very database; import it into the system's "
                "database instead.",
            ),
            content.path.name,
        )
    known = _branch_of_key(session, content.install_key)
    if known is not None and chosen is not None and chosen != known.id:
        raise _known_branch(known)
    branch = known
    if branch is None and chosen is not None:
        branch = session.get(Branch, chosen)
        if branch is None:
            raise _refused(
                QT_TRANSLATE_NOOP("BranchFile", "There is no branch with id %1."), chosen
            )
        if branch.source_key:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "BranchFile",
                    "The branch %1 takes the files of another branch database; choose "
                    "another branch or make a new one.",
                ),
                branch.name,
            )
    already = False
    newer = None
    id_map: dict[tuple[str, int], int] = {}
    if branch is not None:
        already = bool(
            session.scalar(
                select(func.count())
                .select_from(BranchImport)
                .where(
                    BranchImport.branch_id == branch.id,
                    BranchImport.file_key == content.digest,
                )
            )
        )
        latest = session.scalar(
            select(func.max(BranchImport.exported_at)).where(BranchImport.branch_id == branch.id)
        )
        if (
            latest is not None
            and content.exported_at is not None
            and _aware(latest) > content.exported_at
        ):
            newer = _aware(latest)
        id_map = {
            (table, source): local
            for table, source, local in session.execute(
                select(
                    BranchImportRow.table_name, BranchImportRow.source_id, BranchImportRow.local_id
                ).where(BranchImportRow.branch_id == branch.id)
            )
        }
    planner = _Planner(session, content, branch.id if branch else None, id_map)
    actions = {}
    for kind in KINDS:
        actions[kind.name] = planner.kind(kind)
        if progress is not None and not progress(0, 0):  # the window turns meanwhile
            raise ImportCancelledError
    counts = tuple(
        KindCount(
            kind.name,
            kind.label,
            *(
                sum(1 for a in actions[kind.name] if a.action == action)
                for action in (NEW, CHANGED, UNCHANGED, MATCHED_ROW)
            ),
        )
        for kind in KINDS
    )  # fmt: skip
    return BranchImportPlan(
        content=content,
        branch_id=branch.id if branch else None,
        branch_name=branch.name if branch else "",
        known=known is not None,
        already_imported=already,
        newer_import=newer,
        counts=counts,
        actions=actions,
    )


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class _Planner:
    """Decides, row by row and kind by kind (parents first), what each row
    of the file becomes here: new, changed, unchanged, or matched to a row
    made here. `local` grows as rows are matched, for their children."""

    def __init__(
        self,
        session: Session,
        content: BranchFileContent,
        branch_id: int | None,
        id_map: dict[tuple[str, int], int],
    ) -> None:
        self.session = session
        self.content = content
        self.branch_id = branch_id
        self.id_map = id_map
        self.local: dict[tuple[str, int], int] = {}  # (kind, source id) -> id here
        self.matched_kinds: set[tuple[str, int]] = set()

    def kind(self, kind: Kind) -> list[RowAction]:
        rows = self.content.rows[kind.name]
        mapped = {
            row["id"]: self.id_map[(kind.name, row["id"])]
            for row in rows
            if (kind.name, row["id"]) in self.id_map
        }
        existing = {obj.id: obj for obj in _load(self.session, kind.model, mapped.values())}
        matched_map = {
            row["id"]: self.id_map[(kind.name + MATCHED, row["id"])]
            for row in rows
            if (kind.name + MATCHED, row["id"]) in self.id_map
        }
        matched_alive = set(_ids(self.session, kind.model, matched_map.values()))
        finder = _MATCHERS.get(kind.name)
        actions = []
        for row in rows:
            source = row["id"]
            local = mapped.get(source)
            if local is not None and local in existing:
                self.local[(kind.name, source)] = local
                changed = self._changed(kind, row, existing[local])
                actions.append(RowAction(source, CHANGED if changed else UNCHANGED, local, changed))
                continue
            here = matched_map.get(source)
            kept = here is not None and here in matched_alive
            if not kept:
                here = finder(self, row) if finder is not None else None
            if here is not None:
                self.local[(kind.name, source)] = here
                self.matched_kinds.add((kind.name, source))
                actions.append(RowAction(source, MATCHED_ROW, here, mapped=kept))
            else:
                actions.append(RowAction(source, NEW, None))
        return actions

    def ref(self, kind: Kind, row: dict[str, Any], column: str) -> int | None:
        value = row[column]
        return None if value is None else self.local.get((kind.refs[column], value))

    def _changed(self, kind: Kind, row: dict[str, Any], obj: Any) -> tuple[str, ...]:
        changed = [name for name in kind.fields if getattr(obj, name) != row[name]]
        for column in kind.refs:
            wanted = self.ref(kind, row, column)
            if row[column] is not None and wanted is None:
                changed.append(column)  # its parent is new: added on apply
            elif getattr(obj, column) != wanted:
                changed.append(column)
        return tuple(changed)

    # matching rows made here ------------------------------------------------------
    def partner(self, row: dict[str, Any]) -> int | None:
        """Same name (as search sees it) and, when both have one, the same INN."""
        inn = self.content.inn.get(row["id"], "")
        query = (
            select(Partner.id, LegalDetails.inn)
            .outerjoin(LegalDetails, LegalDetails.partner_id == Partner.id)
            .where(Partner.name_key == search_key(row["name"]))
            .order_by(Partner.id)
        )
        candidates = [(pid, (their or "").strip()) for pid, their in self.session.execute(query)]
        for pid, their in candidates:
            if inn and their == inn:
                return int(pid)
        for pid, their in candidates:
            if not inn or not their:
                return int(pid)
        return None

    def contact(self, row: dict[str, Any]) -> int | None:
        partner = self.ref(KIND_BY_NAME["contact"], row, "partner_id")
        if partner is None or ("partner", row["partner_id"]) not in self.matched_kinds:
            return None  # a partner imported earlier: its contacts are the branch's
        names = self.session.execute(
            select(Contact.id, Contact.name).where(Contact.partner_id == partner)
        )
        for contact_id, name in names:
            if search_key(name) == search_key(row["name"]):
                return int(contact_id)
        return None

    def participant(self, row: dict[str, Any]) -> int | None:
        kind = KIND_BY_NAME["collaboration_partner"]
        collaboration = self.ref(kind, row, "collaboration_id")
        partner = self.ref(kind, row, "partner_id")
        if collaboration is None or partner is None:
            return None
        return self.session.scalar(
            select(CollaborationPartner.id).where(
                CollaborationPartner.collaboration_id == collaboration,
                CollaborationPartner.partner_id == partner,
            )
        )

    def answer(self, row: dict[str, Any]) -> int | None:
        kind = KIND_BY_NAME["checklist_answer"]
        collaboration = self.ref(kind, row, "collaboration_id")
        partner = self.ref(kind, row, "partner_id")
        if collaboration is None or (row["partner_id"] is not None and partner is None):
            return None
        return self.session.scalar(
            select(ChecklistAnswer.id).where(
                ChecklistAnswer.collaboration_id == collaboration,
                ChecklistAnswer.step_key == row["step_key"],
                ChecklistAnswer.question_key == row["question_key"],
                ChecklistAnswer.partner_id.is_(None)
                if partner is None
                else ChecklistAnswer.partner_id == partner,
            )
        )

    def metric(self, row: dict[str, Any]) -> int | None:
        if self.branch_id is None:
            return None
        return self.session.scalar(
            select(Metric.id).where(
                Metric.name == row["name"],
                Metric.period_start == row["period_start"],
                Metric.branch_id == self.branch_id,
                Metric.branch == row["branch"],
                Metric.category == row["category"],
            )
        )


_MATCHERS: dict[str, Callable[[_Planner, dict[str, Any]], int | None]] = {
    "partner": _Planner.partner,
    "contact": _Planner.contact,
    "collaboration_partner": _Planner.participant,
    "checklist_answer": _Planner.answer,
    "metric": _Planner.metric,
}


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    items = sorted(set(ids))
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _load(session: Session, model: type[Any], ids: Iterable[int]) -> list[Any]:
    found: list[Any] = []
    for chunk in _chunks(ids):
        found.extend(session.scalars(select(model).where(model.id.in_(chunk))))
    return found


def _ids(session: Session, model: type[Any], ids: Iterable[int]) -> list[int]:
    found: list[int] = []
    for chunk in _chunks(ids):
        found.extend(session.scalars(select(model.id).where(model.id.in_(chunk))))
    return found


# applying -----------------------------------------------------------------------------


def _write(session: Session, plan: BranchImportPlan, progress: Progress | None) -> None:
    """Add and update what the plan says, record the map and the file."""
    assert plan.branch_id is not None
    branch_id = plan.branch_id
    content = plan.content
    local: dict[tuple[str, int], int] = {}
    for kind in KINDS:
        for action in plan.actions[kind.name]:
            if action.local_id is not None:
                local[(kind.name, action.source_id)] = action.local_id
    total = sum(len(found) for found in plan.actions.values())
    done = 0
    for kind in KINDS:
        rows = {row["id"]: row for row in content.rows[kind.name]}
        added: list[tuple[int, Any]] = []
        changed = [
            a.local_id for a in plan.actions[kind.name] if a.action == CHANGED and a.local_id
        ]
        objects = {obj.id: obj for obj in _load(session, kind.model, changed)}
        for action in plan.actions[kind.name]:
            row = rows[action.source_id]
            values = {name: row[name] for name in kind.fields}
            for column, target in kind.refs.items():
                if target != kind.name:  # a row of the same table: after the flush
                    source = row[column]
                    values[column] = None if source is None else local[(target, source)]
            if action.action == NEW:
                if kind.name in _BRANCH_COLUMN:
                    values[_BRANCH_COLUMN[kind.name]] = branch_id
                obj = kind.model(**values)
                session.add(obj)
                added.append((action.source_id, obj))
                if len(added) % _CHUNK == 0:
                    session.flush()  # in parts, so the progress dialog moves between them
            elif action.action == CHANGED:
                obj = objects[action.local_id]
                for name, value in values.items():
                    if getattr(obj, name) != value:
                        setattr(obj, name, value)
            done += 1
            report_progress(progress, done, total)
        session.flush()
        for source, obj in added:
            local[(kind.name, source)] = obj.id
        for column, target in kind.refs.items():
            if target == kind.name:
                _self_refs(session, kind, column, rows, local, added, objects)
        _record_map(session, branch_id, kind, plan.actions[kind.name], local)
    session.flush()
    summary = {c.kind: [c.new, c.changed, c.unchanged, c.matched] for c in plan.counts}
    if not plan.already_imported:  # a file applied again after an undo is known
        session.add(
            BranchImport(
                branch_id=branch_id,
                file_key=content.digest,
                exported_at=content.exported_at,
                summary=json.dumps(summary),
            )
        )


def _self_refs(
    session: Session,
    kind: Kind,
    column: str,
    rows: dict[int, dict[str, Any]],
    local: dict[tuple[str, int], int],
    added: list[tuple[int, Any]],
    changed: dict[Any, Any],
) -> None:
    """A collaboration renewed from another, a make-good promise: set once
    every row of the table has its id here."""
    targets = [(source, obj) for source, obj in added]
    by_id = {obj.id: obj for obj in changed.values()}
    targets += [(source, by_id[lid]) for (name, source), lid in local.items()
                if name == kind.name and lid in by_id]  # fmt: skip
    for source, obj in targets:
        wanted_source = rows[source][column]
        wanted = None if wanted_source is None else local.get((kind.name, wanted_source))
        if getattr(obj, column) != wanted:
            setattr(obj, column, wanted)
    session.flush()


def _record_map(
    session: Session,
    branch_id: int,
    kind: Kind,
    actions: list[RowAction],
    local: dict[tuple[str, int], int],
) -> None:
    """branch id -> id here for every row new or matched this time (a stale
    entry, whose row was deleted here, is replaced)."""
    fresh = [a for a in actions if a.action == NEW or (a.action == MATCHED_ROW and not a.mapped)]
    if not fresh:
        return
    for suffix in ("", MATCHED):
        for chunk in _chunks(a.source_id for a in fresh):
            session.execute(
                delete(BranchImportRow).where(
                    BranchImportRow.branch_id == branch_id,
                    BranchImportRow.table_name == kind.name + suffix,
                    BranchImportRow.source_id.in_(chunk),
                )
            )
    session.add_all(
        BranchImportRow(
            branch_id=branch_id,
            table_name=kind.name + (MATCHED if a.action == MATCHED_ROW else ""),
            source_id=a.source_id,
            local_id=local[(kind.name, a.source_id)],
        )
        for a in fresh
    )


def branch_choices(sessions: Sessions) -> list[tuple[int, str, str]]:
    """(id, name, source key) of every branch, for the chooser of a first file."""
    with transaction(sessions) as session:
        return [
            (int(i), str(n), str(k))
            for i, n, k in session.execute(
                select(Branch.id, Branch.name, Branch.source_key).order_by(
                    Branch.position, Branch.id
                )
            )
        ]


__all__ += ["BranchFileError", "BranchFileRefusedError", "branch_choices", "read_branch_file"]


def plan_lines(plan: BranchImportPlan, new_branch: str | None = None) -> list[Message]:
    """The preview in sentences, for the command line and the dialog's head."""
    content = plan.content
    when = content.exported_at.strftime("%Y-%m-%d %H:%M UTC") if content.exported_at else "?"
    source = content.branch_name or content.library_name or content.install_key
    lines = [
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("BranchFile", "Branch file of %1, exported %2."),
            (source, when),
        )
    ]
    if plan.known:
        lines.append(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "BranchFile",
                    "It goes to the branch %1 (id %2), where earlier files from this branch "
                    "database went.",
                ),
                (plan.branch_name, plan.branch_id),
            )
        )
    elif plan.branch_id is not None:
        lines.append(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("BranchFile", "It will be imported as the branch %1 (id %2)."),
                (plan.branch_name, plan.branch_id),
            )
        )
    elif new_branch:
        lines.append(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("BranchFile", "It will be imported as a new branch, %1."),
                (new_branch,),
            )
        )
    else:
        lines.append(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "BranchFile",
                    "This is the first file from this branch database: say which branch it "
                    "is, or make a new branch for it.",
                ),
            )
        )
    if plan.already_imported and not plan.changes_nothing:
        lines.append(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "BranchFile",
                    "This file was imported before; records it brought were changed or "
                    "deleted here since, and importing it again brings them back.",
                ),
            )
        )
    elif plan.already_imported:
        lines.append(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "BranchFile",
                    "This file was imported before: importing it again changes nothing.",
                ),
            )
        )
    elif plan.newer_import is not None:
        lines.append(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "BranchFile",
                    "A newer file from this branch was imported already (exported %1): this "
                    "one would bring back older data.",
                ),
                (plan.newer_import.strftime("%Y-%m-%d %H:%M UTC"),),
            )
        )
    elif plan.changes_nothing:
        lines.append(Message(CONTEXT, QT_TRANSLATE_NOOP("BranchFile", "Nothing would change.")))
    return lines


def count_line(count: KindCount) -> Message:
    """ "Collaborations: 2 new, 1 changed, 5 unchanged" (and the matched ones)."""
    label = Message(CONTEXT, count.label)
    if count.matched:
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "BranchFile",
                "%1: %2 new, %3 changed, %4 unchanged, %5 matched to records already here "
                "(left as they are)",
            ),
            (label, count.new, count.changed, count.unchanged, count.matched),
        )
    return Message(
        CONTEXT,
        QT_TRANSLATE_NOOP("BranchFile", "%1: %2 new, %3 changed, %4 unchanged"),
        (label, count.new, count.changed, count.unchanged),
    )
