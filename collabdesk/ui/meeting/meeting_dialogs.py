"""The questions meeting mode asks: which collaborations, the PIN, a folder.
Module functions, so tests replace them instead of answering a modal dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.ui.widgets.error_label import plain_label
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk

translate = QCoreApplication.translate  # literal arguments: pyside6-lupdate finds them


class MeetingChooser(QDialog):
    """Tick the collaborations the meeting is about."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingChooser")
        self.setWindowTitle(translate("MeetingMode", "Choose the collaborations for the meeting"))
        note = plain_label(
            translate(
                "MeetingMode", "Only these collaborations and their partners will be on screen."
            )
        )
        self.items = named(QListWidget(), "meetingCollaborations")
        self.items.setAccessibleName(translate("MeetingMode", "Collaborations for the meeting"))
        note.setBuddy(self.items)
        for row in desk.collaborations.rows():
            names = ", ".join(row.partner_names)
            item = QListWidgetItem(f"{row.title} — {names}" if names else row.title)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.items.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (note, self.items, buttons):
            layout.addWidget(widget)
        self.resize(520, 420)

    def chosen(self) -> list[int]:
        checked = (self.items.item(i) for i in range(self.items.count()))
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in checked
            if item.checkState() == Qt.CheckState.Checked
        ]


def choose_collaborations(parent: QWidget, desk: Desk) -> list[int] | None:
    """The ticked collaborations; None when cancelled."""
    dialog = MeetingChooser(desk, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()


def ask_pin(parent: QWidget) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        translate("MeetingMode", "Leave meeting mode"),
        translate("MeetingMode", "PIN:"),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def choose_folder(parent: QWidget) -> str | None:
    folder = QFileDialog.getExistingDirectory(
        parent, translate("MeetingMode", "Folder for the meeting laptop's data")
    )
    return folder or None
