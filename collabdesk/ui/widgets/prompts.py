"""The one module that shows message boxes, so tests can replace it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; the safe answer (No) is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def choose(
    parent: QWidget | None, title: str, text: str, options: Sequence[tuple[str, str]]
) -> str | None:
    """Offer `options` as (key, button label); returns the chosen key, or
    None when the box is closed. The last option is the Escape button."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    buttons: dict[QAbstractButton, str] = {}
    for index, (key, label) in enumerate(options):
        role = (
            QMessageBox.ButtonRole.RejectRole
            if index == len(options) - 1
            else QMessageBox.ButtonRole.AcceptRole
        )
        buttons[box.addButton(label, role)] = key
    box.exec()
    clicked = box.clickedButton()
    return buttons.get(clicked) if clicked is not None else None
