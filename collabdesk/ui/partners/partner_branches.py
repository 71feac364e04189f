"""Partners shared with branches (issue 19): the partner list's branch
filter and the partner form's "Shared with" list. A partner shared with no
branch belongs to all; one that takes part in a branch's collaboration is
shared with it by the service. A single library sees neither."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from collabdesk.services.errors import ServiceError
from collabdesk.ui.widgets.branch_combo import BranchCombo, branch_text
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.branches import BranchService
    from collabdesk.services.desk import Desk
    from collabdesk.ui.operations.changes import Changes
    from collabdesk.ui.shell.main_window import MainWindow

translate = QCoreApplication.translate  # literal arguments: pyside6-lupdate finds them


class BranchFilter(BranchCombo):
    """The partner list's branch: partners this branch works with."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(translate("MainWindow", "All branches"))
        self._window = window
        self.setAccessibleName(translate("MainWindow", "Show the branch's partners"))
        self.hide()
        self.currentIndexChanged.connect(lambda _i: window.apply_query())

    def show_branches(self, desk: Desk) -> None:
        try:
            branches = desk.branches.names()
        except ServiceError:
            branches = []
        if self.set_branches(branches):
            self._window.apply_query()

    def on_changes(self, _changes: Changes) -> None:
        desk = self._window.desk
        if desk is not None:
            self.show_branches(desk)


def install(window: MainWindow) -> None:
    """The filter beside kind and status, shown only in a library system."""
    combo = named(BranchFilter(window), "partnerBranchFilter")
    window.left.filters.addWidget(combo, 1)
    window.branch_filter = combo
    window.changes.follow(combo, {"branch"}, combo.on_changes)
    if window.desk is not None:
        combo.show_branches(window.desk)


class SharedWith(QListWidget):
    """The branches a partner is shared with, checked; none: all of them."""

    def __init__(self, branches: BranchService, partner_id: int | None) -> None:
        super().__init__()
        self.setObjectName("partnerBranches")
        self.setAccessibleName(translate("PartnerForm", "Shared with branches"))
        self._branches = branches
        shared = set(branches.partner_branches(partner_id)) if partner_id is not None else set()
        for branch_id, name in branches.names():
            item = QListWidgetItem(branch_text(name))
            item.setData(Qt.ItemDataRole.UserRole, branch_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = branch_id in shared
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.addItem(item)
        rows = min(self.count(), 4)
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 4)

    def chosen(self) -> tuple[int, ...]:
        return tuple(
            int(self.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        )

    def save(self, partner_id: int) -> None:
        self._branches.share_partner(partner_id, self.chosen())


def shared_with(branches: BranchService | None, partner_id: int | None) -> SharedWith | None:
    """The form's list in a library system; None in a single library."""
    if branches is None:
        return None
    try:
        return SharedWith(branches, partner_id) if branches.is_system() else None
    except ServiceError:
        return None
