"""Add or edit one person at a partner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from collabdesk.ui.widgets.form_support import caption_row, error_label, with_error
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.versioned_form import VersionedForm

if TYPE_CHECKING:
    from collabdesk.services.contacts import ContactDraft, ContactRecord, ContactService


class ContactForm(VersionedForm):
    def __init__(
        self,
        contacts: ContactService,
        partner_id: int,
        record: ContactRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactForm")
        self._contacts = contacts
        self._partner_id = partner_id
        self._record = record
        self.what = self.tr("contact")
        self.alert_when_not_saved = False  # the line in the form says it
        self.saved: ContactRecord | None = None
        self.setWindowTitle(self.tr("New contact") if record is None else self.tr("Edit contact"))
        self.setMinimumWidth(420)

        self.name_edit = named(QLineEdit(), "contactNameEdit")
        self.role_edit = named(QLineEdit(), "contactRoleEdit")
        self.email_edit = named(QLineEdit(), "contactEmailEdit")
        self.phone_edit = named(QLineEdit(), "contactPhoneEdit")
        self.notes_edit = named(QPlainTextEdit(), "contactNotesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.fields: dict[str, QWidget] = {
            "name": self.name_edit,
            "role": self.role_edit,
            "email": self.email_edit,
            "phone": self.phone_edit,
            "notes": self.notes_edit,
        }
        self.errors: dict[str, QLabel] = {
            key: error_label(f"contact{key.capitalize()}Error") for key in self.fields
        }
        captions = {
            "name": self.tr("&Name:"),
            "role": self.tr("&Role:"),
            "email": self.tr("&E-mail:"),
            "phone": self.tr("&Phone:"),
            "notes": self.tr("N&otes:"),
        }
        form = QFormLayout()
        for key, field in self.fields.items():
            caption_row(form, captions[key], with_error(field, self.errors[key]), field)
        buttons = self._save_buttons("contactFormError")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)
        if record is not None:
            self._fill(record)

    def _fill(self, record: ContactRecord) -> None:
        self.name_edit.setText(record.name)
        self.role_edit.setText(record.role)
        self.email_edit.setText(record.email)
        self.phone_edit.setText(record.phone)
        self.notes_edit.setPlainText(record.notes)

    def draft(self) -> ContactDraft:
        from collabdesk.services.contacts import ContactDraft

        return ContactDraft(
            name=self.name_edit.text(),
            role=self.role_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    def _store(self, expected_version: int | None) -> None:
        if self._record is None:
            self.saved = self._contacts.add(self._partner_id, self.draft())
        else:
            self.saved = self._contacts.update(self._record.id, self.draft(), expected_version)

    def _theirs(self) -> ContactRecord | None:
        mine = self._record.id
        return next((c for c in self._contacts.for_partner(self._partner_id) if c.id == mine), None)

    def _describe_mine(self) -> str:
        return describe_contact(self.draft())

    def _describe(self, record: ContactRecord) -> str:
        return describe_contact(record)


def describe_contact(contact: ContactDraft | ContactRecord) -> str:
    rows = [
        ("Name", contact.name),
        ("Role", contact.role),
        ("E-mail", contact.email),
        ("Phone", contact.phone),
        ("Notes", contact.notes),
    ]
    return "\n".join(f"{label}: {value}" for label, value in rows if value)
