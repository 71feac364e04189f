"""The Collaborations section's partner filter: its choices (up to 2,000
partners) are read when the person opens it or moves into it, not every
time the section refreshes. Its width is measured once, when first shown
(Qt's default), while it holds "All partners" only: cheap, and no wider
than the row of buttons beside it allows on a 1366-pixel screen."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget


class Choice(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def name(self) -> str: ...


class PartnerFilter(QComboBox):
    def __init__(self, all_partners: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all = all_partners
        self._source: Callable[[], Sequence[Choice]] | None = None
        self._filled = False
        self.addItem(all_partners, None)

    def set_source(self, source: Callable[[], Sequence[Choice]] | None) -> None:
        """Where the choices come from; read again the next time they are needed."""
        self._source = source
        self._filled = False

    def fill(self) -> None:
        """Read the choices now, keeping the chosen partner."""
        if self._filled or self._source is None:
            return
        self._filled = True
        chosen = self.currentData()
        choices = self._source()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._all, None)
        for choice in choices:
            self.addItem(choice.name, choice.id)
        index = self.findData(chosen) if chosen is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.fill()  # the arrow keys step through the choices without a popup
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.fill()
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.fill()
        super().wheelEvent(event)
