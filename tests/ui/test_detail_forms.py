"""Contacts and interactions from the details pane, through their forms."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QLabel, QLineEdit, QPlainTextEdit

from collabdesk.domain.enums import InteractionKind
from collabdesk.services.contacts import ContactDraft
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.ui.partners import partner_dialogs as dialogs
from collabdesk.ui.partners.contact_form import ContactForm
from collabdesk.ui.partners.interaction_form import InteractionForm


def test_contact_form_validates_and_saves(qtbot, desk: Desk) -> None:
    partner = desk.partners.create(PartnerDraft(name="Cluster"))
    form = ContactForm(desk.contacts, partner.id)
    qtbot.addWidget(form)
    form.show()
    form.findChild(QLineEdit, "contactEmailEdit").setText("nope")
    form.save_button.click()
    assert form.findChild(QLabel, "contactNameError").isVisible()
    assert form.findChild(QLabel, "contactEmailError").isVisible()
    assert desk.contacts.for_partner(partner.id) == []

    form.findChild(QLineEdit, "contactNameEdit").setText("Мария")
    form.findChild(QLineEdit, "contactEmailEdit").setText("maria@example.org")
    form.save_button.click()
    assert form.result() == QDialog.DialogCode.Accepted
    (contact,) = desk.contacts.for_partner(partner.id)
    assert contact.name == "Мария" and contact.email == "maria@example.org"


def test_interaction_form_saves_with_date(qtbot, desk: Desk) -> None:
    partner = desk.partners.create(PartnerDraft(name="Cluster"))
    form = InteractionForm(desk.interactions, partner.id, [])
    qtbot.addWidget(form)
    date_edit = form.findChild(QDateEdit, "dateEdit")
    assert date_edit.calendarPopup()
    date_edit.setDate(QDate(2026, 3, 14))
    kind = form.kind_combo
    kind.setCurrentIndex(kind.findData(InteractionKind.CALL))
    form.findChild(QPlainTextEdit, "summaryEdit").setPlainText("Agreed on the space")
    form.save_button.click()
    assert form.result() == QDialog.DialogCode.Accepted
    (item,) = desk.interactions.for_partner(partner.id)
    assert item.occurred_on == date(2026, 3, 14)
    assert item.kind is InteractionKind.CALL and item.summary == "Agreed on the space"


def test_details_tabs_add_and_remove(make_window, db, desk: Desk, monkeypatch, prompts_log) -> None:
    partner = desk.partners.create(PartnerDraft(name="Cluster"))
    window = make_window(db)
    window.select_partner(partner.id)
    details = window.details

    def add_contact(_parent: Any, contacts: Any, partner_id: int, record: Any = None) -> Any:
        return contacts.add(partner_id, ContactDraft(name="Олег", role="CEO"))

    def add_interaction(_parent: Any, interactions: Any, partner_id: int, _c: Any) -> Any:
        from collabdesk.services.interactions import InteractionDraft

        return interactions.add(partner_id, InteractionDraft(date(2026, 1, 2), summary="Hi\nmore"))

    monkeypatch.setattr(dialogs, "edit_contact", add_contact)
    monkeypatch.setattr(dialogs, "add_interaction", add_interaction)
    details.add_contact_button.click()
    assert details.contact_list.topLevelItemCount() == 1
    assert details.contact_list.topLevelItem(0).text(0) == "Олег"
    details.add_interaction_button.click()
    assert details.interaction_list.topLevelItemCount() == 1
    assert details.interaction_list.topLevelItem(0).text(2) == "Hi"

    details.contact_list.setCurrentItem(details.contact_list.topLevelItem(0))
    prompts_log.confirm_answer = False
    details.remove_contact_button.click()
    assert details.contact_list.topLevelItemCount() == 1
    prompts_log.confirm_answer = True
    details.remove_contact_button.click()
    assert details.contact_list.topLevelItemCount() == 0
    assert desk.contacts.for_partner(partner.id) == []


def test_clearing_the_details_leaves_nothing_of_the_partner(qtbot, desk: Desk) -> None:
    from PySide6.QtWidgets import QTreeWidget

    from collabdesk.ui.partners.partner_details import PartnerDetails

    details = PartnerDetails()
    qtbot.addWidget(details)
    details.set_desk(desk)
    details.clear()  # before the page exists: nothing to wipe, no error
    pid = desk.partners.create(PartnerDraft(name="Тайный партнёр", city="Томск")).id
    desk.contacts.add(pid, ContactDraft(name="Секретный контакт"))
    details.show_partner(pid)
    page = details.ensure_page()
    assert details.record is not None and details.contact_list.topLevelItemCount() == 1

    details.clear()
    assert details.record is None
    assert details.stack.currentIndex() == 0  # the placeholder
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert not any("Тайный" in text or "Томск" in text for text in texts)
    assert all(tree.topLevelItemCount() == 0 for tree in page.findChildren(QTreeWidget))
