"""The Recap dialog: partner or internal version, partner, language and
where to save; the content is read on the GUI thread and the PDF drawn in
the background like the pitch (pdf_worker), pictures re-encoded there.
`open_document` is the seam tests replace."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.errors import ServiceError
from collabdesk.ui.documents import pitch_dialog
from collabdesk.ui.documents.on_behalf import add_on_behalf, chosen_scope
from collabdesk.ui.documents.pdf_dialog import PdfDialog
from collabdesk.ui.documents.pdf_worker import PdfTask
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.error_label import plain_label
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.partner_picker import PartnerOption, PartnerPicker
from collabdesk.ui.widgets.service_text import error_text

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk

translate = QCoreApplication.translate


def open_document(path: Path) -> None:
    pitch_dialog.open_document(path)


class RecapDialog(PdfDialog):
    """Writes one recap; `written` holds the path once the PDF is done."""

    def __init__(self, desk: Desk, collaboration_id: int, parent: QWidget | None = None) -> None:
        super().__init__("recap", parent)
        self.setObjectName("recapDialog")
        self.setWindowTitle(self.tr("Recap"))
        self.desk = desk
        self.collaboration_id = collaboration_id
        record = desk.collaborations.get(collaboration_id)
        self.title = record.title
        heading = named(plain_label(record.title), "recapTitle")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)

        self.for_partner = named(
            QRadioButton(self.tr("For the &partner: results, pictures, thank-you, next time")),
            "recapForPartner",
        )
        self.internal = named(
            QRadioButton(
                self.tr("&Internal: balance, reliability, owners, reasons — not for the partner")
            ),
            "recapInternal",
        )
        self.for_partner.setChecked(True)
        self.partner = PartnerPicker("recapPartner")
        addressed = [
            PartnerOption(i, n) for i, n in desk.pitch_content.partners_of(collaboration_id)
        ]
        self.partner.set_partners(
            addressed,
            none_text=None if addressed else self.tr("(no partner yet)"),
            first_ids=[o.id for o in addressed],
        )
        self.partner.setAccessibleName(self.tr("Partner"))
        self.language = named(QComboBox(), "recapLanguage")
        self.language.addItem("Русский", "ru")
        self.language.addItem("English", "en")
        profile_language = desk.library.profile().default_language
        self.language.setCurrentIndex(0 if profile_language == "ru" else 1)
        self.language.setAccessibleName(self.tr("Language"))
        for signal in (
            self.language.currentIndexChanged,
            self.partner.currentIndexChanged,
            self.internal.toggled,
        ):
            signal.connect(self._suggest_path)
        self._suggest_path()

        form = QFormLayout()
        form.addRow(self.tr("P&artner:"), self.partner)
        form.addRow(self.tr("&Language:"), self.language)
        self.on_behalf = add_on_behalf(form, desk, collaboration_id, "recapOnBehalf")
        form.addRow(self.save_as_label, self.output_row)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.for_partner)
        layout.addWidget(self.internal)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        if desk.results.get(collaboration_id).results.empty:
            self.status.setText(
                self.tr(
                    "No results are recorded yet, so the recap shows no figures or quotes: "
                    "add them with Results… once delivery has begun."
                )
            )
        self.resize(540, self.sizeHint().height())
        self.export_button.setDefault(True)

    def _suggest_path(self) -> None:
        kind = self.tr("internal recap") if self.internal.isChecked() else self.tr("recap")
        stem = pitch_dialog.file_stem(
            f"{self.title} - {kind}", self.partner.partner_name(), self.language.currentData()
        )
        self.output.setText(str(pitch_dialog.documents_dir() / f"{stem}.pdf"))

    def document_name(self) -> str:
        return self.tr("Recap")

    def browse_caption(self) -> str:
        return self.tr("Save the recap as")

    def open_written(self, path: Path) -> None:
        open_document(path)

    def export(self) -> None:
        from collabdesk.reports.recap import build_recap  # reportlab loads on first export

        path = self.chosen_path()
        if path is None:
            return
        lang = str(self.language.currentData())
        try:  # read on this thread; the worker only draws (and re-encodes the pictures)
            recap = self.desk.recaps.gather(
                self.collaboration_id,
                self.partner.partner_id(),
                internal=self.internal.isChecked(),
                language=lang,
                scope=chosen_scope(self.on_behalf),
            )
        except ServiceError as exc:
            prompts.error(self, self.tr("Recap"), error_text(exc))
            return
        self.write(
            PdfTask(partial(build_recap, recap, lang), path),
            self.tr("Writing the interim recap: the collaboration is not completed yet…")
            if recap.interim
            else self.tr("Writing the recap…"),
        )


def open_recap_dialog(parent: QWidget | None, desk: Desk, collaboration_id: int) -> Path | None:
    """Run the Recap dialog for one collaboration; the PDF written, if any."""
    try:
        dialog = RecapDialog(desk, collaboration_id, parent)
    except ServiceError as exc:
        prompts.error(parent, translate("RecapDialog", "Recap"), error_text(exc))
        return None
    dialog.exec()
    written = dialog.written
    dialog.deleteLater()
    return written
