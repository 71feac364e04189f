"""The commitment tracker as a Qt table model paging from CommitmentTracker.

Filters and sorting run in SQL; the model holds the rows fetched so far and
asks for 200 more when the view scrolls near the end. Overdue rows are red
and say "OVERDUE" with a warning icon, so colour is never the only signal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from collabdesk.services.tracker_query import COUNT_CAP, SortKey, TrackerQuery, TrackerRow
from collabdesk.ui.commitments.commitment_labels import (
    direction_label,
    due_text,
    occurrence_text,
    row_status_text,
)
from collabdesk.ui.shell.i18n import format_money
from collabdesk.ui.widgets.labels import quantity_text
from collabdesk.ui.widgets.long_lived_rows import took_rows
from collabdesk.ui.widgets.page_ahead import PageAhead
from collabdesk.ui.widgets.paged_table_model import PAGE_SIZE, Index, PagedTableModel

if TYPE_CHECKING:
    from collabdesk.services.commitment_tracker import CommitmentTracker

TOOLTIP_CHARS = 2000
OVERDUE_BACKGROUND = QColor(255, 225, 225)
OVERDUE_TEXT = QColor(150, 0, 0)
NO_PROOF_BACKGROUND = QColor(255, 243, 205)


_ICONS: dict[str, QIcon] = {}


def _warning_icon() -> QIcon:
    """The style's warning icon, looked up once (0.4 ms a cell per paint)."""
    if "warning" not in _ICONS:
        style = QApplication.style()
        _ICONS["warning"] = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return _ICONS["warning"]


class CommitmentTableModel(PagedTableModel[TrackerRow]):
    loaded = Signal()  # a first page read on the worker is shown (read_ahead)
    PARTNER, COLLABORATION, SIDE, DESCRIPTION, QUANTITY, DUE, OWNER, STATUS, VALUE = range(9)
    SORT_KEYS = (
        SortKey.PARTNER,
        SortKey.COLLABORATION,
        SortKey.DIRECTION,
        SortKey.DESCRIPTION,
        SortKey.QUANTITY,
        SortKey.DUE,
        SortKey.OWNER,
        SortKey.STATUS,
        SortKey.VALUE,
    )
    COMMITMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, tracker: CommitmentTracker | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._tracker = tracker
        self._query = TrackerQuery()
        self._total = 0
        # Meeting mode reads each row through services.partner_facing.
        self.row_view: Callable[[TrackerRow], TrackerRow] | None = None
        self._ahead: PageAhead | None = None
        self._pages_aside = False
        self._waiting = False  # the view asked for more; the page is being read
        self._searching = False  # a text search's first page is being read
        self._first_limit = PAGE_SIZE  # how many rows that first page asks for
        self._load_first_page()

    def read_ahead(self, pages: bool = True) -> None:
        """Read a text search's first page on a worker thread
        (widgets/page_ahead.py) and, with `pages`, each next page too, the
        one after it while this one is looked at.

        The window reads both aside. While a page is read, each of a
        paint's ~1,300 `data()` calls must take the GIL back from the worker,
        so on a machine short of CPU the gain is small (docs/performance.md,
        benchmarks/tracker_stalls.py compares the three ways); a reader that
        stays in SQLite, which releases the GIL, would gain more."""
        self._pages_aside = pages
        if self._ahead is None:
            self._ahead = PageAhead(self)
            self._ahead.arrived.connect(self._on_arrived)
            self._ahead.first_arrived.connect(self._on_first_arrived)

    # --- what the pane reads ------------------------------------------------
    @property
    def query(self) -> TrackerQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    @property
    def total_exact(self) -> bool:
        return self._total < COUNT_CAP

    def row_at(self, row: int) -> TrackerRow | None:
        if not 0 <= row < len(self._rows):
            return None
        return self._rows[row] if self.row_view is None else self.row_view(self._rows[row])

    # --- changing what is shown ---------------------------------------------
    def set_tracker(self, tracker: CommitmentTracker | None, *, load: bool = True) -> None:
        """Other data (opening, a restore, meeting mode): a page still being
        read from the old one is dropped. `load` False: the caller sets the
        query next, which reads."""
        if self._ahead is not None:
            self._ahead.forget()
        self._waiting = self._searching = False
        self._tracker = tracker
        if load:
            self.refresh()

    def set_query(self, query: TrackerQuery) -> None:
        """Show `query`: a new filter or sort starts at the first page; the
        same one again (the pane re-applies its filters after a change)
        keeps as many rows as were shown, so the selection stays.

        A text search — a keystroke, or the same search after a change — is
        read on the worker; the rows shown stay until the new ones come
        (150-270 ms at 500,000 commitments on the GUI thread)."""
        same = replace(query, today=self._query.today) == self._query
        self._query = query
        if query.text.strip() and self._ahead is not None and self._tracker is not None:
            self._search_aside(self._rows_to_keep() if same else PAGE_SIZE)
            return
        self._reload(self._rows_to_keep() if same else PAGE_SIZE)

    def _search_aside(self, limit: int = PAGE_SIZE) -> None:
        assert self._ahead is not None and self._tracker is not None
        self._ahead.forget()
        self._waiting, self._searching = False, True
        self._query = replace(self._query, today=date.today())
        self._first_limit = limit
        tracker, query = self._tracker, self._query
        self._ahead.request_first(lambda: tracker.first_page_aside(query, limit))

    @property
    def loading(self) -> bool:
        """A page asked for is being read on the worker: more rows will
        come though canFetchMore says no for now."""
        return self._waiting or self._searching

    @property
    def searching(self) -> bool:
        """A text search's first page is being read on the worker."""
        return self._searching

    def _on_first_arrived(self, found: tuple[list[TrackerRow], int] | None) -> None:
        if not self._searching:
            return
        if found is None:  # no second connection here: read on this thread
            self._reload(self._first_limit)
        else:
            self.beginResetModel()
            self._searching = False
            self._rows, self._total = found
            self._exhausted = len(self._rows) < self._first_limit
            self.endResetModel()
        self.loaded.emit()

    def refresh(self) -> None:
        """The data changed: read again as many rows as were shown (a text
        search on the worker, as in set_query)."""
        self.set_query(self._query)

    def _reload(self, limit: int) -> None:
        if self._ahead is not None:
            self._ahead.forget()
        self._waiting = self._searching = False
        self.beginResetModel()
        self._query = replace(self._query, today=date.today())
        self._load_first_page(limit)
        self.endResetModel()

    def _load_first_page(self, limit: int = PAGE_SIZE) -> None:
        if self._tracker is None:
            self._rows, self._total, self._exhausted = [], 0, True
            return
        self._rows, self._total = self._tracker.first_page(self._query, limit)
        self._exhausted = len(self._rows) < limit

    # --- Qt model API ----------------------------------------------------------
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.SORT_KEYS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A paint asks each cell for a dozen roles: the ones without an
        # answer return before the row is looked up (half a paint's Python).
        if role not in _ANSWERED or not index.isValid():
            return None
        item = self.row_at(index.row())
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of an elided cell
            if column == self.DESCRIPTION:
                return occurrence_text(item.description[:TOOLTIP_CHARS], item)
            return self._text(item, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if item.overdue:
                return QBrush(OVERDUE_BACKGROUND)
            if item.delivered_without_proof:
                return QBrush(NO_PROOF_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS and item.overdue:
            return _warning_icon()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.QUANTITY, self.VALUE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.COMMITMENT_ID_ROLE:
            return item.id
        return None

    def _text(self, item: TrackerRow, column: int) -> str:
        if column == self.PARTNER:
            return item.partner_name
        if column == self.COLLABORATION:
            return item.collaboration_title
        if column == self.SIDE:
            return direction_label(item.direction)
        if column == self.DESCRIPTION:
            return occurrence_text(item.description.split("\n", 1)[0][:300], item)
        if column == self.QUANTITY:
            if item.quantity is None:
                return ""
            return quantity_text(item.quantity, item.unit)
        if column == self.DUE:
            return due_text(item.due_on, self._query.today, item.overdue)
        if column == self.OWNER:
            return item.owner
        if column == self.STATUS:
            return row_status_text(item)
        if column == self.VALUE:
            if item.value is None:
                return ""
            return format_money(item.value, item.currency)
        return ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            self.tr("Partner"),
            self.tr("Collaboration"),
            self.tr("Side"),
            self.tr("Description"),
            self.tr("Quantity"),
            self.tr("Due"),
            self.tr("Owner"),
            self.tr("Status"),
            self.tr("Value"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.SORT_KEYS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=self.SORT_KEYS[column], descending=descending))

    # --- paging (PagedTableModel) ------------------------------------------
    def _has_source(self) -> bool:
        return self._tracker is not None

    def _fetch_page(self, after: TrackerRow | None, limit: int = PAGE_SIZE) -> list[TrackerRow]:
        assert self._tracker is not None
        return self._tracker.page(self._query, after.id if after is not None else None, limit)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """Not while the page asked for is being read: it is inserted when it
        arrives (a loop of fetchMore calls must not spin on it)."""
        return not (self._waiting or self._searching) and super().canFetchMore(parent)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """With `read_ahead`: append the page read ahead, or wait for the
        one being read; then read the following one."""
        if self._ahead is None or not self._pages_aside:
            super().fetchMore(parent)
            return
        if not self.canFetchMore(parent):
            return
        ready = self._ahead.take(self._last_id())
        if ready is None:
            self._waiting = True
            self._request()
            return
        self._append(list(ready))

    @property
    def page_ready(self) -> bool:
        """The next page was read ahead and shows without waiting."""
        return self._ahead is not None and self._ahead.has_ready

    def _last_id(self) -> int | None:
        return self._rows[-1].id if self._rows else None

    def _request(self) -> None:
        tracker, query = self._tracker, self._query
        if self._ahead is None or tracker is None or self._exhausted:
            return
        self._ahead.request(
            self._last_id(), lambda after: tracker.page_aside(query, after, PAGE_SIZE)
        )

    def _on_arrived(self, after: int | None, rows: list[TrackerRow] | None) -> None:
        if after != self._last_id():
            return
        if rows is None:  # no second connection here: read on this thread, as before
            self._ahead = None
            if self._waiting:
                self._waiting = False
                super().fetchMore()
            return
        if self._waiting:
            self._waiting = False
            assert self._ahead is not None
            self._ahead.take(after)
            self._append(rows)

    def _append(self, more: list[TrackerRow]) -> None:
        """Show a page read ahead; start reading the one after it."""
        if len(more) < PAGE_SIZE:
            self._exhausted = True
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
            took_rows(len(more))
        self._request()


_ANSWERED = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.TextAlignmentRole,
        CommitmentTableModel.COMMITMENT_ID_ROLE,
    }
)
