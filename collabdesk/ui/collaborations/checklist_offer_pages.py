"""Wizard pages 4–6: what the partner gets in numbers (statistics and the
advertising package), the promises of both sides, and the readiness summary."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from collabdesk.domain.checklist import ADVERTISING, LIBRARY_PROMISES, PARTNER_PROMISES, STATISTICS
from collabdesk.domain.enums import Direction
from collabdesk.services.errors import ServiceError
from collabdesk.ui.collaborations.checklist_pages import StepPage, plain_label
from collabdesk.ui.collaborations.checklist_step_pages import add_text_questions
from collabdesk.ui.widgets.date_text import parse_date
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.checklist import QuestionRecord, Readiness
    from collabdesk.services.desk import Desk

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5300;"
QUANTITY_MAX = 10_000


def _heading(question: QuestionRecord, lang: str) -> QWidget:
    return plain_label(question.prompt(lang) + (" *" if question.required else ""))


def month_text(locale: QLocale, period: date) -> str:
    """ "октябрь 2026", not the genitive "октября 2026" that "MMMM yyyy" gives."""
    return f"{locale.standaloneMonthName(period.month)} {period.year}"


class QuantitativePage(StepPage):
    """Statistics and advertising items are saved with the draft (on page
    change), like typed answers."""

    def __init__(
        self,
        questions: list[QuestionRecord],
        lang: str,
        desk: Desk,
        collaboration_id: int,
        edit_catalogue: Callable[[QWidget], None],
    ) -> None:
        super().__init__(
            self.tr("4. What the partner gets — quantitatively"),
            self.tr(
                "Pick the library statistics to show and the advertising-package items "
                "to offer; the page adds up the reach."
            ),
        )
        self.setObjectName("quantitativePage")
        self._desk = desk
        self._collaboration_id = collaboration_id
        self._edit_catalogue = edit_catalogue
        self.statistics = named(QListWidget(), "statisticsList")
        self.no_statistics = plain_label(
            self.tr(
                "There are no library statistics yet. Record monthly figures (visits, "
                "event attendance, followers) in the Statistics section, then come "
                "back to this step; the checklist keeps your other answers meanwhile."
            ),
            "noStatistics",
        )
        self.advertising = named(QTableWidget(0, 4), "advertisingTable")
        self.advertising.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Reach per unit"), self.tr("Quantity"), self.tr("Reach")]
        )
        header = self.advertising.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.advertising.verticalHeader().hide()
        self.advertising.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.no_catalogue = plain_label(
            self.tr(
                "The advertising catalogue is empty. Add what the library can offer "
                "(posts, newsletter mentions, logo on the website…) with “Edit catalogue…”."
            ),
            "noCatalogue",
        )
        self.total = plain_label(object_name="totalReach")
        self.catalogue_button = named(QPushButton(self.tr("Edit catalogue…")), "editCatalogue")
        self.catalogue_button.clicked.connect(self._open_catalogue)
        self._saved_metrics: list[str] = []
        self._saved_items: dict[int, Decimal] = {}

        def statistics(question: QuestionRecord) -> None:
            self.body_layout.addWidget(_heading(question, lang))
            self.body_layout.addWidget(self.statistics)
            self.body_layout.addWidget(self.no_statistics)

        def advertising(question: QuestionRecord) -> None:
            self.body_layout.addWidget(_heading(question, lang))
            self.body_layout.addWidget(self.advertising, 1)
            self.body_layout.addWidget(self.no_catalogue)
            row = QHBoxLayout()
            row.addWidget(self.total, 1)
            row.addWidget(self.catalogue_button)
            self.body_layout.addLayout(row)

        add_text_questions(
            self, questions, lang, {STATISTICS: statistics, ADVERTISING: advertising}
        )
        self.load()

    def load(self) -> None:
        locale = QLocale()
        self._saved_metrics = self._desk.advertising.picked_metrics(self._collaboration_id)
        self.statistics.clear()
        choices = self._desk.advertising.statistic_choices()
        for choice in choices:
            text = self.tr("%1: %2 %3 (%4)")
            text = (
                text.replace("%1", choice.name)
                .replace("%2", locale.toString(int(choice.latest_value)))
                .replace("%3", choice.unit)
                .replace("%4", month_text(locale, choice.latest_period))
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, choice.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = choice.name in self._saved_metrics
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.statistics.addItem(item)
        self.statistics.setVisible(bool(choices))
        self.no_statistics.setVisible(not choices)
        line = self.statistics.fontMetrics().lineSpacing()
        self.statistics.setMinimumHeight(min(len(choices), 6) * (line + 6) + 8)

        picked = {
            p.item.id: p.quantity
            for p in self._desk.advertising.picked_items(self._collaboration_id)
        }
        self._saved_items = picked
        catalogue = self._desk.advertising.catalogue()
        self.advertising.setRowCount(len(catalogue))
        for row, offer in enumerate(catalogue):
            name = QTableWidgetItem(f"{offer.name} ({offer.unit})" if offer.unit else offer.name)
            name.setData(Qt.ItemDataRole.UserRole, offer.id)
            name.setData(Qt.ItemDataRole.UserRole + 1, offer.reach_per_unit)
            self.advertising.setItem(row, 0, name)
            reach = QTableWidgetItem(locale.toString(offer.reach_per_unit))
            reach.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.advertising.setItem(row, 1, reach)
            quantity = named(QSpinBox(), f"quantity:{offer.id}")
            quantity.setRange(0, QUANTITY_MAX)
            quantity.setValue(int(picked.get(offer.id, 0)))
            quantity.valueChanged.connect(self._update_total)
            self.advertising.setCellWidget(row, 2, quantity)
            self.advertising.setItem(row, 3, QTableWidgetItem())
        self.advertising.setVisible(bool(catalogue))
        self.no_catalogue.setVisible(not catalogue)
        rows = min(max(len(catalogue), 1), 8)
        self.advertising.setMinimumHeight(
            self.advertising.horizontalHeader().sizeHint().height()
            + rows * self.advertising.verticalHeader().defaultSectionSize()
            + 4
        )
        self._update_total()

    def quantities(self) -> dict[int, Decimal]:
        result = {}
        for row in range(self.advertising.rowCount()):
            spin = self.advertising.cellWidget(row, 2)
            item_id = int(self.advertising.item(row, 0).data(Qt.ItemDataRole.UserRole))
            if isinstance(spin, QSpinBox) and spin.value() > 0:
                result[item_id] = Decimal(spin.value())
        return result

    def picked_metrics(self) -> list[str]:
        return [
            str(self.statistics.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.statistics.count())
            if self.statistics.item(row).checkState() == Qt.CheckState.Checked
        ]

    def total_reach(self) -> int:
        total = 0
        for row in range(self.advertising.rowCount()):
            spin = self.advertising.cellWidget(row, 2)
            per_unit = int(self.advertising.item(row, 0).data(Qt.ItemDataRole.UserRole + 1))
            value = spin.value() if isinstance(spin, QSpinBox) else 0
            total += per_unit * value
            self.advertising.item(row, 3).setText(QLocale().toString(per_unit * value))
        return total

    def _update_total(self) -> None:
        self.total.setText(
            self.tr("Total reach of the package: %1").replace(
                "%1", QLocale().toString(self.total_reach())
            )
        )

    def has_changes(self) -> bool:
        return self.picked_metrics() != self._saved_metrics or self.quantities() != {
            k: v for k, v in self._saved_items.items() if v > 0
        }

    def save(self) -> None:
        if not self.has_changes():
            return
        self._desk.advertising.set_metrics(self._collaboration_id, self.picked_metrics())
        self._desk.advertising.set_items(self._collaboration_id, self.quantities())
        self._saved_metrics = self.picked_metrics()
        self._saved_items = self.quantities()

    def _open_catalogue(self) -> None:
        self.save()
        self._edit_catalogue(self)
        self.load()


class ReputationPage(StepPage):
    """Each promise becomes a Commitment as soon as it is added."""

    def __init__(
        self, questions: list[QuestionRecord], lang: str, desk: Desk, collaboration_id: int
    ) -> None:
        super().__init__(
            self.tr("5. Reputation"),
            self.tr(
                "What the library promises and by when, and what the partner promises. "
                "Every promise needs a due date and a person responsible."
            ),
        )
        self.setObjectName("reputationPage")
        self._desk = desk
        self._collaboration_id = collaboration_id
        self.direction = named(QComboBox(), "promiseDirection")
        self.direction.addItem(self.tr("The library gives"), Direction.LIBRARY_GIVES.value)
        self.direction.addItem(self.tr("The partner gives"), Direction.PARTNER_GIVES.value)
        self.description = named(QLineEdit(), "promiseDescription")
        self.description.setPlaceholderText(self.tr("What is promised"))
        self.due = named(QLineEdit(), "promiseDue")
        self.due.setPlaceholderText(self.tr("Due date, e.g. 2027-03-01"))
        self.owner = named(QLineEdit(), "promiseOwner")
        self.owner.setPlaceholderText(self.tr("Who is responsible"))
        self.add_button = named(QPushButton(self.tr("Add promise")), "addPromise")
        self.remove_button = named(QPushButton(self.tr("Remove promise")), "removePromise")
        self.error = plain_label(object_name="promiseError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.warning = plain_label(object_name="promiseWarning")
        self.warning.setStyleSheet(WARNING_STYLE)
        self.table = named(QTableWidget(0, 4), "promiseTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Side"), self.tr("Promise"), self.tr("Due"), self.tr("Responsible")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button.clicked.connect(self.add_promise)
        self.remove_button.clicked.connect(self._remove)
        self.description.returnPressed.connect(self.add_promise)
        placed = False

        def promises(_question: QuestionRecord) -> None:
            # Both sides' questions head one form and one table of promises.
            nonlocal placed
            if placed:
                return
            placed = True
            for question in questions:
                if question.key in (LIBRARY_PROMISES, PARTNER_PROMISES):
                    self.body_layout.addWidget(_heading(question, lang))
            form = QGridLayout()
            form.addWidget(self.direction, 0, 0)
            form.addWidget(self.description, 0, 1, 1, 3)
            form.addWidget(self.due, 1, 0)
            form.addWidget(self.owner, 1, 1, 1, 2)
            form.addWidget(self.add_button, 1, 3)
            form.setColumnStretch(1, 1)
            self.body_layout.addLayout(form)
            self.body_layout.addWidget(self.error)
            self.body_layout.addWidget(self.table, 1)
            row = QHBoxLayout()
            row.addWidget(self.warning, 1)
            row.addWidget(self.remove_button)
            self.body_layout.addLayout(row)

        add_text_questions(
            self, questions, lang, {LIBRARY_PROMISES: promises, PARTNER_PROMISES: promises}
        )
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height()
            + 4 * self.table.verticalHeader().defaultSectionSize()
        )
        self.reload()

    def pending_text(self) -> bool:
        """Typed into the promise form but not added yet."""
        return bool(
            self.description.text().strip() or self.owner.text().strip() or self.due.text().strip()
        )

    def reload(self) -> None:
        locale = QLocale()
        rows = self._desk.commitments.for_collaboration(self._collaboration_id)
        self.table.setRowCount(len(rows))
        lacking = []
        for row, c in enumerate(rows):
            side = (
                self.tr("Library") if c.direction is Direction.LIBRARY_GIVES else self.tr("Partner")
            )
            due = locale.toString(c.due_on, QLocale.FormatType.ShortFormat) if c.due_on else ""
            for column, text in enumerate((side, c.description, due, c.owner)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.table.setItem(row, column, item)
            if c.due_on is None or not c.owner:
                lacking.append(c.description)
        if lacking:
            self.warning.setText(
                self.tr("No due date or no one responsible: %1").replace("%1", "; ".join(lacking))
            )
        self.warning.setVisible(bool(lacking))
        self.remove_button.setEnabled(bool(rows))

    def add_promise(self) -> bool:
        """Add the typed promise; False (text kept, reason shown) when it cannot be."""
        from collabdesk.services.commitments import CommitmentDraft

        if not self.description.text().strip():
            self._fail(self.tr("Describe the promise first."))
            self.description.setFocus()
            return False
        try:
            due = parse_date(self.due.text())
        except ValueError:
            self._fail(
                self.tr("“%1” is not a date. Type it like 2027-03-01 or 01.03.2027.").replace(
                    "%1", self.due.text().strip()
                )
            )
            self.due.setFocus()
            return False
        try:
            self._desk.commitments.add(
                self._collaboration_id,
                CommitmentDraft(
                    direction=Direction(self.direction.currentData()),
                    description=self.description.text(),
                    due_on=due,
                    owner=self.owner.text(),
                ),
            )
        except ServiceError as exc:
            self._fail(str(exc))
            return False
        self.error.hide()
        for field in (self.description, self.due, self.owner):
            field.clear()
        self.reload()
        self.description.setFocus()
        return True

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _remove(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            return
        try:
            self._desk.commitments.delete(int(item.data(Qt.ItemDataRole.UserRole)))
        except ServiceError as exc:
            self._fail(str(exc))
        self.reload()

    def validatePage(self) -> bool:
        """A promise typed but not added is added on Next, not lost."""
        return not self.pending_text() or self.add_promise()


class SummaryPage(StepPage):
    def __init__(self, readiness: Callable[[], Readiness], lang: str) -> None:
        super().__init__(
            self.tr("Readiness"),
            self.tr(
                "How complete the preparation is. A collaboration below 100 % can "
                "still be pitched; the list says what is missing."
            ),
        )
        self.setObjectName("summaryPage")
        self._readiness = readiness
        self._lang = lang
        self.prompts: dict[str, str] = {}
        self.bar = named(QProgressBar(), "readinessBar")
        self.bar.setRange(0, 100)
        self.label = plain_label(object_name="readinessLabel")
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.label.setFont(font)
        self.missing = named(QListWidget(), "missingList")
        self.missing.setWordWrap(True)
        self.body_layout.addWidget(self.label)
        self.body_layout.addWidget(self.bar)
        self.body_layout.addWidget(self.missing, 1)

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        readiness = self._readiness()
        self.bar.setValue(readiness.percent)
        if readiness.complete:
            self.label.setText(self.tr("Ready: 100 %. Everything is prepared for the pitch."))
        else:
            self.label.setText(
                self.tr("Ready: %1 %. Still missing:").replace("%1", str(readiness.percent))
            )
        self.missing.clear()
        for item in readiness.missing:
            if item.code == "unanswered":
                text = self.tr("Not answered: %1").replace(
                    "%1", self.prompts.get(item.question_key, item.question_key)
                )
            elif item.code == "values_mismatch":
                text = self.tr(
                    "The values do not fully match: add a note on how you will deal with it."
                )
            else:
                text = self.tr("The promise “%1” has no due date or no one responsible.").replace(
                    "%1", item.detail
                )
            self.missing.addItem(text)
        self.missing.setVisible(not readiness.complete)
