"""People at partner organisations."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from collabdesk.domain.partner import LONG_MAX, NAME_MAX, SHORT_MAX, Contact, Partner
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, NotFoundError, ValidationError
from collabdesk.services.transaction import Sessions, check_version, transaction
from collabdesk.services.validation import Checker, clean_line, clean_text

CONTEXT = "ContactService"


@dataclass(frozen=True)
class ContactDraft:
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ContactRecord:
    id: int
    partner_id: int
    version_id: int
    name: str
    role: str
    email: str
    phone: str
    notes: str


def _clean(draft: ContactDraft) -> ContactDraft:
    cleaned = ContactDraft(
        name=clean_line(draft.name),
        role=clean_line(draft.role),
        email=clean_line(draft.email),
        phone=clean_line(draft.phone),
        notes=clean_text(draft.notes),
    )
    check = Checker()
    check.required("name", cleaned.name, QT_TRANSLATE_NOOP("Field", "Name"))
    check.max_length("name", cleaned.name, NAME_MAX, QT_TRANSLATE_NOOP("Field", "Name"))
    check.max_length("role", cleaned.role, SHORT_MAX, QT_TRANSLATE_NOOP("Field", "Role"))
    check.max_length("email", cleaned.email, 320, QT_TRANSLATE_NOOP("Field", "E-mail"))
    check.max_length("phone", cleaned.phone, 60, QT_TRANSLATE_NOOP("Field", "Phone"))
    check.max_length("notes", cleaned.notes, LONG_MAX, QT_TRANSLATE_NOOP("Field", "Notes"))
    check.email("email", cleaned.email)
    check.phone("phone", cleaned.phone)
    if check.problems:
        raise ValidationError(check.problems)
    return cleaned


def _record(contact: Contact) -> ContactRecord:
    return ContactRecord(
        id=contact.id,
        partner_id=contact.partner_id,
        version_id=contact.version_id,
        name=contact.name,
        role=contact.role,
        email=contact.email,
        phone=contact.phone,
        notes=contact.notes,
    )


class ContactService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def add(self, partner_id: int, draft: ContactDraft) -> ContactRecord:
        draft = _clean(draft)
        with transaction(self._sessions, "contact") as session:
            if session.get(Partner, partner_id) is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("ContactService", "There is no partner with id %1."),
                        (partner_id,),
                    )
                )
            contact = Contact(partner_id=partner_id, **draft.__dict__)
            session.add(contact)
            session.flush()
            return _record(contact)

    def update(
        self, contact_id: int, draft: ContactDraft, expected_version: int | None = None
    ) -> ContactRecord:
        draft = _clean(draft)
        with transaction(self._sessions, "contact", contact_id) as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("ContactService", "There is no contact with id %1."),
                        (contact_id,),
                    )
                )
            check_version("contact", contact_id, contact.version_id, expected_version)
            for key, value in draft.__dict__.items():
                setattr(contact, key, value)
            session.flush()
            return _record(contact)

    def delete(self, contact_id: int) -> None:
        with transaction(self._sessions, "contact", contact_id) as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("ContactService", "There is no contact with id %1."),
                        (contact_id,),
                    )
                )
            session.delete(contact)

    def for_partner(self, partner_id: int) -> list[ContactRecord]:
        with transaction(self._sessions) as session:
            rows = session.scalars(
                select(Contact).where(Contact.partner_id == partner_id).order_by(Contact.name)
            )
            return [_record(c) for c in rows]
