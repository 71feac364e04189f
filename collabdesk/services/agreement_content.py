"""What an agreement or an act of transfer says, read from the ledger in one
transaction: the two parties with their legal details, the collaboration,
and the promises of each side. Plain frozen records; no Qt, no reportlab."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from collabdesk.domain.collaboration import Collaboration, CollaborationPartner
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.enums import CommitmentStatus, Direction, PartnerRole, ValuationMethod
from collabdesk.domain.legal import LegalDetails
from collabdesk.domain.library import LibraryProfile
from collabdesk.domain.partner import Contact, Partner
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, NotFoundError, ServiceError
from collabdesk.services.legal_details import LegalDraft, MissingDetail, missing_details
from collabdesk.services.library_face import library_face, resolve_scope
from collabdesk.services.pitch_language import in_language
from collabdesk.services.pitch_model import LibraryInfo
from collabdesk.services.pitch_queries import read_library
from collabdesk.services.plain_rows import connection_run

CONTEXT = "Agreements"


@dataclass(frozen=True)
class Party:
    name: str
    legal: LegalDraft
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""


@dataclass(frozen=True)
class Promise:
    id: int
    direction: Direction
    what: str
    quantity: Decimal | None
    unit: str
    due_on: date | None
    owner: str
    value: Decimal | None
    currency: str
    method: ValuationMethod | None
    status: CommitmentStatus
    delivered_on: date | None
    partner_id: int | None


@dataclass(frozen=True)
class DocumentContent:
    """Everything one agreement (or act) prints, in one language."""

    collaboration_id: int
    partner_id: int
    language: str
    title: str
    idea: str
    starts_on: date | None
    ends_on: date | None
    city: str
    library: Party
    partner: Party
    promises: tuple[Promise, ...]  # both sides, in due order

    def of(self, direction: Direction) -> tuple[Promise, ...]:
        return tuple(p for p in self.promises if p.direction is direction)


def _legal(session: Session, partner_id: int | None) -> LegalDraft:
    query = select(LegalDetails)
    query = query.where(
        LegalDetails.partner_id.is_(None)
        if partner_id is None
        else LegalDetails.partner_id == partner_id
    )
    row = session.scalars(query.order_by(LegalDetails.id)).first()
    if row is None:
        return LegalDraft()
    return LegalDraft(**{name: getattr(row, name) for name in LegalDraft.__dataclass_fields__})


def _refuse(template: str, *args: object) -> ServiceError:
    return ServiceError(Message(CONTEXT, template, tuple(args)))


def chosen_partner(session: Session, collaboration_id: int, partner_id: int | None) -> Partner:
    """The partner the document is for: the one asked for, which must take
    part, or the only partner; with several, which one must be said."""
    rows = session.execute(
        select(CollaborationPartner.partner_id, Partner.name)
        .join(Partner, Partner.id == CollaborationPartner.partner_id)
        .where(
            CollaborationPartner.collaboration_id == collaboration_id,
            CollaborationPartner.role == PartnerRole.PARTNER,
        )
        .order_by(Partner.name)
    ).all()
    if partner_id is not None:
        if all(row[0] != partner_id for row in rows):
            raise NotFoundError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Agreements", "Partner %1 does not take part in collaboration %2."
                    ),
                    (partner_id, collaboration_id),
                )
            )
    elif not rows:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Agreements", "Collaboration %1 has no partner yet to write a document for."
            ),
            collaboration_id,
        )
    elif len(rows) > 1:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Agreements",
                "Collaboration %1 has several partners; one document is written per partner. "
                "Say which: %2.",
            ),
            collaboration_id,
            ", ".join(f"{row[1]} ({row[0]})" for row in rows),
        )
    else:
        partner_id = rows[0][0]
    partner = session.get(Partner, partner_id)
    assert partner is not None
    return partner


def gather_document(
    session: Session, collaboration_id: int, partner_id: int | None, language: str | None
) -> DocumentContent:
    collab = session.get(Collaboration, collaboration_id)
    if collab is None:
        raise NotFoundError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Agreements", "There is no collaboration with id %1."),
                (collaboration_id,),
            )
        )
    partner = chosen_partner(session, collaboration_id, partner_id)
    profile = session.scalars(select(LibraryProfile).order_by(LibraryProfile.id)).first()
    data_language = (profile.default_language if profile else "ru") or "ru"
    lang = language or data_language
    translate = lang != data_language
    contact = session.scalars(
        select(Contact).where(Contact.partner_id == partner.id).order_by(Contact.id)
    ).first()
    promises = tuple(
        Promise(
            row.id,
            row.direction,
            in_language(row.description, row.description_translation, translate)[0],
            row.quantity,
            row.unit,
            row.due_on,
            row.owner,
            row.value,
            row.currency or "RUB",
            row.valuation_method,
            row.status,
            row.delivered_on,
            row.partner_id,
        )
        for row in session.scalars(
            select(Commitment)
            .where(
                Commitment.collaboration_id == collaboration_id,
                (Commitment.partner_id == partner.id)
                | (
                    (Commitment.direction == Direction.LIBRARY_GIVES)
                    & Commitment.partner_id.is_(None)
                ),
            )
            .order_by(Commitment.due_on, Commitment.id)
        )
    )
    face = _branch_face(session, collaboration_id)
    library = Party(  # the legal person is the system; who signs and answers, the branch's
        face.name,
        _legal(session, None),
        face.signatory_name or face.contact_name,
        face.contact_email or face.email,
        face.contact_phone or face.phone,
    )
    other = Party(
        partner.name,
        _legal(session, partner.id),
        contact.name if contact else "",
        (contact.email if contact and contact.email else partner.email),
        (contact.phone if contact and contact.phone else partner.phone),
    )
    return DocumentContent(
        collaboration_id,
        partner.id,
        lang,
        in_language(collab.title, collab.title_translation, translate)[0],
        in_language(collab.idea, collab.idea_translation, translate)[0],
        collab.starts_on,
        collab.ends_on,
        face.city,
        library,
        other,
        promises,
    )


def _branch_face(session: Session, collaboration_id: int) -> LibraryInfo:
    """The library as the collaboration's branch presents it
    (services/library_face): its signatory, contact, phone and city."""
    run = connection_run(session.connection())
    scope = resolve_scope(run, None, collaboration_id)
    return library_face(run, read_library(run), scope, date.today())


def missing_parties(content: DocumentContent) -> list[MissingDetail]:
    """Every legal detail either party lacks, named with whose it is."""
    library: str | Message = content.library.name or Message(
        CONTEXT, QT_TRANSLATE_NOOP("Agreements", "The library")
    )
    missing = missing_details(library, content.library.legal)
    return missing + missing_details(content.partner.name, content.partner.legal)


def missing_for_agreement(content: DocumentContent) -> list[MissingDetail]:
    """Every detail the agreement would leave blank: the parties' and the term."""
    missing = missing_parties(content)
    title = content.title or str(content.collaboration_id)
    if content.starts_on is None:
        missing.append(MissingDetail(title, "starts_on", QT_TRANSLATE_NOOP("Field", "Start date")))
    if content.ends_on is None:
        missing.append(MissingDetail(title, "ends_on", QT_TRANSLATE_NOOP("Field", "End date")))
    return missing
