"""A small dashboard: the library's own delivery record first (its
reputation is at stake), then each partner's.

At half a million commitments the whole board is a GROUP BY of seconds on
a busy machine, so the tab never runs it: the partners come a page at a
time as the list scrolls (`ReputationService.page`, those partners'
commitments only, through their index), and the library's own record is
counted in a worker thread on a read-only connection of its own
(`library_apart`), shown when it arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collabdesk.ui.commitments.commitment_labels import reputation_text
from collabdesk.ui.widgets.error_label import ERROR_COLOUR
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.pool_read import read_in_pool

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk
    from collabdesk.services.reputation import PartnerPlace, PartnerReputation, Reputation

Index = QModelIndex | QPersistentModelIndex
START_AFTER_MS = 150  # the count starts then at the latest, painted or not


class PartnerReputationModel(QAbstractTableModel):
    """Each partner's record and the library's towards them, one row each."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.partners: list[PartnerReputation] = []
        self.empty_text = ""  # the one row shown when no partner has a record
        self._next: Callable[[tuple[str, int]], tuple[PartnerPlace, ...]] | None = None
        self._after: tuple[str, int] | None = None

    def set_first(
        self,
        first: tuple[PartnerPlace, ...],
        following: Callable[[tuple[str, int]], tuple[PartnerPlace, ...]] | None,
        empty_text: str,
    ) -> None:
        """The first page; `following(after)` reads the next as the view scrolls."""
        self.beginResetModel()
        self.partners = [place.reputation for place in first]
        self._after = first[-1].after if first else None
        self._next = following if first else None
        self.empty_text = empty_text
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._next is not None and self._after is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._next is None or self._after is None:
            return
        more = self._next(self._after)
        if not more:
            self._next = None
            return
        start = len(self.partners)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self.partners.extend(place.reputation for place in more)
        self._after = more[-1].after
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self.partners) or (1 if self.empty_text else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Partner"), self.tr("Their record"), self.tr("Ours towards them"))[section]

    def text(self, row: int, column: int) -> str:
        if not self.partners:
            return self.empty_text if column == 0 else ""
        entry = self.partners[row]
        if column == 0:
            return entry.partner_name
        return reputation_text(entry.partner if column == 1 else entry.library)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.UserRole and self.partners:
            return self.partners[index.row()].partner_id
        return None


class _Relay(QObject):
    """Carries the worker's board to the GUI thread (queued signal)."""

    counted = Signal(int, object)  # generation, Reputation or None


class ReputationDashboard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reputationDashboard")
        self._desk: Desk | None = None
        self._stale = True  # computed when first shown: start-up need not wait for it
        self._generation = 0  # a newer refresh makes an older worker's answer moot
        self.counting = False  # the worker is counting the whole board
        self._pending: tuple[int, Callable[[date], Reputation | None], date] | None = None
        self._relay = _Relay(self)
        self._relay.counted.connect(self._on_counted, Qt.ConnectionType.QueuedConnection)
        title = QLabel(self.tr("The library's own record"))
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        self.library_label = named(QLabel(), "libraryReputation")
        self.library_label.setTextFormat(Qt.TextFormat.PlainText)
        self.library_label.setWordWrap(True)
        self.overdue_label = named(QLabel(), "libraryOverdue")
        self.overdue_label.setTextFormat(Qt.TextFormat.PlainText)
        self.overdue_label.setWordWrap(True)
        self.overdue_label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.model = PartnerReputationModel(self)
        # A table, not a tree: a tree lays out every row (asking each for
        # children) when 30,000 partners arrive; a table lays out what shows.
        self.partner_list = named(QTableView(), "partnerReputationList")
        self.partner_list.setModel(self.model)
        self.partner_list.verticalHeader().hide()
        self.partner_list.setShowGrid(False)
        self.partner_list.setWordWrap(False)
        self.partner_list.setAlternatingRowColors(True)
        self.partner_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.partner_list.horizontalHeader().setStretchLastSection(True)
        self.partner_list.setAccessibleName(self.tr("Each partner's record"))
        self.partner_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.partner_list.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )
        self.partner_list.setColumnWidth(0, 240)
        self.partner_list.setColumnWidth(1, 260)
        self.refresh_button = named(QPushButton(self.tr("Refresh")), "refreshReputation")
        self.refresh_button.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.library_label)
        layout.addWidget(self.overdue_label)
        layout.addWidget(self.partner_list, 1)
        layout.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignRight)
        self.partner_list.viewport().installEventFilter(self)
        self.refresh()

    def set_desk(self, desk: Desk | None) -> None:
        self._desk = desk
        self.mark_stale()

    def mark_stale(self) -> None:
        """Recompute now if visible, else the next time the tab is shown."""
        self._stale = True
        self._generation += 1  # an answer still counting is about the old data
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """The first partners now; the library's record when the worker has
        counted it."""
        self._stale = False
        self._generation += 1
        desk = self._desk
        if desk is None:
            self.library_label.setText(self.tr("Opening the database…"))
            self.overdue_label.hide()
            self.model.set_first((), None, "")
            return
        today = date.today()
        self.library_label.setText(self.tr("Counting every commitment…"))
        self.overdue_label.hide()
        service = desk.reputation
        self.model.set_first(
            service.page(today),
            lambda after: service.page(today, after),
            self.tr("No partner has commitments yet."),
        )
        self.counting = True
        self._pending = (self._generation, service.library_apart, today)
        # The worker starts once the first page is on screen: started now, it
        # would compete with that paint for the CPU.
        QTimer.singleShot(START_AFTER_MS, self._start_count)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._pending is not None:
            QTimer.singleShot(0, self._start_count)
        return super().eventFilter(watched, event)

    def _start_count(self) -> None:
        pending, self._pending = self._pending, None
        if pending is None:
            return
        generation, count_apart, today = pending
        relay = self._relay
        read_in_pool(
            lambda: count_apart(today), lambda library: relay.counted.emit(generation, library)
        )

    def _on_counted(self, generation: int, library: Reputation | None) -> None:
        if generation != self._generation or self._desk is None:
            return
        if library is None:  # no second connection here (a meeting copy): read it here
            library = self._desk.reputation.library()
        self.counting = False
        self.library_label.setText(reputation_text(library))
        if library.overdue:
            self.overdue_label.setText(
                self.tr(
                    "The library is late on %n commitment(s): deliver them or talk to the "
                    "partner first.",
                    "",
                    library.overdue,
                )
            )
            self.overdue_label.show()
        else:
            self.overdue_label.hide()
