"""A record's history: a timeline of its changes (and those of the rows that
hang on it), with "Restore this value" for a changed field."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.errors import ServiceError, fill
from collabdesk.services.history import HistoryItem, HistoryService
from collabdesk.ui.history.history_labels import (
    VALUE_CHARS,
    action_label,
    field_label,
    record_label,
    table_label,
)
from collabdesk.ui.shell.i18n import format_timestamp
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.actions import allow
from collabdesk.ui.widgets.error_label import plain_label
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.record_list_model import RecordListModel
from collabdesk.ui.widgets.service_text import error_text


def local_time(moment: datetime) -> str:
    """A UTC timestamp in the user's time zone, day and month unmistakable."""
    return format_timestamp(moment)


def shown_value(item: HistoryItem, value: str | None) -> str:
    if value is None:
        return ""
    if item.field == "tags":
        try:
            return ", ".join(json.loads(value))
        except ValueError:
            return value
    text = " ".join(value.split())
    return text if len(text) <= VALUE_CHARS else text[: VALUE_CHARS - 1] + "…"


class HistoryTableModel(RecordListModel[HistoryItem]):
    WHEN, WHO, WHAT, FIELD, OLD, NEW = range(6)

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("When"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("Field"),
            self.tr("Before"),
            self.tr("After"),
        )

    def cell(self, item: HistoryItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.OLD, self.NEW) and item.field:
            value = item.old_value if column == self.OLD else item.new_value
            return (value or "")[:2000]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.WHEN:
            return local_time(item.changed_at)
        if column == self.WHO:
            return f"{item.person} ({item.computer})" if item.computer else item.person
        if column == self.WHAT:
            return f"{table_label(item.table)} {item.record_id}: {action_label(item.action)}"
        if not item.field:
            if column == self.OLD and item.action == "delete":
                return record_label(item.old_value)
            if column == self.NEW and item.action in ("create", "restore"):
                return record_label(item.new_value)
            return ""
        if column == self.FIELD:
            return field_label(item.field)
        return shown_value(item, item.old_value if column == self.OLD else item.new_value)


class HistoryDialog(QDialog):
    def __init__(
        self,
        history: HistoryService,
        table: str,
        record_id: int,
        title: str,
        on_changed: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(fill(self.tr("History of %1"), [title]))
        self._history = history
        self._table = table
        self._record_id = record_id
        self._on_changed = on_changed
        self.model = HistoryTableModel(self)
        self.view = named(QTableView(), "historyTable")
        self.view.setAccessibleName(self.tr("Changes"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.empty_label = named(
            plain_label(self.tr("No changes recorded yet. Edits made from now on appear here.")),
            "historyEmpty",
        )
        self.restore_button = named(
            QPushButton(self.tr("Restore this value")), "restoreValueButton"
        )
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_button())
        self.resize(900, 420)
        self.reload()

    def reload(self) -> None:
        try:
            items = self._history.for_record(self._table, self._record_id)
        except ServiceError as exc:
            prompts.error(self, self.tr("History not available"), error_text(exc))
            items = []
        self.model.set_items(items)
        for column, width in enumerate((130, 130, 240, 90, 150)):
            self.view.setColumnWidth(column, width)
        self.empty_label.setVisible(not items)
        self._update_button()

    def selected(self) -> HistoryItem | None:
        return self.model.item(self.view.currentIndex().row())

    def _update_button(self) -> None:
        item = self.selected()
        if item is None:
            reason: str | None = self.tr("Select a change first.")
        elif not item.restorable:
            reason = self.tr(
                "Only a changed field can be put back, not a record that was created, "
                "deleted or restored."
            )
        else:
            reason = None
        allow(
            self.restore_button,
            reason,
            self.tr("Put the field back to the value it had before the selected change."),
        )

    def restore_selected(self) -> None:
        item = self.selected()
        if item is None or not item.restorable:
            return
        try:
            self._history.restore_value(item.id)
        except ServiceError as exc:
            prompts.error(self, self.tr("Value not restored"), error_text(exc))
            return
        self.reload()
        self.view.selectRow(0)
        if self._on_changed is not None:
            self._on_changed()


def show_history(
    parent: QWidget | None,
    history: HistoryService,
    table: str,
    record_id: int,
    title: str,
    on_changed: Callable[[], None] | None = None,
) -> None:
    """Open the history dialog modally (tests replace this function)."""
    HistoryDialog(history, table, record_id, title, on_changed, parent).exec()
