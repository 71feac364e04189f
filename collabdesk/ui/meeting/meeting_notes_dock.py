"""The notes dock of meeting mode: what was said, about which partner, kept
in a file beside the real database until the meeting ends."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.errors import ServiceError
from collabdesk.ui.widgets.error_label import ErrorLabel, plain_label
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk


class MeetingNotesDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Meeting notes"), parent)
        self.setObjectName("meetingNotesDock")
        self.notes_file: Path | None = None
        body = QWidget()
        self.partner = named(QComboBox(), "meetingNotePartner")
        partner_label = QLabel(self.tr("&Partner:"))
        partner_label.setBuddy(self.partner)
        self.partner.setAccessibleName(self.tr("Partner"))
        self.text = named(QPlainTextEdit(), "meetingNoteText")
        self.text.setPlaceholderText(self.tr("What was said or agreed…"))
        self.text.setAccessibleName(self.tr("Note"))
        self.save = named(QPushButton(self.tr("Keep the note")), "meetingNoteSave")
        self.save.clicked.connect(self.keep_note)
        self.status = named(plain_label(), "meetingNoteStatus")
        self.error = ErrorLabel("meetingNoteError")
        layout = QVBoxLayout(body)
        for widget in (partner_label, self.partner, self.text, self.save, self.status, self.error):
            layout.addWidget(widget)
        self.setWidget(body)

    def fill_partners(self, desk: Desk | None) -> None:
        """The main partners of the meeting's collaborations (the copy holds no others)."""
        self.partner.clear()
        if desk is None:
            return
        for row in desk.collaborations.rows():
            for partner_id, name in desk.pitch_content.partners_of(row.id):
                if self.partner.findData(partner_id) < 0:
                    self.partner.addItem(name, partner_id)

    def keep_note(self) -> None:
        from collabdesk.services.meeting_notes import append_note

        self.status.clear()
        self.error.clear_error()
        partner_id = self.partner.currentData()
        if partner_id is None or self.notes_file is None:
            self.error.show_error(self.tr("Choose the partner the note is about."))
            return
        try:
            append_note(self.notes_file, int(partner_id), self.text.toPlainText())
        except (ServiceError, OSError) as exc:
            self.error.show_error(exc)
            return
        self.text.clear()
        self.status.setText(self.tr("Kept. It goes into the partner's log after the meeting."))
