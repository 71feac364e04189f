"""Pieces every edit dialog shares: a field with a red error line under it,
and showing a service's ValidationError next to the fields it names."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLayout, QVBoxLayout, QWidget

from collabdesk.services.errors import ValidationError
from collabdesk.ui.widgets.error_label import ErrorLabel
from collabdesk.ui.widgets.labels import problem_text
from collabdesk.ui.widgets.service_text import message_text


def error_label(object_name: str, parent: QWidget | None = None) -> ErrorLabel:
    """The red line under one field (the program's one ErrorLabel)."""
    return ErrorLabel(object_name, parent)


def spoken(caption: str) -> str:
    """A caption as a screen reader should say it: "&Name:" -> "Name"."""
    return caption.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(": ").strip()


def caption_row(
    form: QFormLayout, caption: str, field: QWidget | QLayout, buddy: QWidget
) -> QLabel:
    """A form row whose caption is also the field's accessible name: a
    screen reader finds a buddy label only beside the field, and our fields
    sit in a box with their error line."""
    label = QLabel(caption)
    label.setBuddy(buddy)
    buddy.setAccessibleName(spoken(caption))
    form.addRow(label, field)
    return label


def with_error(field: QWidget, error: QLabel) -> QWidget:
    """A field with its (hidden until needed) error line underneath."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


def clear_errors(errors: Mapping[str, QLabel]) -> None:
    for label in errors.values():
        label.clear()
        label.hide()


def show_problems(
    exc: ValidationError,
    errors: Mapping[str, QLabel],
    fields: Mapping[str, QWidget],
    fallback: QLabel,
) -> None:
    """Put each problem under its field (or in `fallback`); focus the first."""
    clear_errors(errors)
    leftover: list[str] = []
    first: QWidget | None = None
    for problem in exc.problems:
        text = problem_text(problem.code, message_text(problem.text), problem.length, problem.limit)
        label = errors.get(problem.field)
        if label is None:
            leftover.append(text)
            continue
        label.setText(f"{label.text()}\n{text}" if label.text() else text)
        label.show()
        if first is None:
            first = fields.get(problem.field)
    if leftover:
        fallback.setText("\n".join(leftover))
        fallback.show()
    if first is not None:
        first.setFocus()
    grow_to_fit(fallback)


def grow_to_fit(shown: QWidget) -> None:
    """Make the dialog holding `shown` tall enough for the error lines just
    shown: a dialog keeps its size when its content grows, and the lines
    would otherwise be squeezed over the fields above them."""
    dialog = shown.window()
    if not isinstance(dialog, QDialog):
        return
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    needed = dialog.sizeHint()
    if needed.height() > dialog.height():
        dialog.resize(max(dialog.width(), needed.width()), needed.height())
