"""Settings → Checklist questions: reword the prompts, mark questions
optional, retire them, or add the library's own questions to a step; say
who may read each answer (the partner, or staff only) and whether it is
answered once per partner taking part. Answers refer to questions by key,
so none of this loses an answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.checklist import ChecklistStep
from collabdesk.domain.enums import Audience
from collabdesk.domain.message import fill
from collabdesk.services.errors import ServiceError
from collabdesk.ui.widgets.error_label import ErrorLabel, plain_label
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.service_text import error_text
from collabdesk.ui.widgets.table_cells import cell

if TYPE_CHECKING:
    from collabdesk.services.checklist import ChecklistService, QuestionRecord

STEP, PROMPT_EN, PROMPT_RU, PARTNER, PER_PARTNER, REQUIRED, ACTIVE = range(7)


def step_label(step: ChecklistStep) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate  # literal arguments: lupdate finds them
    labels = {
        ChecklistStep.WHY: translate("ChecklistSteps", "1. Why do we need this?"),
        ChecklistStep.ALTERNATIVES: translate("ChecklistSteps", "2. Alternatives"),
        ChecklistStep.QUALITATIVE: translate("ChecklistSteps", "3. Qualitatively"),
        ChecklistStep.QUANTITATIVE: translate("ChecklistSteps", "4. Quantitatively"),
        ChecklistStep.REPUTATION: translate("ChecklistSteps", "5. Reputation"),
    }
    return labels[ChecklistStep(step)]


class ChecklistTemplateDialog(QDialog):
    def __init__(self, checklist: ChecklistService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistTemplateDialog")
        self.setWindowTitle(self.tr("Checklist questions"))
        self.resize(960, 560)
        self._service = checklist
        self._loaded: dict[str, QuestionRecord] = {}
        self.table = named(QTableWidget(0, 7), "questionTable")
        self.table.setAccessibleName(self.tr("Checklist questions"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Step"),
                self.tr("Question (English)"),
                self.tr("Question (Russian)"),
                self.tr("Partner sees it"),
                self.tr("Per partner"),
                self.tr("Required"),
                self.tr("In use"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(STEP, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROMPT_EN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PROMPT_RU, QHeaderView.ResizeMode.Stretch)
        for column in (PARTNER, PER_PARTNER, REQUIRED, ACTIVE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        tips = {
            PARTNER: self.tr(
                "Ticked: the answer may appear in the pitch, the slides, meeting mode and "
                "the meeting copy. Unticked: staff only."
            ),
            PER_PARTNER: self.tr(
                "Ticked: with several partners, each partner gets an answer of its own."
            ),
        }
        for column, tip in tips.items():
            header_item = self.table.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(tip)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.step = named(QComboBox(), "newQuestionStep")
        self.step.setAccessibleName(self.tr("Step of the new question"))
        for step in ChecklistStep:
            self.step.addItem(step_label(step), step.value)
        add = named(QPushButton(self.tr("Add question to step")), "addQuestion")
        add.clicked.connect(self.add_row)
        self.error = ErrorLabel("templateError")
        hint = plain_label(
            self.tr(
                "Reword a question, make it optional, or untick “In use” to retire it. "
                "Untick “Partner sees it” for answers that stay in the library. "
                "Answers already given are kept whatever you change here."
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.step)
        row.addWidget(add)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        from collabdesk.services.checklist import ANSWERED_BY_RECORDS

        questions = self._service.questions(include_retired=True)
        self._loaded = {q.key: q for q in questions}
        self.table.setRowCount(0)
        for q in questions:
            row = self._append(q.key, q.step, q.prompt_en, q.prompt_ru, q.required, q.active)
            self._set_checked(row, PARTNER, q.audience is Audience.PARTNER)
            self._set_checked(row, PER_PARTNER, q.per_partner)
            if q.key in ANSWERED_BY_RECORDS:  # plan B, picks, promises: fixed by the program
                for column in (PARTNER, PER_PARTNER):
                    item = cell(self.table, row, column)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    item.setToolTip(self.tr("Answered by other records: who may read it is fixed."))
        self.table.resizeRowsToContents()

    def _append(
        self,
        key: str | None,
        step: ChecklistStep,
        prompt_en: str,
        prompt_ru: str,
        required: bool,
        active: bool,
    ) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        step_item = QTableWidgetItem(step_label(step))
        step_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        step_item.setData(Qt.ItemDataRole.UserRole, key)
        step_item.setData(Qt.ItemDataRole.UserRole + 1, step.value)
        self.table.setItem(row, STEP, step_item)
        self.table.setItem(row, PROMPT_EN, QTableWidgetItem(prompt_en))
        self.table.setItem(row, PROMPT_RU, QTableWidgetItem(prompt_ru))
        # A new question is staff-only until someone decides the partner may read it.
        for column, value in (
            (PARTNER, False),
            (PER_PARTNER, False),
            (REQUIRED, required),
            (ACTIVE, active),
        ):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, column, check)
            self._set_checked(row, column, value)
        return row

    def _set_checked(self, row: int, column: int, value: bool) -> None:
        state = Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        cell(self.table, row, column).setCheckState(state)

    def add_row(self) -> None:
        row = self._append(None, ChecklistStep(self.step.currentData()), "", "", True, True)
        self.table.setCurrentCell(row, PROMPT_EN)
        self.table.editItem(cell(self.table, row, PROMPT_EN))

    def _checked(self, row: int, column: int) -> bool:
        return cell(self.table, row, column).checkState() == Qt.CheckState.Checked

    def save(self) -> bool:
        for row in range(self.table.rowCount()):
            key = cell(self.table, row, STEP).data(Qt.ItemDataRole.UserRole)
            step = ChecklistStep(cell(self.table, row, STEP).data(Qt.ItemDataRole.UserRole + 1))
            prompt_en = cell(self.table, row, PROMPT_EN).text()
            prompt_ru = cell(self.table, row, PROMPT_RU).text()
            required, active = self._checked(row, REQUIRED), self._checked(row, ACTIVE)
            audience = Audience.PARTNER if self._checked(row, PARTNER) else Audience.STAFF
            per_partner = self._checked(row, PER_PARTNER)
            try:
                if key is None:
                    saved = self._service.add_question(
                        step,
                        prompt_en,
                        prompt_ru,
                        required,
                        audience=audience,
                        per_partner=per_partner,
                    )
                    cell(self.table, row, STEP).setData(Qt.ItemDataRole.UserRole, saved.key)
                    if not active:
                        self._service.set_active(saved.key, False)
                    continue
                old = self._loaded[key]
                before = (old.prompt_en, old.prompt_ru, old.required, old.audience, old.per_partner)
                if before != (prompt_en, prompt_ru, required, audience, per_partner):
                    self._service.update_question(
                        key,
                        prompt_en,
                        prompt_ru,
                        required,
                        audience=audience,
                        per_partner=per_partner,
                    )
                if old.active != active:
                    self._service.set_active(key, active)
            except ServiceError as exc:
                self.error.show_error(
                    fill(
                        self.tr("Question in row %1 was not saved: %2"),
                        [str(row + 1), error_text(exc)],
                    )
                )
                self.table.setCurrentCell(row, PROMPT_EN)
                return False
        self.error.clear_error()
        self.accept()
        return True
