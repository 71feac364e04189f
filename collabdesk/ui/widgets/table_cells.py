"""A QTableWidget's cell as an item, never None: the editable tables of the
catalogue, the checklist template and the wizard fill every cell of a row
when they add it, and a cell that is somehow empty reads as blank text
instead of crashing a save."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    if item is None:
        item = QTableWidgetItem()
        table.setItem(row, column, item)
    return item
