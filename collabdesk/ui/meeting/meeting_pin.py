"""The PIN that protects leaving meeting mode, kept as a salted hash in
QSettings (PBKDF2-HMAC-SHA256), never as the PIN itself."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit

from collabdesk.ui.widgets.error_label import ErrorLabel
from collabdesk.ui.widgets.labels import labelled_row
from collabdesk.ui.widgets.named import named

PIN_KEY = "meeting/pinHash"
ITERATIONS = 200_000  # ~0.1 s per check: nothing for a person, slow for guessing


def _hash(pin: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, ITERATIONS)


def valid_pin(pin: str) -> bool:
    """4 to 12 digits: typed quickly, hard to guess across the table."""
    return pin.isdigit() and pin.isascii() and 4 <= len(pin) <= 12


def set_pin(pin: str | None) -> None:
    """Store the hash of `pin`; None or "" removes the PIN."""
    settings = QSettings()
    if not pin:
        settings.remove(PIN_KEY)
        return
    if not valid_pin(pin):
        raise ValueError("A PIN is 4 to 12 digits.")
    salt = secrets.token_bytes(16)
    settings.setValue(PIN_KEY, f"{salt.hex()}${_hash(pin, salt).hex()}")


def has_pin() -> bool:
    return bool(QSettings().value(PIN_KEY, ""))


def check_pin(pin: str) -> bool:
    stored = str(QSettings().value(PIN_KEY, "") or "")
    if not stored:
        return True
    try:
        salt_hex, digest_hex = stored.split("$", 1)
        salt, digest = bytes.fromhex(salt_hex), bytes.fromhex(digest_hex)
    except ValueError:
        return False  # a damaged setting never lets anyone out without the PIN
    return hmac.compare_digest(_hash(pin, salt), digest)


class PinField:
    """The Settings row: type a new PIN, or tick "No PIN"; blank keeps the current one."""

    def __init__(self, form: QFormLayout) -> None:
        self.edit = named(QLineEdit(), "meetingPinEdit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMaxLength(12)
        self.edit.setPlaceholderText(
            QCoreApplication.translate("MeetingPin", "Set — type a new one to change")
            if has_pin()
            else QCoreApplication.translate("MeetingPin", "None — type 4 to 12 digits")
        )
        self.clear = named(
            QCheckBox(QCoreApplication.translate("MeetingPin", "No PIN")), "meetingPinClear"
        )
        self.clear.setVisible(has_pin())
        self.error = ErrorLabel("meetingPinError")
        labelled_row(form, QCoreApplication.translate("MeetingPin", "Meeting &PIN:"), self.edit)
        form.addRow("", self.clear)
        form.addRow("", self.error)

    def problem(self) -> str | None:
        """A message when the typed PIN cannot be used (nothing is saved then)."""
        text = self.edit.text()
        if text and not self.clear.isChecked() and not valid_pin(text):
            message = QCoreApplication.translate("MeetingPin", "A PIN is 4 to 12 digits.")
            self.error.show_error(message)
            self.edit.setFocus()
            return message
        self.error.clear_error()
        return None

    def save(self) -> None:
        if self.clear.isChecked():
            set_pin(None)
        elif self.edit.text():
            set_pin(self.edit.text())
