"""Documents ▸ Letter to the partner: a follow-up after a pitch, a reminder
of the partner's dates, a thank-you after delivery — from the letters'
templates, as Word, an e-mail draft (.eml) or plain text; for webmail users
"Copy the text" and "Open the folder with the attachments".

What the letter says is read on the GUI thread (a few milliseconds, and a
letter with nothing to say is refused at once); filling the template and
building the pitch or recap PDF run in the PDF worker. Module-level
`save_path`, `open_url` and `attachments_folder` are the seams tests replace."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.message import fill
from collabdesk.services.errors import ServiceError
from collabdesk.ui.documents.pdf_worker import PdfJob, PdfTask, start
from collabdesk.ui.widgets.error_label import ErrorLabel, plain_label
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.reports.letter_mail import Attachment
    from collabdesk.services.desk import Desk
    from collabdesk.services.pitch_model import PitchContent
    from collabdesk.services.recap_content import RecapContent

translate = QCoreApplication.translate
FORMATS = (".docx", ".eml", ".txt")


def save_path(parent: QWidget, title: str, suggested: str, suffix: str) -> Path | None:
    """Replaced in tests."""
    filters = {".docx": "Word (*.docx)", ".eml": "E-mail (*.eml)", ".txt": "Text (*.txt)"}
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters[suffix])
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def pick_files(parent: QWidget) -> list[Path]:
    """Replaced in tests."""
    names, _ = QFileDialog.getOpenFileNames(parent, translate("PartnerLetters", "Attach files"))
    return [Path(name) for name in names]


def attachments_folder(collaboration_id: int) -> Path:
    """Where "Open the folder with the attachments" gathers them."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    root = Path(base) if base else Path.home()
    return root / "CollabDesk" / f"letters-{collaboration_id}"


def open_url(url: QUrl) -> None:
    QDesktopServices.openUrl(url)


def _letter_bytes(
    kind: str,
    content: PitchContent,
    lang: str,
    template: bytes,
    suffix: str,
    extra: list[Attachment],
    days: int,
    recap: RecapContent | None,
) -> bytes:
    """Runs in the worker: everything it needs was read before."""
    from collabdesk.reports.letter_files import write_letter

    return write_letter(kind, content, lang, template, suffix, extra, days, recap).data


def _own_bytes(kind: str, content: PitchContent, lang: str, recap: RecapContent | None) -> bytes:
    from collabdesk.reports.letter_files import own_attachment

    own = own_attachment(kind, content, lang, recap)
    assert own is not None
    return own.data


class PartnerLetterDialog(QDialog):
    def __init__(
        self, desk: Desk, collaboration_id: int, kind: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("partnerLetterDialog")
        self.setWindowTitle(translate("PartnerLetters", "Letter to the partner"))
        self.setMinimumWidth(520)
        self._desk = desk
        self._collaboration_id = collaboration_id
        self._recap: RecapContent | None = None  # read by _ready for a thank-you
        self.job: PdfJob | None = None
        self.written: list[Path] = []
        self.copied = ""
        self.attach: list[Path] = []
        self._after: Callable[[list[Path]], None] = lambda _paths: None
        self.kind_combo = named(QComboBox(), "letterKind")
        for key, text in (
            (
                "follow-up",
                translate("PartnerLetters", "Follow-up after a pitch (the pitch attached)"),
            ),
            ("reminder", translate("PartnerLetters", "Reminder: your part is due")),
            (
                "thank-you",
                translate("PartnerLetters", "Thank-you after delivery (the recap attached)"),
            ),
        ):
            self.kind_combo.addItem(text, key)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self.partner_combo = named(QComboBox(), "letterPartner")
        self.language_combo = named(QComboBox(), "letterLanguage")
        self.language_combo.addItem("Русский", "ru")
        self.language_combo.addItem("English", "en")
        self.days = named(QSpinBox(), "letterDays")
        self.days.setRange(1, 366)
        self.days.setValue(14)
        self.days.setSuffix(translate("PartnerLetters", " days ahead, and overdue"))
        self.format_combo = named(QComboBox(), "letterFormat")
        self.format_combo.addItem(translate("PartnerLetters", "E-mail draft (.eml)"), ".eml")
        self.format_combo.addItem(translate("PartnerLetters", "Word (.docx)"), ".docx")
        self.format_combo.addItem(translate("PartnerLetters", "Plain text (.txt)"), ".txt")
        self.attached_list = named(QListWidget(), "letterAttachments")
        self.attached_list.setMaximumHeight(70)
        add = named(QPushButton(translate("PartnerLetters", "&Attach files…")), "letterAttach")
        add.setAutoDefault(False)
        add.clicked.connect(self._add_files)
        form = QFormLayout()
        form.addRow(translate("PartnerLetters", "&Letter:"), self.kind_combo)
        form.addRow(translate("PartnerLetters", "&Partner:"), self.partner_combo)
        form.addRow(translate("PartnerLetters", "La&nguage:"), self.language_combo)
        form.addRow(translate("PartnerLetters", "&Due within:"), self.days)
        form.addRow(translate("PartnerLetters", "&Format:"), self.format_combo)
        form.addRow(translate("PartnerLetters", "Also attach:"), self.attached_list)
        form.addRow("", add)
        self._form = form
        self.write_button = self._button(translate("PartnerLetters", "&Write…"), "letterWrite")
        self.write_button.clicked.connect(self.write)
        self.copy_button = self._button(
            translate("PartnerLetters", "&Copy the text"), "letterCopyText"
        )
        self.copy_button.clicked.connect(self.copy)
        self.folder_button = self._button(
            translate("PartnerLetters", "&Open the folder with the attachments"), "letterFolderOpen"
        )
        self.folder_button.clicked.connect(self.folder)
        grid = QGridLayout()
        grid.addWidget(self.write_button, 0, 0)
        grid.addWidget(self.copy_button, 0, 1)
        grid.addWidget(self.folder_button, 1, 0, 1, 2)
        self.status = named(plain_label(""), "letterDialogStatus")
        self.status.setWordWrap(True)
        self.error = ErrorLabel("letterDialogError")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.kind_combo.currentIndexChanged.connect(self._explain)
        self._load()
        self._explain()

    def _button(self, text: str, name: str) -> QPushButton:
        button = named(QPushButton(text), name)
        button.setAutoDefault(False)
        return button

    def _load(self) -> None:
        try:
            record = self._desk.collaborations.get(self._collaboration_id)
            language = self._desk.library.profile().default_language
        except ServiceError as exc:
            self.error.show_error(exc)
            return
        for participant in record.partners:
            self.partner_combo.addItem(participant.name, participant.partner_id)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def _explain(self) -> None:
        reminder = self.kind() == "reminder"
        self.days.setVisible(reminder)
        label = self._form.labelForField(self.days)
        if label is not None:
            label.setVisible(reminder)
        idle = self.job is None and self.partner_combo.count() > 0
        for button in (self.write_button, self.copy_button, self.folder_button):
            button.setEnabled(idle)

    def _add_files(self) -> None:
        for path in pick_files(self):
            if path not in self.attach:
                self.attach.append(path)
                self.attached_list.addItem(path.name)

    # --- what the letter needs, read before the worker starts -------------------------
    def _ready(self) -> tuple[PitchContent, str, bytes, list[Attachment]] | None:
        """The content, language, template and the user's files; None (and
        the reason shown) when the letter cannot be written."""
        from collabdesk.reports.letter_files import read_attachments
        from collabdesk.services.letter_content import letter_promises, template_name

        self.error.hide()
        lang = str(self.language_combo.currentData())
        try:
            content = self._desk.pitch_content.gather(
                self._collaboration_id, self.partner_combo.currentData(), language=lang
            )
            letter_promises(self.kind(), content, self.days.value())  # nothing to say: refused
            template = self._desk.templates.get(template_name(self.kind()), lang).content
            self._recap = (  # the partner's recap travels with a thank-you
                self._desk.recaps.gather(
                    self._collaboration_id, self.partner_combo.currentData(), language=lang
                )
                if self.kind() == "thank-you"
                else None
            )
        except ServiceError as exc:
            self.error.show_error(exc)
            return None
        try:
            extra = read_attachments(self.attach)
        except OSError as exc:
            self.error.show_error(
                fill(
                    translate("PartnerLetters", "The file to attach cannot be read: %1"),
                    [str(exc.filename or exc)],
                )
            )
            return None
        return content, lang, template, extra

    def _suggested(self, content: PitchContent, suffix: str) -> str:
        partner = content.partner.name if content.partner else ""
        return f"{content.title} - {partner} - {self.kind()}{suffix}"

    # --- the three actions ---------------------------------------------------------------
    def write(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        content, lang, template, extra = ready
        suffix = str(self.format_combo.currentData())
        path = save_path(self, self.windowTitle(), self._suggested(content, suffix), suffix)
        if path is None:
            return
        build = partial(
            _letter_bytes,
            self.kind(),
            content,
            lang,
            template,
            suffix,
            extra,
            self.days.value(),
            self._recap,
        )
        tasks = [PdfTask(build, path)]
        if suffix != ".eml" and self.kind() != "reminder":
            from collabdesk.reports.letter_docx import attachment_file_name

            beside = path.with_name(attachment_file_name(self.kind(), content, lang))
            tasks.append(
                PdfTask(partial(_own_bytes, self.kind(), content, lang, self._recap), beside)
            )
        note = ""
        if suffix == ".eml" and not self._has_address(content):
            note = translate(
                "PartnerLetters",
                "The partner has no e-mail address: the draft has no recipient. "
                "Fill in To in your mail program.",
            )
        self._run(tasks, partial(self._saved, note))

    def copy(self) -> None:
        """The letter's text to the clipboard, for webmail (filled off the GUI thread)."""
        ready = self._ready()
        if ready is None:
            return
        content, lang, template, extra = ready
        scratch = Path(tempfile.mkdtemp(prefix="collabdesk-letter-")) / "letter.txt"
        build = partial(
            _letter_bytes,
            self.kind(),
            content,
            lang,
            template,
            ".txt",
            extra,
            self.days.value(),
            self._recap,
        )
        has_address = self._has_address(content)
        self._run([PdfTask(build, scratch)], partial(self._copied, has_address))

    def folder(self) -> None:
        """The pitch or recap and the user's files in one folder, opened:
        what a webmail user attaches by hand."""
        ready = self._ready()
        if ready is None:
            return
        content, lang, _template, extra = ready
        target = attachments_folder(self._collaboration_id)
        tasks = []
        if self.kind() != "reminder":
            from collabdesk.reports.letter_docx import attachment_file_name

            name = attachment_file_name(self.kind(), content, lang)
            tasks.append(
                PdfTask(partial(_own_bytes, self.kind(), content, lang, self._recap), target / name)
            )
        tasks += [PdfTask(partial(lambda a: a.data, a), target / a.name) for a in extra]
        if not tasks:
            self.status.setText(translate("PartnerLetters", "This letter has no attachments."))
            return
        self._run(tasks, self._open_folder)

    # --- the worker ------------------------------------------------------------------------
    def _has_address(self, content: PitchContent) -> bool:
        from collabdesk.reports.letter_text import compose_letter

        return bool(compose_letter(content, "en").to_email)

    def _run(self, tasks: list[PdfTask], after: Callable[[list[Path]], None]) -> None:
        self._after = after
        self.job = PdfJob(tasks)
        self.job.done.connect(self._done)
        self.job.failed.connect(self._failed)
        self._explain()
        self.status.setText(translate("PartnerLetters", "Writing…"))
        start(self.job)

    def _done(self, written: list[Path]) -> None:
        self.job = None
        self._explain()
        if written:
            self.written = list(written)
            self._after(written)
        else:
            self.status.setText("")

    def _failed(self, message: str) -> None:
        self.job = None
        self._explain()
        self.status.setText("")
        self.error.show_error(
            fill(translate("PartnerLetters", "The letter was not written: %1"), [message])
        )

    def _saved(self, note: str, written: list[Path]) -> None:
        saved = fill(translate("PartnerLetters", "Saved to %1"), [str(written[0])])
        self.status.setText(f"{saved}\n{note}" if note else saved)

    def _copied(self, has_address: bool, written: list[Path]) -> None:
        self.copied = written[0].read_text(encoding="utf-8")
        shutil.rmtree(written[0].parent, ignore_errors=True)
        QGuiApplication.clipboard().setText(self.copied)
        text = translate(
            "PartnerLetters", "The letter's text is copied: paste it into your webmail."
        )
        if not has_address:
            text += " " + translate(
                "PartnerLetters", "The partner has no e-mail address on record."
            )
        self.status.setText(text)

    def _open_folder(self, written: list[Path]) -> None:
        self.status.setText(
            fill(translate("PartnerLetters", "The attachments are in %1"), [str(written[0].parent)])
        )
        open_url(QUrl.fromLocalFile(str(written[0].parent)))


def open_partner_letter(desk: Desk, collaboration_id: int, kind: str, parent: QWidget) -> None:
    PartnerLetterDialog(desk, collaboration_id, kind, parent).exec()
