"""The stage board: one column per stage, a card per collaboration. A card
moves by dragging it to another column or with “Next stage”."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.enums import Stage
from collabdesk.domain.message import fill
from collabdesk.ui.collaborations.collaboration_table_model import CollaborationLine
from collabdesk.ui.widgets.error_label import plain_label
from collabdesk.ui.widgets.labels import stage_label

COLUMN_MIN_WIDTH = 190


class BoardColumn(QListWidget):
    """The cards of one stage; dropping a card from another column asks the
    board to move that collaboration here."""

    card_dropped = Signal(int, object)  # collaboration id, Stage

    def __init__(self, stage: Stage) -> None:
        super().__init__()
        self.stage = stage
        self.setObjectName(f"boardColumn:{stage.value}")
        self.setAccessibleName(stage_label(stage))
        self.setWordWrap(True)
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setSpacing(3)
        self.setStyleSheet(
            "QListWidget::item { border: 1px solid palette(mid); border-radius: 4px;"
            " padding: 4px; }"
            "QListWidget::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def dropEvent(self, event: QDropEvent) -> None:
        source = event.source()
        if isinstance(source, BoardColumn) and source is not self:
            item = source.currentItem()
            if item is not None:
                self.card_dropped.emit(int(item.data(Qt.ItemDataRole.UserRole)), self.stage)
        # The board reloads from the database; Qt must not move the item itself.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()


class CollaborationBoard(QWidget):
    move_requested = Signal(int, object)  # collaboration id, Stage
    current_changed = Signal(object)  # collaboration id or None
    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("collaborationBoard")
        self.columns: dict[Stage, BoardColumn] = {}
        self.titles: dict[Stage, QWidget] = {}
        strip = QWidget()
        row = QHBoxLayout(strip)
        row.setContentsMargins(0, 0, 0, 0)
        for stage in Stage:
            column = BoardColumn(stage)
            column.card_dropped.connect(self.move_requested)
            column.currentItemChanged.connect(self._on_current)
            column.itemDoubleClicked.connect(
                lambda item: self.open_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
            )
            title = plain_label(stage_label(stage))
            title.setStyleSheet("font-weight: bold;")
            box = QVBoxLayout()
            box.addWidget(title)
            box.addWidget(column, 1)
            row.addLayout(box)
            self.columns[stage] = column
            self.titles[stage] = title
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(strip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def set_lines(self, lines: list[CollaborationLine], keep: int | None = None) -> None:
        for column in self.columns.values():
            column.blockSignals(True)
            column.clear()
        for line in lines:
            text = line.title
            if line.partners:
                text += "\n" + ", ".join(line.partners)
            text += "\n" + fill(self.tr("Ready: %1 %"), [str(line.readiness)])
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, line.id)
            item.setToolTip(text)
            self.columns[line.stage].addItem(item)
            if line.id == keep:
                self.columns[line.stage].setCurrentItem(item)
        for stage, column in self.columns.items():
            column.blockSignals(False)
            self.titles[stage].setProperty("count", column.count())

    def card(self, collaboration_id: int) -> tuple[Stage, QListWidgetItem] | None:
        for stage, column in self.columns.items():
            for row in range(column.count()):
                item = column.item(row)
                if int(item.data(Qt.ItemDataRole.UserRole)) == collaboration_id:
                    return stage, item
        return None

    def select(self, collaboration_id: int) -> None:
        found = self.card(collaboration_id)
        if found is not None:
            stage, item = found
            self.columns[stage].setCurrentItem(item)
            self.columns[stage].setFocus()

    def _on_current(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        if current is None:
            return
        column = current.listWidget()
        for other in self.columns.values():
            if other is not column:
                other.blockSignals(True)
                other.clearSelection()
                other.setCurrentRow(-1)
                other.blockSignals(False)
        self.current_changed.emit(int(current.data(Qt.ItemDataRole.UserRole)))
