"""The Pitch dialog: pick the partner, language, statistics and sections of
one collaboration's pitch; the PDF is written in a worker thread and then
opened (the batch export of many pitches is in batch_export.py).
Module-level functions (`open_document`, `choose_collaboration`) are the
seams tests replace."""

from __future__ import annotations

import re
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.message import fill
from collabdesk.services import pitch_language
from collabdesk.services.errors import ServiceError
from collabdesk.ui.documents.on_behalf import add_on_behalf, chosen_scope
from collabdesk.ui.documents.pdf_dialog import PdfDialog
from collabdesk.ui.documents.pdf_worker import PdfTask
from collabdesk.ui.shell.user_guide import interface_language
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.actions import allow
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.partner_picker import PartnerOption, PartnerPicker
from collabdesk.ui.widgets.service_text import error_text

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk
    from collabdesk.services.pitch_model import PitchContent

# Module functions speak in the dialog's context; the name `translate`
# with literal arguments is what lupdate collects.
translate = QCoreApplication.translate

SECTION_KEYS = ("idea", "audience", "offer", "commitments", "record", "contacts")
REPLY_DAYS = 14  # the reply-by date offered: two weeks from today


def open_document(path: Path) -> None:
    """Show a finished PDF in the system's viewer."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def choose_collaboration(parent: QWidget | None, desk: Desk) -> int | None:
    rows = desk.collaborations.rows()
    if not rows:
        prompts.info(
            parent,
            translate("PitchDialog", "Pitch"),
            translate(
                "PitchDialog", "There are no collaborations yet. Create one first, then pitch it."
            ),
        )
        return None
    labels = [f"{row.title} — {', '.join(row.partner_names) or '…'}" for row in rows]
    text, ok = QInputDialog.getItem(
        parent,
        translate("PitchDialog", "Pitch"),
        translate("PitchDialog", "Which collaboration?"),
        labels,
        0,
        False,
    )
    return rows[labels.index(text)].id if ok and text in labels else None


def file_stem(title: str, partner: str, lang: str) -> str:
    """A file name any OS accepts: no slashes, colons, quotes or control characters."""
    text = f"{title} - {partner}" if partner else title
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    text = " ".join(text.split())[:80].strip(" .") or "pitch"
    return f"{text} ({lang})"


def documents_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location or Path.home())


class PitchDialog(PdfDialog):
    """Builds one pitch; `written` holds the path once the PDF is done."""

    def __init__(self, desk: Desk, collaboration_id: int, parent: QWidget | None = None) -> None:
        super().__init__("pitch", parent)
        self.setObjectName("pitchDialog")
        self.setWindowTitle(self.tr("Pitch"))
        self.desk = desk
        self.collaboration_id = collaboration_id
        record = desk.collaborations.get(collaboration_id)
        self.title = record.title
        profile_language = desk.library.profile().default_language

        heading = named(QLabel(record.title), "pitchTitle")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)

        self.partner = PartnerPicker("pitchPartner")  # main partners first, as given
        addressed = [
            PartnerOption(i, n) for i, n in desk.pitch_content.partners_of(collaboration_id)
        ]
        self.partner.set_partners(
            addressed,
            none_text=None if addressed else self.tr("(no partner yet)"),
            first_ids=[o.id for o in addressed],
        )
        self.language = named(QComboBox(), "pitchLanguage")
        self.language.addItem("Русский", "ru")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if profile_language == "ru" else 1)
        self.partner.setAccessibleName(self.tr("Partner"))
        self.language.setAccessibleName(self.tr("Language"))

        self.statistics = named(QListWidget(), "pitchStatistics")
        self.statistics.setMaximumHeight(130)
        self.statistics.setAccessibleName(self.tr("Statistics"))
        picked = {f.name for f in desk.pitch_content.gather(collaboration_id).figures}
        for definition in desk.statistics.definitions():
            if not definition.figures:
                continue
            item = QListWidgetItem(definition.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = definition.name in picked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.statistics.addItem(item)

        section_box = QGroupBox(self.tr("Sections"))
        section_layout = QVBoxLayout(section_box)
        names = {
            "idea": self.tr("The idea and why this partner"),
            "audience": self.tr("Our audience (a year of statistics)"),
            "offer": self.tr("What the partner gets (advertising package and its value)"),
            "commitments": self.tr("Who does what, with dates"),
            "record": self.tr("The library's track record"),
            "contacts": self.tr("Contacts"),
        }
        self.sections: dict[str, QCheckBox] = {}
        for key in SECTION_KEYS:
            box = named(QCheckBox(names[key]), f"pitchSection_{key}")
            box.setChecked(True)
            section_layout.addWidget(box)
            self.sections[key] = box

        self.reply_by = named(QDateEdit(QDate.currentDate().addDays(REPLY_DAYS)), "pitchReplyBy")
        self.reply_by.setCalendarPopup(True)
        self.reply_by.setDisplayFormat("dd.MM.yyyy")
        self.reply_by.setAccessibleName(self.tr("Reply by"))
        for inner in self.reply_by.findChildren(QLineEdit):  # the editor inside the date box
            inner.setAccessibleName(self.tr("Reply by"))

        self.language.currentIndexChanged.connect(self._suggest_path)
        self.partner.currentIndexChanged.connect(self._suggest_path)
        self._suggest_path()

        form = QFormLayout()
        # Alt + the underlined letter moves to the field (the labels are buddies).
        form.addRow(self.tr("&Partner:"), self.partner)
        form.addRow(self.tr("&Language:"), self.language)
        # Only with several branches: this branch's face and figures, or the system's.
        self.on_behalf = add_on_behalf(form, desk, collaboration_id, "pitchOnBehalf")
        form.addRow(self.tr("S&tatistics:"), self.statistics)
        form.addRow(self.tr("&Reply by:"), self.reply_by)
        form.addRow(self.save_as_label, self.output_row)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(section_box)
        from collabdesk.ui.documents.letter_actions import letter_actions  # imports this module

        layout.addWidget(letter_actions(self))
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        self.export_button.setDefault(True)  # Enter writes (once the dialog holds it)
        self.partner.setFocus()
        self._explain_export()
        self.partner.currentIndexChanged.connect(self._explain_export)

    def _explain_export(self) -> None:
        """A pitch is for one partner: without one, Write PDF says why it waits."""
        has_partner = self.partner.currentData() is not None
        busy = "" if self.progress.isVisibleTo(self) else None  # disabled, nothing to explain
        allow(
            self.export_button,
            busy
            if has_partner
            else self.tr("Add a partner to this collaboration first: a pitch is written for one."),
        )

    def _suggest_path(self) -> None:
        partner = self.partner.partner_name()
        stem = file_stem(self.title, partner, self.language.currentData())
        self.output.setText(str(documents_dir() / f"{stem}.pdf"))

    def document_name(self) -> str:
        return self.tr("Pitch")

    def browse_caption(self) -> str:
        return self.tr("Save the pitch as")

    def open_written(self, path: Path) -> None:
        open_document(path)

    def chosen_metrics(self) -> list[str]:
        return [
            self.statistics.item(i).text()
            for i in range(self.statistics.count())
            if self.statistics.item(i).checkState() == Qt.CheckState.Checked
        ]

    def chosen_content(self) -> PitchContent:
        """What the pitch and its covering letter say, with every choice made
        here: partner, statistics, language and the reply-by date."""
        chosen = self.reply_by.date()
        return self.desk.pitch_content.gather(
            self.collaboration_id,
            self.partner.partner_id(),
            self.chosen_metrics(),
            language=str(self.language.currentData()),
            reply_by=date(chosen.year(), chosen.month(), chosen.day()),
            scope=chosen_scope(self.on_behalf),
        )

    def export(self) -> None:
        from collabdesk.reports.pitch import build_pitch  # reportlab loads on first export

        path = self.chosen_path()
        if path is None:
            return
        lang = self.language.currentData()
        try:
            content = self.chosen_content()
            if not self.confirm_gaps(content):
                return
        except ServiceError as exc:
            prompts.error(self, self.tr("Pitch"), error_text(exc))
            return
        sections = [k for k, box in self.sections.items() if box.isChecked()]
        self.write(
            PdfTask(partial(build_pitch, content, lang, sections), path),
            self.tr("Writing the PDF…"),
        )

    def gap_text(self, content: PitchContent) -> str:
        """What the pitch will lack, in words; empty when nothing."""
        gaps = self.desk.pitch_content.gaps(content)
        if not gaps.any:
            return ""
        prompts_by_key = {
            q.key: q.prompt(interface_language()) for q in self.desk.checklist.questions()
        }
        parts: list[str] = []
        if gaps.missing:
            names = "\n".join(f"• {prompts_by_key.get(k, k)}" for k in gaps.missing)
            parts.append(
                fill(
                    self.tr("The partner will read these answers, but they are still empty:\n%1"),
                    [names],
                )
            )
        if gaps.untranslated:
            names = "\n".join(
                f"• {self._untranslated_name(k, prompts_by_key)}" for k in gaps.untranslated
            )
            parts.append(
                fill(
                    self.tr("These texts have no translation and will print as written:\n%1"),
                    [names],
                )
            )
        return "\n\n".join(parts)

    def _untranslated_name(self, key: str, prompts_by_key: dict[str, str]) -> str:
        """A question's prompt, or what pitch_language names: the title, the
        idea, a promise by its description."""
        if key == pitch_language.TITLE:
            return self.tr("The collaboration's title")
        if key == pitch_language.IDEA:
            return self.tr("The idea")
        if key.startswith(pitch_language.PROMISE):
            return fill(self.tr("Promise: %1"), [key.removeprefix(pitch_language.PROMISE)])
        return prompts_by_key.get(key, key)

    def confirm_gaps(self, content: PitchContent) -> bool:
        """Warn, never block: the librarian may still send a draft."""
        text = self.gap_text(content)
        if not text:
            return True
        question = self.tr("Write the pitch anyway?")
        return prompts.confirm(self, self.tr("Pitch"), f"{text}\n\n{question}")


def open_pitch_dialog(parent: QWidget | None, desk: Desk, collaboration_id: int) -> Path | None:
    """Run the Pitch dialog for one collaboration; returns the PDF written, if any.
    The collaboration view calls this from its own Pitch button."""
    try:
        dialog = PitchDialog(desk, collaboration_id, parent)
    except ServiceError as exc:
        prompts.error(parent, translate("PitchDialog", "Pitch"), error_text(exc))
        return None
    dialog.exec()
    written = dialog.written
    dialog.deleteLater()  # a dialog with a parent would otherwise live on, one per pitch
    return written
