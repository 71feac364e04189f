"""Documents ▸ Write agreement…: for one partner of the collaboration, in a
language, as Word (.docx, from the template in use) or PDF, written off the
GUI thread. Missing legal details are named first and may be filled in at
once; nothing is written with a blank. Each agreement written is kept."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
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

# Not self.tr: the act of transfer's dialog inherits these words, and tr()
# would look them up under its own class name.
translate = QCoreApplication.translate

if TYPE_CHECKING:
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
    template: bytes | None, prepared: Any, colour: str, logo: bytes | None, act: bool = False
) -> bytes:
    """Runs in the worker thread: everything it needs was read before."""
    from collabdesk.reports.legal_document import LegalKind, build_legal_document

    kind: LegalKind = "acknowledgement" if act else "agreement"
    return build_legal_document(
        kind,
        prepared.fields,
        prepared.content.language,
        template=template,
        colour=colour,
        logo=logo,
    )


class AgreementDialog(QDialog):
    def __init__(self, desk: Desk, collaboration_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self.setWindowTitle(translate("AgreementDialog", "Write the agreement"))
        self.setMinimumWidth(480)
        self._desk = desk
        self._collaboration_id = collaboration_id
        self.job: PdfJob | None = None
        self.written: Path | None = None
        self._prepared: Any = None
        self.partner_combo = named(QComboBox(), "agreementPartner")
        self.language_combo = named(QComboBox(), "agreementLanguage")
        self.language_combo.addItem("Русский", "ru")
        self.language_combo.addItem("English", "en")
        self.format_combo = named(QComboBox(), "agreementFormat")
        self.format_combo.addItem(
            translate("AgreementDialog", "Word (.docx), to edit and sign"), "docx"
        )
        self.format_combo.addItem(translate("AgreementDialog", "PDF"), "pdf")
        self.form = form = QFormLayout()
        form.addRow(translate("AgreementDialog", "&Partner:"), self.partner_combo)
        form.addRow(translate("AgreementDialog", "&Language:"), self.language_combo)
        form.addRow(translate("AgreementDialog", "&Format:"), self.format_combo)
        self.status = named(plain_label(""), "agreementStatus")
        self.status.setWordWrap(True)
        self.error = ErrorLabel("agreementError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button: QPushButton = self.buttons.addButton(
            translate("AgreementDialog", "&Write…"), QDialogButtonBox.ButtonRole.AcceptRole
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
    def _ask_for_missing(self, prepared: Any) -> None:
        """Name every missing detail; offer to fill in the first party's."""
        from collabdesk.services.agreements import MissingDetailsError

        text = message_text(MissingDetailsError(prepared.missing).message)
        self.error.show_error(text)
        first = prepared.missing[0]
        if first.field in ("starts_on", "ends_on"):
            prompts.info(self, self.windowTitle(), text)
            return
        library = str(first.party) != prepared.content.partner.name
        question = fill(
            translate("AgreementDialog", "%1\n\nFill in the legal details of %2 now?"),
            [text, message_text(first.party) if not isinstance(first.party, str) else first.party],
        )
        if prompts.confirm(self, translate("AgreementDialog", "Details are missing"), question):
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
            prepared = self._prepare(language)
            if prepared is None:
                return
            if prepared.missing:
                self._ask_for_missing(prepared)
                return
            template = self._desk.templates.get(self.NAME, language).content if word else None
            profile = self._desk.library.profile()
            logo = self._desk.library.logo()
        except ServiceError as exc:
            self.error.show_error(exc)
            return
        path = save_path(self, self.windowTitle(), self._suggested(prepared), word)
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
                        self.NAME != "agreement",
                    ),
                    path,
                )
            ]
        )
        self.job.done.connect(self._done)
        self.job.failed.connect(self._failed)
        self.write_button.setEnabled(False)
        self.status.setText(translate("AgreementDialog", "Writing…"))
        start(self.job)

    def _done(self, written: list[Path]) -> None:
        self.job = None
        self.write_button.setEnabled(True)
        if not written or self._prepared is None:
            self.status.setText("")
            return
        path = written[0]
        try:
            said = self._keep(self._prepared, path)
        except (ServiceError, OSError) as exc:
            self.error.show_error(exc if isinstance(exc, ServiceError) else str(exc))
            return
        self.written = path
        self.status.setText(said)

    # --- what an agreement does; the act of transfer overrides these ---------------------
    NAME = "agreement"

    def _prepare(self, language: str) -> Any:
        return self._desk.agreements.prepare(
            self._collaboration_id, self.partner_combo.currentData(), language
        )

    def _suggested(self, prepared: Any) -> str:
        content = prepared.content
        return fill(
            translate("AgreementDialog", "Agreement %1 - %2"), [content.title, content.partner.name]
        )

    def _keep(self, prepared: Any, path: Path) -> str:
        record = self._desk.agreements.record(prepared, path.name, path.read_bytes())
        return fill(
            translate("AgreementDialog", "Saved to %1 — version %2, kept with the collaboration."),
            [str(path), str(record.version)],
        )

    def _failed(self, message: str) -> None:
        self.job = None
        self.write_button.setEnabled(True)
        self.status.setText("")
        self.error.show_error(
            fill(translate("AgreementDialog", "The document was not written: %1"), [message])
        )
