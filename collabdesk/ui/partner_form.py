"""Create or edit one partner. The service validates; the form shows what
it refused next to the field and keeps everything typed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.enums import PartnerKind, PartnerStatus
from collabdesk.services.errors import (
    ConflictError,
    NotFoundError,
    StorageBusyError,
    ValidationError,
)
from collabdesk.ui import prompts
from collabdesk.ui.form_support import clear_errors, error_label, show_problems, with_error
from collabdesk.ui.labels import kind_label, status_label

if TYPE_CHECKING:
    from collabdesk.services.partners import PartnerDraft, PartnerRecord, PartnerService


class PartnerForm(QDialog):
    def __init__(
        self,
        partners: PartnerService,
        record: PartnerRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("partnerForm")
        self._partners = partners
        self._record = record
        self.saved: PartnerRecord | None = None
        self.setWindowTitle(self.tr("New partner") if record is None else self.tr("Edit partner"))
        self.setMinimumWidth(520)

        self.name_edit = self._line("nameEdit", self.tr("Organisation or person"))
        self.kind_combo = QComboBox(objectName="kindCombo")
        for kind in PartnerKind:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.status_combo = QComboBox(objectName="statusCombo")
        for status in PartnerStatus:
            self.status_combo.addItem(status_label(status), status)
        self.city_edit = self._line("cityEdit")
        self.website_edit = self._line("websiteEdit", "example.org")
        self.email_edit = self._line("emailEdit", "name@example.org")
        self.phone_edit = self._line("phoneEdit", "+7 495 123-45-67")
        self.owner_edit = self._line("ownerEdit", self.tr("Who on staff looks after them"))
        self.tags_edit = self._line("tagsEdit", self.tr("Comma separated: design, souvenirs"))
        self.values_edit = QPlainTextEdit(objectName="valuesEdit")
        self.values_edit.setPlaceholderText(self.tr("Their values and brand, and why they fit"))
        self.notes_edit = QPlainTextEdit(objectName="notesEdit")
        for edit in (self.values_edit, self.notes_edit):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)

        self.fields: dict[str, QWidget] = {
            "name": self.name_edit,
            "kind": self.kind_combo,
            "status": self.status_combo,
            "city": self.city_edit,
            "website": self.website_edit,
            "email": self.email_edit,
            "phone": self.phone_edit,
            "owner": self.owner_edit,
            "tags": self.tags_edit,
            "values_notes": self.values_edit,
            "notes": self.notes_edit,
        }
        error_names = {"values_notes": "valuesError"}
        self.errors: dict[str, QLabel] = {
            key: error_label(error_names.get(key, f"{key}Error")) for key in self.fields
        }
        captions = {
            "name": self.tr("&Name:"),
            "kind": self.tr("&Kind:"),
            "status": self.tr("&Status:"),
            "city": self.tr("&City:"),
            "website": self.tr("&Website:"),
            "email": self.tr("&E-mail:"),
            "phone": self.tr("&Phone:"),
            "owner": self.tr("&Owner:"),
            "tags": self.tr("&Tags:"),
            "values_notes": self.tr("&Values:"),
            "notes": self.tr("N&otes:"),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, field in self.fields.items():
            caption = QLabel(captions[key])
            caption.setBuddy(field)
            form.addRow(caption, with_error(field, self.errors[key]))

        self.form_error = error_label("formError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)

        if record is not None:
            self._fill(record)
        self.name_edit.setFocus()

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(objectName=name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _fill(self, record: PartnerRecord) -> None:
        self.name_edit.setText(record.name)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(record.kind)))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(record.status)))
        self.city_edit.setText(record.city)
        self.website_edit.setText(record.website)
        self.email_edit.setText(record.email)
        self.phone_edit.setText(record.phone)
        self.owner_edit.setText(record.owner)
        self.tags_edit.setText(", ".join(record.tags))
        self.values_edit.setPlainText(record.values_notes)
        self.notes_edit.setPlainText(record.notes)

    def draft(self) -> PartnerDraft:
        from collabdesk.services.partners import PartnerDraft

        tags = tuple(t.strip() for t in self.tags_edit.text().split(",") if t.strip())
        return PartnerDraft(
            name=self.name_edit.text(),
            kind=PartnerKind(self.kind_combo.currentData()),
            status=PartnerStatus(self.status_combo.currentData()),
            city=self.city_edit.text(),
            website=self.website_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            owner=self.owner_edit.text(),
            tags=tags,
            values_notes=self.values_edit.toPlainText(),
            notes=self.notes_edit.toPlainText(),
        )

    def save(self) -> None:
        """Hand the draft to the service; close only when it was saved."""
        self._save(None if self._record is None else self._record.version_id)

    def _save(self, expected_version: int | None) -> None:
        clear_errors(self.errors)
        self.form_error.hide()
        draft = self.draft()
        try:
            if self._record is None:
                self.saved = self._partners.create(draft)
            else:
                self.saved = self._partners.update(self._record.id, draft, expected_version)
        except ValidationError as exc:
            show_problems(exc, self.errors, self.fields, self.form_error)
            return
        except ConflictError as exc:
            self._on_conflict(str(exc))
            return
        except (StorageBusyError, NotFoundError) as exc:
            self.form_error.setText(str(exc))
            self.form_error.show()
            prompts.error(self, self.tr("Not saved"), str(exc))
            return
        self.accept()

    def _on_conflict(self, message: str) -> None:
        from collabdesk.ui import conflict_dialog

        theirs = ""
        if self._record is not None:
            try:
                theirs = describe(self._partners.get(self._record.id).to_draft())
            except NotFoundError as exc:
                theirs = str(exc)
        choice = conflict_dialog.ask(self, self.tr("partner"), describe(self.draft()), theirs)
        if choice == conflict_dialog.OVERWRITE:
            self._save(None)
        elif choice == conflict_dialog.RELOAD and self._record is not None:
            try:
                self._record = self._partners.get(self._record.id)
            except NotFoundError as exc:
                self.form_error.setText(str(exc))
                self.form_error.show()
                return
            self._fill(self._record)
        else:  # Copy my text or Cancel: keep editing, nothing saved
            self.form_error.setText(message)
            self.form_error.show()


def describe(draft: PartnerDraft) -> str:
    """A partner as plain text, for comparing versions and the clipboard."""
    rows = [
        ("Name", draft.name),
        ("City", draft.city),
        ("Website", draft.website),
        ("E-mail", draft.email),
        ("Phone", draft.phone),
        ("Owner", draft.owner),
        ("Tags", ", ".join(draft.tags)),
        ("Values", draft.values_notes),
        ("Notes", draft.notes),
    ]
    return "\n".join(f"{label}: {value}" for label, value in rows if value)
