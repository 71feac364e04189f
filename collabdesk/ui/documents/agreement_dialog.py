"""Documents ▸ Write agreement…: for one partner of the collaboration, in a
language, as Word (.docx, from the template in use) or PDF, written off the
GUI thread. Missing legal details are named first and may be filled in at
once; nothing is written with a blank. Each agreement written is kept."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.message import fill
from collabdesk.services.errors import ServiceError
from collabdesk.ui.documents.pdf_worker import PdfJob, PdfTask, start
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.error_label import ErrorLabel, plain_label
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.service_text import message_text

if TYPE_CHECKING:
    from collabdesk.services.agreements import PreparedAgreement
    from collabdesk.services.desk import Desk


def save_path(parent: QWidget, title: str, suggested: str, word: bool) -> Path | None:
    """Replaced in tests."""
    filters = "Word (*.docx)" if word else "PDF (*.pdf)"
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    if not name:
        return None
    path = Path(name)
    suffix = ".docx" if word else ".pdf"
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def build_document(
    template: bytes | None, prepared: PreparedAgreement, colour: str, logo: bytes | None
) -> bytes:
    """Runs in the worker thread: everything it needs was read before."""
    if template is not None:
        from collabdesk.services.template_merge import merge

        return merge(template, prepared.fields)
    from collabdesk.reports.agreement_pdf import build_agreement_pdf

    return build_agreement_pdf(prepared.fields, prepared.content.language, colour, logo)


class AgreementDialog(QDialog):
    def __init__(self, desk: Desk, collaboration_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self.setWindowTitle(self.tr("Write the agreement"))
        self.setMinimumWidth(480)
        self._desk = desk
        self._collaboration_id = collaboration_id
        self.job: PdfJob | None = None
        self.written: Path | None = None
        self._prepared: PreparedAgreement | None = None
        self.partner_combo = named(QComboBox(), "agreementPartner")
        self.language_combo = named(QComboBox(), "agreementLanguage")
        self.language_combo.addItem("Русский", "ru")
        self.language_combo.addItem("English", "en")
        self.format_combo = named(QComboBox(), "agreementFormat")
        self.format_combo.addItem(self.tr("Word (.docx), to edit and sign"), "docx")
        self.format_combo.addItem(self.tr("PDF"), "pdf")
        form = QFormLayout()
        form.addRow(self.tr("&Partner:"), self.partner_combo)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("&Format:"), self.format_combo)
        self.status = named(plain_label(""), "agreementStatus")
        self.status.setWordWrap(True)
        self.error = ErrorLabel("agreementError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button: QPushButton = self.buttons.addButton(
            self.tr("&Write…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write_button.setObjectName("writeAgreement")
        self.write_button.clicked.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._load()

    def _load(self) -> None:
        try:
            record = self._desk.collaborations.get(self._collaboration_id)
            language = self._desk.library.profile().default_language
        except ServiceError as exc:
            self.error.show_error(exc)
            self.write_button.setEnabled(False)
            return
        self.title = record.title
        for participant in record.partners:
            self.partner_combo.addItem(participant.name, participant.partner_id)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.write_button.setEnabled(bool(record.partners))

    # --- writing ---------------------------------------------------------------------
    def _ask_for_missing(self, prepared: PreparedAgreement) -> None:
        """Name every missing detail; offer to fill in the first party's."""
        from collabdesk.services.agreements import MissingDetailsError

        text = message_text(MissingDetailsError(prepared.missing).message)
        self.error.show_error(text)
        first = prepared.missing[0]
        if first.field in ("starts_on", "ends_on"):
            prompts.info(self, self.tr("Write the agreement"), text)
            return
        library = str(first.party) != prepared.content.partner.name
        question = fill(
            self.tr("%1\n\nFill in the legal details of %2 now?"),
            [text, message_text(first.party) if not isinstance(first.party, str) else first.party],
        )
        if prompts.confirm(self, self.tr("Details are missing"), question):
            from collabdesk.ui.legal.legal_details_dialog import edit_legal_details

            partner_id = None if library else prepared.content.partner_id
            whose = str(first.party) if isinstance(first.party, str) else message_text(first.party)
            if edit_legal_details(self, self._desk.legal, partner_id, whose) is not None:
                self.write()  # again, with what was just filled in

    def write(self) -> None:
        if self.job is not None:
            return
        self.error.hide()
        word = self.format_combo.currentData() == "docx"
        language = str(self.language_combo.currentData())
        try:
            prepared = self._desk.agreements.prepare(
                self._collaboration_id, self.partner_combo.currentData(), language
            )
            if prepared.missing:
                self._ask_for_missing(prepared)
                return
            template = self._desk.templates.get("agreement", language).content if word else None
            profile = self._desk.library.profile()
            logo = self._desk.library.logo()
        except ServiceError as exc:
            self.error.show_error(exc)
            return
        suggested = fill(
            self.tr("Agreement %1 - %2"), [prepared.content.title, prepared.content.partner.name]
        )
        path = save_path(self, self.tr("Save the agreement"), suggested, word)
        if path is None:
            return
        self._prepared = prepared
        self.job = PdfJob(
            [
                PdfTask(
                    partial(
                        build_document,
                        template,
                        prepared,
                        profile.brand_colour,
                        logo.data if logo else None,
                    ),
                    path,
                )
            ]
        )
        self.job.done.connect(self._done)
        self.job.failed.connect(self._failed)
        self.write_button.setEnabled(False)
        self.status.setText(self.tr("Writing…"))
        start(self.job)

    def _done(self, written: list[Path]) -> None:
        self.job = None
        self.write_button.setEnabled(True)
        if not written or self._prepared is None:
            self.status.setText("")
            return
        path = written[0]
        try:
            record = self._desk.agreements.record(self._prepared, path.name, path.read_bytes())
        except (ServiceError, OSError) as exc:
            self.error.show_error(exc if isinstance(exc, ServiceError) else str(exc))
            return
        self.written = path
        self.status.setText(
            fill(
                self.tr("Saved to %1 — version %2, kept with the collaboration."),
                [str(path), str(record.version)],
            )
        )

    def _failed(self, message: str) -> None:
        self.job = None
        self.write_button.setEnabled(True)
        self.status.setText("")
        self.error.show_error(fill(self.tr("The agreement was not written: %1"), [message]))
