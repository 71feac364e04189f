"""Documents ▸ Attach signed agreement…: the scan of a signed agreement
(PDF, PNG or JPEG) kept with the agreement it signs, with its signing date."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.errors import ServiceError
from collabdesk.ui.widgets.error_label import ErrorLabel
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.agreements import AgreementRecord, AgreementService


def open_scan(parent: QWidget, title: str) -> Path | None:
    """Replaced in tests."""
    name, _ = QFileDialog.getOpenFileName(
        parent, title, "", "PDF, PNG, JPEG (*.pdf *.png *.jpg *.jpeg)"
    )
    return Path(name) if name else None


class SignedAgreementDialog(QDialog):
    def __init__(
        self, agreements: AgreementService, collaboration_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signedAgreementDialog")
        self.setWindowTitle(self.tr("Attach the signed agreement"))
        self.setMinimumWidth(480)
        self._agreements = agreements
        self.saved: AgreementRecord | None = None
        self.agreement_combo = named(QComboBox(), "signedAgreementCombo")
        self.scan_edit = named(QLineEdit(), "signedScanEdit")
        self.scan_edit.setReadOnly(True)
        browse = named(QPushButton(self.tr("&Choose…")), "signedScanBrowse")
        browse.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.scan_edit, 1)
        row.addWidget(browse)
        self.date_edit = named(QDateEdit(QDate.currentDate()), "signedOnEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate.currentDate())
        form = QFormLayout()
        form.addRow(self.tr("&Agreement:"), self.agreement_combo)
        form.addRow(self.tr("Signed &scan:"), row)
        form.addRow(self.tr("Signed &on:"), self.date_edit)
        self.error = ErrorLabel("signedAgreementError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        try:
            records = agreements.list(collaboration_id)
        except ServiceError as exc:
            records = []
            self.error.show_error(exc)
        for record in reversed(records):  # the latest first
            text = self.tr("%1, version %2 of %3").replace("%1", record.partner_name)
            text = text.replace("%2", str(record.version)).replace(
                "%3", record.written_at.astimezone().strftime("%d.%m.%Y")
            )
            if record.signed_on is not None:
                text += " — " + self.tr("signed %1").replace(
                    "%1", record.signed_on.strftime("%d.%m.%Y")
                )
            self.agreement_combo.addItem(text, record.id)
        if not records:
            self.error.show_error(
                self.tr("No agreement has been written for this collaboration yet.")
            )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(records))

    def choose(self) -> None:
        path = open_scan(self, self.tr("The signed scan"))
        if path is not None:
            self.scan_edit.setText(str(path))

    def save(self) -> None:
        self.error.hide()
        if not self.scan_edit.text():
            self.error.show_error(self.tr("Choose the scan of the signed agreement."))
            return
        signed = self.date_edit.date()
        try:
            self.saved = self._agreements.attach_signed(
                int(self.agreement_combo.currentData()),
                Path(self.scan_edit.text()),
                date(signed.year(), signed.month(), signed.day()),
            )
        except ServiceError as exc:
            self.error.show_error(exc)
            return
        self.accept()
