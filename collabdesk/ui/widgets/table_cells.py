"""A QTableWidget's cell as an item, never None: the editable tables of the
catalogue, the checklist template and the wizard fill every cell of a row
when they add it, and a cell that is somehow empty reads as blank text
instead of crashing a save. Number cells are right-aligned items."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    if item is None:
        item = QTableWidgetItem()
        table.setItem(row, column, item)
    return item


def number_item(text: str) -> QTableWidgetItem:
    """A number's cell: the text as the locale writes it ("3 000", never
    "3000.00"; format it with ui/shell/i18n.py), right-aligned so digits line up."""
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
