"""Wizard page 4: what the partner gets in numbers: the library statistics
to show and the advertising-package items to offer, with the reach added up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from collabdesk.domain.checklist import ADVERTISING, STATISTICS
from collabdesk.domain.message import fill
from collabdesk.ui.collaborations.checklist_pages import StepPage, heading_label
from collabdesk.ui.collaborations.checklist_step_pages import add_text_questions
from collabdesk.ui.shell.i18n import format_number
from collabdesk.ui.widgets.error_label import plain_label
from collabdesk.ui.widgets.labels import quantity_text
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.table_cells import cell

if TYPE_CHECKING:
    from collabdesk.services.checklist import QuestionRecord
    from collabdesk.services.desk import Desk

QUANTITY_MAX = 10_000


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
        self.statistics.setAccessibleName(self.tr("Library statistics to show"))
        self.no_statistics = plain_label(
            self.tr(
                "There are no library statistics yet. Record monthly figures (visits, "
                "event attendance, followers) in the Statistics section, then come "
                "back to this step; the checklist keeps your other answers meanwhile."
            ),
        )
        self.no_statistics.setObjectName("noStatistics")
        self.advertising = named(QTableWidget(0, 4), "advertisingTable")
        self.advertising.setAccessibleName(self.tr("Advertising items to offer"))
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
        )
        self.no_catalogue.setObjectName("noCatalogue")
        self.total = named(plain_label(), "totalReach")
        self.catalogue_button = named(QPushButton(self.tr("Edit catalogue…")), "editCatalogue")
        self.catalogue_button.clicked.connect(self._open_catalogue)
        self._saved_metrics: list[str] = []
        self._saved_items: dict[int, Decimal] = {}

        def statistics(question: QuestionRecord) -> None:
            self.body_layout.addWidget(heading_label(question, lang))
            self.body_layout.addWidget(self.statistics)
            self.body_layout.addWidget(self.no_statistics)

        def advertising(question: QuestionRecord) -> None:
            self.body_layout.addWidget(heading_label(question, lang))
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
            text = fill(
                self.tr("%1: %2 (%3)"),
                [
                    choice.name,
                    quantity_text(choice.latest_value, choice.unit),
                    month_text(locale, choice.latest_period),
                ],
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
            reach = QTableWidgetItem(format_number(offer.reach_per_unit))
            reach.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.advertising.setItem(row, 1, reach)
            quantity = named(QSpinBox(), f"quantity:{offer.id}")
            quantity.setRange(0, QUANTITY_MAX)
            quantity.setAccessibleName(fill(self.tr("Quantity of %1"), [offer.name]))
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

    def focus_widget(self, key: str) -> QWidget | None:
        if key == STATISTICS:
            return self.statistics if self.statistics.isVisibleTo(self) else self.catalogue_button
        if key == ADVERTISING:
            return self.advertising if self.advertising.isVisibleTo(self) else self.catalogue_button
        return super().focus_widget(key)

    def quantities(self) -> dict[int, Decimal]:
        result = {}
        for row in range(self.advertising.rowCount()):
            spin = self.advertising.cellWidget(row, 2)
            item_id = int(cell(self.advertising, row, 0).data(Qt.ItemDataRole.UserRole))
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
            per_unit = int(cell(self.advertising, row, 0).data(Qt.ItemDataRole.UserRole + 1))
            value = spin.value() if isinstance(spin, QSpinBox) else 0
            total += per_unit * value
            cell(self.advertising, row, 3).setText(format_number(per_unit * value))
        return total

    def _update_total(self) -> None:
        self.total.setText(
            fill(self.tr("Total reach of the package: %1"), [format_number(self.total_reach())])
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
