"""A new collaboration: its title, the idea and the main partner. The rest
is prepared in the checklist wizard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.collaboration import TITLE_MAX
from collabdesk.services.errors import ServiceError, ValidationError
from collabdesk.ui.widgets.error_label import ErrorLabel
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.partner_picker import PartnerPicker, options_from

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk


class CollaborationForm(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("collaborationForm")
        self.setWindowTitle(self.tr("New collaboration"))
        self.setMinimumWidth(520)
        self._desk = desk
        self.saved_id: int | None = None
        self.title = named(QLineEdit(), "collaborationTitle")
        self.title.setMaxLength(TITLE_MAX)
        self.idea = named(QPlainTextEdit(), "collaborationIdea")
        self.idea.setTabChangesFocus(True)
        self.partner = PartnerPicker("collaborationPartner")
        self.partner.set_partners(
            options_from(desk.plan_b.choices()), none_text=self.tr("(choose later)")
        )
        self.error = ErrorLabel("collaborationError")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Idea:"), self.idea)
        form.addRow(self.tr("Partner:"), self.partner)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        from collabdesk.services.collaborations import CollaborationDraft

        partner = self.partner.partner_id()
        draft = CollaborationDraft(
            title=self.title.text(),
            idea=self.idea.toPlainText(),
            partner_ids=() if partner is None else (int(partner),),
        )
        try:
            self.saved_id = self._desk.collaborations.create(draft).id
        except ValidationError as exc:
            problem = exc.for_field("title")
            if problem is not None and problem.code == "required":
                self.error.show_error(self.tr("Give the collaboration a title."))
                self.title.setFocus()
            else:
                self.error.show_error(exc)
            return
        except ServiceError as exc:
            self.error.show_error(exc)
            return
        self.accept()
