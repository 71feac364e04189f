"""The main window: the partner list with search and filters on the left,
the selected partner on the right. Builds without SQLAlchemy: the list can
show from PartnerDirectory before the services (the Desk) are attached."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QLocale, QModelIndex, QSettings, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import collabdesk
from collabdesk.domain.enums import PartnerKind, PartnerStatus
from collabdesk.services.partner_directory import PartnerDirectory, PartnerQuery
from collabdesk.ui.partners.partner_table_model import PartnerTableModel
from collabdesk.ui.shell.first_paint import (
    ALIGN_CENTER,
    ALIGN_LEFT,
    ALIGN_VCENTER,
    set_alignment,
    show_plain_text,
)
from collabdesk.ui.widgets.labels import kind_label, status_label
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QKeySequence

    from collabdesk.services.desk import Desk
    from collabdesk.ui.partners.partner_details import PartnerDetails
    from collabdesk.ui.widgets.empty_state import EmptyState

DemoLoader = Callable[[str], int]
COLUMN_WIDTHS = (200, 125, 110, 95)  # the last column (e-mail) stretches; Russian labels fit
SETTINGS_GEOMETRY = "mainWindow/geometry"
SETTINGS_SPLITTER = "mainWindow/splitter"


class MainWindow(QMainWindow):
    partners_changed = Signal()

    LIST_PAGE, EMPTY_PAGE, NO_MATCH_PAGE, LOADING_PAGE = range(4)

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
        self._demo_loader: DemoLoader | None = None
        self._directory: PartnerDirectory | None = None
        self._built = False
        self.details: PartnerDetails | None = None
        self.model = PartnerTableModel(None, self)

        self._build_left()
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
        self.setCentralWidget(self.sections)

        self.count_label = named(QLabel(), "partnerCount")
        show_plain_text(self.count_label)
        self.statusBar().addWidget(self.count_label, 1)

        self.partners_changed.connect(self._on_partners_changed)
        self._restore_settings()
        self._update_list_state()
        if not staged:
            self.finish_building()

    def finish_building(self) -> None:
        """Everything the first paint of the list does not need."""
        if self._built:
            return
        self._built = True
        from collabdesk.ui.partners.partner_details import PartnerDetails

        self.details = PartnerDetails()
        self.details.edit_requested.connect(self.edit_partner)
        self.details.delete_requested.connect(self.delete_partner)
        self.details_layout.addWidget(self.details)
        self._build_actions()
        # Further sections and docks install here, one line each.
        from collabdesk.ui.collaborations.collaborations_view import install_collaborations

        self.collaborations = install_collaborations(self)  # issue 3: section + menu
        from collabdesk.ui.commitments.commitment_dock import install_commitment_tracker

        self.commitment_dock = install_commitment_tracker(self)  # issue 4: tracker dock
        from collabdesk.ui.statistics.statistics_view import install_statistics

        self.statistics = install_statistics(self)  # issue 5: Statistics section, Pitch buttons
        from collabdesk.ui.shell.settings_dialog import install_settings_action

        install_settings_action(self)
        self._after_reset(self.selected_partner_id())

    # --- building --------------------------------------------------------------
    @property
    def empty_state(self) -> EmptyState:
        """The "no partners yet" page, built the first time it is needed:
        a list that has partners never pays for it before its first paint."""
        if self._empty_state is None:
            from collabdesk.ui.widgets.empty_state import EmptyState

            page = EmptyState()
            page.add_requested.connect(self.new_partner)
            page.demo_requested.connect(self.load_demo)
            page.set_enabled(self._desk is not None)
            placeholder = self.list_stack.widget(self.EMPTY_PAGE)
            self.list_stack.insertWidget(self.EMPTY_PAGE, page)
            self.list_stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._empty_state = page
        return self._empty_state

    def _build_left(self) -> None:
        self.left = named(QWidget(), "partnerPane")
        self.search = named(QLineEdit(), "partnerSearch")
        self.search.setPlaceholderText(self.tr("Search partners…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_query)

        self.kind_filter = named(QComboBox(), "kindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in PartnerKind:
            self.kind_filter.addItem(kind_label(kind), kind)
        self.status_filter = named(QComboBox(), "statusFilter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in PartnerStatus:
            self.status_filter.addItem(status_label(status), status)
        self.kind_filter.currentIndexChanged.connect(self._apply_query)
        self.status_filter.currentIndexChanged.connect(self._apply_query)

        self.table = named(QTableView(), "partnerList")
        self.model.show_in(self.table)  # header titles without the Qt namespace
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
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_partner())

        self._empty_state: EmptyState | None = None  # built when first shown
        self.no_match = named(QLabel(), "noMatches")
        show_plain_text(self.no_match)
        set_alignment(self.no_match, ALIGN_CENTER)
        self.no_match.setWordWrap(True)
        self.loading = named(QLabel(self.tr("Opening the database…")), "loadingState")
        set_alignment(self.loading, ALIGN_CENTER)

        self.list_stack = named(QStackedWidget(), "listStack")
        for page in (self.table, QWidget(), self.no_match, self.loading):
            self.list_stack.addWidget(page)

        filters = QHBoxLayout()
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(self.status_filter, 1)
        layout = QVBoxLayout(self.left)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.list_stack, 1)

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: QKeySequence | None = None
    ) -> QAction:
        from PySide6.QtGui import QAction

        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence

        self.new_action = self._action(
            self.tr("&New partner…"), self.new_partner, QKeySequence("Ctrl+N")
        )
        self.new_action.setObjectName("newPartnerAction")
        self.demo_action = self._action(self.tr("Load &demo data"), self.load_demo)
        self.demo_action.setObjectName("loadDemoAction")
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.edit_action = self._action(self.tr("&Edit partner…"), self.edit_partner)
        self.edit_action.setObjectName("editPartnerAction")
        self.delete_action = self._action(
            self.tr("&Delete partner…"), self.delete_partner, QKeySequence(Qt.Key.Key_Delete)
        )
        self.delete_action.setObjectName("deletePartnerAction")
        # Delete acts on the list only: in a text field it deletes text.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.delete_action)
        self.find_action = self._action(
            self.tr("&Find partner"), self.focus_search, QKeySequence("Ctrl+F")
        )
        self.find_action.setObjectName("findAction")
        self.about_action = self._action(self.tr("&About CollabDesk"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.guide_action = self._action(
            self.tr("&User guide"), self.show_user_guide, QKeySequence(Qt.Key.Key_F1)
        )
        self.guide_action.setObjectName("userGuideAction")

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.edit_action)
        edit_menu.addAction(self.delete_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.find_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.about_action)

    def add_section(self, widget: QWidget, title: str) -> int:
        """Add a main view as a tab after Partners; returns its tab index."""
        return self.sections.addTab(widget, title)

    def show_section(self, widget: QWidget) -> None:
        self.sections.setCurrentWidget(widget)

    # --- wiring from app.py (and tests) ---------------------------------------
    @property
    def desk(self) -> Desk | None:
        return self._desk

    def attach_directory(self, directory: PartnerDirectory) -> None:
        """Show partners from `directory`; works before the services load."""
        self._directory = directory
        self.model.set_directory(directory)
        self._after_reset(None)

    def attach_desk(self, desk: Desk, demo_loader: DemoLoader | None = None) -> None:
        """Enable editing: the services have loaded and the schema is current."""
        self.finish_building()
        assert self.details is not None
        self._desk = desk
        self._demo_loader = demo_loader
        self.details.set_desk(desk)
        self.commitment_dock.set_desk(desk)  # issue 4
        from collabdesk.ui.history.history_actions import install_history  # loads SQLAlchemy: late

        install_history(self, desk)  # undo/redo, partner history, Trash (issue 7)
        if self._empty_state is not None:
            self._empty_state.set_enabled(True)
        self._on_current_changed(self.table.currentIndex())
        self._update_actions()

    # --- list -------------------------------------------------------------------
    def current_query(self) -> PartnerQuery:
        kind = self.kind_filter.currentData()
        status = self.status_filter.currentData()
        return PartnerQuery(
            text=self.search.text(),
            kind=PartnerKind(kind) if kind else None,
            status=PartnerStatus(status) if status else None,
        )

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
                self.no_match.setText(self.tr("No partner matches “%1”.").replace("%1", text))
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
        has_desk = self._desk is not None
        selected = self.selected_partner_id() is not None
        self.new_action.setEnabled(has_desk)
        self.demo_action.setEnabled(has_desk and self._demo_loader is not None)
        self.edit_action.setEnabled(has_desk and selected)
        self.delete_action.setEnabled(has_desk and selected)

    def _on_partners_changed(self) -> None:
        keep = self.selected_partner_id()
        self.model.refresh()
        self._after_reset(keep)

    # --- actions ------------------------------------------------------------------
    def focus_search(self) -> None:
        from PySide6.QtCore import Qt

        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def new_partner(self) -> None:
        from collabdesk.ui.partners import partner_dialogs as dialogs

        if self._desk is None:
            return
        saved = dialogs.edit_partner(self, self._desk.partners, None)
        if saved is None:
            return
        self.partners_changed.emit()
        if not self.select_partner(saved.id):
            self.details.show_partner(saved.id)

    def edit_partner(self) -> None:
        from collabdesk.services.errors import NotFoundError
        from collabdesk.ui.partners import partner_dialogs as dialogs
        from collabdesk.ui.widgets import prompts

        partner_id = self.selected_partner_id()
        if self._desk is None or partner_id is None:
            return
        try:
            record = self._desk.partners.get(partner_id)
        except NotFoundError as exc:
            prompts.error(self, self.tr("Partner not found"), str(exc))
            self.partners_changed.emit()
            return
        if dialogs.edit_partner(self, self._desk.partners, record) is not None:
            self.partners_changed.emit()

    def delete_partner(self) -> None:
        from collabdesk.services.errors import InUseError, ServiceError
        from collabdesk.ui.widgets import prompts

        partner_id = self.selected_partner_id()
        if self._desk is None or partner_id is None:
            return
        row = self.model.row_of(partner_id)
        name = self.model.data(self.model.index(row, 0)) if row is not None else ""
        question = self.tr(
            "Delete “%1”? Their contacts and interaction history go with them "
            "to the Trash, from where they can be restored."
        ).replace("%1", str(name))
        if not prompts.confirm(self, self.tr("Delete partner"), question):
            return
        try:
            self._desk.partners.delete(partner_id)
        except InUseError as exc:
            if exc.blockers:
                titles = ", ".join(f"«{title}»" for title in exc.blockers[:5])
                if len(exc.blockers) > 5:
                    titles += " " + self.tr("and %n more", "", len(exc.blockers) - 5)
                message = (
                    self.tr(
                        "“%1” takes part in collaborations: %2. Remove the partner from "
                        "them first; nothing was deleted."
                    )
                    .replace("%1", str(name))
                    .replace("%2", titles)
                )
            else:
                message = self.tr(
                    "“%1” has commitments in the tracker. Move or delete them first; "
                    "nothing was deleted."
                ).replace("%1", str(name))
            prompts.error(self, self.tr("Cannot delete this partner"), message)
            return
        except ServiceError as exc:
            prompts.error(self, self.tr("Not deleted"), str(exc))
        self.partners_changed.emit()

    def demo_language(self) -> str:
        return "ru" if QLocale().language() == QLocale.Language.Russian else "en"

    def load_demo(self) -> None:
        from collabdesk.services.errors import ServiceError
        from collabdesk.ui.widgets import prompts

        if self._demo_loader is None:
            return
        if self._directory is not None and self._directory.count(PartnerQuery(), cap=1):
            prompts.info(
                self,
                self.tr("Load demo data"),
                self.tr(
                    "Demo data can only be loaded into an empty database, and this one "
                    "already holds partners. Start CollabDesk with another data folder "
                    "(--data-dir) to try the demo."
                ),
            )
            return
        from PySide6.QtCore import Qt

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            added = self._demo_loader(self.demo_language())
        except ServiceError as exc:
            QApplication.restoreOverrideCursor()
            prompts.error(self, self.tr("Demo data not loaded"), str(exc))
            return
        QApplication.restoreOverrideCursor()
        self.partners_changed.emit()
        self.statusBar().showMessage(self.tr("Demo data loaded: %Ln partner(s).", "", added), 5000)

    def show_user_guide(self) -> None:
        from collabdesk.ui.shell.user_guide import show_user_guide

        show_user_guide(self)

    def show_about(self) -> None:
        from collabdesk.ui.widgets import prompts

        folder = str(self._data_dir) if self._data_dir is not None else self.tr("(not set)")
        prompts.info(
            self,
            self.tr("About CollabDesk"),
            self.tr(
                "CollabDesk %1\n\n"
                "Prepare, pitch and deliver barter collaborations between a library "
                "and its partners.\n\nData folder: %2"
            )
            .replace("%1", collabdesk.__version__)
            .replace("%2", folder),
        )

    # --- remembered layout --------------------------------------------------------
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value(SETTINGS_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 700)
            self.splitter.setSizes([640, 460])
        splitter = settings.value(SETTINGS_SPLITTER)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        settings.setValue(SETTINGS_SPLITTER, self.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)
