"""Settings → Checklist questions: reword the prompts, mark questions
optional, retire them, or add the library's own questions to a step.
Answers refer to questions by key, so none of this loses an answer."""

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
from collabdesk.domain.message import fill
from collabdesk.services.errors import ServiceError
from collabdesk.ui.widgets.error_label import ErrorLabel, plain_label
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.service_text import error_text
from collabdesk.ui.widgets.table_cells import cell

if TYPE_CHECKING:
    from collabdesk.services.checklist import ChecklistService, QuestionRecord

STEP, PROMPT_EN, PROMPT_RU, REQUIRED, ACTIVE = range(5)


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
        self.table = named(QTableWidget(0, 5), "questionTable")
        self.table.setAccessibleName(self.tr("Checklist questions"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Step"),
                self.tr("Question (English)"),
                self.tr("Question (Russian)"),
                self.tr("Required"),
                self.tr("In use"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(STEP, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROMPT_EN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PROMPT_RU, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REQUIRED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ACTIVE, QHeaderView.ResizeMode.ResizeToContents)
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
        questions = self._service.questions(include_retired=True)
        self._loaded = {q.key: q for q in questions}
        self.table.setRowCount(0)
        for q in questions:
            self._append(q.key, q.step, q.prompt_en, q.prompt_ru, q.required, q.active)
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
        for column, value in ((REQUIRED, required), (ACTIVE, active)):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            self.table.setItem(row, column, check)
        return row

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
            try:
                if key is None:
                    saved = self._service.add_question(step, prompt_en, prompt_ru, required)
                    cell(self.table, row, STEP).setData(Qt.ItemDataRole.UserRole, saved.key)
                    if not active:
                        self._service.set_active(saved.key, False)
                    continue
                old = self._loaded[key]
                if (old.prompt_en, old.prompt_ru, old.required) != (prompt_en, prompt_ru, required):
                    self._service.update_question(key, prompt_en, prompt_ru, required)
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
