"""The commitment tracker pane: the filters in one row (tracker_filters.py),
the paged table `commitmentTable`, the actions, and the selected commitment's
proofs (proof_panel.py). Shown in the main window, and per collaboration when
given a collaboration id.

Sized for a 1366×768 laptop: compact rows, columns as wide as what they
typically hold (long text elided, whole in the tooltip), the description
taking what is left. Works from the keyboard: Enter edits the selected
commitment, Ctrl+D marks it delivered, Delete deletes it, Ctrl+Shift+N adds one."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.enums import CommitmentStatus
from collabdesk.services.errors import ServiceError, fill
from collabdesk.services.tracker_query import DueWindow, TrackerQuery, TrackerRow
from collabdesk.ui.commitments import tracker_columns
from collabdesk.ui.commitments.commitment_table_model import CommitmentTableModel
from collabdesk.ui.commitments.proof_panel import ProofPanel
from collabdesk.ui.commitments.tracker_actions import TrackerActions, can_repeat
from collabdesk.ui.commitments.tracker_filters import TrackerFilters
from collabdesk.ui.shell.i18n import format_money
from collabdesk.ui.widgets.actions import allow, make_action
from collabdesk.ui.widgets.error_label import plain_label
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk


class CommitmentTrackerPane(TrackerActions):
    changed = Signal()  # a commitment's status or proofs changed

    def __init__(self, collaboration_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("commitmentTracker")
        self._desk: Desk | None = None
        self._collaboration_id = collaboration_id
        self._has_collaborations = collaboration_id is not None
        self.model = CommitmentTableModel(None, self)
        self.model.read_ahead()  # next pages and text searches off the GUI thread
        self._build()
        self._update_state()

    # --- building ---------------------------------------------------------------
    def _build(self) -> None:
        self.filters = TrackerFilters()
        self.filters.changed.connect(self.apply_filters)
        # The filter widgets stay reachable as before (tests, the reminder link).
        self.search = self.filters.search
        self.direction_filter = self.filters.direction_filter
        self.status_filter = self.filters.status_filter
        self.window_filter = self.filters.window_filter
        self.owner_filter = self.filters.owner_filter
        self.partner_filter = self.filters.partner_filter
        self.no_proof_filter = self.filters.no_proof_filter

        self.table = named(QTableView(), "commitmentTable")
        self.table.setAccessibleName(self.tr("Commitments"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            CommitmentTableModel.DUE, Qt.SortOrder.AscendingOrder
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + tracker_columns.ROW_PADDING
        )
        tracker_columns.size_columns(self.table)
        if self._collaboration_id is not None:  # one collaboration: its name says nothing
            self.table.hideColumn(CommitmentTableModel.COLLABORATION)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(lambda *_: self._on_selection())
        self.model.modelReset.connect(self._on_selection)
        self._reselect: int | None = None  # selected before a search's rows were read aside
        self.model.loaded.connect(self._on_loaded)  # a search read on the worker
        self.table.doubleClicked.connect(lambda *_: self.edit_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.empty = named(plain_label(), "commitmentEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        def button(text: str, name: str, slot: object) -> QPushButton:
            made = named(QPushButton(text), name)
            made.clicked.connect(slot)
            return made

        self.add_button = button(
            self.tr("Add commitment…"), "addCommitmentButton", self.add_commitment
        )
        self.edit_button = button(self.tr("Edit…"), "editCommitmentButton", self.edit_selected)
        self.steps_button = button(self.tr("Steps…"), "stepsButton", self.steps_selected)
        self.delete_button = button(
            self.tr("Delete…"), "deleteCommitmentButton", self.delete_selected
        )
        self.start_button = button(self.tr("Start"), "startButton", self.start_selected)
        self.deliver_button = button(
            self.tr("Mark delivered…"), "deliverButton", self.deliver_selected
        )
        self.waive_button = button(self.tr("Waive…"), "waiveButton", self.waive_selected)
        self.miss_button = button(self.tr("Mark missed…"), "missButton", self.miss_selected)
        self.make_good_button = button(
            self.tr("Make good…"), "makeGoodButton", self.make_good_selected
        )
        self.repeat_button = button(self.tr("Repeat…"), "repeatButton", self.repeat_selected)
        self._shortcuts()
        self.count_label = named(plain_label(wrap=False), "commitmentCount")
        # A tool bar, so that on a narrow screen the buttons that do not fit
        # move into its » menu instead of widening the window.
        self.action_bar = named(QToolBar(), "commitmentActions")
        self.action_bar.setAccessibleName(self.tr("Commitment actions"))
        for widget in (self.add_button, self.edit_button, self.steps_button, self.delete_button):
            self.action_bar.addWidget(widget)
        self.action_bar.addSeparator()
        for widget in self.status_buttons():
            self.action_bar.addWidget(widget)
        more = self.action_bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if more is not None:  # Qt's own » button
            more.setAccessibleName(self.tr("More actions"))
            more.setToolTip(self.tr("More actions"))
        actions = QHBoxLayout()
        actions.addWidget(self.action_bar, 1)
        actions.addWidget(self.count_label)

        self.proofs = ProofPanel()
        self.proofs.proof_added.connect(self._after_change)
        self.proof_list = self.proofs.proof_list
        self.detail = self.proofs.detail
        self.add_proof_button = self.proofs.add_proof_button
        self.open_proof_button = self.proofs.open_proof_button

        self.balance_label = named(plain_label(), "valueBalance")
        self.balance_label.setVisible(self._collaboration_id is not None)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(3)
        top_layout.addWidget(self.filters)
        top_layout.addWidget(self.balance_label)
        top_layout.addWidget(self.stack, 1)
        top_layout.addLayout(actions)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.proofs)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([500, 90])
        self.table.setMinimumHeight(48)
        self.empty.setMinimumHeight(48)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.splitter)
        order = [
            self.filters.search,
            *self.filters.combos(),
            self.filters.no_proof_filter,
            self.table,
            self.add_button,
            self.edit_button,
            self.steps_button,
            self.delete_button,
            *self.status_buttons(),
            self.add_proof_button,
            self.open_proof_button,
            self.proof_list,
        ]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)

    def steps_selected(self) -> None:
        """The selected promise's steps (steps_editor.py), in their own window."""
        target = self._target()
        if target is None:
            return
        from collabdesk.ui.commitments.steps_editor import open_steps

        row, desk = target
        open_steps(self, desk, row.id, row.description)

    def status_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.start_button,
            self.deliver_button,
            self.waive_button,
            self.miss_button,
            self.make_good_button,
            self.repeat_button,
        )

    def _shortcuts(self) -> None:
        """Keys that work while the focus is anywhere in the pane (Enter and
        Delete only in the table, where they cannot mean anything else)."""
        for key, slot, widget, name in (
            (QKeySequence(Qt.Key.Key_Return), self.edit_selected, self.table, "editKey"),
            (QKeySequence(Qt.Key.Key_Enter), self.edit_selected, self.table, "editEnterKey"),
            (QKeySequence(Qt.Key.Key_Delete), self.delete_selected, self.table, "deleteKey"),
            (QKeySequence("Ctrl+D"), self.deliver_selected, self, "deliverKey"),
            (QKeySequence("Ctrl+E"), self.edit_selected, self, "editShortcut"),
            (QKeySequence("Ctrl+Shift+N"), self.add_commitment, self, "addCommitmentKey"),
            (QKeySequence("Ctrl+T"), self.steps_selected, self, "stepsKey"),
        ):
            context = (
                Qt.ShortcutContext.WidgetShortcut
                if widget is self.table
                else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            widget.addAction(make_action(self, "", name, slot, shortcut=key, context=context))

    def _context_menu(self, position: QPoint) -> None:
        """Right-click on a row: what can be done to it, Repeat… among it."""
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        menu = QMenu(self)
        menu.setObjectName("commitmentMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for text, slot, button in (
            (self.tr("Edit…"), self.edit_selected, self.edit_button),
            (self.tr("Mark delivered…"), self.deliver_selected, self.deliver_button),
            (self.tr("Repeat…"), self.repeat_selected, self.repeat_button),
        ):
            action = menu.addAction(text, slot)
            action.setEnabled(button.isEnabled())
            action.setToolTip(button.toolTip())
        menu.popup(self.table.viewport().mapToGlobal(position))

    # --- wiring -----------------------------------------------------------------
    def set_desk(self, desk: Desk | None) -> None:
        self._desk = desk
        self._count_collaborations()
        self.filters.refill(desk)
        self.model.set_tracker(desk.tracker if desk is not None else None, load=False)
        self.apply_filters()  # the one read of the first page

    def apply_filters(self) -> None:
        keep = self.selected_row()
        query = self.model.query
        self.model.set_query(
            self.filters.query(self._collaboration_id, query.sort, query.descending)
        )
        if keep is not None and self.model.searching:  # read on the worker: select it then
            self._reselect = keep.id
        elif keep is not None:
            self.select_commitment(keep.id)
        self._update_state()

    def _on_loaded(self) -> None:
        """A search's rows arrived from the worker: the row selected before stays selected."""
        chosen, self._reselect = self._reselect, None
        if chosen is not None:
            self.select_commitment(chosen)
        self._update_state()

    def current_query(self) -> TrackerQuery:
        query = self.model.query
        return self.filters.query(self._collaboration_id, query.sort, query.descending)

    def show_due_soon(self) -> None:
        """The reminder's link: everything overdue or due within a week."""
        self.reset_filters(window=DueWindow.SOON)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset_filters(self, window: DueWindow = DueWindow.ALL) -> None:
        self.filters.reset(window)

    def refresh(self) -> None:
        self._count_collaborations()
        self.filters.refill(self._desk)
        self.apply_filters()

    def _count_collaborations(self) -> None:
        if self._collaboration_id is not None or self._desk is None:
            self._has_collaborations = self._collaboration_id is not None
            return
        try:
            self._has_collaborations = self._desk.collaborations.count() > 0
        except ServiceError:  # a busy database: let the form say what is wrong
            self._has_collaborations = True

    # --- state ----------------------------------------------------------------------
    def selected_row(self) -> TrackerRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_commitment(self, commitment_id: int) -> bool:
        row = self.model.row_of(commitment_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _update_state(self) -> None:
        total = self.model.total
        if self._desk is None:
            self.empty.setText(self.tr("Opening the database…"))
            self.stack.setCurrentWidget(self.empty)
        elif total == 0 and self._is_unfiltered():
            self.empty.setText(
                self.tr(
                    "No commitments yet. Add what each side promises to a collaboration; "
                    "they appear here with their due dates."
                )
            )
            self.stack.setCurrentWidget(self.empty)
        elif total == 0:
            self.empty.setText(
                self.tr("No commitment matches these filters. Clear a filter to see more.")
            )
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.table)
        if self.model.total_exact:
            self.count_label.setText(self.tr("%n commitment(s)", "", total))
        else:
            self.count_label.setText(self.tr("more than %n commitment(s)", "", total))
        if self._collaboration_id is not None and self._desk is not None:
            self._show_balance()
        self._on_selection()

    def _is_unfiltered(self) -> bool:
        q = self.model.query
        return (
            q.direction is None
            and q.status is None
            and not q.owner
            and q.partner_id is None
            and q.window is DueWindow.ALL
            and not q.text.strip()
            and not q.without_proof
        )

    def _show_balance(self) -> None:
        assert self._desk is not None and self._collaboration_id is not None
        balance = self._desk.balances.for_collaboration(self._collaboration_id)
        lines = []
        for cur in balance.currencies:
            line = fill(
                self.tr("%1: we give %2 (delivered %3), we get %4 (delivered %5)"),
                [
                    cur.currency,
                    format_money(cur.gives_promised, cur.currency),
                    format_money(cur.gives_delivered, cur.currency),
                    format_money(cur.gets_promised, cur.currency),
                    format_money(cur.gets_delivered, cur.currency),
                ],
            )
            if cur.one_sided:
                line += " — " + self.tr("one-sided!")
            lines.append(line)
        if not lines:
            lines.append(self.tr("No values estimated yet."))
        self.balance_label.setText("\n".join(lines))

    def _on_selection(self) -> None:
        """Each button enabled only when it can succeed; its tooltip says why not."""
        row = self.selected_row()
        has_desk = self._desk is not None
        status = row.status if row is not None else None
        open_ = status in (CommitmentStatus.PLANNED, CommitmentStatus.IN_PROGRESS)
        pick = self.tr("Select a commitment first.")
        only_open = self.tr("Only a planned or started commitment can be changed this way.")
        rules = (
            (self.start_button, status is CommitmentStatus.PLANNED,
             self.tr("Start work on the selected commitment"),
             self.tr("Only a planned commitment can be started.")),
            (self.deliver_button, open_,
             self.tr("Record the delivery and its proof (Ctrl+D)"), only_open),
            (self.waive_button, open_,
             self.tr("Both sides agreed it is no longer needed"), only_open),
            (self.miss_button, open_,
             self.tr("It was not delivered and will not be"), only_open),
            (self.make_good_button, status is CommitmentStatus.MISSED,
             self.tr("Promise something instead of a missed commitment"),
             self.tr("Only a missed commitment can be made good.")),
            (self.repeat_button, can_repeat(row),
             self.tr("Repeat it every week, month or quarter, each time with its own date"),
             self.tr("Only a planned or started commitment with a due date, not yet "
                     "repeating, can be repeated.")),
            (self.edit_button, row is not None,
             self.tr("Edit the selected commitment (Enter)"), pick),
            (self.delete_button, row is not None,
             self.tr("Delete the selected commitment (Delete)"), pick),
            (self.steps_button, row is not None,
             self.tr("Steps of the selected commitment: what, who, by when (Ctrl+T)"), pick),
        )  # fmt: skip
        for widget, possible, what, why_not in rules:
            reason = None if has_desk and possible else pick if row is None else why_not
            allow(widget, reason, what)
        no_collaboration = self.tr(
            "There is no collaboration yet: a commitment belongs to one. "
            "Create a collaboration first."
        )
        allow(
            self.add_button,
            None if has_desk and self._has_collaborations else no_collaboration,
            self.tr("Add a promise of either side (Ctrl+Shift+N)"),
        )
        self.proofs.show_row(row, self._desk)
