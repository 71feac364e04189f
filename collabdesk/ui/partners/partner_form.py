"""Create or edit one partner. The service validates; the form shows what
it refused next to the field and keeps everything typed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.enums import PartnerKind, PartnerStatus
from collabdesk.services.errors import NotFoundError
from collabdesk.ui.widgets.error_label import plain_label
from collabdesk.ui.widgets.form_support import caption_row, error_label, with_error
from collabdesk.ui.widgets.labels import kind_label, status_label
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.versioned_form import VersionedForm

if TYPE_CHECKING:
    from collabdesk.services.branches import BranchService
    from collabdesk.services.partners import PartnerDraft, PartnerRecord, PartnerService


class PartnerForm(VersionedForm):
    """`partners` None: the data is still loading (a new partner only). The
    person types; Save stays off, and says why, until `services_arrived`."""

    def __init__(
        self,
        partners: PartnerService | None,
        record: PartnerRecord | None = None,
        parent: QWidget | None = None,
        branches: BranchService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("partnerForm")
        self._partners = partners
        self._record = record
        self.what = self.tr("partner")
        self.saved: PartnerRecord | None = None
        self.setWindowTitle(self.tr("New partner") if record is None else self.tr("Edit partner"))
        self.setMinimumWidth(520)

        self.name_edit = self._line("nameEdit", self.tr("Organisation or person"))
        self.kind_combo = named(QComboBox(), "kindCombo")
        for kind in PartnerKind:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.status_combo = named(QComboBox(), "statusCombo")
        for status in PartnerStatus:
            self.status_combo.addItem(status_label(status), status)
        self.city_edit = self._line("cityEdit")
        self.website_edit = self._line("websiteEdit", "example.org")
        self.email_edit = self._line("emailEdit", "name@example.org")
        self.phone_edit = self._line("phoneEdit", "+7 495 123-45-67")
        self.owner_edit = self._line("ownerEdit", self.tr("Who on staff looks after them"))
        self.tags_edit = self._line("tagsEdit", self.tr("Comma separated: design, souvenirs"))
        self.values_edit = named(QPlainTextEdit(), "valuesEdit")
        self.values_edit.setPlaceholderText(self.tr("Their values and brand, and why they fit"))
        self.notes_edit = named(QPlainTextEdit(), "notesEdit")
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
        self._form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, field in self.fields.items():
            caption_row(form, captions[key], with_error(field, self.errors[key]), field)
        from collabdesk.ui.partners.partner_branches import shared_with

        # A library system's branches that share the partner (issue 19).
        self.shared_with = shared_with(branches, None if record is None else record.id)
        if self.shared_with is not None:
            caption_row(form, self.tr("Shared &with:"), self.shared_with, self.shared_with)

        self.buttons = self._save_buttons()
        if record is not None:  # issue 17: the details an agreement names
            from collabdesk.ui.legal.legal_details_dialog import add_legal_button

            add_legal_button(self, self.buttons, record.id, record.name)

        self.loading_note = named(plain_label(""), "loadingNote")
        self.loading_note.setWordWrap(True)
        self.loading_note.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.loading_note)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        if partners is None:
            self.loading_note.setText(
                self.tr("The data is still loading: you can type now, and Save works in a moment.")
            )
            self.loading_note.show()
            self.save_button.setEnabled(False)

        if record is not None:
            self._fill(record)
        self.name_edit.setFocus()

    def services_arrived(self, partners: PartnerService, branches: BranchService | None) -> None:
        """The data has finished loading: Save works (and a library system's
        "Shared with" list joins the form)."""
        if self._partners is not None:
            return
        self._partners = partners
        from collabdesk.ui.partners.partner_branches import shared_with

        self.shared_with = shared_with(branches, None)
        if self.shared_with is not None:
            caption_row(self._form, self.tr("Shared &with:"), self.shared_with, self.shared_with)
        self.loading_note.hide()
        self.save_button.setEnabled(True)

    def save(self) -> None:
        if self._partners is None:  # Enter pressed while the data loads
            return
        super().save()

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = named(QLineEdit(), name)
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

    def _store(self, expected_version: int | None) -> None:
        assert self._partners is not None  # save() waits for the services
        if self._record is None:
            self.saved = self._partners.create(self.draft())
        else:
            self.saved = self._partners.update(self._record.id, self.draft(), expected_version)
        if self.shared_with is not None:
            self.shared_with.save(self.saved.id)

    def _theirs(self) -> PartnerRecord | None:
        if self._partners is None or self._record is None:
            return None
        try:
            return self._partners.get(self._record.id)
        except NotFoundError:
            return None

    def _describe_mine(self) -> str:
        return describe(self.draft())

    def _describe(self, record: PartnerRecord) -> str:
        return describe(record.to_draft())


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
