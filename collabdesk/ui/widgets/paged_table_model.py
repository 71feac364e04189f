"""What every table model that pages from SQL shares: the rows fetched so
far, `row_of`, and canFetchMore/fetchMore asking for the next page."""

from __future__ import annotations

from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

PAGE_SIZE = 200

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

    def _fetch_page(self, offset: int) -> list[Row]:
        raise NotImplementedError

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
        more = self._fetch_page(len(self._rows))
        if len(more) < PAGE_SIZE:
            self._exhausted = True
        if not more:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()
