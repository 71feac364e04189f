"""Agreements of a collaboration: prepared (content, version, merge data and
what is missing), recorded once written (version, date, the file), and the
signed scan attached with its signing date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from collabdesk.domain.agreement import Agreement
from collabdesk.domain.message import joined
from collabdesk.domain.partner import Partner
from collabdesk.services.agreement_content import (
    DocumentContent,
    gather_document,
    missing_for_agreement,
)
from collabdesk.services.agreement_fields import agreement_fields
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    Message,
    NotFoundError,
    ServiceError,
)
from collabdesk.services.legal_details import MissingDetail
from collabdesk.services.transaction import Sessions, transaction

CONTEXT = "Agreements"
SCAN_MAX = 30 * 1024 * 1024
SCAN_SIGNATURES = (b"%PDF", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


@dataclass(frozen=True)
class PreparedAgreement:
    content: DocumentContent
    number: int  # the version this one will be
    written_on: date
    fields: dict[str, Any]  # the merge data (services/merge_fields.py)
    missing: tuple[MissingDetail, ...]  # nothing is written while this is not empty


@dataclass(frozen=True)
class AgreementRecord:
    id: int
    collaboration_id: int
    partner_id: int
    partner_name: str
    version: int
    language: str
    written_at: datetime
    file_name: str
    signed_on: date | None
    signed_scan_name: str


class MissingDetailsError(ServiceError):
    """The document would leave these blank; each is named."""

    def __init__(self, missing: tuple[MissingDetail, ...]) -> None:
        self.missing = missing
        super().__init__(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Agreements", "Not written: these details are missing: %1."),
                (_grouped(missing),),
            )
        )


def _grouped(missing: tuple[MissingDetail, ...]) -> Message:
    """ "Library: Legal name, INN; Partner: Signatory": one group per party."""
    parties: dict[str, tuple[str | Message, list[Message]]] = {}
    for item in missing:
        key = str(item.party)
        parties.setdefault(key, (item.party, []))[1].append(Message("Field", item.label))
    return joined(
        [
            Message("", "%1: %2", (party, joined(labels, ", ")))  # no words to translate
            for party, labels in parties.values()
        ]
    )


def _record(row: Agreement, partner_name: str) -> AgreementRecord:
    return AgreementRecord(
        row.id,
        row.collaboration_id,
        row.partner_id,
        partner_name,
        row.version,
        row.language,
        row.written_at,
        row.file_name,
        row.signed_on,
        row.signed_scan_name,
    )


class AgreementService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def prepare(
        self,
        collaboration_id: int,
        partner_id: int | None = None,
        language: str | None = None,
        today: date | None = None,
    ) -> PreparedAgreement:
        """Read once: the content, the next version, the merge data, and
        the details still missing (named, so nothing is left blank)."""
        with transaction(self._sessions) as session:
            content = gather_document(session, collaboration_id, partner_id, language)
            last = session.scalar(
                select(func.max(Agreement.version)).where(
                    Agreement.collaboration_id == collaboration_id,
                    Agreement.partner_id == content.partner_id,
                )
            )
        number = (last or 0) + 1
        written_on = today or date.today()
        return PreparedAgreement(
            content,
            number,
            written_on,
            agreement_fields(content, number, written_on),
            tuple(missing_for_agreement(content)),
        )

    def record(self, prepared: PreparedAgreement, file_name: str, data: bytes) -> AgreementRecord:
        """Keep the agreement as written with the collaboration."""
        content = prepared.content
        with transaction(self._sessions, "agreement") as session:
            row = Agreement(
                collaboration_id=content.collaboration_id,
                partner_id=content.partner_id,
                version=prepared.number,
                language=content.language,
                file_name=file_name[:300],
                document=data,
            )
            session.add(row)
            session.flush()
            return _record(row, content.partner.name)

    def list(self, collaboration_id: int) -> list[AgreementRecord]:
        with transaction(self._sessions) as session:
            rows = session.execute(
                select(Agreement, Partner.name)
                .join(Partner, Partner.id == Agreement.partner_id)
                .where(Agreement.collaboration_id == collaboration_id)
                .order_by(Partner.name, Agreement.version)
            ).all()
            return [_record(row, name) for row, name in rows]

    def signed(self, collaboration_id: int) -> dict[int, AgreementRecord | None]:
        """Per partner with an agreement written: its signed one (the latest
        version signed), or None while none is signed."""
        shown: dict[int, AgreementRecord | None] = {}
        for record in self.list(collaboration_id):
            if record.signed_on is not None:
                shown[record.partner_id] = record
            else:
                shown.setdefault(record.partner_id, None)
        return shown

    def attach_signed(self, agreement_id: int, path: Path, signed_on: date) -> AgreementRecord:
        """The signed scan (PDF, PNG or JPEG), kept in the data with its date."""
        try:
            if path.stat().st_size > SCAN_MAX:
                raise _refuse(QT_TRANSLATE_NOOP("Agreements", "The scan is larger than 30 MB."))
            data = path.read_bytes()
        except OSError as exc:
            raise _refuse(
                QT_TRANSLATE_NOOP("Agreements", "The scan cannot be read: %1"),
                exc.strerror or exc.__class__.__name__,
            ) from exc
        if not data.startswith(SCAN_SIGNATURES):
            raise _refuse(
                QT_TRANSLATE_NOOP("Agreements", "The signed scan must be a PDF, PNG or JPEG file.")
            )
        if signed_on > date.today():
            raise _refuse(
                QT_TRANSLATE_NOOP("Agreements", "The signing date %1 is in the future."),
                signed_on.isoformat(),
            )
        with transaction(self._sessions, "agreement", agreement_id) as session:
            row = session.get(Agreement, agreement_id)
            if row is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("Agreements", "There is no agreement with id %1."),
                        (agreement_id,),
                    )
                )
            row.signed_on = signed_on
            row.signed_scan = data
            row.signed_scan_name = path.name[:300]
            partner = session.get(Partner, row.partner_id)
            return _record(row, partner.name if partner else "")

    def latest(self, collaboration_id: int, partner_id: int | None) -> AgreementRecord:
        """The last agreement written (for the partner, when given)."""
        found = [
            record
            for record in self.list(collaboration_id)
            if partner_id is None or record.partner_id == partner_id
        ]
        if not found:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Agreements", "No agreement has been written for collaboration %1 yet."
                ),
                collaboration_id,
            )
        if partner_id is None and len({r.partner_id for r in found}) > 1:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Agreements",
                    "Collaboration %1 has agreements with several partners; say which.",
                ),
                collaboration_id,
            )
        return max(found, key=lambda record: record.written_at)


def _refuse(template: str, *args: object) -> ServiceError:
    return ServiceError(Message(CONTEXT, template, tuple(args)))
