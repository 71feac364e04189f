"""The shared server asks for a password this computer does not keep: ask
the person once, in the window, instead of sending them to the command line
(issue 19). The password goes to the system's keyring (store/credentials.py),
in the opening worker, never to a file; the URL stays without it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QLineEdit, QWidget


def reason(role: str, server: str, *, kept: bool) -> str:
    """Why the dialog asks: no password kept yet, or the kept one refused."""
    template = (
        QCoreApplication.translate(
            "ServerPassword", "The server %1 refused the password kept for %2."
        )
        if kept
        else QCoreApplication.translate(
            "ServerPassword", "The server %1 asks for the password of %2."
        )
    )
    return template.replace("%1", server).replace("%2", role)


def password_dialog(parent: QWidget | None, why: str) -> QInputDialog:
    """The dialog, shown by ask_password (and grabbed by the tests)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("ServerPassword", "Password for the server"))
    dialog.setLabelText(
        why
        + "\n\n"
        + QCoreApplication.translate(
            "ServerPassword",
            "Type your password for the shared server. CollabDesk keeps it in this "
            "computer's keyring, so it is asked only once.",
        )
    )
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText(QCoreApplication.translate("ServerPassword", "Connect"))
    dialog.setCancelButtonText(QCoreApplication.translate("ServerPassword", "Cancel"))
    dialog.setMinimumWidth(520)
    label = dialog.findChild(QLabel)  # the label wraps long sentences
    if label is not None:
        label.setWordWrap(True)
    return dialog


def ask_password(parent: QWidget | None, why: str) -> str | None:
    """The password typed, or None when the person cancels (or types none)."""
    dialog = password_dialog(parent, why)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue() or None
