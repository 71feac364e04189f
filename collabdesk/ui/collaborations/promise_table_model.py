"""The promises of wizard step 5, one per row, edited in place: a changed
cell is saved at once through CommitmentService.update (with the version
read, so a change made elsewhere meanwhile is refused, not overwritten).
The side and the partner are picked from lists (PromiseDelegate)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from collabdesk.domain.enums import Direction
from collabdesk.domain.message import fill
from collabdesk.services.errors import ServiceError
from collabdesk.ui.shell.i18n import format_date
from collabdesk.ui.widgets.date_text import parse_date
from collabdesk.ui.widgets.record_list_model import RecordListModel
from collabdesk.ui.widgets.service_text import error_text

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractItemModel

    from collabdesk.services.commitment_records import CommitmentDraft, CommitmentRecord
    from collabdesk.services.desk import Desk

Index = QModelIndex | QPersistentModelIndex
Partners = tuple[tuple[int, str], ...]  # (partner id, name) of those taking part
EDIT = Qt.ItemDataRole.EditRole
SHOW = Qt.ItemDataRole.DisplayRole


class PromiseTableModel(RecordListModel["CommitmentRecord"]):
    SIDE, PROMISE, PARTNER, DUE, OWNER = range(5)
    refused = Signal(str)  # why an edit was not saved, in words

    def __init__(self, desk: Desk, parent: Any = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.partners: Partners = ()

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Side"),
            self.tr("Promise"),
            self.tr("Partner"),
            self.tr("Due"),
            self.tr("Responsible"),
        )

    def side_text(self, direction: Direction) -> str:
        return self.tr("Library") if direction is Direction.LIBRARY_GIVES else self.tr("Partner")

    def partner_text(self, item: CommitmentRecord) -> str:
        if item.partner_id is None:
            return self.tr("— choose") if self.partners else ""
        return item.partner_name or dict(self.partners).get(item.partner_id, "")

    def cell(self, item: CommitmentRecord, column: int, role: int) -> Any:
        if role == EDIT:
            return {
                self.SIDE: item.direction.value,
                self.PROMISE: item.description,
                self.PARTNER: item.partner_id,
                self.DUE: format_date(item.due_on) if item.due_on else "",
                self.OWNER: item.owner,
            }.get(column)
        if role in (SHOW, Qt.ItemDataRole.ToolTipRole):
            text = {
                self.SIDE: self.side_text(item.direction),
                self.PROMISE: item.description,
                self.PARTNER: self.partner_text(item),
                self.DUE: format_date(item.due_on) if item.due_on else "",
                self.OWNER: item.owner,
            }.get(column, "")
            if role == SHOW:
                return " ".join(text.split())  # one line a row: a pasted newline would hide it
            return text[:2000] + "\n" + self.tr("Double-click or F2 to change it.")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() == self.PARTNER and not self.partners:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        item = self.item(index.row()) if index.isValid() else None
        if item is None or role != EDIT:
            return False
        try:
            draft = self._changed(item, index.column(), value)
        except ValueError:
            self.refused.emit(
                fill(
                    self.tr("“%1” is not a date. Type it like 2027-03-01 or 01.03.2027."),
                    [str(value).strip()[:40]],
                )
            )
            return False
        if draft is None:
            return False
        try:
            saved = self._desk.commitments.update(item.id, draft, item.version_id)
        except ServiceError as exc:
            self.refused.emit(error_text(exc))
            return False
        self._items[index.row()] = saved
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.OWNER))
        return True

    def _changed(self, item: CommitmentRecord, column: int, value: Any) -> CommitmentDraft | None:
        """The draft with one field changed; None when nothing changes.
        ValueError for a due date that is not a date."""
        draft = item.to_draft()
        if column == self.SIDE:
            changed = replace(draft, direction=Direction(value))
        elif column == self.PROMISE:
            changed = replace(draft, description=str(value))
        elif column == self.PARTNER:
            changed = replace(draft, partner_id=int(value) if value is not None else None)
        elif column == self.DUE:
            changed = replace(draft, due_on=parse_date(str(value)))
        elif column == self.OWNER:
            changed = replace(draft, owner=str(value))
        else:
            return None
        return None if changed == draft else changed


class PromiseDelegate(QStyledItemDelegate):
    """Lists for the side and the partner; a line for the rest."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        if isinstance(model, PromiseTableModel) and index.column() in (
            model.SIDE,
            model.PARTNER,
        ):
            combo = QComboBox(parent)
            combo.setObjectName("promiseCellChoice")
            if index.column() == model.SIDE:
                for direction in Direction:
                    combo.addItem(model.side_text(direction), direction.value)
            else:
                for partner_id, name in model.partners:
                    combo.addItem(name, partner_id)
            return combo
        editor = QLineEdit(parent)
        editor.setObjectName("promiseCellText")
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(EDIT)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), EDIT)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), EDIT)
