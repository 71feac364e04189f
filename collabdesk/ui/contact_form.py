"""Add or edit one person at a partner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.errors import (
    ConflictError,
    NotFoundError,
    StorageBusyError,
    ValidationError,
)
from collabdesk.ui.form_support import clear_errors, error_label, show_problems, with_error

if TYPE_CHECKING:
    from collabdesk.services.contacts import ContactDraft, ContactRecord, ContactService


class ContactForm(QDialog):
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
        self.saved: ContactRecord | None = None
        self.setWindowTitle(self.tr("New contact") if record is None else self.tr("Edit contact"))
        self.setMinimumWidth(420)

        self.name_edit = QLineEdit(objectName="contactNameEdit")
        self.role_edit = QLineEdit(objectName="contactRoleEdit")
        self.email_edit = QLineEdit(objectName="contactEmailEdit")
        self.phone_edit = QLineEdit(objectName="contactPhoneEdit")
        self.notes_edit = QPlainTextEdit(objectName="contactNotesEdit")
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
            caption = QLabel(captions[key])
            caption.setBuddy(field)
            form.addRow(caption, with_error(field, self.errors[key]))
        self.form_error = error_label("contactFormError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
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

    def save(self) -> None:
        self._save(None if self._record is None else self._record.version_id)

    def _save(self, expected_version: int | None) -> None:
        clear_errors(self.errors)
        self.form_error.hide()
        try:
            if self._record is None:
                self.saved = self._contacts.add(self._partner_id, self.draft())
            else:
                self.saved = self._contacts.update(self._record.id, self.draft(), expected_version)
        except ValidationError as exc:
            show_problems(exc, self.errors, self.fields, self.form_error)
            return
        except ConflictError as exc:
            self._on_conflict(str(exc))
            return
        except (StorageBusyError, NotFoundError) as exc:
            self.form_error.setText(str(exc))
            self.form_error.show()
            return
        self.accept()

    def _current(self) -> ContactRecord | None:
        if self._record is None:
            return None
        mine = self._record.id
        return next((c for c in self._contacts.for_partner(self._partner_id) if c.id == mine), None)

    def _on_conflict(self, message: str) -> None:
        """The shared conflict dialog: reload theirs, overwrite, or copy my text."""
        from collabdesk.ui import conflict_dialog

        theirs = self._current()
        choice = conflict_dialog.ask(
            self,
            self.tr("contact"),
            describe_contact(self.draft()),
            describe_contact(theirs) if theirs is not None else "",
        )
        if choice == conflict_dialog.OVERWRITE:
            self._save(None)
        elif choice == conflict_dialog.RELOAD and theirs is not None:
            self._record = theirs
            self._fill(theirs)
        else:
            self.form_error.setText(message)
            self.form_error.show()


def describe_contact(contact: ContactDraft | ContactRecord) -> str:
    rows = [
        ("Name", contact.name),
        ("Role", contact.role),
        ("E-mail", contact.email),
        ("Phone", contact.phone),
        ("Notes", contact.notes),
    ]
    return "\n".join(f"{label}: {value}" for label, value in rows if value)
