"""Opening the edit dialogs, in one place tests can replace.

Each function runs its dialog modally and returns what was saved, or None
when the person cancelled. Form modules load on first use: they import the
services, which import SQLAlchemy."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from collabdesk.services.errors import InUseError, ServiceError, fill
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.service_text import error_text

if TYPE_CHECKING:
    from collabdesk.services.contacts import ContactRecord, ContactService
    from collabdesk.services.interactions import InteractionRecord, InteractionService
    from collabdesk.services.partners import PartnerRecord, PartnerService, PartnerUsage

LISTED_TITLES = 5  # collaborations named in a refusal; the rest are counted


class PartnerDialogs(QObject):
    """The translation context of this module: lupdate finds the plural
    forms (%n) only in `X.tr(text, "", n)`."""


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


def _in_use_text(name: str, titles: tuple[str, ...], commitments: int) -> str:
    """Why the partner cannot be deleted, and what to do instead."""
    if titles:
        listed = ", ".join(f"«{title}»" for title in titles[:LISTED_TITLES])
        more = len(titles) - LISTED_TITLES
        if more > 0:
            listed += " " + PartnerDialogs.tr("and %n more", "", more)
        count = len(titles)
        template = PartnerDialogs.tr(
            "“%1” takes part in %n collaboration(s): %2. Remove them from there first, "
            "or set their status to “Former” to keep them with their history.",
            "",
            count,
        )
        return fill(template, [name, listed])
    template = PartnerDialogs.tr(
        "“%1” has %n commitment(s) in the tracker. Move or delete those commitments first, "
        "or set the partner's status to “Former” to keep them with their history.",
        "",
        commitments,
    )
    return fill(template, [name])


def _refuse(parent: QWidget | None, text: str) -> None:
    title = PartnerDialogs.tr("Cannot delete this partner")
    prompts.error(parent, title, text)


def delete_partner(
    parent: QWidget | None, partners: PartnerService, partner_id: int, name: str
) -> bool:
    """Delete a partner after asking; True when the list should look again
    (deleted, or not deleted because the partner is gone or the data busy).

    A partner in use is refused before the question, with the reason and
    what to do instead: asking "Delete?" and then refusing wastes the
    person's decision."""
    try:
        usage: PartnerUsage = partners.usage(partner_id)
    except ServiceError as exc:
        _refuse(parent, error_text(exc))
        return False
    if usage.collaborations or usage.commitments:
        titles = tuple(c.title for c in usage.collaborations)
        _refuse(parent, _in_use_text(name, titles, usage.commitments))
        return False
    question = fill(
        PartnerDialogs.tr(
            "Delete “%1”? Their contacts and interaction history go with them "
            "to the Trash, from where they can be restored.",
        ),
        [name],
    )
    title = PartnerDialogs.tr("Delete partner")
    if not prompts.confirm(parent, title, question):
        return False
    try:
        partners.delete(partner_id)
    except InUseError as exc:  # joined a collaboration meanwhile
        _refuse(
            parent, _in_use_text(name, tuple(exc.blockers), 1) if exc.blockers else error_text(exc)
        )
        return False
    except ServiceError as exc:
        prompts.error(parent, PartnerDialogs.tr("Not deleted"), error_text(exc))
        return False
    return True
