"""The one dialog for a save refused by optimistic locking: someone else
saved the record since it was opened. It shows both versions side by side
and offers Reload (take theirs), Overwrite (save mine over theirs), Copy
my text (to the clipboard, keep editing) or Cancel. Never a silent
overwrite. Forms call `ask`, which tests replace."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.errors import fill
from collabdesk.ui.widgets.named import named

RELOAD, OVERWRITE, COPY = "reload", "overwrite", "copy"


class ConflictDialog(QDialog):
    def __init__(self, what: str, mine: str, theirs: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.choice: str | None = None
        self._mine = mine
        intro = QLabel(
            fill(
                self.tr(
                    "This %1 was changed by someone else since you opened it. "
                    "Your changes are not saved yet. Choose what to keep."
                ),
                [what],
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        grid = QGridLayout()
        for column, (caption, text, name) in enumerate(
            (
                (self.tr("Their saved version"), theirs, "theirsText"),
                (self.tr("Your version"), mine, "mineText"),
            )
        ):
            label = QLabel(caption)
            label.setTextFormat(Qt.TextFormat.PlainText)
            view = named(QPlainTextEdit(), name)
            view.setPlainText(text)
            view.setReadOnly(True)
            grid.addWidget(label, 0, column)
            grid.addWidget(view, 1, column)
        self.copied = named(QLabel(), "copiedLabel")
        self.copied.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox()
        for key, text, role in (
            (RELOAD, self.tr("&Reload theirs"), QDialogButtonBox.ButtonRole.AcceptRole),
            (OVERWRITE, self.tr("&Overwrite with mine"), QDialogButtonBox.ButtonRole.AcceptRole),
            (COPY, self.tr("&Copy my text"), QDialogButtonBox.ButtonRole.ActionRole),
        ):
            button = named(QPushButton(text), f"{key}Button")
            button.clicked.connect(lambda _=False, k=key: self._choose(k))
            buttons.addButton(button, role)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.resize(720, 360)

    def _choose(self, key: str) -> None:
        if key == COPY:
            QGuiApplication.clipboard().setText(self._mine)
            self.copied.setText(self.tr("Your text is on the clipboard."))
        self.choice = key
        self.accept()


def ask(parent: QWidget | None, what: str, mine: str, theirs: str) -> str | None:
    """Run the dialog; "reload", "overwrite", "copy", or None for Cancel."""
    dialog = ConflictDialog(what, mine, theirs, parent)
    dialog.exec()
    return dialog.choice
