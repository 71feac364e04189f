"""The left half of the Partners section: search, kind and status filters,
and the list with its three other pages (no partners yet, no match,
opening). Part of the first paint: built without SQLAlchemy and without
PySide6's `Qt` namespace (ui/shell/startup)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.enums import PartnerKind, PartnerStatus
from collabdesk.ui.partners.partner_table_model import PartnerTableModel
from collabdesk.ui.shell.startup import (
    ALIGN_CENTER,
    ALIGN_LEFT,
    ALIGN_VCENTER,
    set_alignment,
    show_plain_text,
)
from collabdesk.ui.widgets.labels import kind_label, status_label
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.search_field import search_field

if TYPE_CHECKING:
    from collabdesk.ui.widgets.empty_state import EmptyState

COLUMN_WIDTHS = (200, 125, 110, 95)  # the last column (e-mail) stretches; Russian labels fit


class PartnerPane(QWidget):
    LIST_PAGE, EMPTY_PAGE, NO_MATCH_PAGE, LOADING_PAGE = range(4)

    add_requested = Signal()  # from the "no partners yet" page
    demo_requested = Signal()

    def __init__(self, model: PartnerTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnerPane")
        self._editable = False
        self.search = search_field(
            "partnerSearch",
            QCoreApplication.translate("MainWindow", "Search partners…"),
            QCoreApplication.translate("MainWindow", "Search partners"),
        )

        self.kind_filter = named(QComboBox(), "kindFilter")
        self.kind_filter.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Show the kind")
        )
        self.kind_filter.addItem(QCoreApplication.translate("MainWindow", "All kinds"), None)
        for kind in PartnerKind:
            self.kind_filter.addItem(kind_label(kind), kind)
        self.status_filter = named(QComboBox(), "statusFilter")
        self.status_filter.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Show the status")
        )
        self.status_filter.addItem(QCoreApplication.translate("MainWindow", "All statuses"), None)
        for status in PartnerStatus:
            self.status_filter.addItem(status_label(status), status)

        self.table = named(QTableView(), "partnerList")
        self.table.setAccessibleName(QCoreApplication.translate("MainWindow", "Partners"))
        model.show_in(self.table)  # header titles without the Qt namespace
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        set_alignment(header, ALIGN_LEFT | ALIGN_VCENTER)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)

        self._empty_state: EmptyState | None = None  # built when first shown
        self.no_match = named(QLabel(), "noMatches")
        show_plain_text(self.no_match)
        set_alignment(self.no_match, ALIGN_CENTER)
        self.no_match.setWordWrap(True)
        self.loading = named(
            QLabel(QCoreApplication.translate("MainWindow", "Opening the database…")),
            "loadingState",
        )
        set_alignment(self.loading, ALIGN_CENTER)

        self.list_stack = named(QStackedWidget(), "listStack")
        for page in (self.table, QWidget(), self.no_match, self.loading):
            self.list_stack.addWidget(page)

        filters = self.filters = QHBoxLayout()  # a system adds its branch filter here
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(self.status_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.list_stack, 1)

    @property
    def empty_state(self) -> EmptyState:
        """The "no partners yet" page, built the first time it is needed:
        a list that has partners never pays for it before its first paint."""
        if self._empty_state is None:
            from collabdesk.ui.widgets.empty_state import EmptyState

            page = EmptyState()
            page.add_requested.connect(self.add_requested)
            page.demo_requested.connect(self.demo_requested)
            page.set_enabled(self._editable)
            placeholder = self.list_stack.widget(self.EMPTY_PAGE)
            self.list_stack.insertWidget(self.EMPTY_PAGE, page)
            if placeholder is not None:
                self.list_stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self._empty_state = page
        return self._empty_state

    def set_editable(self, editable: bool) -> None:
        """The services are there: the empty page's buttons work."""
        self._editable = editable
        if self._empty_state is not None:
            self._empty_state.set_enabled(editable)
