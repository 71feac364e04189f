"""The Collaborations section: a filterable list and a stage board side by
side with the selected collaboration, plus the menu that opens the wizard,
the advertising catalogue and the checklist template.

The section reads the window's Desk when it is shown, so it needs no hook in
MainWindow.attach_desk; install_collaborations() is the one call MainWindow
makes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.enums import Stage
from collabdesk.domain.message import fill
from collabdesk.services.collaboration_lines import ListFilter
from collabdesk.services.errors import ServiceError
from collabdesk.services.stage_settlement import REASON_STAGES, Settlement
from collabdesk.services.stages import next_stage
from collabdesk.ui.collaborations import collaboration_dialogs, stage_dialogs
from collabdesk.ui.collaborations.collaboration_board import CollaborationBoard
from collabdesk.ui.collaborations.collaboration_buttons import Chosen, CollaborationButtons
from collabdesk.ui.collaborations.collaboration_details import CollaborationDetails
from collabdesk.ui.collaborations.collaboration_list import CollaborationList
from collabdesk.ui.collaborations.collaboration_table_model import (
    CollaborationLine,
    CollaborationTableModel,
)
from collabdesk.ui.collaborations.collaborations_menu import add_collaborations_menu
from collabdesk.ui.collaborations.partner_filter import PartnerFilter
from collabdesk.ui.operations.changes import COLLABORATION_TABLES
from collabdesk.ui.operations.run import run_operation
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.branch_combo import BranchCombo
from collabdesk.ui.widgets.error_label import plain_label
from collabdesk.ui.widgets.labels import stage_label
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.service_text import error_text

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk
    from collabdesk.ui.shell.main_window import MainWindow


def row_id(line: CollaborationLine | None) -> int | None:
    return None if line is None else line.id


class CollaborationsView(QWidget):
    LIST_TAB, BOARD_TAB = range(2)
    CONTENT_PAGE, EMPTY_PAGE = range(2)

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("collaborationsView")
        self._window = window
        self._current: int | None = None
        self._current_line: CollaborationLine | None = None  # on a page read or not
        self._stale_tabs: set[int] = set()  # list or board, loaded when next shown
        self.model = CollaborationTableModel(self)

        self.stage_filter = named(QComboBox(), "collaborationStageFilter")
        self.stage_filter.addItem(self.tr("All stages"), None)
        for stage in Stage:
            self.stage_filter.addItem(stage_label(stage), stage.value)
        self.partner_filter = named(
            PartnerFilter(self.tr("All partners")), "collaborationPartnerFilter"
        )
        self.stage_filter.setAccessibleName(self.tr("Show the stage"))
        self.partner_filter.setAccessibleName(self.tr("Show the partner"))
        self.stage_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.partner_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        # A library system's branches (issue 19); hidden in a single library.
        self.branch_filter = named(
            BranchCombo(self.tr("All branches")), "collaborationBranchFilter"
        )
        self.branch_filter.setAccessibleName(self.tr("Show the branch"))
        self.branch_filter.hide()
        self.branch_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.renewal_filter = named(QCheckBox(self.tr("Renewal due")), "renewalDueFilter")
        self.renewal_filter.setToolTip(
            self.tr("Only the collaborations whose renewal is due and not yet prepared")
        )
        self.renewal_filter.toggled.connect(lambda _on: self.refresh())
        self.renewal_rate = named(plain_label(), "renewalRate")
        self.buttons = CollaborationButtons(self)
        self.new_button = self.buttons.new
        self.checklist_button = self.buttons.checklist
        self.next_button = self.buttons.next
        self.pitch_button = self.buttons.pitch
        self.present_button = self.buttons.present
        self.commitments_button = self.buttons.commitments
        self.renew_button = self.buttons.renew
        self.history_button = self.buttons.history
        self.new_button.clicked.connect(self.new_collaboration)
        self.checklist_button.clicked.connect(self.open_checklist)
        self.next_button.clicked.connect(self.advance)
        self.pitch_button.clicked.connect(self.pitch)
        self.present_button.clicked.connect(self.present)
        self.commitments_button.clicked.connect(self.open_commitments)
        self.renew_button.clicked.connect(self.renew)
        self.history_button.clicked.connect(self.show_history)

        self.table = CollaborationList(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.table.doubleClicked.connect(lambda _index: self.open_checklist())

        self.board = CollaborationBoard()
        self.board.current_changed.connect(self._select)
        self.board.move_requested.connect(self.move_to)
        self.board.open_requested.connect(self._open_from_board)
        self.views = named(QTabWidget(), "collaborationViews")
        self.views.setAccessibleName(self.tr("Collaborations as a list or a board"))
        self.views.addTab(self.table, self.tr("List"))
        self.views.addTab(self.board, self.tr("Board"))
        self.views.currentChanged.connect(self._on_tab)

        self.empty = named(plain_label(), "noCollaborations")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.views)
        self.stack.addWidget(self.empty)

        self.details = CollaborationDetails()
        self.details.question_requested.connect(self.open_checklist_at)
        self.details.collaboration_requested.connect(self.select)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addWidget(self.stack, 1)
        # The renewal row under the list: its filter and the rate (the bar
        # above is as wide as a 1366 screen allows already).
        renewal_row = named(QWidget(), "renewalRow")  # meeting mode hides it
        renewals = QHBoxLayout(renewal_row)
        renewals.setContentsMargins(0, 0, 0, 0)
        renewals.addWidget(self.renewal_filter)
        renewals.addWidget(self.renewal_rate, 1)
        listing_layout.addWidget(renewal_row)
        splitter.addWidget(listing)
        # The selected collaboration's own actions sit under its details.
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.details, 1)
        from collabdesk.ui.documents.documents_menu import attach_documents_menu

        attach_documents_menu(self, self.buttons.documents)  # issue 17: agreement, signed copy
        # Two rows of three: in one row the six buttons held the details at
        # 600 px, and the list's seven columns want ~850 px in Russian at 1366.
        own = QGridLayout()
        for index, button in enumerate(
            (
                self.commitments_button,
                self.renew_button,
                self.history_button,
                self.buttons.results,
                self.buttons.recap,
                self.buttons.documents,
            )
        ):
            own.addWidget(button, index // 3, index % 3)
        own.setColumnStretch(3, 1)
        side_layout.addLayout(own)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        bar = QHBoxLayout()
        bar.addWidget(self.stage_filter, 1)
        bar.addWidget(self.partner_filter, 1)
        bar.addWidget(self.branch_filter)
        bar.addWidget(self.new_button)
        bar.addWidget(self.checklist_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.pitch_button)
        bar.addWidget(self.present_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    @property
    def desk(self) -> Desk | None:
        return self._window.desk

    # --- loading ------------------------------------------------------------------
    def refresh(self) -> None:
        desk = self.desk
        if desk is None:
            self.empty.setText(self.tr("Opening the database…"))
            self.stack.setCurrentIndex(self.EMPTY_PAGE)
            self.model.clear()
            self._update_buttons()
            return
        self.partner_filter.set_source(desk.plan_b.choices)  # read when opened
        self._show_branches(desk)
        chosen = self._chosen()
        keep = self._current
        try:
            # The other tab reads its rows when it is shown: one page, not both.
            self._stale_tabs = {self.LIST_TAB, self.BOARD_TAB}
            total, kept = self._load_tab(desk, chosen, keep)
        except ServiceError as exc:
            prompts.error(self, self.tr("Collaborations cannot be shown"), error_text(exc))
            return
        if not total:
            if chosen == ListFilter():
                self.empty.setText(
                    self.tr(
                        "No collaborations yet. Click “New collaboration…” to start one; "
                        "the checklist wizard then helps you prepare it."
                    )
                )
            else:
                self.empty.setText(self.tr("No collaboration matches these filters."))
            self.stack.setCurrentIndex(self.EMPTY_PAGE)
        else:
            self.stack.setCurrentIndex(self.CONTENT_PAGE)
        self._current_line = kept
        self._show_rate(desk)
        row = self.model.row_of(keep) if kept is not None and keep is not None else None
        if row is not None:
            self.table.selectRow(row)
        self._select(row_id(kept))

    def _show_rate(self, desk: Desk) -> None:
        """Renewed ÷ completed, under the list: what a coordinator checks."""
        try:
            rate = desk.renewals.rate()
        except ServiceError:
            self.renewal_rate.clear()
            return
        if rate.percent is None:
            self.renewal_rate.setText(
                self.tr("Renewal rate: shown once a collaboration is completed.")
            )
            return
        self.renewal_rate.setText(
            fill(
                self.tr("Renewal rate: %1 % — %2 of %3 completed collaborations renewed"),
                [rate.percent, rate.renewed, rate.completed],
            )
        )

    def show_stage(self, stage: Stage) -> None:
        """The dashboard's click-through: the list of one stage, every
        partner, renewal due or not."""
        for combo in (self.stage_filter, self.partner_filter, self.renewal_filter):
            combo.blockSignals(True)
        self.stage_filter.setCurrentIndex(max(self.stage_filter.findData(stage.value), 0))
        self.partner_filter.setCurrentIndex(0)
        self.renewal_filter.setChecked(False)
        for combo in (self.stage_filter, self.partner_filter, self.renewal_filter):
            combo.blockSignals(False)
        self.views.setCurrentIndex(self.LIST_TAB)
        self.refresh()

    def show_renewals_due(self) -> None:
        """The banner's click-through: every stage, only the due renewals."""
        self.stage_filter.blockSignals(True)
        self.stage_filter.setCurrentIndex(0)
        self.stage_filter.blockSignals(False)
        self.views.setCurrentIndex(self.LIST_TAB)
        if self.renewal_filter.isChecked():
            self.refresh()
        else:
            self.renewal_filter.setChecked(True)

    def _show_branches(self, desk: Desk) -> None:
        """The Branch column and filter, only in a library system."""
        try:
            branches = desk.branches.names()
        except ServiceError:
            branches = []
        self.branch_filter.set_branches(branches)
        self.model.branch_names = self.branch_filter.names
        self.table.setColumnHidden(CollaborationTableModel.BRANCH, not self.branch_filter.is_system)

    def _chosen(self) -> ListFilter:
        stage = self.stage_filter.currentData()
        return ListFilter(
            Stage(stage) if stage else None,
            self.partner_filter.currentData(),
            self.renewal_filter.isChecked(),
            self.branch_filter.chosen(),
        )

    def _load_tab(
        self, desk: Desk, chosen: ListFilter, keep: int | None
    ) -> tuple[int, CollaborationLine | None]:
        """Read the rows of the tab on show (a page, or the board's first
        cards); the count under the filter and the kept selection's line."""
        shown = self.views.currentIndex()
        self._stale_tabs.discard(shown)
        if shown == self.LIST_TAB:
            opening = self.model.load(desk, chosen, keep)
            return opening.total, opening.kept
        stages = desk.collaborations.board(chosen)
        self.board.set_stages(stages, keep)
        kept = desk.collaborations.listed(keep, chosen) if keep is not None else None
        return sum(stage.total for stage in stages), kept

    def _on_tab(self, index: int) -> None:
        desk = self.desk
        if desk is None or index not in self._stale_tabs:
            return
        try:
            self._load_tab(desk, self._chosen(), self._current)
        except ServiceError as exc:
            prompts.error(self, self.tr("Collaborations cannot be shown"), error_text(exc))
            return
        row = self.model.row_of(self._current) if self._current is not None else None
        if index == self.LIST_TAB and row is not None:
            self.table.selectRow(row)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh_if_shown(self) -> None:
        """After a change elsewhere; a hidden section refreshes when shown."""
        if self.isVisible():
            self.refresh()

    # --- selection --------------------------------------------------------------
    def current_id(self) -> int | None:
        return self._current

    def _on_row(self, current: QModelIndex, _previous: object = None) -> None:
        if current.isValid():
            self._select(self.model.lines[current.row()].id)

    def _select(self, collaboration_id: int | None) -> None:
        self._current = collaboration_id
        self._current_line = self._line_of(collaboration_id)
        self.details.show_collaboration(self.desk, collaboration_id)
        if collaboration_id is not None:
            row = self.model.row_of(collaboration_id)
            if row is not None and self.table.currentIndex().row() != row:
                self.table.selectRow(row)
        self._update_buttons()

    def _open_from_board(self, collaboration_id: int) -> None:
        self._select(collaboration_id)
        self.open_checklist()

    def select(self, collaboration_id: int) -> None:
        self._select(collaboration_id)
        self.board.select(collaboration_id)

    def _line_of(self, collaboration_id: int | None) -> CollaborationLine | None:
        """The selected line: from a page read, else from its own query (a
        card of the board, or a row the list has not scrolled to yet)."""
        if collaboration_id is None:
            return None
        row = self.model.row_of(collaboration_id)
        if row is not None:
            return self.model.lines[row]
        known = self._current_line
        if known is not None and known.id == collaboration_id:
            return known
        desk = self.desk
        try:
            return None if desk is None else desk.collaborations.listed(collaboration_id)
        except ServiceError:
            return None

    def _update_buttons(self) -> None:
        line = self._current_line if self._current is not None else None
        chosen = None
        if line is not None:
            chosen = Chosen(line.stage, len(line.partners), line.renewal_due_on, line.renewed)
        self.buttons.update(self.desk is not None, chosen)

    def _stage_of(self, collaboration_id: int | None) -> Stage | None:
        line = self._current_line
        return line.stage if line is not None and line.id == collaboration_id else None

    def _title_of_current(self) -> str:
        line = self._current_line
        return line.title if line is not None else ""

    # --- actions -------------------------------------------------------------------
    def new_collaboration(self) -> None:
        desk = self.desk
        if desk is None:
            return
        created = collaboration_dialogs.new_collaboration(self, desk)
        if created is None:
            return
        self._current = created
        self.refresh()
        if prompts.confirm(
            self,
            self.tr("Prepare the collaboration"),
            self.tr(
                "The collaboration was created. Prepare it now with the five-step "
                "checklist? You can stop at any page and come back later."
            ),
        ):
            self.open_checklist()

    def show_history(self) -> None:
        """The change history of the selected collaboration (its checklist
        answers and commitments included), with "Restore this value"."""
        from collabdesk.ui.history import history_panel

        desk, chosen = self.desk, self._current
        if desk is None or chosen is None:
            return
        try:
            title = desk.collaborations.get(chosen).title
        except ServiceError as exc:
            prompts.error(self, self.tr("History"), error_text(exc))
            return
        history_panel.show_history(
            self, desk.history, "collaboration", chosen, title, on_changed=self.refresh
        )

    def pitch(self) -> None:
        """The Pitch dialog (partner, language, statistics, sections) for the
        selected collaboration; the PDF is written off the GUI thread."""
        from collabdesk.ui.documents import pitch_dialog

        desk, chosen = self.desk, self._current
        if desk is None or chosen is None:
            return
        pitch_dialog.open_pitch_dialog(self, desk, chosen)

    def open_commitments(self) -> None:
        """The tracker for the selected collaboration only, in its own window."""
        from collabdesk.ui.collaborations.collaboration_commitments import (
            open_collaboration_commitments,
        )

        desk, chosen = self.desk, self._current
        if desk is None or chosen is None:
            return
        title = self._title_of_current()
        open_collaboration_commitments(self, desk, chosen, title, self.commitments_changed)

    def commitments_changed(self) -> None:
        """A commitment changed somewhere: the details follow (the tracker
        follows the window's change channel)."""
        self.details.show_collaboration(self.desk, self._current)

    def renew(self) -> None:
        """Prepare next year's collaboration, after asking; the service
        refuses what is not due yet (the button says so beforehand)."""
        desk, chosen = self.desk, self._current
        if desk is None or chosen is None or not self.renew_button.isEnabled():
            return
        title = self._title_of_current()
        question = self.tr(
            "Prepare the renewal of “%1”? A new collaboration is created at the stage "
            "“preparing”, with the same partners, the promises planned a year later and "
            "the make-goods still owed moved across."
        )
        question = fill(question, [title[:200]])
        if not prompts.confirm(self, self.tr("Renew for next year"), question):
            return
        try:
            created = desk.renewals.renew(chosen)
        except ServiceError as exc:
            prompts.error(self, self.tr("Not renewed"), error_text(exc))
            self.refresh()
            return
        self._current = created
        # The new one is "preparing" and not due: show it whatever the filters.
        self.stage_filter.blockSignals(True)
        self.renewal_filter.blockSignals(True)
        self.stage_filter.setCurrentIndex(0)
        self.renewal_filter.setChecked(False)
        self.stage_filter.blockSignals(False)
        self.renewal_filter.blockSignals(False)
        self.refresh()
        self.board.select(created)
        self.commitments_changed()

    def open_checklist(self) -> None:
        self.open_checklist_at(None)

    def open_checklist_at(self, question_key: str | None) -> None:
        """The wizard, at `question_key` when a readiness item asked for it."""
        desk, chosen = self.desk, self._current
        if desk is None or chosen is None:
            return
        try:
            collaboration_dialogs.run_checklist(self, desk, chosen, question_key)
        except ServiceError as exc:
            prompts.error(self, self.tr("The checklist cannot be opened"), error_text(exc))
        self.refresh()

    def advance(self) -> None:
        stage = self._stage_of(self._current)
        following = next_stage(stage) if stage is not None else None
        if self._current is not None and following is not None:
            self.move_to(self._current, following)

    def move_to(self, collaboration_id: int, stage: Stage) -> None:
        """Move by the board, the Next stage button or the menu: "declined"
        and "on hold" ask why; "completed" with promises still open asks what
        became of each. The move and the answers are one undo step."""
        desk = self.desk
        if desk is None:
            return
        settle = self._ask_before_moving(desk, collaboration_id, Stage(stage))
        if settle is not None:
            reason, settlements = settle
            run_operation(
                self,
                lambda: desk.collaborations.move(
                    collaboration_id, stage, reason, settlements=settlements
                ),
                failure_title=self.tr("The stage was not changed"),
            )
        self._current = collaboration_id
        self.refresh()
        self.board.select(collaboration_id)

    def _ask_before_moving(
        self, desk: Desk, collaboration_id: int, stage: Stage
    ) -> tuple[str, tuple[Settlement, ...]] | None:
        """The reason and the choices the move needs; None when cancelled."""
        try:
            record = desk.collaborations.get(collaboration_id)
            if record.stage is stage:
                return None
            if stage in REASON_STAGES:
                reason = stage_dialogs.ask_reason(self, record.title, stage)
                return None if reason is None else (reason, ())
            if stage is not Stage.COMPLETED:
                return "", ()
            still_open = desk.collaborations.open_promises(collaboration_id)
            if not still_open:
                return "", ()
            renewal = desk.collaborations.renewal_of(collaboration_id)
        except ServiceError as exc:
            prompts.error(self, self.tr("The stage was not changed"), error_text(exc))
            return None
        chosen = stage_dialogs.ask_settlements(
            self, record.title, still_open, None if renewal is None else renewal.title
        )
        return None if chosen is None else ("", chosen)

    def present(self) -> None:
        """The pitch's slides full screen, to show a partner across the table."""
        from collabdesk.ui.meeting.presentation_view import present

        if self.desk is not None and self._current is not None:
            self.presentation = present(self._window, self.desk, self._current)

    def edit_catalogue(self) -> None:
        if self.desk is not None:
            collaboration_dialogs.edit_catalogue(self, self.desk)

    def edit_template(self) -> None:
        if self.desk is not None:
            collaboration_dialogs.edit_template(self, self.desk)
            self.refresh()


def install_collaborations(window: MainWindow) -> CollaborationsView:
    """Add the Collaborations section and its menu to the main window."""
    view = CollaborationsView(window)
    window.add_section(view, QCoreApplication.translate("CollaborationsView", "Collaborations"))
    window.changes.follow(view, COLLABORATION_TABLES, lambda _changes: view.refresh_if_shown())
    from collabdesk.ui.collaborations import renewal_line  # the banner's "renewals due"

    renewal_line.install(window, view)
    add_collaborations_menu(window, view)
    return view
