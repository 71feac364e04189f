"""The main window: the partner list with search and filters on the left,
the selected partner on the right, the other sections as tabs. Builds
without SQLAlchemy: the list can show from PartnerDirectory before the
services (the Desk) are attached.

What the window offers features: `menus` (ui/shell/menus.py), `changes`
(the one "data changed" channel, ui/operations/changes.py), `add_section`,
`desk`. The sections themselves are listed in ui/shell/sections.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from collabdesk.domain.enums import PartnerKind, PartnerStatus
from collabdesk.domain.message import fill
from collabdesk.services.partner_directory import PartnerDirectory, PartnerQuery
from collabdesk.ui.operations.changes import PARTNER_TABLES, ChangeChannel, Changes
from collabdesk.ui.partners.partner_table_model import PartnerTableModel
from collabdesk.ui.shell.banner import Banner
from collabdesk.ui.shell.partner_pane import PartnerPane
from collabdesk.ui.shell.startup import show_plain_text
from collabdesk.ui.shell.window_layout import restore_layout, save_layout
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent

    from collabdesk.services.desk import Desk
    from collabdesk.ui.collaborations.collaborations_view import CollaborationsView
    from collabdesk.ui.commitments.commitments_section import CommitmentsSection
    from collabdesk.ui.dashboard.dashboard_view import DashboardView
    from collabdesk.ui.partners.partner_branches import BranchFilter
    from collabdesk.ui.partners.partner_details import PartnerDetails
    from collabdesk.ui.shell.data_menu import DataMenu
    from collabdesk.ui.shell.menus import Menus
    from collabdesk.ui.statistics.statistics_view import StatisticsView
    from collabdesk.ui.tasks.tasks_view import TasksSection
    from collabdesk.ui.widgets.empty_state import EmptyState

DemoLoader = Callable[[str], int]


class MainWindow(QMainWindow):
    LIST_PAGE, EMPTY_PAGE, NO_MATCH_PAGE, LOADING_PAGE = (
        PartnerPane.LIST_PAGE,
        PartnerPane.EMPTY_PAGE,
        PartnerPane.NO_MATCH_PAGE,
        PartnerPane.LOADING_PAGE,
    )

    # Built by finish_building() from ui/shell/sections.py.
    menus: Menus
    dashboard: DashboardView
    collaborations: CollaborationsView
    commitments: CommitmentsSection
    tasks: TasksSection
    statistics: StatisticsView
    data_menu: DataMenu  # from app.py, after the first paint
    # Built by finish_building() in ui/shell/window_actions.py.
    new_action: QAction
    demo_action: QAction
    quit_action: QAction
    edit_action: QAction
    delete_action: QAction
    find_action: QAction
    about_action: QAction
    guide_action: QAction

    def __init__(
        self, data_dir: Path | None = None, parent: QWidget | None = None, *, staged: bool = False
    ) -> None:
        """Build the window; with `staged`, only the partner list at first.

        app.py shows a staged window at once and calls finish_building() on
        the first turn of the event loop: the details pane, menus and other
        sections cost ~30 ms that the first paint does not wait for.
        """
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("CollabDesk"))
        self._data_dir = data_dir
        self._desk: Desk | None = None
        # The file passed its start-up check (issue 15): New partner opens
        # before the services have loaded; its Save waits for them.
        self._checked = False
        self._waiting_for_desk: list[Callable[[Desk], None]] = []
        self._demo_loader: DemoLoader | None = None
        self._directory: PartnerDirectory | None = None
        self._built = False  # building has begun (the actions exist)
        self._complete = False  # ... and ended
        self._building: Iterator[str] | None = None  # the steps left (build_in_turns)
        self._building_now = False
        self._when_built: list[Callable[[], None]] = []
        self.details: PartnerDetails | None = None
        # A library system's branch filter over the partner list (issue 19),
        # added by its section (ui/partners/partner_branches.py).
        self.branch_filter: BranchFilter | None = None
        self.model = PartnerTableModel(None, self)
        # Before the services: views connect as they are built; attach_desk
        # makes it listen to the database.
        self.changes = ChangeChannel(self)
        self.changes.follow(self, PARTNER_TABLES, self._on_data_changed)

        self.left = PartnerPane(self.model)
        self._take_pane_widgets(self.left)
        self.details_slot = named(QWidget(), "detailsSlot")
        self.details_layout = QVBoxLayout(self.details_slot)
        self.details_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = named(QSplitter(), "mainSplitter")  # horizontal by default
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.details_slot)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        # Sections (Partners, Collaborations, Commitments, Statistics…) are
        # tabs; each later feature adds its view with add_section().
        self.sections = named(QTabWidget(), "sections")
        self.sections.setDocumentMode(True)
        self.sections.addTab(self.splitter, self.tr("Partners"))
        # The one banner (ui/shell/banner.py) above the sections: features
        # add their lines to it by key.
        self.banner = Banner()
        central = named(QWidget(), "centralArea")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.sections, 1)
        self.setCentralWidget(central)

        self.count_label = named(QLabel(), "partnerCount")
        show_plain_text(self.count_label)
        self.statusBar().addWidget(self.count_label, 1)

        restore_layout(self, self.splitter)
        self._update_list_state()
        self.focus_search_box()
        if not staged:
            self.finish_building()

    def finish_building(self) -> None:
        """Everything the first paint of the list does not need, now: what
        build_in_turns has not built yet is built before this returns."""
        if self._complete or self._building_now:  # a step itself asked: done by its end
            return
        if self._building is None:
            self._building = self._building_steps()
        self._building_now = True
        try:
            for _step in self._building:
                pass
        finally:
            self._building_now = False
        self._built_now()

    def build_in_turns(self, then: Callable[[], None]) -> None:
        """Build the rest one piece per turn of the event loop (the details
        and actions, then each section: together they held the loop 175-200
        ms of CPU at start), then call `then`. finish_building() (the
        services arrive, meeting mode) builds what is left at once."""
        self._when_built.append(then)
        if self._complete:
            self._built_now()
            return
        if self._building is None:
            self._building = self._building_steps()
        QTimer.singleShot(0, self._build_next)

    def when_built(self, call: Callable[[], None]) -> None:
        """Call `call` once every section is built (now, if they are)."""
        if self._complete:
            call()
        else:
            self._when_built.append(call)

    def _build_next(self) -> None:
        if self._complete or self._building is None or self._building_now:
            return
        self._building_now = True
        try:
            more = next(self._building, None) is not None
        finally:
            self._building_now = False
        if more:
            QTimer.singleShot(0, self._build_next)
        else:
            self._built_now()

    def _built_now(self) -> None:
        self._complete = True
        self._building = None
        calls, self._when_built = self._when_built, []
        for call in calls:
            call()

    def _building_steps(self) -> Iterator[str]:
        self._built = True  # the actions exist from this step on
        from collabdesk.ui.partners.partner_details import PartnerDetails

        self.details = PartnerDetails()
        self.details.edit_requested.connect(self.edit_partner)
        self.details.delete_requested.connect(self.delete_partner)
        self.details_layout.addWidget(self.details)
        from collabdesk.ui.shell.window_actions import build_actions

        build_actions(self)
        self._update_actions()  # disabled, and why, until the services arrive
        yield "details and actions"
        from collabdesk.ui.shell.sections import SECTIONS

        for section in SECTIONS:
            section.install(self)
            yield section.name
        self._after_reset(self.selected_partner_id())

    def _take_pane_widgets(self, pane: PartnerPane) -> None:
        self.search, self.table, self.list_stack = pane.search, pane.table, pane.list_stack
        self.kind_filter, self.status_filter = pane.kind_filter, pane.status_filter
        self.no_match, self.loading = pane.no_match, pane.loading
        self.search.textChanged.connect(self._apply_query)
        self.kind_filter.currentIndexChanged.connect(self._apply_query)
        self.status_filter.currentIndexChanged.connect(self._apply_query)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_partner())
        pane.add_requested.connect(self.new_partner)
        pane.demo_requested.connect(self.load_demo)

    @property
    def empty_state(self) -> EmptyState:
        return self.left.empty_state

    def add_section(self, widget: QWidget, title: str) -> int:
        """Add a main view as a tab after Partners; returns its tab index."""
        return self.sections.addTab(widget, title)

    def show_section(self, widget: QWidget) -> None:
        self.sections.setCurrentWidget(widget)

    # --- wiring from app.py (and tests) ---------------------------------------
    @property
    def desk(self) -> Desk | None:
        return self._desk

    @property
    def directory(self) -> PartnerDirectory | None:
        return self._directory

    @property
    def demo_loader(self) -> DemoLoader | None:
        return self._demo_loader

    @property
    def data_dir(self) -> Path | None:
        return self._data_dir

    def attach_directory(self, directory: PartnerDirectory) -> None:
        """Show partners from `directory`; works before the services load."""
        self._directory = directory
        self.model.set_directory(directory)
        self._after_reset(None)

    @property
    def may_start_partner(self) -> bool:
        """A new partner can be typed: the services are here, or the file has
        passed its check and they are loading."""
        return self._desk is not None or self._checked

    def store_checked(self) -> None:
        """The opening worker says the file passed its check (ui/shell/store_opening.py)."""
        if self._checked or self._desk is not None:  # a reopen: the window waits, disabled
            return
        self._checked = True
        self._update_actions()

    def when_services(self, call: Callable[[Desk], None]) -> None:
        """Call `call(desk)` once the services are attached (now, if they are)."""
        if self._desk is not None:
            call(self._desk)
        else:
            self._waiting_for_desk.append(call)

    def attach_desk(self, desk: Desk, demo_loader: DemoLoader | None = None) -> None:
        """Enable editing: the services have loaded and the schema is current."""
        self.finish_building()
        assert self.details is not None
        reopened = self._desk is not None  # a restore, meeting mode: other data
        self._desk = desk
        self._demo_loader = demo_loader
        self.changes.attach(desk.history)
        if self.branch_filter is not None:
            self.branch_filter.show_branches(desk)
        self.details.set_desk(desk)
        self.commitments.set_desk(desk)
        from collabdesk.ui.history.history_actions import install_history  # loads SQLAlchemy: late

        install_history(self, desk)  # undo/redo, partner history, Trash
        from collabdesk.ui.documents.annual_report_dialog import install_annual_report

        install_annual_report(self)  # File → Annual report… (issue 19)
        self.left.set_editable(True)
        self._on_current_changed(self.table.currentIndex())
        self._update_actions()
        if reopened:
            self.changes.announce(Changes.all("reopen"))
        waiting, self._waiting_for_desk = self._waiting_for_desk, []
        for call in waiting:  # a partner form opened while the services loaded
            call(desk)
        if not waiting:
            self.focus_search_box()

    # --- list -------------------------------------------------------------------
    def current_query(self) -> PartnerQuery:
        kind = self.kind_filter.currentData()
        status = self.status_filter.currentData()
        return PartnerQuery(
            text=self.search.text(),
            kind=PartnerKind(kind) if kind else None,
            status=PartnerStatus(status) if status else None,
            branch_id=self.branch_filter.chosen() if self.branch_filter is not None else None,
        )

    def apply_query(self) -> None:
        """The list again under the search box and the filters."""
        self._apply_query()

    def _apply_query(self) -> None:
        previous = self.selected_partner_id()
        self.model.set_query(self.current_query())
        self._after_reset(previous)

    def _after_reset(self, keep_id: int | None) -> None:
        row = self.model.row_of(keep_id) if keep_id is not None else None
        if row is not None:
            self.select_row(row)
        elif self.details is not None:
            self.details.show_partner(None)
        self._update_list_state()
        self._update_actions()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def select_partner(self, partner_id: int) -> bool:
        row = self.model.row_of(partner_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def selected_partner_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.partner_id(index.row()) if index.isValid() else None

    def _on_current_changed(self, current: QModelIndex, _previous: object = None) -> None:
        partner_id = self.model.partner_id(current.row()) if current.isValid() else None
        if self.details is not None:
            self.details.show_partner(partner_id)
        self._update_actions()

    def _query_is_blank(self) -> bool:
        query = self.model.query
        return not query.text.strip() and query.kind is None and query.status is None

    def _update_list_state(self) -> None:
        if not self.model.has_directory:
            self.list_stack.setCurrentIndex(self.LOADING_PAGE)
            self.count_label.setText(self.tr("Opening…"))
            return
        total = self.model.total
        if total == 0 and self._query_is_blank():
            self.list_stack.setCurrentWidget(self.empty_state)
        elif total == 0:
            text = self.model.query.text.strip()
            if text:
                self.no_match.setText(fill(self.tr("No partner matches “%1”."), [text]))
            else:
                self.no_match.setText(self.tr("No partner matches these filters."))
            self.list_stack.setCurrentIndex(self.NO_MATCH_PAGE)
        else:
            self.list_stack.setCurrentIndex(self.LIST_PAGE)
        self.count_label.setText(self.count_text())

    def count_text(self) -> str:
        total = self.model.total
        # %Ln: Qt picks the plural form for the language (1 партнёр, 3 партнёра,
        # 5 партнёров) and writes the number with the locale's digit grouping.
        if not self.model.total_exact:
            text = self.tr("%Ln+ partner(s)", "", total)
        else:
            text = self.tr("%Ln partner(s)", "", total)
        if not self.model.alphabetical:
            text += " — " + self.tr("many matches, newest first — type more to narrow")
        return text

    def _update_actions(self) -> None:
        if not self._built:
            return
        from collabdesk.ui.shell.window_actions import update_actions

        update_actions(self)

    def _on_data_changed(self, _changes: Changes) -> None:
        self.reload_partners()

    def reload_partners(self) -> None:
        """Read the list again, keeping the selected partner when still there."""
        keep = self.selected_partner_id()
        self.model.refresh()
        self._after_reset(keep)

    def partner_name(self, partner_id: int) -> str:
        row = self.model.row_of(partner_id)
        return str(self.model.data(self.model.index(row, 0))) if row is not None else ""

    # --- actions ------------------------------------------------------------------
    def focus_search(self) -> None:
        from PySide6.QtCore import Qt

        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_search_box(self) -> None:
        """Where typing goes after start, after the data opens and after the
        welcome dialog: the partner search (not a filter), text kept."""
        if self.sections.currentWidget() is self.splitter:
            self.search.setFocus()  # no Qt.FocusReason: see ui/shell/startup.py, 3.

    # The actions' bodies live in partner_actions.py.
    def new_partner(self) -> None:
        from collabdesk.ui.shell.partner_actions import new_partner

        new_partner(self)

    def edit_partner(self) -> None:
        from collabdesk.ui.shell.partner_actions import edit_partner

        edit_partner(self)

    def delete_partner(self) -> None:
        from collabdesk.ui.shell.partner_actions import delete_partner

        delete_partner(self)

    def load_demo(self) -> None:
        from collabdesk.ui.shell.partner_actions import load_demo

        load_demo(self)

    def show_user_guide(self) -> None:
        from collabdesk.ui.shell.user_guide import show_user_guide

        show_user_guide(self)

    # --- remembered layout (ui/shell/window_layout.py) ------------------------------
    def save_settings(self) -> None:
        save_layout(self, self.splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)
