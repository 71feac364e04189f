"""A small dashboard: the library's own delivery record first (its
reputation is at stake), then each partner's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.ui.commitments.commitment_labels import reputation_text
from collabdesk.ui.widgets.error_label import ERROR_COLOUR
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk


class ReputationDashboard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reputationDashboard")
        self._desk: Desk | None = None
        self._stale = True  # computed when first shown: start-up need not wait for it
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
        self.partner_list = named(QTreeWidget(), "partnerReputationList")
        self.partner_list.setRootIsDecorated(False)
        self.partner_list.setAccessibleName(self.tr("Each partner's record"))
        self.partner_list.setHeaderLabels(
            [self.tr("Partner"), self.tr("Their record"), self.tr("Ours towards them")]
        )
        self.partner_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.partner_list.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
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
        self.refresh()

    def set_desk(self, desk: Desk | None) -> None:
        self._desk = desk
        self.mark_stale()

    def mark_stale(self) -> None:
        """Recompute now if visible, else the next time the tab is shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        self.partner_list.clear()
        if self._desk is None:
            self.library_label.setText(self.tr("Opening the database…"))
            self.overdue_label.hide()
            return
        board = self._desk.reputation.board()
        self.library_label.setText(reputation_text(board.library))
        if board.library.overdue:
            self.overdue_label.setText(
                self.tr(
                    "The library is late on %n commitment(s): deliver them or talk to the "
                    "partner first.",
                    "",
                    board.library.overdue,
                )
            )
            self.overdue_label.show()
        else:
            self.overdue_label.hide()
        for entry in board.partners:
            item = QTreeWidgetItem(
                [entry.partner_name, reputation_text(entry.partner), reputation_text(entry.library)]
            )
            for column in range(3):
                item.setToolTip(column, item.text(column))
            item.setData(0, Qt.ItemDataRole.UserRole, entry.partner_id)
            self.partner_list.addTopLevelItem(item)
        if not board.partners:
            self.partner_list.addTopLevelItem(
                QTreeWidgetItem([self.tr("No partner has commitments yet."), "", ""])
            )
