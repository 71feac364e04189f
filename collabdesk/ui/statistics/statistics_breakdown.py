"""The chosen metric's breakdown in the Statistics section: its categories
(age bands, districts) over the last twelve months with their shares, as
the pitch's audience profile reads them, and a dialog to record one
category's figure for a month."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.message import fill
from collabdesk.services.errors import ServiceError
from collabdesk.ui.shell.i18n import format_number, parse_number
from collabdesk.ui.statistics.statistics_models import month_label
from collabdesk.ui.widgets.error_label import ErrorLabel, plain_label
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.audience_profile import AudienceProfile
    from collabdesk.services.desk import Desk

DeskSource = Callable[[], "Desk | None"]
SHOWN_PARTS = 6  # the rest are summed as "other categories" in the line


class CategoryFigureDialog(QDialog):
    """One category's figure for one month; saved when OK is pressed."""

    def __init__(self, desk: Desk, metric: str, month: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoryFigureDialog")
        self.setWindowTitle(fill(self.tr("Breakdown of %1"), [metric[:60]]))
        self._desk, self._metric = desk, metric
        self.category = named(QComboBox(), "categoryEdit")
        self.category.setEditable(True)
        self.category.addItems(desk.statistics.categories(metric))
        self.category.setCurrentText("")
        self.category.setAccessibleName(self.tr("Category"))
        line = self.category.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("e.g. 18–24, Central district"))
        self.month = named(QDateEdit(QDate(month.year, month.month, 1)), "categoryMonth")
        self.month.setDisplayFormat("MM.yyyy")
        self.month.setAccessibleName(self.tr("Month"))
        self.value = named(QLineEdit(), "categoryValue")
        self.value.setAccessibleName(self.tr("Value"))
        self.error = ErrorLabel("categoryFigureError")
        form = QFormLayout()
        form.addRow(self.tr("Category:"), self.category)
        form.addRow(self.tr("Month:"), self.month)
        form.addRow(self.tr("Value:"), self.value)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> bool:
        category = self.category.currentText().strip()
        if not category:
            self.error.show_error(self.tr("Name the category (a total is entered in the table)."))
            return False
        try:
            value = parse_number(self.value.text())
        except ValueError:
            self.error.show_error(fill(self.tr("'%1' is not a number."), [self.value.text()[:40]]))
            return False
        chosen = self.month.date()
        unit = self._desk.statistics.series(self._metric).unit
        try:
            self._desk.metrics.record(
                self._metric, date(chosen.year(), chosen.month(), 1), value, unit, category=category
            )
        except ServiceError as exc:
            self.error.show_error(exc)
            return False
        self.accept()
        return True


def run_category_dialog(dialog: CategoryFigureDialog) -> bool:
    """Run modally; True when a figure was saved. Tests replace this."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def profile_text(profile: AudienceProfile, unit_words: Callable[[str], str]) -> str:
    """ "Breakdown, 01.2026 – 12.2026: 25–34 45 % · 18–24 30 % · …" """
    parts = [
        f"{p.category} {format_number(round(p.share * 100))}\u00a0%"
        for p in profile.parts[:SHOWN_PARTS]
    ]
    if len(profile.parts) > SHOWN_PARTS:
        parts.append(unit_words(str(len(profile.parts) - SHOWN_PARTS)))
    span = month_label(profile.last_month)
    if profile.first_month != profile.last_month:
        span = f"{month_label(profile.first_month)} – {span}"
    return f"{span}: " + " · ".join(parts)


class BreakdownPanel(QWidget):
    """The line under the chart: the chosen metric's categories, or how to add them."""

    changed = Signal()

    def __init__(self, desk_source: DeskSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breakdownPanel")
        self._desk_source = desk_source
        self.metric_name: str | None = None
        self.label = named(plain_label(), "breakdownText")
        self.add_button = named(QPushButton(self.tr("Add category figure…")), "addCategoryButton")
        self.add_button.setToolTip(
            self.tr("Record one part of a breakdown (an age band, a district) for a month")
        )
        self.add_button.clicked.connect(self.add_figure)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.add_button)

    def show_metric(self, name: str | None) -> None:
        self.metric_name = name
        desk = self._desk_source()
        self.add_button.setEnabled(desk is not None and name is not None)
        profile = desk.statistics.audience_profile(name) if desk and name else None
        if profile is None:
            self.label.setText(
                self.tr("No breakdown yet: add figures by category (age band, district).")
            )
            return
        more = self.tr("%n more", "", len(profile.parts) - SHOWN_PARTS)
        text = profile_text(profile, lambda _count: more)
        self.label.setText(fill(self.tr("Breakdown, %1"), [text]))

    def add_figure(self) -> None:
        desk, name = self._desk_source(), self.metric_name
        if desk is None or name is None:
            return
        latest = desk.statistics.series(name).latest
        today = date.today()
        month = latest.period_start if latest is not None else date(today.year, today.month, 1)
        if run_category_dialog(CategoryFigureDialog(desk, name, month, self.window())):
            self.changed.emit()
