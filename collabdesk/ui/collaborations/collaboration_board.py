"""The stage board: one column per stage, a card per collaboration. A card
moves by dragging it to another column or with “Next stage”.

A column shows its stage's first cards by title (services/collaboration_pages
BOARD_CARDS) and then “and N more”, so a board of 20,000 collaborations
opens as quickly as one of twenty; the title counts them all."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QDropEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.enums import Stage
from collabdesk.domain.message import fill
from collabdesk.services.collaboration_lines import StageCards
from collabdesk.ui.collaborations.stage_time import stage_since
from collabdesk.ui.widgets.error_label import plain_label
from collabdesk.ui.widgets.labels import stage_label

COLUMN_MIN_WIDTH = 190
CARD_PADDING = 6  # pixels between a card's border and its text
SPACING = 3
Index = QModelIndex | QPersistentModelIndex


def card_id(item: QListWidgetItem | None) -> int | None:
    """The collaboration of a card; None for the “and N more” line."""
    value = None if item is None else item.data(Qt.ItemDataRole.UserRole)
    return None if value is None else int(value)


class CardDelegate(QStyledItemDelegate):
    """Draws a card as a framed box whose height fits its text wrapped to
    the column's width: a long title or many partners make a taller card,
    never a clipped one. (A style sheet's item padding is not counted in
    the wrapped height, which cut the cards' last line and right edge.)"""

    def __init__(self, column: QListWidget) -> None:
        super().__init__(column)
        self._column = column

    def _width(self) -> int:
        return max(self._column.viewport().width() - 2 * SPACING, 40)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = self._width()
        inner = QRect(0, 0, width - 2 * CARD_PADDING, 100_000)
        flags = int(Qt.TextFlag.TextWordWrap)
        height = option.fontMetrics.boundingRect(inner, flags, text).height()
        return QSize(width, height + 2 * CARD_PADDING)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> None:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        box = option.rect.adjusted(0, 0, -1, -1)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid)))
        painter.setBrush(palette.highlight() if selected else palette.base())
        painter.drawRoundedRect(box, 4, 4)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        inner = box.adjusted(CARD_PADDING, CARD_PADDING, -CARD_PADDING, -CARD_PADDING)
        painter.drawText(inner, int(Qt.TextFlag.TextWordWrap), text)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(
                QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(2, 2, -2, -2), 3, 3)
        painter.restore()


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
        # Cards wrap to the column's width and are laid out again whenever
        # it changes (a vertical scroll bar appearing, say), never clipped.
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setSpacing(SPACING)
        self.setItemDelegate(CardDelegate(self))
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def dropEvent(self, event: QDropEvent) -> None:
        source = event.source()
        if isinstance(source, BoardColumn) and source is not self:
            dropped = card_id(source.currentItem())
            if dropped is not None:
                self.card_dropped.emit(dropped, self.stage)
        # The board reloads from the database; Qt must not move the item itself.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()


class CollaborationBoard(QWidget):
    move_requested = Signal(int, object)  # collaboration id, Stage
    current_changed = Signal(object)  # collaboration id or None
    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stages: list[StageCards] = []
        self._readiness_shown = True  # meeting mode hides the checklist's progress
        self.setObjectName("collaborationBoard")
        self.columns: dict[Stage, BoardColumn] = {}
        self.titles: dict[Stage, QLabel] = {}
        strip = QWidget()
        # Titles in one row, cards in the next: a title that wraps ("Pitched"
        # in Russian) does not push its column below the others.
        grid = QGridLayout(strip)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setRowStretch(1, 1)
        for place, stage in enumerate(Stage):
            column = BoardColumn(stage)
            column.card_dropped.connect(self.move_requested)
            column.currentItemChanged.connect(self._on_current)
            column.itemDoubleClicked.connect(self._on_double_click)
            title = plain_label(stage_label(stage))
            title.setStyleSheet("font-weight: bold;")
            title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            title.setBuddy(column)
            grid.addWidget(title, 0, place)
            grid.addWidget(column, 1, place)
            self.columns[stage] = column
            self.titles[stage] = title
        # Columns keep a readable width; when they do not all fit (nine
        # stages on a 1366-pixel laptop) the board scrolls sideways.
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(strip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    def show_readiness(self, shown: bool) -> None:
        """Meeting mode hides the checklist's progress ("Ready: 40 %") on the
        cards, as it does in the list."""
        self._readiness_shown = shown
        self.set_stages(self._stages)

    def set_stages(self, stages: list[StageCards], keep: int | None = None) -> None:
        self._stages = stages
        readiness_shown = self._readiness_shown
        for column in self.columns.values():
            column.blockSignals(True)
            column.clear()
        totals = {}
        for shown in stages:
            column = self.columns[shown.stage]
            totals[shown.stage] = shown.total
            for line in shown.cards:
                text = line.title
                if line.partners:
                    text += "\n" + ", ".join(line.partners)
                if readiness_shown:
                    text += "\n" + fill(self.tr("Ready: %1 %"), [str(line.readiness)])
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, line.id)
                since = line.stage_changed_on
                item.setToolTip(
                    text if since is None else f"{text}\n{stage_since(since, date.today())}"
                )
                column.addItem(item)
                if line.id == keep:
                    column.setCurrentItem(item)
            if shown.more > 0:
                more = QListWidgetItem(
                    self.tr(
                        "and %n more: filter by partner or use the list to find them",
                        "",
                        shown.more,
                    )
                )
                more.setFlags(Qt.ItemFlag.NoItemFlags)
                column.addItem(more)
        for stage, column in self.columns.items():
            column.blockSignals(False)
            title = self.titles[stage]
            total = totals.get(stage, 0)
            title.setText(f"{stage_label(stage)} ({total})")
            title.setProperty("count", total)

    def shown_cards(self, stage: Stage) -> list[int]:
        """The collaborations whose cards the column shows, top to bottom."""
        column = self.columns[stage]
        found = (card_id(column.item(row)) for row in range(column.count()))
        return [cid for cid in found if cid is not None]

    def card(self, collaboration_id: int) -> tuple[Stage, QListWidgetItem] | None:
        for stage, column in self.columns.items():
            for row in range(column.count()):
                item = column.item(row)
                if card_id(item) == collaboration_id:
                    return stage, item
        return None

    def select(self, collaboration_id: int) -> None:
        found = self.card(collaboration_id)
        if found is not None:
            stage, item = found
            self.columns[stage].setCurrentItem(item)
            self.columns[stage].setFocus()
            self.scroll_area.ensureWidgetVisible(self.columns[stage])

    def _on_double_click(self, item: QListWidgetItem) -> None:
        chosen = card_id(item)
        if chosen is not None:
            self.open_requested.emit(chosen)

    def _on_current(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        chosen = card_id(current)
        if current is None or chosen is None:
            return
        column = current.listWidget()
        for other in self.columns.values():
            if other is not column:
                other.blockSignals(True)
                other.clearSelection()
                other.setCurrentRow(-1)
                other.blockSignals(False)
        self.current_changed.emit(chosen)
