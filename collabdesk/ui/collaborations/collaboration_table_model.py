"""The collaborations list: one row per collaboration with its readiness.

A library system holds tens of thousands of collaborations, so the model
reads a page at a time from SQL (each line's readiness computed in the same
statement, services/collaboration_pages.py) and asks for the next page as
the view scrolls; the count comes first so the scroll bar is true."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from collabdesk.domain.message import fill
from collabdesk.services.collaboration_lines import (
    PAGE_SIZE,
    ListedCollaboration,
    ListFilter,
    Opening,
)
from collabdesk.ui.collaborations.stage_time import stage_since
from collabdesk.ui.shell.i18n import format_date
from collabdesk.ui.widgets.labels import stage_label

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk

Index = QModelIndex | QPersistentModelIndex
CollaborationLine = ListedCollaboration  # what the list and the board show of one


class CollaborationTableModel(QAbstractTableModel):
    TITLE, STAGE, PARTNERS, READY, STARTS, ENDS, RENEWAL, BRANCH = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[CollaborationLine] = []
        self.total = 0  # every collaboration under the filter, fetched or not
        self._desk: Desk | None = None
        self._filter = ListFilter()
        self._dates: dict[date, str] = {}  # formatting a date costs more than the row
        self._bold_font: QFont | None = None
        # Branch id → name: the Branch column of a library system (hidden in
        # a single library by the view).
        self.branch_names: dict[int, str] = {}

    def load(self, desk: Desk, chosen: ListFilter, keep: int | None = None) -> Opening:
        """The count and the first page under `chosen` (more follow on
        scroll), and the line of `keep` when the filter shows it."""
        opening = desk.collaborations.opening(chosen, keep, PAGE_SIZE)
        self.beginResetModel()
        self._desk, self._filter = desk, chosen
        self.total = opening.total
        self.lines = list(opening.first)
        self._dates.clear()  # the language may have changed
        self.endResetModel()
        return opening

    def clear(self) -> None:
        self.beginResetModel()
        self._desk, self.lines, self.total = None, [], 0
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._desk is not None and len(self.lines) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._desk is None:
            return
        more = self._desk.collaborations.page(self._filter, self.lines[-1].after, PAGE_SIZE)
        if not more:
            self.total = len(self.lines)  # deleted meanwhile: stop asking
            return
        start = len(self.lines)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self.lines.extend(more)
        self.endInsertRows()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Title"),
            self.tr("Stage"),
            self.tr("Partners"),
            self.tr("Ready"),
            self.tr("Starts"),
            self.tr("Ends"),
            self.tr("Renewal due"),
            self.tr("Branch"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return line.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.READY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STAGE:
            since = line.stage_changed_on
            return None if since is None else stage_since(since, date.today())
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TITLE, self.PARTNERS):
            # A title or a list of partners too long for its column reads whole here.
            return line.title if column == self.TITLE else ", ".join(line.partners)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.BRANCH:
            return self.branch_names.get(line.branch_id or 0) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.RENEWAL:
            return self._renewal_tip(line)
        if role == Qt.ItemDataRole.FontRole and column == self.RENEWAL and line.renewal_due:
            return self._bold()
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.RENEWAL:
            return self._renewal_text(line)
        if column == self.BRANCH:
            return self.branch_names.get(line.branch_id or 0, "")
        if column == self.TITLE:
            return line.title
        if column == self.STAGE:
            return stage_label(line.stage)
        if column == self.PARTNERS:
            return ", ".join(line.partners)
        if column == self.READY:
            return f"{line.readiness} %"
        return self._date(line.starts_on if column == self.STARTS else line.ends_on)

    def _bold(self) -> QFont:
        """ "due" stands out in its column: it asks for an action."""
        if self._bold_font is None:
            self._bold_font = QFont()
            self._bold_font.setBold(True)
        return self._bold_font

    def _date(self, day: date | None) -> str:
        if day is None:
            return ""
        shown = self._dates.get(day)
        if shown is None:
            shown = self._dates[day] = format_date(day)
        return shown

    def _renewal_text(self, line: CollaborationLine) -> str:
        """ "renewed", "due" now, or the day it falls due (services/renewal_due)."""
        if line.renewed:
            return self.tr("renewed")
        if line.renewal_due:
            return self.tr("due")
        return self._date(line.renewal_due_on)

    def _renewal_tip(self, line: CollaborationLine) -> str | None:
        if line.renewed:
            return self.tr("A renewal has been prepared; the details link to it.")
        if line.renewal_due and line.renewal_due_on is not None:
            return fill(
                self.tr("The renewal has been due since %1: select it and click Renew…"),
                [self._date(line.renewal_due_on)],
            )
        return None

    def row_of(self, collaboration_id: int) -> int | None:
        """The row among the pages read so far."""
        return next((i for i, line in enumerate(self.lines) if line.id == collaboration_id), None)
