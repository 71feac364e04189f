"""The Statistics section's item models: the list of metrics and one
metric's figures, whose value column is edited in place and saved at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from collabdesk.domain.message import fill
from collabdesk.services.errors import ServiceError
from collabdesk.ui.shell.i18n import format_number, parse_number
from collabdesk.ui.widgets.service_text import error_text

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk
    from collabdesk.services.metrics import MetricRecord
    from collabdesk.services.statistics import MetricDefinitionRecord

AnyIndex = QModelIndex | QPersistentModelIndex


def month_label(day: date) -> str:
    return f"{QLocale().standaloneMonthName(day.month)} {day.year}"


class MetricListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[MetricDefinitionRecord] = []

    def reset(self, rows: list[MetricDefinitionRecord]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.name} ({row.unit})" if row.unit else row.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%n figure(s)", "", row.figures)
        if role == Qt.ItemDataRole.UserRole:
            return row.name
        return None


class FigureTableModel(QAbstractTableModel):
    """One metric's figures; the value and category columns are edited in
    place and saved at once (a value written `1 234,5` is understood; an
    empty category is the metric's total)."""

    PERIOD, VALUE, UNIT, SOURCE, BRANCH, CATEGORY = range(6)
    COLUMNS = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[MetricRecord] = []
        self.desk: Desk | None = None
        self.on_error: Callable[[str], None] = lambda _message: None

    def reset(self, rows: list[MetricRecord]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("Period"),
            self.tr("Value"),
            self.tr("Unit"),
            self.tr("Source"),
            self.tr("Branch"),
            self.tr("Category"),
        )
        return names[section] if 0 <= section < self.COLUMNS else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.EditRole and column == self.CATEGORY:
            return row.category
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == self.PERIOD:
            return month_label(row.period_start)
        if column == self.VALUE:
            return format_number(row.value)  # "12", "3 000": what the editor starts from too
        if column == self.CATEGORY and not row.category:
            return self.tr("Total")
        cells = (row.unit, row.source, row.branch, row.category)
        return cells[column - 2] if column >= self.UNIT else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in (self.VALUE, self.CATEGORY):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.desk is None:
            return False
        row = self.rows[index.row()]
        try:
            if index.column() == self.CATEGORY:
                saved = self.desk.metrics.recategorise(row.id, str(value or ""))
            else:
                try:
                    number = parse_number(str(value))
                except ValueError:
                    self.on_error(fill(self.tr("'%1' is not a number."), [str(value)[:40]]))
                    return False
                saved = self.desk.metrics.record(
                    row.name,
                    row.period_start,
                    number,
                    row.unit,
                    row.source,
                    row.branch,
                    row.category,
                    row.branch_id,  # the figure stays in its branch
                )
        except ServiceError as exc:
            self.on_error(error_text(exc))
            return False
        self.rows[index.row()] = saved
        self.dataChanged.emit(index, index)
        return True
