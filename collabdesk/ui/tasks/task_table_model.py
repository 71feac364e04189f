"""My tasks and This week as a Qt table model paging from TaskService:
open steps and commitments by due date, 200 at a time as the view scrolls.
Overdue rows are red and say how late, so colour is never the only signal."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from collabdesk.domain.message import fill
from collabdesk.domain.occurrence import occurrence_title
from collabdesk.services.task_query import COUNT_CAP, TaskKind, TaskQuery, TaskRow
from collabdesk.ui.commitments.commitment_labels import direction_label, due_text
from collabdesk.ui.widgets.paged_table_model import PAGE_SIZE, Index, PagedTableModel

if TYPE_CHECKING:
    from collabdesk.services.tasks import TaskService

TOOLTIP_CHARS = 2000
OVERDUE_BACKGROUND = QColor(255, 225, 225)
OVERDUE_TEXT = QColor(150, 0, 0)


class TaskTableModel(PagedTableModel[TaskRow]):
    DUE, WHAT, KIND, WHO, COLLABORATION = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._service: TaskService | None = None
        self._query = TaskQuery()
        self._total = 0

    @property
    def query(self) -> TaskQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    @property
    def total_exact(self) -> bool:
        return self._total < COUNT_CAP

    def task_at(self, row: int) -> TaskRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_key(self, key: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.key == key), None)

    def set_source(self, service: TaskService | None, query: TaskQuery) -> None:
        """Show `query` from `service` (None: nothing, the data is not open)."""
        self._service = service
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        """Read again as many rows as were shown (today may have moved on)."""
        limit = self._rows_to_keep()
        self.beginResetModel()
        self._query = replace(self._query, today=date.today())
        if self._service is None:
            self._rows, self._total, self._exhausted = [], 0, True
        else:
            self._rows = self._service.page(self._query, None, limit)
            self._total = self._service.count(self._query)
            self._exhausted = len(self._rows) < limit
        self.endResetModel()

    # --- Qt model API ------------------------------------------------------------------
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return (self.tr("Due"), self.tr("Task"), self.tr("Kind"), self.tr("Who"),
                    self.tr("Collaboration"))[section]  # fmt: skip
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.task_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.WHAT:
                if item.kind is TaskKind.STEP:
                    return f"{item.what}\n— {item.titled_commitment}"[:TOOLTIP_CHARS]
                return item.titled_commitment[:TOOLTIP_CHARS]
            return self._text(item, column)
        if role == Qt.ItemDataRole.BackgroundRole and item.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            return QBrush(OVERDUE_TEXT)
        return None

    def _text(self, item: TaskRow, column: int) -> str:
        if column == self.DUE:
            return due_text(item.due_on, self._query.today, item.overdue)
        if column == self.WHAT:
            first = item.what.split("\n", 1)[0][:300]
            promise = occurrence_title(
                item.commitment.split("\n", 1)[0][:120], item.occurrence, item.series_size
            )
            if item.kind is TaskKind.STEP:
                return f"{first} — {promise}"
            return promise if item.occurrence is not None else first
        if column == self.KIND:
            side = direction_label(item.direction)
            if item.kind is TaskKind.STEP:
                return fill(self.tr("Step (%1)"), [side])
            return fill(self.tr("Promise (%1)"), [side])
        if column == self.WHO:
            return item.who
        if column == self.COLLABORATION:
            return f"{item.collaboration} — {item.partner}" if item.partner else item.collaboration
        return ""

    # --- paging (PagedTableModel) --------------------------------------------------------
    def _has_source(self) -> bool:
        return self._service is not None

    def _more_expected(self) -> bool:
        return len(self._rows) < self._total or self._total >= COUNT_CAP

    def _fetch_page(self, after: TaskRow | None, limit: int = PAGE_SIZE) -> list[TaskRow]:
        assert self._service is not None
        return self._service.page(self._query, after.sort_key if after else None, limit)
