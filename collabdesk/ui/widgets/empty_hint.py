"""A grey sentence inside an empty list saying what to do next.

Drawn on the view's viewport while its model has no rows, so the list keeps
its headers and size and no extra widget is stacked over it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView


class EmptyHint(QObject):
    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(view)
        self.view = view
        self.text = text
        view.viewport().installEventFilter(self)

    def is_showing(self) -> bool:
        model = self.view.model()
        return model is None or model.rowCount() == 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.is_showing():
            viewport = self.view.viewport()
            painter = QPainter(viewport)
            painter.setPen(self.view.palette().color(QPalette.ColorRole.PlaceholderText))
            area = viewport.rect().adjusted(12, 12, -12, -12)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(area, int(flags), self.text)
            painter.end()
        return False


def set_empty_hint(view: QAbstractItemView, text: str) -> EmptyHint:
    hint = EmptyHint(view, text)
    hint.setObjectName(f"{view.objectName()}EmptyHint")
    return hint
