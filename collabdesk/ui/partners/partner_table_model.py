"""The partner list as a Qt table model that pages from PartnerDirectory.

Search and filters run in SQL; the model holds only the rows fetched so
far and asks for the next page of 200 when the view scrolls near the end."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView

from collabdesk.services.partner_directory import PartnerDirectory, PartnerQuery, PartnerRow
from collabdesk.ui.shell.startup import DISPLAY_ROLE, TOOLTIP_ROLE, USER_ROLE
from collabdesk.ui.widgets.labels import kind_label, status_label
from collabdesk.ui.widgets.paged_table_model import PAGE_SIZE, Index, PagedTableModel


class PartnerTableModel(PagedTableModel[PartnerRow]):
    NAME, KIND, STATUS, CITY, EMAIL = range(5)
    PARTNER_ID_ROLE = USER_ROLE + 1

    def __init__(self, directory: PartnerDirectory | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        # The view's header reads its titles from this C++ model (show_in).
        self.header_titles = QStandardItemModel(self)
        self.header_titles.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Status"),
                self.tr("City"),
                self.tr("E-mail"),
            ]
        )
        self._columns = self.header_titles.columnCount()
        self._directory = directory
        self._query = PartnerQuery()
        self._total = 0
        self._total_exact = True
        self._alphabetical = True
        if directory is not None:
            self._load_first_page()

    # --- what the window reads -------------------------------------------
    @property
    def query(self) -> PartnerQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    @property
    def total_exact(self) -> bool:
        return self._total_exact

    @property
    def alphabetical(self) -> bool:
        return self._alphabetical

    @property
    def has_directory(self) -> bool:
        return self._directory is not None

    def partner_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    # --- changing what is shown -------------------------------------------
    def set_directory(self, directory: PartnerDirectory | None) -> None:
        self._directory = directory
        self.refresh()

    def set_query(self, query: PartnerQuery) -> None:
        """Another search or filter: the list starts at its first page."""
        self._query = query
        self.beginResetModel()
        self._load_first_page()
        self.endResetModel()

    def refresh(self) -> None:
        """The data changed: read again as many rows as were shown, so the
        selected partner and the scroll position stay."""
        self.beginResetModel()
        self._load_first_page(self._rows_to_keep())
        self.endResetModel()

    def _load_first_page(self, limit: int = PAGE_SIZE) -> None:
        if self._directory is None:
            self._rows, self._total, self._total_exact, self._alphabetical = [], 0, True, True
            self._exhausted = True
            return
        page = self._directory.first_page(self._query, limit)
        self._rows = list(page.rows)
        self._total = page.total
        self._total_exact = page.total_exact
        self._alphabetical = page.alphabetical
        self._exhausted = len(page.rows) < limit

    # --- Qt model API ------------------------------------------------------
    def show_in(self, view: QTableView) -> None:
        """Become `view`'s model, its header showing `header_titles`.

        QTableView.setModel() has both headers ask headerData() about every
        column, and the first call of the Python override converts a
        Qt.Orientation, which builds PySide6's whole Qt namespace (~11 ms)
        before the list can paint. So the model has no columns while it is
        set, and gets them back once the header reads its own titles model.
        headerData() stays for screen readers, which ask the view's model."""
        columns, self._columns = self._columns, 0
        view.setModel(self)
        view.horizontalHeader().setModel(self.header_titles)
        self.beginResetModel()
        self._columns = columns
        self.endResetModel()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        # The view asks for seven roles per cell; answer the ones we do not
        # serve before touching the index.
        if role != DISPLAY_ROLE and role != TOOLTIP_ROLE and role != self.PARTNER_ID_ROLE:
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        item = self._rows[row]
        if role == self.PARTNER_ID_ROLE:
            return item.id
        column = index.column()
        if column == self.NAME:
            return item.name
        if column == self.KIND:
            return kind_label(item.kind)
        if column == self.STATUS:
            return status_label(item.status)
        if column == self.CITY:
            return item.city
        if column == self.EMAIL:
            return item.email
        return None

    def headerData(self, section: int, orientation: Any, role: int = DISPLAY_ROLE) -> Any:
        """The titles, for screen readers and anyone asking the model (the
        visible header reads `header_titles` itself)."""
        return self.header_titles.headerData(section, orientation, role)

    # --- paging (PagedTableModel) ------------------------------------------
    def _has_source(self) -> bool:
        return self._directory is not None

    def _more_expected(self) -> bool:
        return not self._total_exact or len(self._rows) < self._total

    def _fetch_page(self, after: PartnerRow | None, limit: int = PAGE_SIZE) -> list[PartnerRow]:
        assert self._directory is not None
        return self._directory.page(self._query, after, limit, alphabetical=self._alphabetical)
