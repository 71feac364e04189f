"""The results step after delivery: attendance, impressions delivered, media
pieces, quotes and the proposal for next time, as the recap prints them.
A figure not counted stays "not counted" (never a 0 the partner would read
as nobody came). Saved through the operation runner; a refusal shows in the
form's error line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.errors import ServiceError
from collabdesk.services.results import FIGURE_MAX, Results
from collabdesk.ui.operations.run import run_operation
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.error_label import ErrorLabel, plain_label
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.service_text import error_text

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk

NOT_COUNTED = -1  # the spin box's special value: shown as "not counted"


class ResultsForm(QDialog):
    """Edits one collaboration's results; `saved` once they are kept."""

    def __init__(self, desk: Desk, collaboration_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsForm")
        self.setWindowTitle(self.tr("Results"))
        self.desk = desk
        self.collaboration_id = collaboration_id
        self.saved = False
        record = desk.results.get(collaboration_id)
        self._version = record.version_id
        results = record.results

        heading = named(plain_label(record.title), "resultsTitle")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        hint = plain_label(
            self.tr(
                "What the collaboration achieved, for the recap. Leave a figure at "
                "“not counted” rather than guess it."
            )
        )
        self.attendance = self._figure("resultsAttendance", results.attendance)
        self.impressions = self._figure("resultsImpressions", results.impressions)
        self.media = self._figure("resultsMedia", results.media_pieces)
        self.attendance.setAccessibleName(self.tr("Attendance"))
        self.impressions.setAccessibleName(self.tr("Impressions delivered"))
        self.media.setAccessibleName(self.tr("Media pieces"))
        self.quotes = named(QPlainTextEdit("\n".join(results.quotes)), "resultsQuotes")
        self.quotes.setPlaceholderText(
            self.tr("One quote a line: a visitor, the press, the partner")
        )
        self.quotes.setAccessibleName(self.tr("Quotes"))
        self.quotes.setTabChangesFocus(True)
        self.next_time = named(QPlainTextEdit(results.next_time), "resultsNextTime")
        self.next_time.setPlaceholderText(
            self.tr("Empty: the recap proposes continuing next year in its own words")
        )
        self.next_time.setAccessibleName(self.tr("Proposal for next time"))
        self.next_time.setTabChangesFocus(True)
        self.error = ErrorLabel("resultsError")

        form = QFormLayout()
        form.addRow(self.tr("&Attendance:"), self.attendance)
        form.addRow(self.tr("&Impressions delivered:"), self.impressions)
        form.addRow(self.tr("&Media pieces:"), self.media)
        form.addRow(self._buddy(self.tr("&Quotes, one a line:"), self.quotes), self.quotes)
        form.addRow(self._buddy(self.tr("&Next time:"), self.next_time), self.next_time)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("resultsSave")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def _figure(self, name: str, value: int | None) -> QSpinBox:
        box = named(QSpinBox(), name)
        box.setRange(NOT_COUNTED, FIGURE_MAX)
        box.setSpecialValueText(self.tr("not counted"))
        box.setGroupSeparatorShown(True)
        box.setValue(NOT_COUNTED if value is None else value)
        return box

    @staticmethod
    def _value(box: QSpinBox) -> int | None:
        return None if box.value() == NOT_COUNTED else box.value()

    def draft(self) -> Results:
        return Results(
            self._value(self.attendance),
            self._value(self.impressions),
            self._value(self.media),
            tuple(self.quotes.toPlainText().splitlines()),
            self.next_time.toPlainText(),
        )

    def save(self) -> None:
        draft = self.draft()
        done = run_operation(
            self,
            lambda: self.desk.results.record(self.collaboration_id, draft, self._version),
            failure_title=self.tr("Results"),
            error_label=self.error,
        )
        if done is not None:
            self.saved = True
            self.accept()


def open_results_form(parent: QWidget | None, desk: Desk, collaboration_id: int) -> bool:
    """Run the results form; True when results were saved."""
    try:
        form = ResultsForm(desk, collaboration_id, parent)
    except ServiceError as exc:
        prompts.error(parent, QCoreApplication.translate("ResultsForm", "Results"), error_text(exc))
        return False
    form.exec()
    saved = form.saved
    form.deleteLater()
    return saved
