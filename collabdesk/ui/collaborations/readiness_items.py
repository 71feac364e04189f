"""What is still missing before a collaboration is ready to pitch, said the
same way in the wizard's summary and in the collaboration's details, as a
list whose items open the wizard at their question (a click, or Enter)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from collabdesk.domain.message import fill

if TYPE_CHECKING:
    from collabdesk.services.readiness import Missing, Readiness


def missing_text(item: Missing, prompts: Mapping[str, str]) -> str:
    """One missing thing in the user's language (the service's own English
    sentence is for the command line and logs)."""
    translate = QCoreApplication.translate  # literal arguments: lupdate finds them
    if item.code == "unanswered":
        prompt = prompts.get(item.question_key, item.question_key)
        return fill(translate("SummaryPage", "Not answered: %1"), [prompt])
    if item.code == "values_mismatch":
        return translate(
            "SummaryPage",
            "The values do not fully match: add a note on how you will deal with it.",
        )
    return fill(
        translate("SummaryPage", "The promise “%1” has no due date or no one responsible."),
        [item.detail],
    )


class MissingList(QListWidget):
    """Emits `question_requested(key)` when an item is clicked or Enter is
    pressed on it."""

    question_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(self.tr("Still missing"))
        self.setAccessibleDescription(
            self.tr("Click an item or press Enter to open the checklist at its question.")
        )
        self.itemClicked.connect(self._request)

    def show_missing(self, readiness: Readiness, prompts: Mapping[str, str]) -> None:
        self.clear()
        tip = self.tr("Open the checklist at this question")
        for missing in readiness.missing:
            item = QListWidgetItem(missing_text(missing, prompts))
            item.setData(Qt.ItemDataRole.UserRole, missing.question_key)
            item.setToolTip(tip)
            self.addItem(item)

    def question_keys(self) -> list[str]:
        return [str(self.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.count())]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self._request(item)
            return
        super().keyPressEvent(event)

    def _request(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if key:
            self.question_requested.emit(str(key))
