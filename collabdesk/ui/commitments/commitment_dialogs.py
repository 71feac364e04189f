"""Dialogs of the commitment tracker, opened through functions tests can replace.

`exec_dialog` runs a dialog modally; tests swap it for one that fills the
fields and accepts. The service call happens inside the dialog, so a refusal
(a date in the future, a missing file) is shown there and nothing typed is lost."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.errors import ServiceError, fill
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.error_label import ErrorLabel
from collabdesk.ui.widgets.form_support import caption_row
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.commitment_records import CommitmentRecord
    from collabdesk.services.commitment_tracker import TrackerRow
    from collabdesk.services.commitments import CommitmentService
    from collabdesk.services.proofs import ProofRecord, ProofService


def exec_dialog(dialog: QDialog) -> int:
    return dialog.exec()


def choose_proof_file(parent: QWidget | None) -> str:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("DeliverDialog", "Choose the proof file"),
        "",
        QCoreApplication.translate(
            "DeliverDialog",
            "Photos, scans and documents (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx *.odt);;"
            "All files (*)",
        ),
    )
    return path


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getMultiLineText(parent, title, label)
    return text if ok else None


def open_location(url: QUrl) -> bool:
    """Open a file or link with the system's viewer."""
    return QDesktopServices.openUrl(url)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class DeliverDialog(QDialog):
    """Mark delivered: the date it happened and what proves it."""

    def __init__(self, proofs: ProofService, row: TrackerRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("deliverDialog")
        self.setWindowTitle(self.tr("Mark delivered"))
        self._proofs = proofs
        self._row = row
        self.saved: CommitmentRecord | None = None

        what = named(QLabel(row.description[:500]), "deliverWhat")
        what.setTextFormat(Qt.TextFormat.PlainText)
        what.setWordWrap(True)
        self.date_edit = named(QDateEdit(), "deliveredOn")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(_qdate(date.today()))
        self.date_edit.setDate(_qdate(date.today()))
        self.file_edit = named(QLineEdit(), "proofFile")
        self.file_edit.setPlaceholderText(self.tr("A photo, scan or PDF; it is copied"))
        browse = named(QPushButton(self.tr("Browse…")), "browseProofButton")
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        self.url_edit = named(QLineEdit(), "proofUrl")
        self.url_edit.setPlaceholderText(self.tr("or a link, e.g. to a photo album"))
        self.note_edit = named(QPlainTextEdit(), "proofNote")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(70)
        self.by_edit = named(QLineEdit(), "proofAddedBy")
        self.error = ErrorLabel("dialogError")

        browse.setAccessibleName(self.tr("Choose the proof file"))
        form = QFormLayout()
        caption_row(form, self.tr("&Delivered on:"), self.date_edit, self.date_edit)
        caption_row(form, self.tr("Proof &file:"), file_row, self.file_edit)
        caption_row(form, self.tr("Proof &link:"), self.url_edit, self.url_edit)
        caption_row(form, self.tr("&Note:"), self.note_edit, self.note_edit)
        caption_row(form, self.tr("&Recorded by:"), self.by_edit, self.by_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark delivered"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def _browse(self) -> None:
        path = choose_proof_file(self)
        if path:
            self.file_edit.setText(path)

    def save(self) -> None:
        from collabdesk.services.proofs import ProofInput

        file_text = self.file_edit.text().strip()
        url = self.url_edit.text().strip()
        proof = None
        if file_text or url:
            proof = ProofInput(
                file=Path(file_text) if file_text else None,
                url=url,
                note=self.note_edit.toPlainText(),
                added_by=self.by_edit.text(),
            )
        elif not prompts.confirm(
            self,
            self.tr("No proof"),
            self.tr(
                "Mark delivered without proof? It will show as “delivered, no proof” "
                "until you add a photo, scan or link."
            ),
        ):
            return
        try:
            self.saved = self._proofs.deliver(self._row.id, _pydate(self.date_edit.date()), proof)
        except ServiceError as exc:
            self.error.show_error(exc)
            return
        self.accept()


class MakeGoodDialog(QDialog):
    """A replacement promise for a missed one."""

    def __init__(
        self, commitments: CommitmentService, row: TrackerRow, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("makeGoodDialog")
        self.setWindowTitle(self.tr("Make good"))
        self._commitments = commitments
        self._row = row
        self.saved: CommitmentRecord | None = None
        missed = named(QLabel(fill(self.tr("Missed: %1"), [row.description[:300]])), "makeGoodFor")
        missed.setTextFormat(Qt.TextFormat.PlainText)
        missed.setWordWrap(True)
        self.description = named(QLineEdit(row.description[:5000]), "makeGoodDescription")
        self.due = named(QDateEdit(), "makeGoodDue")
        self.due.setCalendarPopup(True)
        self.due.setDate(_qdate(date.today() + timedelta(days=14)))
        self.error = ErrorLabel("dialogError")
        form = QFormLayout()
        caption_row(form, self.tr("&Instead:"), self.description, self.description)
        caption_row(form, self.tr("&Due:"), self.due, self.due)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(missed)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            self.saved = self._commitments.make_good(
                self._row.id, self.description.text(), _pydate(self.due.date())
            )
        except ServiceError as exc:
            self.error.show_error(exc)
            return
        self.accept()


def ask_delivery(
    parent: QWidget | None, proofs: ProofService, row: TrackerRow
) -> CommitmentRecord | None:
    dialog = DeliverDialog(proofs, row, parent)
    return dialog.saved if exec_dialog(dialog) == QDialog.DialogCode.Accepted else None


def ask_make_good(
    parent: QWidget | None, commitments: CommitmentService, row: TrackerRow
) -> CommitmentRecord | None:
    dialog = MakeGoodDialog(commitments, row, parent)
    return dialog.saved if exec_dialog(dialog) == QDialog.DialogCode.Accepted else None


def proof_url(proofs: ProofService, proof: ProofRecord) -> QUrl:
    """The copied file in the data folder, or the link."""
    if proof.stored_name:
        return QUrl.fromLocalFile(str(proofs.file_of(proof)))
    return QUrl(proof.url)
