"""The steps of one commitment (artwork → approval → print → install), edited
in place: a small table (done, what, who, by when) with a line below it to
add the next step. Everything works from the keyboard: Enter in the new
step's fields adds it, Space ticks the selected step done or open again,
Alt+Up/Alt+Down move it, Delete removes it (after asking), F2 edits a cell.

Each change is one service call (services/steps.py); a refusal (an empty
step, a wrong date) is said under the table and nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.errors import ServiceError, fill
from collabdesk.services.steps import StepDraft, StepRecord
from collabdesk.ui.commitments import commitment_dialogs
from collabdesk.ui.operations.run import run_operation
from collabdesk.ui.shell.i18n import format_date
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.actions import allow, make_action
from collabdesk.ui.widgets.date_text import parse_date
from collabdesk.ui.widgets.empty_hint import set_empty_hint
from collabdesk.ui.widgets.error_label import ErrorLabel, plain_label
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.staff_picker import StaffDelegate, StaffPicker, staff_names

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk

Index = QModelIndex | QPersistentModelIndex
Commit = Callable[[StepRecord, StepDraft | bool], bool]  # a draft, or done (True) / open


class StepTableModel(QAbstractTableModel):
    """The steps as rows; an edit or a tick goes to `commit`, which saves it."""

    DONE, WHAT, WHO, DUE = range(4)

    def __init__(self, commit: Commit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self._rows: list[StepRecord] = []

    def set_rows(self, rows: list[StepRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def step_at(self, row: int) -> StepRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, step_id: int) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.id == step_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Done"), self.tr("What"), self.tr("Who"), self.tr("By"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.DONE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        step = self.step_at(index.row())
        if step is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.DONE:
            return Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DONE:
                return format_date(step.done_on) if step.done_on else ""
            if column == self.WHAT:
                return step.what.splitlines()[0] if step.what else ""
            if column == self.WHO:
                return step.who
            if column == self.DUE:
                return format_date(step.due_on) if step.due_on else ""
        if role == Qt.ItemDataRole.EditRole:
            return {
                self.WHAT: step.what,
                self.WHO: step.who,
                self.DUE: step.due_on.strftime("%d.%m.%Y") if step.due_on else "",
            }.get(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.WHAT:
            return step.what
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.DONE:
            return self.tr("done") if step.done else self.tr("open")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        step = self.step_at(index.row())
        if step is None:
            return False
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.DONE:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            return self._commit(step, checked)
        if role != Qt.ItemDataRole.EditRole or column == self.DONE:
            return False
        text = str(value or "")
        if column == self.DUE:
            try:
                due = parse_date(text)
            except ValueError:
                return self._bad_date(text)
            return self._commit(step, StepDraft(step.what, step.who, due))
        if column == self.WHAT:
            return self._commit(step, StepDraft(text, step.who, step.due_on))
        return self._commit(step, StepDraft(step.what, text, step.due_on))

    bad_date = Signal(str)

    def _bad_date(self, text: str) -> bool:
        self.bad_date.emit(text)
        return False


class StepsEditor(QWidget):
    """The steps of `commitment_id`: the table, the new step's line, buttons."""

    changed = Signal()  # a step was added, edited, ticked, moved or removed

    def __init__(self, desk: Desk, commitment_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepsEditor")
        self._desk = desk
        self._commitment_id = commitment_id
        self.model = StepTableModel(self._commit, self)
        self.model.bad_date.connect(self._say_bad_date)
        self.table = named(QTableView(), "stepTable")
        self.table.setAccessibleName(self.tr("Steps"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(StepTableModel.WHAT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((StepTableModel.DONE, 110), (StepTableModel.WHO, 170)):
            header.resizeSection(column, width)
        header.resizeSection(StepTableModel.DUE, 110)
        set_empty_hint(
            self.table,
            self.tr(
                "No steps yet. Split the work into steps below (e.g. artwork, approval, "
                "print, install), each with who does it and by when."
            ),
        )
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_state())

        self.what_edit = named(QLineEdit(), "newStepWhat")
        self.what_edit.setPlaceholderText(self.tr("New step, e.g. approve the artwork"))
        self.what_edit.setMaxLength(2000)
        names = staff_names(desk)
        self.table.setItemDelegateForColumn(StepTableModel.WHO, StaffDelegate(names, self.table))
        self.who_edit = StaffPicker("newStepWho", names)
        self.who_edit.setPlaceholderText(self.tr("Who"))
        self.who_edit.setMaxLength(200)
        self.due_edit = named(QLineEdit(), "newStepDue")
        self.due_edit.setPlaceholderText(self.tr("By: 31.12.2026"))
        self.due_edit.setMaximumWidth(130)
        self.add_button = named(QPushButton(self.tr("&Add step")), "addStepButton")
        self.add_button.clicked.connect(self.add_step)
        for edit in (self.what_edit, self.who_edit, self.due_edit):
            edit.returnPressed.connect(self.add_step)
        new_row = QHBoxLayout()
        new_row.addWidget(self.what_edit, 3)
        new_row.addWidget(self.who_edit, 1)
        new_row.addWidget(self.due_edit)
        new_row.addWidget(self.add_button)

        self.done_button = named(QPushButton(self.tr("Done / open")), "tickStepButton")
        self.done_button.clicked.connect(self.toggle_selected)
        self.up_button = named(QPushButton(self.tr("Move up")), "stepUpButton")
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = named(QPushButton(self.tr("Move down")), "stepDownButton")
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.delete_button = named(QPushButton(self.tr("Delete…")), "deleteStepButton")
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.done_button, self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.error = ErrorLabel("stepError")
        for key, slot, name in (
            (QKeySequence(Qt.Key.Key_Space), self.toggle_selected, "tickStepKey"),
            (QKeySequence("Alt+Up"), lambda: self.move_selected(-1), "stepUpKey"),
            (QKeySequence("Alt+Down"), lambda: self.move_selected(1), "stepDownKey"),
            (QKeySequence(Qt.Key.Key_Delete), self.delete_selected, "deleteStepKey"),
        ):
            self.table.addAction(
                make_action(
                    self, "", name, slot, shortcut=key, context=Qt.ShortcutContext.WidgetShortcut
                )
            )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(new_row)
        layout.addWidget(self.error)
        self.refresh()

    # --- reading ------------------------------------------------------------------------
    def refresh(self, keep: int | None = None) -> None:
        selected = keep if keep is not None else self._selected_id()
        try:
            rows = self._desk.steps.for_commitment(self._commitment_id)
        except ServiceError as exc:
            self.error.show_error(exc)
            rows = []
        self.model.set_rows(rows)
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, StepTableModel.WHAT))
        self._update_state()

    def selected(self) -> StepRecord | None:
        index = self.table.currentIndex()
        return self.model.step_at(index.row()) if index.isValid() else None

    def _selected_id(self) -> int | None:
        step = self.selected()
        return step.id if step is not None else None

    def _update_state(self) -> None:
        step = self.selected()
        pick = None if step is not None else self.tr("Select a step first.")
        allow(self.done_button, pick, self.tr("Tick the step done, or open it again (Space)"))
        allow(self.up_button, pick, self.tr("Move the step up (Alt+Up)"))
        allow(self.down_button, pick, self.tr("Move the step down (Alt+Down)"))
        allow(self.delete_button, pick, self.tr("Delete the step (Delete)"))

    # --- changing -----------------------------------------------------------------------
    def _run(self, call: Callable[[], object]) -> bool:
        done = run_operation(
            self, call, failure_title=self.tr("Step not saved"), error_label=self.error
        )
        if done is None:
            return False
        self.changed.emit()
        return True

    def _commit(self, step: StepRecord, change: StepDraft | bool) -> bool:
        steps = self._desk.steps
        if isinstance(change, bool):
            ok = self._run(lambda: steps.tick(step.id) if change else steps.undo(step.id))
        else:
            ok = self._run(lambda: steps.update(step.id, change, step.version_id))
        self.refresh(step.id)
        return ok

    def _say_bad_date(self, text: str) -> None:
        self.error.show_error(
            fill(self.tr("“%1” is not a date; write 31.12.2026 or 2026-12-31."), [text[:40]])
        )

    def add_step(self) -> None:
        try:
            due = parse_date(self.due_edit.text())
        except ValueError:
            self._say_bad_date(self.due_edit.text())
            self.due_edit.setFocus()
            return
        draft = StepDraft(what=self.what_edit.text(), who=self.who_edit.text(), due_on=due)
        done = run_operation(
            self,
            lambda: self._desk.steps.add(self._commitment_id, draft),
            failure_title=self.tr("Step not added"),
            error_label=self.error,
        )
        if done is None:
            self.what_edit.setFocus()
            return  # what was typed stays in the fields
        self.changed.emit()
        self.what_edit.clear()
        self.due_edit.clear()  # the same person often does the next step too
        self.refresh(done.value.id)
        self.what_edit.setFocus()

    def toggle_selected(self) -> None:
        step = self.selected()
        if step is not None:
            self._commit(step, not step.done)

    def move_selected(self, offset: int) -> None:
        step = self.selected()
        if step is not None and self._run(lambda: self._desk.steps.move(step.id, offset)):
            self.refresh(step.id)

    def delete_selected(self) -> None:
        step = self.selected()
        if step is None:
            return
        quote = step.what.splitlines()[0][:200] if step.what else ""
        if not prompts.confirm(
            self, self.tr("Delete step"), fill(self.tr("Delete the step “%1”?"), [quote])
        ):
            return
        if self._run(lambda: self._desk.steps.delete(step.id)):
            self.refresh()


class StepsDialog(QDialog):
    """The steps of one commitment in their own window (from the tracker)."""

    def __init__(
        self, desk: Desk, commitment_id: int, description: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stepsDialog")
        first = description.splitlines()[0][:80] if description else ""
        self.setWindowTitle(fill(self.tr("Steps — %1"), [first]))
        what = named(plain_label(description[:500]), "stepsCommitment")
        self.editor = StepsEditor(desk, commitment_id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.editor.what_edit.setFocus()


def open_steps(
    parent: QWidget | None, desk: Desk, commitment_id: int, description: str
) -> StepsDialog:
    dialog = StepsDialog(desk, commitment_id, description, parent)
    commitment_dialogs.exec_dialog(dialog)
    dialog.deleteLater()
    return dialog
