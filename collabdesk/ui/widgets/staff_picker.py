"""An owner or assignee field that offers the staff list (issue 19): an
editable combo whose completion finds a name by any part of it, in any
case. Anything may still be typed (a partner's person, someone not yet on
the list); the services link the text to the staff member it names. It
reads and writes like the line edit it replaces (text, setText)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QObject, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from collabdesk.services.errors import ServiceError
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from collabdesk.services.desk import Desk


def staff_names(desk: Desk | None) -> list[str]:
    """The active staff's names; none when the database is busy or missing."""
    staff = getattr(desk, "staff", None)
    if staff is None:
        return []
    try:
        return list(staff.names())
    except ServiceError:
        return []


class StaffPicker(QComboBox):
    def __init__(
        self, object_name: str, names: Sequence[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        named(self, object_name)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.set_names(names)

    def set_names(self, names: Sequence[str]) -> None:
        """Offer these names (none: a free-text field, e.g. a partner's person)."""
        kept = self.text()
        self.blockSignals(True)
        self.clear()
        self.addItems(list(names))
        self._names.setStringList(list(names))
        self.setEditText(kept)
        self.blockSignals(False)

    def names(self) -> list[str]:
        return [self.itemText(i) for i in range(self.count())]

    def _line(self) -> QLineEdit:
        line = self.lineEdit()
        assert line is not None  # editable since __init__
        return line

    # --- the line edit's own words, so callers need not change ---------------------------
    def text(self) -> str:
        return self.currentText()

    def setText(self, text: str) -> None:
        self.setEditText(text)

    def setPlaceholderText(self, text: str) -> None:
        self._line().setPlaceholderText(text)

    def setMaxLength(self, length: int) -> None:
        self._line().setMaxLength(length)

    @property
    def returnPressed(self) -> SignalInstance:
        return self._line().returnPressed


class StaffDelegate(QStyledItemDelegate):
    """Edits a table's assignee cell in a StaffPicker (the steps table)."""

    def __init__(self, names: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = list(names)

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, _index: Any) -> QWidget:
        return StaffPicker("stepWhoCellEdit", self._names, parent)

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        if isinstance(editor, StaffPicker):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Any) -> None:
        if isinstance(editor, StaffPicker):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
