"""Horizontal bars a person can click: the dashboard's one picture.

Each bar is a label, a bar as long as its value against the chart's
largest, and the figure in words at its end. A click on a bar (or Enter
or Space on the bar chosen with the arrow keys) emits `chosen` with the
bar's key: the dashboard opens the list behind that figure. Painted with
QPainter: no chart library, nothing to load before the first paint."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

LABEL_SHARE = 0.38  # of the width, for the labels on the left
TEXT_SHARE = 0.30  # at most, for the figure after the bar
TRACK = QColor("#eef1f5")
HOVER = QColor("#e3ecf7")
FOCUS = QColor("#2a6fb0")
LEFT = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)


@dataclass(frozen=True)
class Bar:
    key: object  # what `chosen` carries
    label: str
    value: float
    text: str  # the figure, as read: "12 (3 overdue)", "83 %"
    colour: str
    tip: str = ""  # the tooltip: what a click opens


class BarChart(QWidget):
    chosen = Signal(object)

    def __init__(
        self, name: str, parent: QWidget | None = None, *, label_share: float = LABEL_SHARE
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.label_share = label_share
        self.bars: tuple[Bar, ...] = ()
        self.maximum = 0.0
        self.current = 0  # the bar the keyboard is on
        self._hover: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    # --- content ------------------------------------------------------------------------
    def set_bars(self, bars: tuple[Bar, ...], maximum: float | None = None) -> None:
        """Show `bars`; lengths against `maximum` (default: the largest)."""
        self.bars = bars
        self.maximum = maximum if maximum is not None else max((b.value for b in bars), default=0)
        self.current = min(self.current, max(len(bars) - 1, 0))
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.text}" for b in bars))
        self.updateGeometry()
        self.update()

    def row_height(self) -> int:
        return self.fontMetrics().height() + 12

    def sizeHint(self) -> QSize:
        return QSize(320, max(len(self.bars), 1) * self.row_height() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, max(len(self.bars), 1) * self.row_height() + 4)

    def bar_rect(self, index: int) -> QRect:
        """The whole row of bar `index` (label, bar and figure)."""
        height = self.row_height()
        return QRect(0, 2 + index * height, self.width(), height)

    def index_at(self, point: QPoint) -> int | None:
        for index in range(len(self.bars)):
            if self.bar_rect(index).contains(point):
                return index
        return None

    # --- painting -----------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        width = self.width()
        label_width = int(width * self.label_share)
        text_width = min(
            int(width * TEXT_SHARE),
            max((metrics.horizontalAdvance(b.text) for b in self.bars), default=0) + 8,
        )
        track_left = label_width + 6
        track_width = max(width - track_left - text_width - 6, 10)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        for index, bar in enumerate(self.bars):
            row = self.bar_rect(index)
            if index == self._hover or (self.hasFocus() and index == self.current):
                painter.fillRect(row, HOVER)
            painter.setPen(text_colour)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 4)
            painter.drawText(
                QRect(4, row.top(), label_width - 4, row.height()),
                LEFT,
                label,
            )
            track = QRect(track_left, row.top() + 5, track_width, row.height() - 10)
            painter.setPen(Qt.PenStyle.NoPen)
            if self.maximum > 0:  # a chart of names only (maximum 0) has no track
                painter.setBrush(TRACK)
                painter.drawRoundedRect(track, 3, 3)
            share = bar.value / self.maximum if self.maximum > 0 else 0
            if share > 0:
                filled = QRect(
                    track.left(), track.top(), max(int(track_width * share), 3), track.height()
                )
                painter.setBrush(QColor(bar.colour))
                painter.drawRoundedRect(filled, 3, 3)
            painter.setPen(text_colour)
            figure = metrics.elidedText(bar.text, Qt.TextElideMode.ElideRight, text_width)
            painter.drawText(
                QRect(track.right() + 6, row.top(), text_width, row.height()),
                LEFT,
                figure,
            )
            if self.hasFocus() and index == self.current:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(FOCUS)
                painter.drawRect(row.adjusted(0, 0, -1, -1))
        painter.end()

    # --- mouse and keyboard -------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hover = self.index_at(event.position().toPoint())
        if hover != self._hover:
            self._hover = hover
            self.setCursor(
                Qt.CursorShape.PointingHandCursor
                if hover is not None
                else Qt.CursorShape.ArrowCursor
            )
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index is not None:
            self.current = index
            self.chosen.emit(self.bars[index].key)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.bars:
            step = 1 if key == Qt.Key.Key_Down else -1
            self.current = (self.current + step) % len(self.bars)
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.bars:
            self.chosen.emit(self.bars[self.current].key)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(event.pos())
            if index is not None and self.bars[index].tip:
                QToolTip.showText(event.globalPos(), self.bars[index].tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
