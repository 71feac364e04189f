"""A new collaboration: its title, the idea and the main partner. The rest
is prepared in the checklist wizard. Title and idea can carry a version in
the second language (the one the library's data is not in) for a pitch in
that language; the fields open on demand, so the form stays short."""

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
from collabdesk.domain.message import fill
from collabdesk.services.errors import ServiceError, ValidationError
from collabdesk.ui.collaborations.checklist_answer_fields import TranslationField, second_language
from collabdesk.ui.widgets.branch_combo import BranchCombo
from collabdesk.ui.widgets.error_label import ErrorLabel
from collabdesk.ui.widgets.form_support import clear_errors, error_label, show_problems, with_error
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.partner_picker import PartnerPicker, options_from

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk


def _second_language(desk: Desk) -> str:
    try:
        return second_language(desk.library.profile().default_language)
    except ServiceError:  # the profile unreadable: the usual pair, Russian data
        return second_language(None)


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
        from collabdesk.services.collaborations import IDEA_MAX  # loaded on first use

        language = _second_language(desk)
        self.title_translation = TranslationField(
            "collaborationTitle", language, multiline=False, rows=1, max_length=TITLE_MAX
        )
        self.idea_translation = TranslationField(
            "collaborationIdea", language, multiline=True, rows=4, max_length=IDEA_MAX
        )
        code = language.upper()  # a screen reader tells the two translations apart
        self.title_translation.editor.setAccessibleName(
            fill(self.tr("Title translation (%1)"), [code])
        )
        self.idea_translation.editor.setAccessibleName(
            fill(self.tr("Idea translation (%1)"), [code])
        )
        self.fields: dict[str, QWidget] = {
            "title_translation": self.title_translation.editor,
            "idea_translation": self.idea_translation.editor,
        }
        self.errors = {key: error_label(f"{key}Error") for key in self.fields}
        self.partner = PartnerPicker("collaborationPartner")
        self.partner.set_partners(
            options_from(desk.plan_b.choices()), none_text=self.tr("(choose later)")
        )
        self.error = ErrorLabel("collaborationError")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow("", with_error(self.title_translation, self.errors["title_translation"]))
        form.addRow(self.tr("Idea:"), self.idea)
        form.addRow("", with_error(self.idea_translation, self.errors["idea_translation"]))
        form.addRow(self.tr("Partner:"), self.partner)
        # A library system's branch, this computer's first (issue 19); a
        # single library never sees the row.
        self.branch = named(BranchCombo(), "collaborationBranch")
        try:
            self.branch.set_branches(desk.branches.names(), desk.branches.home_id())
        except ServiceError:
            self.branch.set_branches([])
        if self.branch.is_system:
            form.addRow(self.tr("Branch:"), self.branch)
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
            title_translation=self.title_translation.text(),
            idea_translation=self.idea_translation.text(),
            partner_ids=() if partner is None else (int(partner),),
            branch_id=self.branch.chosen(),
        )
        clear_errors(self.errors)
        self.error.clear_error()
        try:
            self.saved_id = self._desk.collaborations.create(draft).id
        except ValidationError as exc:
            problem = exc.for_field("title")
            if problem is not None and problem.code == "required":
                self.error.show_error(self.tr("Give the collaboration a title."))
                self.title.setFocus()
            else:  # a translation's refusal under its field, the rest below the form
                show_problems(exc, self.errors, self.fields, self.error)
            return
        except ServiceError as exc:
            self.error.show_error(exc)
            return
        self.accept()
