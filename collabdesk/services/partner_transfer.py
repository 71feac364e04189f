"""Partners in and out of files: plan an import, apply it in one
transaction, export to CSV, XLSX or vCard.

An import is first planned without writing: every row becomes a draft to
add, a rejection (row number and reason), a damaged row the file reader
left out (wrong field count, NUL, undecodable bytes) or a flagged duplicate (same name
by search_key — case, ё/е, spacing and punctuation ignored — or the same
e-mail, in the database or earlier in the file). Applying the plan adds
all drafts in one transaction, or none when cancelled or failing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from collabdesk.domain.enums import PartnerKind, PartnerStatus
from collabdesk.domain.partner import Partner
from collabdesk.domain.text import search_key
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    RowRefusedError,
    ServiceError,
    ValidationError,
)
from collabdesk.services.partner_bulk import row_values
from collabdesk.services.partners import PartnerDraft, check_draft, clean_draft
from collabdesk.services.tabular import (
    FileFormatError,
    Table,
    read_path,
    refuse_own_database,
    write_csv,
    write_xlsx,
)
from collabdesk.services.transaction import Sessions, transaction
from collabdesk.store.data_files import database_of

# Field → header names recognised without a mapping (compared by search_key).
PARTNER_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("name", "название", "наименование", "организация", "partner", "партнер", "company"),
    "kind": ("kind", "type", "тип", "вид"),
    "status": ("status", "статус"),
    "city": ("city", "город", "населенный пункт"),
    "email": ("email", "e mail", "почта", "электронная почта", "эл почта"),
    "phone": ("phone", "телефон", "тел"),
    "website": ("website", "web site", "site", "url", "сайт"),
    "notes": ("notes", "note", "примечание", "примечания", "комментарий", "заметки"),
    "owner": ("owner", "ответственный"),
    "tags": ("tags", "теги", "метки"),
    "values_notes": ("values", "ценности"),
}
EXPORT_HEADERS = (
    "Name",
    "Kind",
    "Status",
    "City",
    "Email",
    "Phone",
    "Website",
    "Notes",
    "Owner",
    "Tags",
    "Values",
)
EXPORT_FIELDS = (
    "name",
    "kind",
    "status",
    "city",
    "email",
    "phone",
    "website",
    "notes",
    "owner",
    "tags",
    "values_notes",
)
_KIND_WORDS = {
    "бизнес": PartnerKind.BUSINESS, "компания": PartnerKind.BUSINESS,
    "инвестор": PartnerKind.INVESTOR, "художник": PartnerKind.ARTIST,
    "дизайнер": PartnerKind.DESIGNER, "сми": PartnerKind.MEDIA,
    "нко": PartnerKind.NON_PROFIT, "власть": PartnerKind.GOVERNMENT,
    "другое": PartnerKind.OTHER,
}  # fmt: skip
_STATUS_WORDS = {
    "потенциальный": PartnerStatus.PROSPECT, "активный": PartnerStatus.ACTIVE,
    "бывший": PartnerStatus.FORMER, "отказ": PartnerStatus.DECLINED,
}  # fmt: skip

Progress = Callable[[int, int], bool]  # (done, total) → False to cancel

CONTEXT = "PartnerImport"  # of the translations of the duplicate reasons


class ImportCancelledError(ServiceError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "PartnerImport", "The import was cancelled; nothing was imported."
                ),
            )
        )


def report_progress(progress: Progress | None, done: int, total: int) -> None:
    """Tell `progress` every 100 rows and at the end; it may cancel."""
    if progress is not None and (done % 100 == 0 or done == total) and not progress(done, total):
        raise ImportCancelledError


@dataclass(frozen=True)
class RowProblem:
    """Why a row is not imported: `reason` in English (CLI, logs), and for
    the window the field problems or the Message it translates."""

    row: int
    name: str
    reason: str
    problems: tuple[FieldProblem, ...] = ()
    message: Message | None = None


def duplicate(row: int, name: str, message: Message) -> RowProblem:
    return RowProblem(row, name, str(message), message=message)


def damaged_rows(table: Table) -> tuple[RowProblem, ...]:
    """The rows the file reader left out (tabular.DamagedRow), as plans list them."""
    return tuple(RowProblem(d.row, "", str(d.message), message=d.message) for d in table.damaged)


@dataclass(frozen=True)
class ImportPlan:
    table: Table
    mapping: Mapping[int, str]
    to_add: tuple[tuple[int, PartnerDraft], ...]
    rejected: tuple[RowProblem, ...]
    duplicates: tuple[RowProblem, ...]
    unmapped: tuple[str, ...] = field(default_factory=tuple)
    damaged: tuple[RowProblem, ...] = ()  # rows the file holds damaged: never imported
    # Each row to add as partner_bulk.row_values, made while planning (in
    # the window's worker) so that applying only writes.
    values: tuple[tuple[object, ...], ...] = ()


def guess_mapping(
    headers: tuple[str, ...], fields: Mapping[str, tuple[str, ...]] = PARTNER_FIELDS
) -> dict[int, str]:
    """Column index → field for headers this program recognises."""
    lookup = {search_key(alias): name for name, aliases in fields.items() for alias in aliases}
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        name = lookup.get(search_key(header))
        if name and name not in mapping.values():
            mapping[index] = name
    return mapping


def _choice(
    value: str,
    enum: type[PartnerKind] | type[PartnerStatus],
    words: Mapping[str, object],
    label: str,
) -> object:
    key = search_key(value)
    if not key:
        return None
    for member in enum:
        if key in (member.value, search_key(member.value)):
            return member
    if key in words:
        return words[key]
    allowed = ", ".join(m.value for m in enum)
    raise RowRefusedError(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("PartnerImport", "%1 “%2” is not one of %3"),
            (Message("Field", label), value, allowed),
        )
    )


def _draft(values: Mapping[str, str]) -> PartnerDraft:
    kind = _choice(
        values.get("kind", ""), PartnerKind, _KIND_WORDS, QT_TRANSLATE_NOOP("Field", "Kind")
    )
    status = _choice(
        values.get("status", ""), PartnerStatus, _STATUS_WORDS, QT_TRANSLATE_NOOP("Field", "Status")
    )
    tags = tuple(
        t.strip() for t in values.get("tags", "").replace(";", ",").split(",") if t.strip()
    )
    return clean_draft(
        PartnerDraft(
            name=values.get("name", ""),
            kind=kind if isinstance(kind, PartnerKind) else PartnerKind.BUSINESS,
            status=status if isinstance(status, PartnerStatus) else PartnerStatus.PROSPECT,
            city=values.get("city", ""),
            email=values.get("email", ""),
            phone=values.get("phone", ""),
            website=values.get("website", ""),
            notes=values.get("notes", ""),
            owner=values.get("owner", ""),
            values_notes=values.get("values_notes", ""),
            tags=tags,
        )
    )


class PartnerTransfer:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    @property
    def sessions(self) -> Sessions:
        return self._sessions

    def read(self, path: Path) -> Table:
        refuse_own_database(path, database_of(self._sessions))
        return read_path(path)

    def plan(self, table: Table, mapping: Mapping[int, str] | None = None) -> ImportPlan:
        """What importing `table` would do; writes nothing."""
        mapping = dict(guess_mapping(table.headers) if mapping is None else mapping)
        if "name" not in mapping.values():
            raise FileFormatError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "PartnerImport",
                        "No column holds the partner's name. Name one column “Name” or "
                        "“Название”, or map it by hand. Columns found: %1.",
                    ),
                    (", ".join(table.headers) or "—",),
                )
            )
        with transaction(self._sessions) as session:
            # name_key is search_key(name), kept by the mapper events and the bulk insert.
            # The driver's own cursor: 100,000 names without a result object per row.
            cursor = session.connection().connection.cursor()
            cursor.execute("SELECT name_key FROM partner")
            known_names = {key for (key,) in cursor.fetchall()}
            cursor.execute("SELECT email FROM partner WHERE email <> ''")
            known_emails = {email.casefold() for (email,) in cursor.fetchall()}
            cursor.close()
        to_add: list[tuple[int, PartnerDraft]] = []
        prepared: list[tuple[object, ...]] = []
        rejected: list[RowProblem] = []
        duplicates: list[RowProblem] = []
        seen_names: dict[str, int] = {}
        seen_emails: dict[str, int] = {}
        for number, row in zip(table.row_numbers, table.rows, strict=True):
            values = {
                name: row[index] if index < len(row) else "" for index, name in mapping.items()
            }
            label = " ".join(values.get("name", "").split())[:80]
            try:
                draft = _draft(values)
                check_draft(draft)
            except ValidationError as exc:
                rejected.append(RowProblem(number, label, str(exc), problems=exc.problems))
                continue
            except RowRefusedError as exc:
                rejected.append(RowProblem(number, label, str(exc), message=exc.message))
                continue
            key, email = search_key(draft.name), draft.email.casefold()
            reason = None
            if key in known_names:
                reason = Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "PartnerImport", "a partner with this name is already in the database"
                    ),
                )
            elif email and email in known_emails:
                reason = Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "PartnerImport", "a partner with the e-mail %1 is already in the database"
                    ),
                    (draft.email,),
                )
            elif key in seen_names:
                reason = Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("PartnerImport", "the same name as row %1"),
                    (seen_names[key],),
                )
            elif email and email in seen_emails:
                reason = Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("PartnerImport", "the same e-mail as row %1"),
                    (seen_emails[email],),
                )
            if reason:
                duplicates.append(duplicate(number, draft.name, reason))
                continue
            seen_names[key] = number
            if email:
                seen_emails[email] = number
            to_add.append((number, draft))
            prepared.append(row_values(draft, key))
        unmapped = tuple(h for i, h in enumerate(table.headers) if i not in mapping and h)
        return ImportPlan(
            table,
            mapping,
            tuple(to_add),
            tuple(rejected),
            tuple(duplicates),
            unmapped,
            damaged_rows(table),
            tuple(prepared),
        )

    def apply(self, plan: ImportPlan, progress: Progress | None = None) -> int:
        """Add every planned partner in ONE transaction (a bulk insert, one
        change-log entry for the whole import); on cancel or any failure
        nothing is added. Returns how many were added."""
        from collabdesk.services.partner_bulk import insert_partners

        drafts = [draft for _number, draft in plan.to_add]
        with transaction(self._sessions, "partner") as session:
            insert_partners(
                session,
                drafts,
                lambda done, total: report_progress(progress, done, total),
                plan.values if len(plan.values) == len(drafts) else None,
            )
        return len(drafts)

    def export_rows(self) -> list[tuple[str, ...]]:
        with transaction(self._sessions) as session:
            partners = session.scalars(
                select(Partner)
                .options(selectinload(Partner.tags))  # one query for all tags, not one each
                .order_by(func.lower(Partner.name), Partner.id)
            )
            return [
                (
                    p.name, p.kind.value, p.status.value, p.city, p.email, p.phone, p.website,
                    p.notes, p.owner, ", ".join(t.name for t in p.tags), p.values_notes,
                )
                for p in partners
            ]  # fmt: skip

    def export(self, path: Path) -> int:
        """Write every partner to `path` (.csv, .xlsx or .vcf); returns the count."""
        rows = self.export_rows()
        suffix = path.suffix.lower()
        if suffix == ".xlsx":
            write_xlsx(path, EXPORT_HEADERS, rows)
        elif suffix in (".vcf", ".vcard"):
            from collabdesk.services.tabular import _write_atomically
            from collabdesk.services.vcard import write_vcards

            cards = [(r[0], r[4], r[5], r[6], r[3], r[7]) for r in rows]
            _write_atomically(path, write_vcards(cards).encode("utf-8"))
        elif suffix in (".csv", ".txt", ""):
            write_csv(path, EXPORT_HEADERS, rows)
        else:
            raise FileFormatError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "PartnerImport", "Cannot export to “%1” files; use .csv, .xlsx or .vcf."
                    ),
                    (path.suffix,),
                )
            )
        return len(rows)
