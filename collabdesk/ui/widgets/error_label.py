"""The one red line that says what went wrong, and the plain label every
piece of user text goes into (never rich text: a partner named "<b>" must
read as typed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from collabdesk.ui.widgets.service_text import error_text

ERROR_COLOUR = "#b00020"  # the one red of the program: 6.6:1 on white
WARNING_COLOUR = "#8a5300"


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label that shows text exactly as typed."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


class ErrorLabel(QLabel):
    """Hidden while there is nothing to say; `show_error` takes a sentence or
    an exception (a ServiceError is said in the person's language)."""

    def __init__(self, object_name: str = "error", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, error: str | BaseException) -> None:
        text = error if isinstance(error, str) else error_text(error)
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.clear()
        self.hide()
