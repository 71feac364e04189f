"""A search box with a clear button a screen reader can name.

Qt's clear button (QLineEdit.setClearButtonEnabled) is a tool button showing
an action that has no text, so assistive technology announces an unnamed
button; the action is found by the object name Qt gives it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit

from collabdesk.ui.widgets.named import named

CLEAR_ACTION = "_q_qlineeditclearaction"  # Qt's own name for the clear action


def search_field(object_name: str, placeholder: str, spoken: str) -> QLineEdit:
    """A line edit for searching: `placeholder` shown while empty, `spoken` its
    accessible name, and a clear button named "Clear search"."""
    field = named(QLineEdit(), object_name)
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(spoken)
    field.setClearButtonEnabled(True)
    clear = field.findChild(QAction, CLEAR_ACTION)
    if clear is not None:  # a Qt without it: the button stays as Qt makes it
        text = QCoreApplication.translate("SearchField", "Clear search")
        clear.setText(text)
        clear.setToolTip(text)
    return field
