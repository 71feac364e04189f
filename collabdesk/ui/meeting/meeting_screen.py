"""What the window hides while it is turned towards the partner: money
values, owners, internal notes, the OVERDUE and no-proof flags, plan B, the
checklist's progress and the reputation dashboard.

The meeting copy already leaves other partners out; this is about the
office's own bookkeeping of the partners who are there. Which field is
hidden is decided by services.partner_facing (`meeting_may_show`), the one
rule the pitch, the slides and the meeting copy follow too; this module
only finds the widgets that show each field and hides them, and brings
them back when the meeting ends."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QLabel, QTabWidget, QWidget

if TYPE_CHECKING:
    from collabdesk.ui.shell.main_window import MainWindow

# The partner details pane's rows (objectName) and the fields they show.
PARTNER_ROWS: dict[str, tuple[tuple[str, str], ...]] = {
    "detailOwner": (("partner", "owner"),),
    "detailNotes": (("partner", "notes"),),
    "detailValues": (("partner", "values"), ("partner", "values_notes")),
    "detailReputation": (("partner", "reputation"),),
}
# The tracker's columns (CommitmentTableModel) and the fields they show.
TRACKER_COLUMNS: dict[str, tuple[str, str]] = {
    "OWNER": ("commitment", "owner"),
    "VALUE": ("commitment", "value"),
}


def meeting_may_show(table: str, field: str) -> bool:
    """services.partner_facing's rule, imported when a meeting starts (the
    window's first paint loads no SQLAlchemy)."""
    from collabdesk.services.partner_facing import meeting_may_show as rule

    return rule(table, field)


def _may_show(fields: tuple[tuple[str, str], ...]) -> bool:
    return all(meeting_may_show(table, field) for table, field in fields)


class MeetingScreen(QObject):
    """Hides (`apply(True)`) and restores (`apply(False)`) what only staff read."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.on = False
        self._hidden: list[QWidget] = []
        # Sections and panes are built when first shown: catch those too.
        window.sections.currentChanged.connect(self._section_shown)

    def _section_shown(self, _index: int) -> None:
        if self.on:
            self.apply(True)

    def apply(self, on: bool) -> None:
        from collabdesk.ui.collaborations.collaboration_details import CollaborationDetails

        self.on = on
        for widget in self._hidden:
            widget.setVisible(True)
        self._hidden = []
        self._partner_details(on)
        self._commitments(on)
        for details in self.window.findChildren(CollaborationDetails):
            details.set_meeting(on)
        self._collaboration_lists(on)

    def _hide(self, widget: QWidget | None) -> None:
        if widget is not None and not widget.isHidden():
            widget.hide()
            self._hidden.append(widget)

    # --- the partner details pane ------------------------------------------------------
    def _partner_details(self, on: bool) -> None:
        for name, fields in PARTNER_ROWS.items():
            for label in self.window.findChildren(QLabel, name):
                form = _form_holding(label)
                if form is not None:
                    form.setRowVisible(label, not on or _may_show(fields))
        tabs = self.window.findChild(QTabWidget, "detailTabs")
        if tabs is not None:  # the interaction log is the office's notes
            for index in range(tabs.count()):
                page = tabs.widget(index)
                if page is not None and page.findChild(QWidget, "interactionList") is not None:
                    shown = not on or meeting_may_show("interaction", "summary")
                    tabs.setTabVisible(index, shown)

    # --- the commitments section ---------------------------------------------------------
    def _commitments(self, on: bool) -> None:
        from collabdesk.services.partner_facing import meeting_tracker_row
        from collabdesk.ui.commitments.commitment_table_model import CommitmentTableModel
        from collabdesk.ui.commitments.commitment_tracker_pane import CommitmentTrackerPane
        from collabdesk.ui.commitments.commitments_section import CommitmentsSection

        for section in self.window.findChildren(CommitmentsSection):
            index = section.tabs.indexOf(section.dashboard)
            section.tabs.setTabVisible(index, not on or meeting_may_show("partner", "reputation"))
            if on:
                section.tabs.setCurrentWidget(section.tracker)
        for pane in self.window.findChildren(CommitmentTrackerPane):
            pane.model.row_view = meeting_tracker_row if on else None
            for name, (table, field) in TRACKER_COLUMNS.items():
                column = getattr(CommitmentTableModel, name)
                pane.table.setColumnHidden(column, on and not meeting_may_show(table, field))
            if on:
                if not meeting_may_show("commitment", "owner"):
                    self._hide(pane.owner_filter)
                if not meeting_may_show("commitment", "overdue"):
                    self._hide(pane.window_filter)  # "Overdue", "Overdue or due within 7 days"
                if not meeting_may_show("commitment", "no_proof"):
                    self._hide(pane.no_proof_filter)
                if not meeting_may_show("commitment", "proof_note"):
                    self._hide(pane.proof_list)
                if not meeting_may_show("commitment", "value"):
                    self._hide(pane.balance_label)
            owners = not on or meeting_may_show("commitment", "owner")
            pane.search.setPlaceholderText(
                self.tr("Search commitments, partners, owners…")
                if owners
                else self.tr("Search commitments, partners…")
            )
            pane.model.layoutChanged.emit()  # repaint the rows as they now read

    def _collaboration_lists(self, on: bool) -> None:
        """The list's "Ready" column is the checklist's progress."""
        from PySide6.QtWidgets import QTableView

        from collabdesk.ui.collaborations.collaboration_board import CollaborationBoard
        from collabdesk.ui.collaborations.collaboration_table_model import (
            CollaborationTableModel,
        )

        shown = not on or meeting_may_show("collaboration", "readiness")
        renewal = not on or meeting_may_show("collaboration", "renewal")
        for view in self.window.findChildren(QTableView):
            if isinstance(view.model(), CollaborationTableModel):
                view.setColumnHidden(CollaborationTableModel.READY, not shown)
                view.setColumnHidden(CollaborationTableModel.RENEWAL, not renewal)
        for row in self.window.findChildren(QWidget, "renewalRow"):  # filter and rate
            row.setVisible(renewal)
        for board in self.window.findChildren(CollaborationBoard):
            board.show_readiness(shown)


def _form_holding(label: QLabel) -> QFormLayout | None:
    parent = label.parentWidget()
    if parent is None:
        return None
    for form in parent.findChildren(QFormLayout):
        if form.indexOf(label) >= 0:
            return form
    return None
