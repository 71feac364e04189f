"""Opening the edit dialogs, in one place tests can replace.

Each function runs its dialog modally and returns what was saved, or None
when the person cancelled. Form modules load on first use: they import the
services, which import SQLAlchemy."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from collabdesk.services.errors import InUseError, ServiceError, fill
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.service_text import error_text

if TYPE_CHECKING:
    from collabdesk.services.branches import BranchService
    from collabdesk.services.contacts import ContactRecord, ContactService
    from collabdesk.services.interactions import InteractionRecord, InteractionService
    from collabdesk.services.partners import PartnerRecord, PartnerService, PartnerUsage
    from collabdesk.ui.shell.main_window import MainWindow

LISTED_TITLES = 5  # collaborations named in a refusal; the rest are counted


def _accepted(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def edit_partner(
    parent: QWidget | None,
    partners: PartnerService,
    record: PartnerRecord | None = None,
    branches: BranchService | None = None,
) -> PartnerRecord | None:
    from collabdesk.ui.partners.partner_form import PartnerForm

    if branches is None and parent is not None:  # the window's, in a library system
        branches = getattr(getattr(parent.window(), "desk", None), "branches", None)
    form = PartnerForm(partners, record, parent, branches)
    return form.saved if _accepted(form) else None


def new_partner_while_opening(window: MainWindow) -> PartnerRecord | None:
    """The partner form before the services have loaded (the file has passed
    its check): the person types at once, Save works when they arrive."""
    from collabdesk.ui.partners.partner_form import PartnerForm

    form = PartnerForm(None, None, window)
    window.when_services(lambda desk: form.services_arrived(desk.partners, desk.branches))
    return form.saved if _accepted(form) else None


def edit_contact(
    parent: QWidget | None,
    contacts: ContactService,
    partner_id: int,
    record: ContactRecord | None = None,
) -> ContactRecord | None:
    from collabdesk.ui.partners.contact_form import ContactForm

    form = ContactForm(contacts, partner_id, record, parent)
    return form.saved if _accepted(form) else None


def add_interaction(
    parent: QWidget | None,
    interactions: InteractionService,
    partner_id: int,
    contacts: list[ContactRecord] | None = None,
) -> InteractionRecord | None:
    from collabdesk.ui.partners.interaction_form import InteractionForm

    form = InteractionForm(interactions, partner_id, contacts, parent)
    return form.saved if _accepted(form) else None


class PartnerDeletion(QObject):
    """Deleting one partner: refused before the question when the partner is
    in use (asking "Delete?" and then refusing wastes the person's decision),
    saying why and what to do instead."""

    def __init__(self, parent: QWidget | None, partners: PartnerService) -> None:
        super().__init__(parent)
        self._window = parent
        self._partners = partners

    def run(self, partner_id: int, name: str) -> bool:
        """True when the list should look again (deleted, or not deleted
        because the partner is gone or the data busy)."""
        try:
            usage: PartnerUsage = self._partners.usage(partner_id)
        except ServiceError as exc:
            self._refuse(error_text(exc))
            return False
        if usage.collaborations or usage.commitments:
            titles = tuple(c.title for c in usage.collaborations)
            self._refuse(self.in_use_text(name, titles, usage.commitments))
            return False
        question = fill(
            self.tr(
                "Delete “%1”? Their contacts and interaction history go with them "
                "to the Trash, from where they can be restored."
            ),
            [name],
        )
        if not prompts.confirm(self._window, self.tr("Delete partner"), question):
            return False
        try:
            self._partners.delete(partner_id)
        except InUseError as exc:  # it joined a collaboration meanwhile
            blockers = tuple(exc.blockers)
            self._refuse(self.in_use_text(name, blockers, 1) if blockers else error_text(exc))
            return False
        except ServiceError as exc:  # gone, busy, read-only: said; the list looks again
            prompts.error(self._window, self.tr("Not deleted"), error_text(exc))
        return True

    def in_use_text(self, name: str, titles: tuple[str, ...], commitments: int) -> str:
        """Why the partner cannot be deleted, and what to do instead."""
        if titles:
            listed = ", ".join(f"«{title}»" for title in titles[:LISTED_TITLES])
            more = len(titles) - LISTED_TITLES
            if more > 0:
                listed += " " + self.tr("and %n more", "", more)
            count = len(titles)
            template = self.tr(
                "“%1” takes part in %n collaboration(s): %2. Remove them from there first, "
                "or set their status to “Former” to keep them with their history.",
                "",
                count,
            )
            return fill(template, [name, listed])
        template = self.tr(
            "“%1” has %n commitment(s) in the tracker. Move or delete those commitments "
            "first, or set the partner's status to “Former” to keep them with their history.",
            "",
            commitments,
        )
        return fill(template, [name])

    def _refuse(self, text: str) -> None:
        prompts.error(self._window, self.tr("Cannot delete this partner"), text)


def delete_partner(
    parent: QWidget | None, partners: PartnerService, partner_id: int, name: str
) -> bool:
    """Delete a partner after asking (see PartnerDeletion); True when the
    list should look again."""
    return PartnerDeletion(parent, partners).run(partner_id, name)
