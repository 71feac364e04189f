"""Commitments in and out of files (CSV, XLSX). A row names its
collaboration by title and its partner by name; dates are read only in
the explicit formats 31.12.2026 and 2026-12-31, so a day is never taken
for a month. Planning writes nothing; applying is one transaction."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import select

from collabdesk.domain.collaboration import Collaboration, CollaborationPartner
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.enums import CommitmentStatus, Direction
from collabdesk.domain.partner import Partner
from collabdesk.domain.text import search_key
from collabdesk.services.commitment_moves import delivery_date_problem
from collabdesk.services.commitment_records import CommitmentDraft, _clean
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, RowRefusedError, ValidationError
from collabdesk.services.partner_transfer import (
    Progress,
    RowProblem,
    damaged_rows,
    duplicate,
    guess_mapping,
    report_progress,
)
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

CONTEXT = "CommitmentImport"

COMMITMENT_FIELDS: dict[str, tuple[str, ...]] = {
    "collaboration": ("collaboration", "сотрудничество", "проект", "коллаборация"),
    "partner": ("partner", "партнер", "партнёр"),
    "direction": ("direction", "направление", "кто дает", "кто дает"),
    "description": ("description", "описание", "обязательство", "что"),
    "quantity": ("quantity", "количество", "кол во"),
    "unit": ("unit", "единица", "ед"),
    "due_on": ("due", "due on", "срок", "дата"),
    "owner": ("owner", "ответственный"),
    "status": ("status", "статус"),
    "value": ("value", "стоимость", "сумма"),
    "currency": ("currency", "валюта"),
    "delivered_on": ("delivered", "delivered on", "выполнено", "дата выполнения"),
}
EXPORT_HEADERS = (
    "Collaboration", "Partner", "Direction", "Description", "Quantity", "Unit", "Due",
    "Owner", "Status", "Value", "Currency", "Delivered",
)  # fmt: skip
_DIRECTIONS = {
    "library": Direction.LIBRARY_GIVES, "библиотека": Direction.LIBRARY_GIVES,
    "partner": Direction.PARTNER_GIVES, "партнер": Direction.PARTNER_GIVES,
}  # fmt: skip
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _field(label: str) -> Message:
    """A field's name, marked QT_TRANSLATE_NOOP("Field", …) by the caller."""
    return Message("Field", label)


def parse_date(text: str, label: str) -> date | None:
    """31.12.2026 or 2026-12-31; anything else is refused, never guessed."""
    text = text.strip()
    if not text:
        return None
    dotted, iso = _DOTTED.match(text), _ISO.match(text)
    try:
        if dotted:
            return date(int(dotted[3]), int(dotted[2]), int(dotted[1]))
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
    except ValueError as exc:
        raise RowRefusedError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("CommitmentImport", "%1 “%2” is not a real date"),
                (_field(label), text),
            )
        ) from exc
    raise RowRefusedError(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "CommitmentImport", "%1 “%2” is not a date like 31.12.2026 or 2026-12-31"
            ),
            (_field(label), text),
        )
    )


def parse_number(text: str, label: str) -> Decimal | None:
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:
        raise RowRefusedError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("CommitmentImport", "%1 “%2” is not a number"),
                (_field(label), text),
            )
        ) from exc


def _choice(text: str, label: str) -> CommitmentStatus | None:
    key = search_key(text).replace(" ", "_")
    if not key:
        return None
    for member in CommitmentStatus:
        if key == member.value:
            return member
    allowed = ", ".join(m.value for m in CommitmentStatus)
    raise RowRefusedError(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("CommitmentImport", "%1 “%2” is not one of %3"),
            (_field(label), text, allowed),
        )
    )


def _direction(text: str) -> Direction:
    key = search_key(text).replace(" ", "_")
    for member in Direction:
        if key == member.value:
            return member
    for word, member in _DIRECTIONS.items():
        if key.startswith(word):
            return member
    raise RowRefusedError(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "CommitmentImport", "Direction “%1” is not library_gives or partner_gives"
            ),
            (text,),
        )
    )


@dataclass(frozen=True)
class CommitmentPlan:
    table: Table
    to_add: tuple[tuple[int, int, CommitmentDraft], ...]  # row, collaboration id, draft
    rejected: tuple[RowProblem, ...]
    duplicates: tuple[RowProblem, ...]
    damaged: tuple[RowProblem, ...] = ()  # rows the file holds damaged: never imported


def _check_rules(draft: CommitmentDraft, today: date) -> None:
    """The rules the tracker applies to a promise, applied to a file's row."""
    if draft.quantity is not None and draft.quantity < 0:
        raise RowRefusedError(
            Message(CONTEXT, QT_TRANSLATE_NOOP("CommitmentImport", "the quantity is negative"))
        )
    if draft.value is not None and draft.value < 0:
        raise RowRefusedError(
            Message(CONTEXT, QT_TRANSLATE_NOOP("CommitmentImport", "the value is negative"))
        )
    if draft.delivered_on is not None:
        problem = delivery_date_problem(draft.delivered_on, today)
        if problem is not None:
            raise RowRefusedError(problem.text)
    if draft.status is CommitmentStatus.WAIVED:
        raise RowRefusedError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "CommitmentImport",
                    "a waived promise needs its reason: import it open and waive it in the tracker",
                ),
            )
        )


class CommitmentTransfer:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def read(self, path: Path) -> Table:
        refuse_own_database(path, database_of(self._sessions))
        return read_path(path)

    def plan(self, table: Table, mapping: Mapping[int, str] | None = None) -> CommitmentPlan:
        mapping = dict(
            guess_mapping(table.headers, COMMITMENT_FIELDS) if mapping is None else mapping
        )
        missing = {"collaboration", "direction", "description"} - set(mapping.values())
        if missing:
            raise FileFormatError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "CommitmentImport", "Columns for %1 are missing. Columns found: %2."
                    ),
                    (", ".join(sorted(missing)), ", ".join(table.headers) or "—"),
                )
            )
        with transaction(self._sessions) as session:
            titles: dict[str, list[int]] = {}
            for i, t in session.execute(select(Collaboration.id, Collaboration.title)):
                titles.setdefault(search_key(t), []).append(i)
            taking_part: dict[int, set[int]] = {}
            for c, p in session.execute(
                select(CollaborationPartner.collaboration_id, CollaborationPartner.partner_id)
            ):
                taking_part.setdefault(c, set()).add(p)
            partners = {
                search_key(n): i for i, n in session.execute(select(Partner.id, Partner.name))
            }
            existing = {
                (c, d.value, search_key(text))
                for c, d, text in session.execute(
                    select(
                        Commitment.collaboration_id, Commitment.direction, Commitment.description
                    )
                )
            }
        today = date.today()
        to_add: list[tuple[int, int, CommitmentDraft]] = []
        rejected: list[RowProblem] = []
        duplicates: list[RowProblem] = []
        seen: dict[tuple[int, str, str], int] = {}
        for number, row in zip(table.row_numbers, table.rows, strict=True):
            values = {name: row[i] if i < len(row) else "" for i, name in mapping.items()}
            label = " ".join(values.get("description", "").split())[:80]
            try:
                same_title = titles.get(search_key(values["collaboration"]), [])
                if not same_title:
                    raise RowRefusedError(
                        Message(
                            CONTEXT,
                            QT_TRANSLATE_NOOP("CommitmentImport", "there is no collaboration “%1”"),
                            (values["collaboration"],),
                        )
                    )
                if len(same_title) > 1:
                    # A renewed collaboration keeps its title: guessing the year
                    # would file promises under the wrong one.
                    raise RowRefusedError(
                        Message(
                            CONTEXT,
                            QT_TRANSLATE_NOOP(
                                "CommitmentImport",
                                "%1 collaborations are called “%2”; rename one (e.g. add the "
                                "year) first",
                            ),
                            (len(same_title), values["collaboration"]),
                        )
                    )
                collab = same_title[0]
                partner_name = values.get("partner", "").strip()
                partner_id = partners.get(search_key(partner_name)) if partner_name else None
                if partner_name and partner_id is None:
                    raise RowRefusedError(
                        Message(
                            CONTEXT,
                            QT_TRANSLATE_NOOP("CommitmentImport", "there is no partner “%1”"),
                            (partner_name,),
                        )
                    )
                if partner_id is not None and partner_id not in taking_part.get(collab, set()):
                    raise RowRefusedError(
                        Message(
                            CONTEXT,
                            QT_TRANSLATE_NOOP(
                                "CommitmentImport", "“%1” does not take part in “%2”"
                            ),
                            (partner_name, values["collaboration"]),
                        )
                    )
                draft = _clean(
                    CommitmentDraft(
                        direction=_direction(values["direction"]),
                        description=values["description"],
                        partner_id=partner_id,
                        quantity=parse_number(
                            values.get("quantity", ""), QT_TRANSLATE_NOOP("Field", "Quantity")
                        ),
                        unit=values.get("unit", ""),
                        due_on=parse_date(
                            values.get("due_on", ""), QT_TRANSLATE_NOOP("Field", "Due date")
                        ),
                        owner=values.get("owner", ""),
                        status=_choice(
                            values.get("status", ""), QT_TRANSLATE_NOOP("Field", "Status")
                        )
                        or CommitmentStatus.PLANNED,
                        value=parse_number(
                            values.get("value", ""), QT_TRANSLATE_NOOP("Field", "Value")
                        ),
                        currency=values.get("currency", "") or "RUB",
                        delivered_on=parse_date(
                            values.get("delivered_on", ""),
                            QT_TRANSLATE_NOOP("Field", "Delivered date"),
                        ),
                    )
                )
                _check_rules(draft, today)
            except ValidationError as exc:
                rejected.append(RowProblem(number, label, str(exc), problems=exc.problems))
                continue
            except RowRefusedError as exc:
                rejected.append(RowProblem(number, label, str(exc), message=exc.message))
                continue
            key = (collab, draft.direction.value, search_key(draft.description))
            if key in existing:
                already = QT_TRANSLATE_NOOP("CommitmentImport", "already in this collaboration")
                duplicates.append(duplicate(number, label, Message("CommitmentImport", already)))
            elif key in seen:
                same = QT_TRANSLATE_NOOP("CommitmentImport", "the same as row %1")
                duplicates.append(
                    duplicate(number, label, Message("CommitmentImport", same, (seen[key],)))
                )
            else:
                seen[key] = number
                to_add.append((number, collab, draft))
        return CommitmentPlan(
            table, tuple(to_add), tuple(rejected), tuple(duplicates), damaged_rows(table)
        )

    def apply(self, plan: CommitmentPlan, progress: Progress | None = None) -> int:
        """Add every planned commitment in ONE transaction (a bulk insert,
        one change-log entry for the import), or none."""
        from collabdesk.services.commitment_bulk import insert_commitments

        rows = [(collab, draft) for _row, collab, draft in plan.to_add]
        with transaction(self._sessions, "commitment") as session:
            insert_commitments(
                session, rows, lambda done, total: report_progress(progress, done, total)
            )
        return len(rows)

    def export_rows(self) -> list[tuple[str, ...]]:
        def text(value: object) -> str:
            if value is None:
                return ""
            if isinstance(value, date):
                return value.strftime("%d.%m.%Y")
            return str(value)

        with transaction(self._sessions) as session:
            rows = session.execute(
                select(Commitment, Collaboration.title)
                .join(Collaboration, Commitment.collaboration_id == Collaboration.id)
                .order_by(Collaboration.title, Commitment.id)
            ).all()
            return [
                (
                    title, c.partner.name if c.partner else "", c.direction.value, c.description,
                    text(c.quantity), c.unit, text(c.due_on), c.owner, c.status.value,
                    text(c.value), c.currency, text(c.delivered_on),
                )
                for c, title in rows
            ]  # fmt: skip

    def export(self, path: Path) -> int:
        rows = self.export_rows()
        suffix = path.suffix.lower()
        if suffix == ".xlsx":
            write_xlsx(path, EXPORT_HEADERS, rows)
        elif suffix in (".csv", ".txt", ""):
            write_csv(path, EXPORT_HEADERS, rows)
        else:
            raise FileFormatError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "CommitmentImport", "Cannot export commitments to “%1”; use .csv or .xlsx."
                    ),
                    (path.suffix,),
                )
            )
        return len(rows)
