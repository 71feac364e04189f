"""The covering letter in the Pitch dialog: the letter as a PDF, an e-mail
draft (`.eml`) with the pitch attached, the letter's text copied for
webmail, and the folder that holds the pitch to attach there.

The letter follows the dialog's choices (partner, language, statistics,
sections, where the pitch is saved). The content is read on the GUI thread
as the pitch's is (a few milliseconds); the PDFs and the draft are built and
written by the PDF worker, so the window never freezes. Module-level
`open_url` is the seam tests replace."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton

from collabdesk.domain.message import fill
from collabdesk.services.errors import ServiceError
from collabdesk.ui.documents.pdf_worker import PdfJob, PdfTask, start
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.service_text import error_text

if TYPE_CHECKING:
    from collabdesk.reports.letter_text import Letter
    from collabdesk.services.pitch_model import PitchContent
    from collabdesk.ui.documents.pitch_dialog import PitchDialog


def open_url(url: QUrl) -> None:
    """A file in its program (a PDF viewer, the mail program) or a folder."""
    QDesktopServices.openUrl(url)


def pitch_path(dialog: PitchDialog) -> Path:
    """Where the dialog saves the pitch (the letter and the draft go beside it)."""
    text = dialog.output.text().strip()
    path = Path(text).expanduser() if text else Path("pitch.pdf")
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def beside(pitch: Path, word: str, suffix: str) -> Path:
    """ "Talks - Foundation (en).pdf" → "Talks - Foundation (en) - letter.pdf"."""
    return pitch.with_name(f"{pitch.stem} - {word}{suffix}")


class LetterActions(QGroupBox):
    """Four buttons and a status line under the pitch's own choices."""

    def __init__(self, dialog: PitchDialog) -> None:
        super().__init__()
        self.setTitle(self.tr("Covering letter"))
        self.setObjectName("letterActions")
        self.dialog = dialog
        self.job: PdfJob | None = None
        self._note = ""  # said beside "Saved to" when the job is done
        self._pending_note = ""
        self.written: list[Path] = []
        self._after: Callable[[list[Path]], None] = lambda _paths: None
        self.pdf_button = self._button(self.tr("Covering letter (PDF)"), "letterPdf", self.pdf)
        self.draft_button = self._button(self.tr("E-mail draft (.eml)"), "letterDraft", self.draft)
        self.copy_button = self._button(self.tr("Copy the letter's text"), "letterCopy", self.copy)
        self.folder_button = self._button(
            self.tr("Open the folder with the attachments"), "letterFolder", self.folder
        )
        self.status = named(QLabel(), "letterStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        grid = QGridLayout(self)
        grid.addWidget(self.pdf_button, 0, 0)
        grid.addWidget(self.draft_button, 0, 1)
        grid.addWidget(self.copy_button, 1, 0)
        grid.addWidget(self.folder_button, 1, 1)
        grid.addWidget(self.status, 2, 0, 1, 2)
        self.draft_button.setToolTip(
            self.tr(
                "Outlook opens the draft ready to send; other mail programs may open it "
                "as a received message — then forward it or copy the text."
            )
        )
        dialog.partner.currentIndexChanged.connect(self._explain)
        self._explain()

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = named(QPushButton(text), name)
        button.setAutoDefault(False)  # Enter still writes the pitch
        button.clicked.connect(slot)
        return button

    def _explain(self) -> None:
        has_partner = self.dialog.partner.currentData() is not None
        for button in self.buttons():
            button.setEnabled(has_partner and self.job is None)

    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.pdf_button, self.draft_button, self.copy_button, self.folder_button)

    # --- what the dialog chose ---------------------------------------------------
    def _content(self) -> PitchContent | None:
        dialog = self.dialog
        try:
            content = dialog.chosen_content()  # the pitch's reply-by date and language too
            return content if dialog.confirm_gaps(content) else None
        except ServiceError as exc:
            prompts.error(self, self.tr("Covering letter"), error_text(exc))
            return None

    def _lang(self) -> str:
        return str(self.dialog.language.currentData())

    def _sections(self) -> list[str]:
        return [k for k, box in self.dialog.sections.items() if box.isChecked()]

    # --- the four actions -------------------------------------------------------------
    def pdf(self) -> None:
        from collabdesk.reports.letter import build_letter

        content = self._content()
        if content is None:
            return
        path = beside(pitch_path(self.dialog), self.tr("letter"), ".pdf")
        self._run([PdfTask(partial(build_letter, content, self._lang()), path)], self._open_first)

    def draft(self) -> None:
        from collabdesk.reports.letter_text import compose_letter

        content = self._content()
        if content is None:
            return
        lang = self._lang()
        letter = compose_letter(content, lang)
        pitch = pitch_path(self.dialog)
        draft = beside(pitch, self.tr("e-mail"), ".eml")
        build = partial(_draft_bytes, content, lang, self._sections(), pitch.name, letter)
        if not letter.to_email:  # said again beside "Saved to" when the draft is written
            self._note = self.tr(
                "The partner has no e-mail address: the draft has no recipient. "
                "Fill in To in your mail program."
            )
        self._run([PdfTask(build, draft)], self._open_first)

    def copy(self) -> None:
        from collabdesk.reports.letter_text import compose_letter, letter_text

        content = self._content()
        if content is None:
            return
        letter = compose_letter(content, self._lang())
        QGuiApplication.clipboard().setText(letter_text(letter))
        text = self.tr("The letter's text is copied: paste it into your webmail.")
        if not letter.to_email:
            text += " " + self.tr("The partner has no e-mail address on record.")
        self.status.setText(text)

    def folder(self) -> None:
        """Writes the pitch and the letter PDFs, then opens their folder:
        what a webmail user attaches by hand."""
        from collabdesk.reports.letter import build_letter
        from collabdesk.reports.pitch import build_pitch

        content = self._content()
        if content is None:
            return
        lang, pitch = self._lang(), pitch_path(self.dialog)
        tasks = [
            PdfTask(partial(build_pitch, content, lang, self._sections()), pitch),
            PdfTask(partial(build_letter, content, lang), beside(pitch, self.tr("letter"), ".pdf")),
        ]
        self._run(tasks, self._open_folder)

    # --- the worker ------------------------------------------------------------------
    def _run(self, tasks: list[PdfTask], after: Callable[[list[Path]], None]) -> None:
        self._after = after
        self._pending_note, self._note = self._note, ""
        self.job = PdfJob(tasks)
        self.job.done.connect(self._done)
        self.job.failed.connect(self._failed)
        self._explain()
        writing = self.tr("Writing…")
        note = self._pending_note
        self.status.setText(f"{writing}\n{note}" if note else writing)
        start(self.job)

    def _done(self, written: list[Path]) -> None:
        self.job = None
        self.written = list(written)
        self._explain()
        if written:
            saved = fill(self.tr("Saved to %1"), [str(written[-1])])
            note = self._pending_note
            self.status.setText(f"{saved}\n{note}" if note else saved)
            self._after(written)

    def _failed(self, message: str) -> None:
        self.job = None
        self._explain()
        self.status.setText("")
        prompts.error(
            self,
            self.tr("Covering letter"),
            fill(self.tr("The letter was not written: %1"), [message]),
        )

    def _open_first(self, written: list[Path]) -> None:
        open_url(QUrl.fromLocalFile(str(written[0])))

    def _open_folder(self, written: list[Path]) -> None:
        open_url(QUrl.fromLocalFile(str(written[0].parent)))


def _draft_bytes(
    content: PitchContent, lang: str, sections: list[str], pitch_name: str, letter: Letter
) -> bytes:
    """Runs in the worker: the pitch PDF built and wrapped into the draft."""
    from collabdesk.reports.mail_draft import build_mail_draft
    from collabdesk.reports.pitch import build_pitch

    sender = content.library.contact_email or content.library.email
    return build_mail_draft(letter, build_pitch(content, lang, sections), pitch_name, sender)


def letter_actions(dialog: PitchDialog) -> LetterActions:
    """The group the Pitch dialog adds under its sections."""
    return LetterActions(dialog)
