"""The advertising-package catalogue: what the library can offer partners,
with the reach of one unit and an optional rate."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.message import fill
from collabdesk.services.errors import ServiceError
from collabdesk.ui.shell.i18n import format_amount, format_number, parse_number
from collabdesk.ui.shell.unit_forms import UnitHint
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.error_label import ErrorLabel, plain_label
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.service_text import error_text
from collabdesk.ui.widgets.table_cells import cell, number_item

if TYPE_CHECKING:
    from collabdesk.services.advertising import AdItemDraft, AdvertisingService
    from collabdesk.services.units import UnitService

NAME, UNIT, REACH, RATE, CURRENCY, ACTIVE = range(6)


class AdvertisingDialog(QDialog):
    """Rows are edited in place and saved together; a row that cannot be
    saved is named, and nothing typed is lost."""

    def __init__(
        self,
        advertising: AdvertisingService,
        parent: QWidget | None = None,
        units: UnitService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("advertisingDialog")
        self.setWindowTitle(self.tr("Advertising package"))
        self.resize(820, 420)
        self._service = advertising
        self.table = named(QTableWidget(0, 6), "advertisingCatalogue")
        self.table.setAccessibleName(self.tr("Advertising offers"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Offer"),
                self.tr("Unit"),
                self.tr("Reach per unit"),
                self.tr("Rate per unit"),
                self.tr("Currency"),
                self.tr("Offered"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (UNIT, REACH, RATE, CURRENCY, ACTIVE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hint = plain_label(
            self.tr(
                "Reach is how many people one unit reaches (followers for a post, "
                "subscribers for a newsletter). Untick “Offered” to stop offering an item "
                "without losing it from older pitches."
            )
        )
        self.error = ErrorLabel("advertisingError")
        # A unit with no plural forms yet prints as typed: say so, quietly.
        self.unit_hint = UnitHint(units)
        self.table.currentCellChanged.connect(lambda *_: self._hint_unit())
        self.table.itemChanged.connect(lambda *_: self._hint_unit())
        add = named(QPushButton(self.tr("Add offer")), "addOffer")
        remove = named(QPushButton(self.tr("Delete offer")), "deleteOffer")
        add.clicked.connect(self.add_row)
        remove.clicked.connect(self.delete_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unit_hint)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        items = self._service.catalogue(include_inactive=True)
        self.table.setRowCount(0)
        for item in items:
            rate = "" if item.rate is None else format_amount(item.rate)
            self._append(
                item.id,
                item.name,
                item.unit,
                format_number(item.reach_per_unit),
                rate,
                item.currency,
                item.active,
            )

    def _append(
        self,
        item_id: int | None,
        name: str,
        unit: str,
        reach: str,
        rate: str,
        currency: str,
        active: bool,
    ) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in ((NAME, name), (UNIT, unit), (CURRENCY, currency)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setItem(row, REACH, number_item(reach))
        self.table.setItem(row, RATE, number_item(rate))
        cell(self.table, row, NAME).setData(Qt.ItemDataRole.UserRole, item_id)
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(Qt.CheckState.Checked if active else Qt.CheckState.Unchecked)
        self.table.setItem(row, ACTIVE, check)
        return row

    def _hint_unit(self) -> None:
        row = self.table.currentRow()
        self.unit_hint.show_for(self._text(row, UNIT) if row >= 0 else "")

    def add_row(self) -> None:
        row = self._append(None, "", "", "0", "", "RUB", True)
        self.table.setCurrentCell(row, NAME)
        self.table.editItem(cell(self.table, row, NAME))

    def delete_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        item_id = cell(self.table, row, NAME).data(Qt.ItemDataRole.UserRole)
        if item_id is not None:
            try:
                self._service.delete_item(int(item_id))
            except ServiceError as exc:
                prompts.error(self, self.tr("Cannot delete this offer"), error_text(exc))
                return
        self.table.removeRow(row)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def draft(self, row: int) -> AdItemDraft:
        """The row as a draft; ValueError names a figure that is not a number."""
        from collabdesk.services.advertising import AdItemDraft

        reach_text = self._text(row, REACH) or "0"
        try:
            reach = parse_number(reach_text)
        except ValueError:
            reach = None
        if reach is None or reach < 0 or reach != reach.to_integral_value():
            raise ValueError(fill(self.tr("reach “%1” is not a whole number"), [reach_text[:40]]))
        rate_text = self._text(row, RATE)
        try:
            rate = parse_number(rate_text) if rate_text else None
        except ValueError as exc:
            raise ValueError(fill(self.tr("rate “%1” is not a number"), [rate_text[:40]])) from exc
        return AdItemDraft(
            name=self._text(row, NAME),
            unit=self._text(row, UNIT),
            reach_per_unit=int(reach),
            rate=rate,
            currency=self._text(row, CURRENCY) or "RUB",
            active=cell(self.table, row, ACTIVE).checkState() == Qt.CheckState.Checked,
        )

    def save(self) -> bool:
        """Save every row; stops at the first bad one and says which."""
        for row in range(self.table.rowCount()):
            try:
                draft = self.draft(row)
                item_id = cell(self.table, row, NAME).data(Qt.ItemDataRole.UserRole)
                if item_id is None:
                    saved = self._service.add_item(draft)
                    cell(self.table, row, NAME).setData(Qt.ItemDataRole.UserRole, saved.id)
                else:
                    self._service.update_item(int(item_id), draft)
            except (ValueError, ServiceError) as exc:
                # draft()'s ValueError already speaks the user's language.
                reason = error_text(exc)
                self.error.show_error(
                    fill(self.tr("Row %1 was not saved: %2"), [str(row + 1), reason])
                )
                self.table.setCurrentCell(row, NAME)
                return False
        self.error.clear_error()
        self.accept()
        return True
