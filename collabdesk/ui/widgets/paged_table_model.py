"""What every table model that pages from SQL shares: the rows fetched so
far, `row_of`, and canFetchMore/fetchMore asking for the page after the
last row (keyset paging: the thousandth page costs what the first does)."""

from __future__ import annotations

from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

from collabdesk.ui.widgets.long_lived_rows import took_rows

PAGE_SIZE = 200
# A refresh (data changed elsewhere) reads again as many rows as were shown,
# so the selected row and the scroll position stay, up to this many.
KEEP_LOADED_MAX = 2_000

Index = QModelIndex | QPersistentModelIndex


class HasId(Protocol):
    @property
    def id(self) -> int: ...


Row = TypeVar("Row", bound=HasId)


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Subclasses load the first page into `_rows` and say how to fetch the
    next one (`_fetch_page`); this class appends pages as the view scrolls."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._exhausted = True

    def _has_source(self) -> bool:
        raise NotImplementedError

    def _fetch_page(self, after: Row | None, limit: int = PAGE_SIZE) -> list[Row]:
        """The `limit` rows after `after` (None: from the top)."""
        raise NotImplementedError

    def _rows_to_keep(self) -> int:
        """How many rows a refresh reads: whole pages covering those shown."""
        pages = -(-len(self._rows) // PAGE_SIZE)
        return min(max(pages, 1) * PAGE_SIZE, KEEP_LOADED_MAX)

    def _more_expected(self) -> bool:
        """False when the count already says every row is here."""
        return True

    def row_of(self, record_id: int) -> int | None:
        """The row of a record among the rows fetched so far."""
        for row, item in enumerate(self._rows):
            if item.id == record_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or not self._has_source() or self._exhausted:
            return False
        return self._more_expected()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        more = self._fetch_page(self._rows[-1] if self._rows else None)
        if len(more) < PAGE_SIZE:
            self._exhausted = True
        if not more:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()
        took_rows(len(more))
