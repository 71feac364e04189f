"""Opening the edit dialogs, in one place tests can replace.

Each function runs its dialog modally and returns what was saved, or None
when the person cancelled. Form modules load on first use: they import the
services, which import SQLAlchemy."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from collabdesk.services.contacts import ContactRecord, ContactService
    from collabdesk.services.interactions import InteractionRecord, InteractionService
    from collabdesk.services.partners import PartnerRecord, PartnerService


def _run(dialog: Any) -> Any:
    return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None


def edit_partner(
    parent: QWidget | None, partners: PartnerService, record: PartnerRecord | None = None
) -> PartnerRecord | None:
    from collabdesk.ui.partners.partner_form import PartnerForm

    return _run(PartnerForm(partners, record, parent))


def edit_contact(
    parent: QWidget | None,
    contacts: ContactService,
    partner_id: int,
    record: ContactRecord | None = None,
) -> ContactRecord | None:
    from collabdesk.ui.partners.contact_form import ContactForm

    return _run(ContactForm(contacts, partner_id, record, parent))


def add_interaction(
    parent: QWidget | None,
    interactions: InteractionService,
    partner_id: int,
    contacts: list[ContactRecord] | None = None,
) -> InteractionRecord | None:
    from collabdesk.ui.partners.interaction_form import InteractionForm

    return _run(InteractionForm(interactions, partner_id, contacts, parent))
