"""The Statistics section: the editable list of metrics, a table editor of
one metric's figures, its chart (the reportlab drawing the PDFs use, shown
through QtSvg), spreadsheet import, and the Pitch buttons.

Nothing loads until the tab is first shown: the services come from the
window once it has them, and reportlab loads with the first chart."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.message import fill
from collabdesk.services.errors import ServiceError
from collabdesk.ui.documents import batch_export
from collabdesk.ui.operations.changes import STATISTICS_TABLES
from collabdesk.ui.statistics import statistics_import_bar
from collabdesk.ui.statistics.statistics_breakdown import BreakdownPanel
from collabdesk.ui.statistics.statistics_buttons import StatisticsButtons, has_collaborations
from collabdesk.ui.statistics.statistics_chart import MetricChart
from collabdesk.ui.statistics.statistics_models import (
    FigureTableModel,
    MetricListModel,
    month_label,
)
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.branch_combo import BranchCombo
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.service_text import error_text

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk
    from collabdesk.ui.shell.main_window import MainWindow

AnyIndex = QModelIndex | QPersistentModelIndex
DeskSource = Callable[[], "Desk | None"]


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


class StatisticsView(QWidget):
    def __init__(self, desk_source: DeskSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsView")
        self._desk_source = desk_source
        # Set by the data menu (it knows the database file): a backup before every import.
        self.before_import: Callable[[], object] | None = None
        self._loaded = False
        self.batch: batch_export.BatchExport | None = None

        self.buttons = StatisticsButtons(self)
        self.import_button = self.buttons.import_file
        self.pitch_button = self.buttons.pitch
        self.batch_button = self.buttons.batch
        self.add_metric_button = self.buttons.add_metric
        self.rename_metric_button = self.buttons.rename_metric
        self.remove_metric_button = self.buttons.remove_metric
        self.up_button = self.buttons.up
        self.down_button = self.buttons.down
        self.add_month_button = self.buttons.add_month
        self.delete_figure_button = self.buttons.delete_figure
        self.import_button.clicked.connect(self.import_file)
        self.pitch_button.clicked.connect(self.pitch)
        self.batch_button.clicked.connect(self.export_pitches)
        # A library system's branch (issue 19): figures are saved to it, and
        # "All branches" shows their sum. A single library never sees it.
        self.branch_choice = named(BranchCombo(self.tr("All branches")), "statisticsBranch")
        self.branch_choice.setAccessibleName(self.tr("Branch of the figures"))
        self.branch_choice.setMinimumContentsLength(26)  # the top row has room
        self.branch_choice.hide()
        self._branch_set = False  # the home branch is chosen first
        self.branch_choice.currentIndexChanged.connect(lambda _i: self._branch_changed())
        top = statistics_import_bar.top_row(self.buttons, self.branch_choice)

        self.metric_model = MetricListModel(self)
        self.metric_list = named(QListView(), "statisticsMetricList")
        self.metric_list.setAccessibleName(self.tr("Metrics"))
        self.metric_list.setModel(self.metric_model)
        self.metric_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.metric_list.selectionModel().currentChanged.connect(self._metric_changed)
        self.add_metric_button.clicked.connect(self.add_metric)
        self.rename_metric_button.clicked.connect(self.edit_metric)
        self.remove_metric_button.clicked.connect(self.remove_metric)
        self.up_button.clicked.connect(lambda: self.move_metric(-1))
        self.down_button.clicked.connect(lambda: self.move_metric(+1))
        metric_buttons = QHBoxLayout()
        for button in (
            self.add_metric_button,
            self.rename_metric_button,
            self.remove_metric_button,
            self.up_button,
            self.down_button,
        ):
            metric_buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Metrics")))
        left_layout.addWidget(self.metric_list, 1)
        left_layout.addLayout(metric_buttons)

        self.figure_model = FigureTableModel(self)
        self.figure_model.on_error = lambda text: prompts.error(self, self.tr("Statistics"), text)
        self.table = named(QTableView(), "statisticsTable")
        self.table.setAccessibleName(self.tr("Figures of the chosen metric"))
        self.table.setModel(self.figure_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()  # sized to content; the source takes the rest
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FigureTableModel.SOURCE, QHeaderView.ResizeMode.Stretch)
        self.add_month_button.clicked.connect(self.add_month)
        self.delete_figure_button.clicked.connect(self.delete_figure)
        figure_buttons = QHBoxLayout()
        figure_buttons.addWidget(self.add_month_button)
        figure_buttons.addWidget(self.delete_figure_button)
        figure_buttons.addStretch(1)
        self.chart = MetricChart(desk_source)
        self.breakdown = BreakdownPanel(desk_source)
        self.breakdown.changed.connect(lambda: self.refresh(self.current_metric()))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.chart, 2)
        right_layout.addWidget(self.breakdown)
        right_layout.addWidget(self.table, 3)
        right_layout.addLayout(figure_buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        self.empty = named(
            QLabel(
                self.tr(
                    "No statistics yet.\n\nAdd a metric (on-site visits, followers, media "
                    "mentions…) and its monthly figures, or import a spreadsheet: metrics in "
                    "rows and months in columns, or one row per figure."
                )
            ),
            "statisticsEmpty",
        )
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty)
        empty_add = named(QPushButton(self.tr("Add a metric")), "addFirstMetricButton")
        empty_add.clicked.connect(self.add_metric)
        empty_layout.addWidget(empty_add, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.stack = named(QStackedWidget(), "statisticsStack")
        self.stack.addWidget(splitter)
        self.stack.addWidget(empty_page)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self._update_buttons()

    # --- loading --------------------------------------------------------------
    @property
    def desk(self) -> Desk | None:
        return self._desk_source()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # cheap, and picks up demo data or imports made elsewhere

    def refresh_if_shown(self) -> None:
        """After a change elsewhere; a hidden section refreshes when shown."""
        if self.isVisible():
            self.refresh()

    def refresh(self, keep: str | None = None) -> None:
        desk = self.desk
        if desk is None:
            self._update_buttons()
            return
        self._loaded = True
        self.figure_model.desk = desk
        self._show_branches(desk)
        keep = keep or self.current_metric()
        rows = desk.statistics.definitions()
        self.metric_model.reset(rows)
        self.stack.setCurrentIndex(0 if rows else 1)
        names = [r.name for r in rows]
        if rows:
            row = names.index(keep) if keep in names else 0
            self.metric_list.setCurrentIndex(self.metric_model.index(row))
        else:
            self.figure_model.reset([])
        self._show_figures()
        self._update_buttons()

    def _show_branches(self, desk: Desk) -> None:
        try:
            branches = desk.branches.names()
            home = None if self._branch_set else desk.branches.home_id()
        except ServiceError:
            branches, home = [], None
        self.branch_choice.set_branches(branches, home)
        self._branch_set = self._branch_set or self.branch_choice.is_system

    def _branch_changed(self) -> None:
        self._show_figures()
        self._update_buttons()

    def current_metric(self) -> str | None:
        index = self.metric_list.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _metric_changed(self, *_args: object) -> None:
        self._show_figures()
        self._update_buttons()

    @property
    def svg(self) -> bytes:
        return self.chart.svg

    def _show_figures(self) -> None:
        desk, name = self.desk, self.current_metric()
        branch_id = self.branch_choice.chosen()
        rows = (
            desk.statistics.figures(name, branch_id)
            if desk is not None and name is not None
            else []
        )
        self.figure_model.reset(rows)
        self.chart.branch_id = branch_id
        self.chart.show_metric(name)
        self.breakdown.show_metric(name)

    def _update_buttons(self) -> None:
        desk = self.desk
        index = self.metric_list.currentIndex()
        self.buttons.update(
            desk is not None,
            desk is not None and has_collaborations(desk),
            index.row() if index.isValid() else -1,
            self.metric_model.rowCount(),
            self.figure_model.rowCount(),
        )

    # --- metric list ---------------------------------------------------------------
    def add_metric(self) -> None:
        desk = self.desk
        if desk is None:
            return
        name = ask_text(self, self.tr("Add a metric"), self.tr("Name (e.g. On-site visits):"))
        if not name:
            return
        unit = ask_text(self, self.tr("Add a metric"), self.tr("Unit (e.g. people):")) or ""
        try:
            record = desk.statistics.define(name, unit)
        except ServiceError as exc:
            prompts.error(self, self.tr("Statistics"), error_text(exc))
            return
        self.refresh(record.name)

    def edit_metric(self) -> None:
        desk, index = self.desk, self.metric_list.currentIndex()
        if desk is None or not index.isValid():
            return
        row = self.metric_model.rows[index.row()]
        name = ask_text(self, self.tr("Edit metric"), self.tr("Name:"), row.name)
        if not name:
            return
        unit = ask_text(self, self.tr("Edit metric"), self.tr("Unit:"), row.unit)
        try:
            record = desk.statistics.define(
                name, row.unit if unit is None else unit, row.id, current_name=row.name
            )
        except ServiceError as exc:
            prompts.error(self, self.tr("Statistics"), error_text(exc))
            return
        self.refresh(record.name)

    def remove_metric(self) -> None:
        desk, name = self.desk, self.current_metric()
        if desk is None or name is None:
            return
        question = fill(self.tr("Remove “%1” and all its figures?"), [name])
        if not prompts.confirm(self, self.tr("Remove metric"), question):
            return
        try:
            desk.statistics.remove(name)
        except ServiceError as exc:
            prompts.error(self, self.tr("Statistics"), error_text(exc))
        self.refresh()

    def move_metric(self, step: int) -> None:
        desk, index = self.desk, self.metric_list.currentIndex()
        if desk is None or not index.isValid():
            return
        row = self.metric_model.rows[index.row()]
        desk.statistics.move(row.name, step)
        self.refresh(row.name)

    # --- figures -----------------------------------------------------------------
    def add_month(self) -> None:
        desk, name = self.desk, self.current_metric()
        if desk is None or name is None:
            return
        branch_id = self.branch_choice.chosen()
        series = desk.statistics.series(name, branch_id=branch_id)
        if series.latest is None:
            today = date.today()
            period = date(today.year, today.month, 1)
        else:
            last = series.latest.period_start
            period = date(last.year + last.month // 12, last.month % 12 + 1, 1)
        from decimal import Decimal

        try:
            desk.metrics.record(name, period, Decimal(0), series.unit, branch_id=branch_id)
        except ServiceError as exc:
            prompts.error(self, self.tr("Statistics"), error_text(exc))
            return
        self.refresh(name)
        for row, figure in enumerate(self.figure_model.rows):
            if figure.period_start == period and figure.branch == "":
                index = self.figure_model.index(row, FigureTableModel.VALUE)
                self.table.setCurrentIndex(index)
                self.table.edit(index)

    def delete_figure(self) -> None:
        desk, index = self.desk, self.table.currentIndex()
        if desk is None or not index.isValid():
            return
        figure = self.figure_model.rows[index.row()]
        question = fill(self.tr("Delete the figure for %1?"), [month_label(figure.period_start)])
        if not prompts.confirm(self, self.tr("Delete figure"), question):
            return
        try:
            desk.metrics.delete(figure.id)
        except ServiceError as exc:
            prompts.error(self, self.tr("Statistics"), error_text(exc))
        self.refresh(figure.name)

    def import_file(self) -> None:
        """A spreadsheet of figures (statistics_import_bar.py), then how many came in."""
        imported = statistics_import_bar.import_figures(self)
        if imported is None:
            return
        count, path = imported
        prompts.info(
            self,
            self.tr("Import statistics"),
            fill(self.tr("%n figure(s) imported from %1.", "", count), [path.name]),
        )
        self.refresh()

    # --- pitches --------------------------------------------------------------------
    def pitch(self) -> None:
        statistics_import_bar.pitch(self, self.desk)

    def export_pitches(self) -> None:
        desk = self.desk
        if desk is not None:
            self.batch = batch_export.export_all_pitches(self, desk)


def install_statistics(window: MainWindow) -> StatisticsView:
    """Add the Statistics section to the main window (ui/shell/sections.py)."""
    view = StatisticsView(lambda: window.desk, window)
    window.add_section(view, QCoreApplication.translate("StatisticsView", "Statistics"))
    window.changes.follow(view, STATISTICS_TABLES, lambda _changes: view.refresh_if_shown())
    return view
