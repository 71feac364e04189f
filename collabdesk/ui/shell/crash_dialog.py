"""Unexpected exceptions in the window: write the traceback to the log and
tell the person in plain words, with the details one click from the
clipboard. The program keeps running; nothing exits silently."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.message import fill
from collabdesk.ui.widgets.named import named

log = logging.getLogger("collabdesk.crash")


class CrashDialog(QDialog):
    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("CollabDesk ran into a problem"))
        self.details = details
        text = self.tr(
            "Something went wrong inside CollabDesk. What you saved before is safe; "
            "the last action may not have finished, so please check it.\n\n"
            "If it happens again, copy the details and send them to whoever looks "
            "after CollabDesk for your library."
        )
        if log_path is not None:
            text += "\n\n" + fill(
                self.tr("The details are also in the log file: %1"), [str(log_path)]
            )
        message = named(QLabel(text), "crashMessage")
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_view = named(QPlainTextEdit(details), "crashDetails")
        self.details_view.setReadOnly(True)
        self.details_view.setAccessibleName(self.tr("Details"))
        self.details_view.setMinimumHeight(140)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = named(QPushButton(self.tr("&Copy details")), "copyDetailsButton")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


def show_crash_dialog(details: str, log_path: Path | None) -> None:
    """Replaced in tests: runs the dialog modally."""
    CrashDialog(details, log_path, QApplication.activeWindow()).exec()


class ExceptionHook:
    """sys.excepthook for the GUI: log first (that cannot fail the user), then
    the dialog; an exception raised while the dialog is open is only logged."""

    def __init__(self, log_path: Path | None) -> None:
        self.log_path = log_path
        self._showing = False

    def __call__(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected exception\n%s", details.rstrip())
        if self._showing or QApplication.instance() is None:
            sys.stderr.write(details)
            return
        self._showing = True
        try:
            show_crash_dialog(details, self.log_path)
        finally:
            self._showing = False


def install_exception_hook(log_path: Path | None) -> ExceptionHook:
    hook = ExceptionHook(log_path)
    sys.excepthook = hook
    return hook
