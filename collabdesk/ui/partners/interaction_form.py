"""Record a meeting, call, e-mail or event with a partner."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.enums import InteractionKind
from collabdesk.services.errors import NotFoundError, StorageBusyError, ValidationError
from collabdesk.ui.widgets.form_support import (
    caption_row,
    clear_errors,
    error_label,
    show_problems,
    with_error,
)
from collabdesk.ui.widgets.labels import interaction_kind_label
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.contacts import ContactRecord
    from collabdesk.services.interactions import (
        InteractionDraft,
        InteractionRecord,
        InteractionService,
    )


class InteractionForm(QDialog):
    def __init__(
        self,
        interactions: InteractionService,
        partner_id: int,
        contacts: list[ContactRecord] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interactionForm")
        self._interactions = interactions
        self._partner_id = partner_id
        self.saved: InteractionRecord | None = None
        self.setWindowTitle(self.tr("New interaction"))
        self.setMinimumWidth(440)

        self.date_edit = named(QDateEdit(QDate.currentDate()), "dateEdit")
        self.date_edit.setCalendarPopup(True)
        self.kind_combo = named(QComboBox(), "interactionKindCombo")
        for kind in InteractionKind:
            self.kind_combo.addItem(interaction_kind_label(kind), kind)
        self.contact_combo = named(QComboBox(), "contactCombo")
        self.contact_combo.addItem(self.tr("(nobody in particular)"), None)
        for contact in contacts or []:
            self.contact_combo.addItem(contact.name, contact.id)
        self.summary_edit = named(QPlainTextEdit(), "summaryEdit")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setPlaceholderText(self.tr("What was discussed, what was agreed"))
        self.fields: dict[str, QWidget] = {
            "occurred_on": self.date_edit,
            "kind": self.kind_combo,
            "contact_id": self.contact_combo,
            "summary": self.summary_edit,
        }
        self.errors: dict[str, QLabel] = {
            "occurred_on": error_label("dateError"),
            "kind": error_label("interactionKindError"),
            "contact_id": error_label("contactError"),
            "summary": error_label("summaryError"),
        }
        captions = {
            "occurred_on": self.tr("&Date:"),
            "kind": self.tr("&Kind:"),
            "contact_id": self.tr("&With:"),
            "summary": self.tr("&Summary:"),
        }
        form = QFormLayout()
        for key, field in self.fields.items():
            caption_row(form, captions[key], with_error(field, self.errors[key]), field)
        self.form_error = error_label("interactionFormError")
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

    def draft(self) -> InteractionDraft:
        from collabdesk.services.interactions import InteractionDraft

        day = self.date_edit.date()
        return InteractionDraft(
            occurred_on=date(day.year(), day.month(), day.day()),
            kind=InteractionKind(self.kind_combo.currentData()),
            summary=self.summary_edit.toPlainText(),
            contact_id=self.contact_combo.currentData(),
        )

    def save(self) -> None:
        clear_errors(self.errors)
        self.form_error.hide()
        try:
            self.saved = self._interactions.add(self._partner_id, self.draft())
        except ValidationError as exc:
            show_problems(exc, self.errors, self.fields, self.form_error)
            return
        except (StorageBusyError, NotFoundError) as exc:
            self.form_error.show_error(exc)
            return
        self.accept()
