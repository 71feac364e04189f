"""Repeat…: a dated promise becomes a recurring one (every week, month or
quarter; N times or until a date), with the due dates previewed before
anything is saved. The save runs through run_operation; the tracker follows
the change set like any other."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.enums import Recurrence
from collabdesk.services.commitment_series import (
    MAX_TIMES,
    MIN_TIMES,
    Schedule,
    due_dates,
    shifted,
)
from collabdesk.services.errors import ValidationError, fill
from collabdesk.ui.commitments import commitment_dialogs
from collabdesk.ui.commitments.commitment_dialogs import _pydate, _qdate
from collabdesk.ui.operations.run import run_operation
from collabdesk.ui.shell.i18n import format_date
from collabdesk.ui.widgets.error_label import ErrorLabel, plain_label
from collabdesk.ui.widgets.form_support import caption_row
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.service_text import message_text

if TYPE_CHECKING:
    from collabdesk.services.commitment_series import CommitmentSeriesService, SeriesRecord
    from collabdesk.services.tracker_query import TrackerRow

DEFAULT_TIMES = 12
PREVIEW_DATES = 6  # the first dates shown; then "… and N more", then the last


def _whole(day: date) -> str:
    """A date that never breaks across lines ("31 May 2027" stays together)."""
    return format_date(day).replace(" ", "\u00a0")


class RepeatDialog(QDialog):
    """The schedule of one dated, open commitment that is not yet in a series."""

    def __init__(
        self, series: CommitmentSeriesService, row: TrackerRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        assert row.due_on is not None  # the tracker offers Repeat only for a dated promise
        self.setObjectName("repeatDialog")
        self.setWindowTitle(self.tr("Repeat a commitment"))
        self._series = series
        self._row = row
        self._first = row.due_on
        self.saved: SeriesRecord | None = None

        what = named(
            plain_label(
                fill(
                    self.tr("“%1”, first due %2"),
                    [row.description.split("\n", 1)[0][:300], format_date(row.due_on)],
                )
            ),
            "repeatWhat",
        )
        self.every = named(QComboBox(), "repeatEvery")
        for value, text in (
            (Recurrence.WEEK, self.tr("week")),
            (Recurrence.MONTH, self.tr("month")),
            (Recurrence.QUARTER, self.tr("quarter")),
        ):
            self.every.addItem(text, value.value)
        self.every.setCurrentIndex(1)
        self.by_times = named(QRadioButton(self.tr("&Times in all:")), "repeatByTimes")
        self.by_until = named(QRadioButton(self.tr("&Until:")), "repeatByUntil")
        self.by_times.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_times)
        group.addButton(self.by_until)
        self.times = named(QSpinBox(), "repeatTimes")
        self.times.setRange(MIN_TIMES, MAX_TIMES)
        self.times.setValue(DEFAULT_TIMES)
        self.times.setAccessibleName(self.tr("Times in all"))
        self.until = named(QDateEdit(), "repeatUntil")
        self.until.setCalendarPopup(True)
        self.until.setDate(_qdate(shifted(self._first, Recurrence.MONTH, DEFAULT_TIMES - 1)))
        self.until.setAccessibleName(self.tr("Last due date"))
        how_long = QGridLayout()
        how_long.addWidget(self.by_times, 0, 0)
        how_long.addWidget(self.times, 0, 1)
        how_long.addWidget(self.by_until, 1, 0)
        how_long.addWidget(self.until, 1, 1)
        how_long.setColumnStretch(2, 1)
        self.preview = named(plain_label(), "repeatPreview")
        self.error = ErrorLabel("dialogError")

        form = QFormLayout()
        caption_row(form, self.tr("&Every:"), self.every, self.every)
        form.addRow(how_long)
        caption_row(form, self.tr("Due dates:"), self.preview, self.preview)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        self.ok = buttons.button(ok)
        self.ok.setText(self.tr("Repeat"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for part in (what, form, self.error, buttons):
            if isinstance(part, QFormLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)

        self.every.currentIndexChanged.connect(self._update_preview)
        self.by_times.toggled.connect(self._update_preview)
        self.times.valueChanged.connect(self._update_preview)
        self.until.dateChanged.connect(self._update_preview)
        self._update_preview()
        self.resize(460, self.sizeHint().height())

    def schedule(self) -> Schedule:
        every = Recurrence(self.every.currentData())
        if self.by_times.isChecked():
            return Schedule(every, times=self.times.value())
        return Schedule(every, until=_pydate(self.until.date()))

    def _update_preview(self) -> None:
        self.times.setEnabled(self.by_times.isChecked())
        self.until.setEnabled(self.by_until.isChecked())
        self.error.clear_error()
        try:
            dates = due_dates(self._first, self.schedule())
        except ValidationError as exc:
            self.preview.setText(message_text(exc.problems[0].text))
            self.ok.setEnabled(False)
            return
        shown = ", ".join(_whole(day) for day in dates[: PREVIEW_DATES + 1])
        if len(dates) > PREVIEW_DATES + 1:
            shown = ", ".join(_whole(day) for day in dates[:PREVIEW_DATES])
            more = self.tr("… and %n more, until", "", len(dates) - PREVIEW_DATES - 1)
            shown = f"{shown} {more} {_whole(dates[-1])}"
        lines = [self.tr("%n occurrence(s):", "", len(dates)), shown]
        if self._row.quantity is not None:
            lines.append(
                self.tr("The quantity is shared out across the occurrences; the total stays.")
            )
        self.preview.setText("\n".join(lines))
        self.ok.setEnabled(True)

    def save(self) -> None:
        schedule = self.schedule()
        done = run_operation(
            self,
            lambda: self._series.schedule(self._row.id, schedule),
            failure_title=self.tr("Not repeated"),
            error_label=self.error,
        )
        if done is None:
            return
        self.saved = done.value
        self.accept()


def ask_repeat(
    parent: QWidget | None, series: CommitmentSeriesService, row: TrackerRow
) -> SeriesRecord | None:
    dialog = RepeatDialog(series, row, parent)
    accepted = commitment_dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted
    return dialog.saved if accepted else None
