"""Create, read, edit and delete partners, with their tags."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collabdesk.domain.collaboration import Collaboration, CollaborationPartner
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.enums import PartnerKind, PartnerRole, PartnerStatus, Stage
from collabdesk.domain.partner import LONG_MAX, NAME_MAX, SHORT_MAX, Partner, Tag
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    InUseError,
    Message,
    NotFoundError,
    ValidationError,
)
from collabdesk.services.transaction import Sessions, check_version, transaction
from collabdesk.services.validation import Checker, clean_line, clean_text, normalise_url

CONTEXT = "PartnerService"

TAG_MAX = 60


@dataclass(frozen=True)
class PartnerDraft:
    """What a form or an import hands in; cleaned and checked by the service."""

    name: str
    kind: PartnerKind = PartnerKind.BUSINESS
    status: PartnerStatus = PartnerStatus.PROSPECT
    city: str = ""
    website: str = ""
    email: str = ""
    phone: str = ""
    values_notes: str = ""
    owner: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class PartnerRecord:
    id: int
    version_id: int
    name: str
    kind: PartnerKind
    status: PartnerStatus
    city: str
    website: str
    email: str
    phone: str
    values_notes: str
    owner: str
    notes: str
    tags: tuple[str, ...]
    created_at: datetime
    updated_at: datetime

    def to_draft(self) -> PartnerDraft:
        return PartnerDraft(
            name=self.name,
            kind=self.kind,
            status=self.status,
            city=self.city,
            website=self.website,
            email=self.email,
            phone=self.phone,
            values_notes=self.values_notes,
            owner=self.owner,
            notes=self.notes,
            tags=self.tags,
        )


@dataclass(frozen=True)
class PartnerCollaboration:
    """A collaboration as seen from one partner's page."""

    id: int
    title: str
    stage: Stage
    role: PartnerRole


@dataclass(frozen=True)
class PartnerUsage:
    collaborations: tuple[PartnerCollaboration, ...] = field(default_factory=tuple)
    commitments: int = 0


def clean_draft(draft: PartnerDraft) -> PartnerDraft:
    """Trim, drop control characters, normalise the web address and tags."""
    tags = tuple(dict.fromkeys(t for t in (clean_line(t) for t in draft.tags) if t))
    return PartnerDraft(
        name=clean_line(draft.name),
        kind=PartnerKind(draft.kind),
        status=PartnerStatus(draft.status),
        city=clean_line(draft.city),
        website=normalise_url(clean_line(draft.website)),
        email=clean_line(draft.email),
        phone=clean_line(draft.phone),
        values_notes=clean_text(draft.values_notes),
        owner=clean_line(draft.owner),
        notes=clean_text(draft.notes),
        tags=tags,
    )


def check_draft(draft: PartnerDraft) -> None:
    check = Checker()
    check.required("name", draft.name, QT_TRANSLATE_NOOP("Field", "Name"))
    check.max_length("name", draft.name, NAME_MAX, QT_TRANSLATE_NOOP("Field", "Name"))
    check.max_length("city", draft.city, SHORT_MAX, QT_TRANSLATE_NOOP("Field", "City"))
    check.max_length("owner", draft.owner, SHORT_MAX, QT_TRANSLATE_NOOP("Field", "Owner"))
    check.max_length("website", draft.website, 500, QT_TRANSLATE_NOOP("Field", "Website"))
    check.max_length("email", draft.email, 320, QT_TRANSLATE_NOOP("Field", "E-mail"))
    check.max_length("phone", draft.phone, 60, QT_TRANSLATE_NOOP("Field", "Phone"))
    check.max_length(
        "values_notes",
        draft.values_notes,
        LONG_MAX,
        QT_TRANSLATE_NOOP("Field", "Values and brand notes"),
    )
    check.max_length("notes", draft.notes, LONG_MAX, QT_TRANSLATE_NOOP("Field", "Notes"))
    check.email("email", draft.email)
    check.url("website", draft.website)
    check.phone("phone", draft.phone)
    for tag in draft.tags:
        check.max_length("tags", tag, TAG_MAX, QT_TRANSLATE_NOOP("Field", "A tag"))
    if check.problems:
        raise ValidationError(check.problems)


def to_record(partner: Partner) -> PartnerRecord:
    return PartnerRecord(
        id=partner.id,
        version_id=partner.version_id,
        name=partner.name,
        kind=partner.kind,
        status=partner.status,
        city=partner.city,
        website=partner.website,
        email=partner.email,
        phone=partner.phone,
        values_notes=partner.values_notes,
        owner=partner.owner,
        notes=partner.notes,
        tags=tuple(tag.name for tag in partner.tags),
        created_at=partner.created_at,
        updated_at=partner.updated_at,
    )


def _tags(session: Session, names: tuple[str, ...]) -> list[Tag]:
    if not names:
        return []
    existing = {t.name: t for t in session.scalars(select(Tag).where(Tag.name.in_(names)))}
    result = []
    for name in names:
        tag = existing.get(name)
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
            existing[name] = tag
        result.append(tag)
    return result


def _apply(session: Session, partner: Partner, draft: PartnerDraft) -> None:
    # Look tags up and replace them before touching the partner's columns: a
    # query autoflushes, and so does loading the old tags on assignment; a
    # half-applied draft would be written (and versioned) twice.
    partner.tags = _tags(session, draft.tags)
    partner.name = draft.name
    partner.kind = draft.kind
    partner.status = draft.status
    partner.city = draft.city
    partner.website = draft.website
    partner.email = draft.email
    partner.phone = draft.phone
    partner.values_notes = draft.values_notes
    partner.owner = draft.owner
    partner.notes = draft.notes


class PartnerService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def create(self, draft: PartnerDraft) -> PartnerRecord:
        draft = clean_draft(draft)
        check_draft(draft)
        with transaction(self._sessions, "partner") as session:
            partner = Partner()
            _apply(session, partner, draft)
            session.add(partner)
            session.flush()
            return to_record(partner)

    def get(self, partner_id: int) -> PartnerRecord:
        with transaction(self._sessions, "partner", partner_id) as session:
            return to_record(self._load(session, partner_id))

    def update(
        self, partner_id: int, draft: PartnerDraft, expected_version: int | None = None
    ) -> PartnerRecord:
        """Save `draft` over the partner; refuse if it changed since `expected_version`."""
        draft = clean_draft(draft)
        check_draft(draft)
        with transaction(self._sessions, "partner", partner_id) as session:
            partner = self._load(session, partner_id)
            check_version("partner", partner_id, partner.version_id, expected_version)
            _apply(session, partner, draft)
            session.flush()
            return to_record(partner)

    def usage(self, partner_id: int) -> PartnerUsage:
        with transaction(self._sessions, "partner", partner_id) as session:
            self._load(session, partner_id)
            return self._usage(session, partner_id)

    def delete(self, partner_id: int) -> None:
        """Delete a partner with its contacts and interactions.

        Refused while the partner takes part in a collaboration or has
        commitments: those records would lose who they were with.
        """
        with transaction(self._sessions, "partner", partner_id) as session:
            partner = self._load(session, partner_id)
            usage = self._usage(session, partner_id)
            if usage.collaborations or usage.commitments:
                titles = tuple(c.title for c in usage.collaborations)
                listed: object = ", ".join(f"«{t}»" for t in titles[:5])
                if len(titles) > 5:
                    listed = Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("PartnerService", "%1 and %2 more"),
                        (listed, len(titles) - 5),
                    )
                # The counts stand in brackets, so no plural form is needed.
                raise InUseError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "PartnerService",
                            "“%1” cannot be deleted: it takes part in collaborations (%2: %3) "
                            "and has commitments (%4). Remove the partner from those "
                            "collaborations first; nothing was deleted.",
                        ),
                        (partner.name, len(titles), listed, usage.commitments),
                    ),
                    titles,
                )
            session.delete(partner)

    def count(self) -> int:
        with transaction(self._sessions) as session:
            return session.scalar(select(func.count(Partner.id))) or 0

    @staticmethod
    def _load(session: Session, partner_id: int) -> Partner:
        partner = session.get(Partner, partner_id)
        if partner is None:
            raise NotFoundError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("PartnerService", "There is no partner with id %1."),
                    (partner_id,),
                )
            )
        return partner

    @staticmethod
    def _usage(session: Session, partner_id: int) -> PartnerUsage:
        rows = session.execute(
            select(
                Collaboration.id,
                Collaboration.title,
                Collaboration.stage,
                CollaborationPartner.role,
            )
            .join(CollaborationPartner)
            .where(CollaborationPartner.partner_id == partner_id)
            .order_by(Collaboration.title)
        ).all()
        commitments = (
            session.scalar(
                select(func.count(Commitment.id)).where(Commitment.partner_id == partner_id)
            )
            or 0
        )
        return PartnerUsage(
            collaborations=tuple(PartnerCollaboration(r[0], r[1], r[2], r[3]) for r in rows),
            commitments=commitments,
        )
