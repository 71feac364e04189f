"""The Overview section: the home dashboard, one click from the partner list.

It paints from the figures kept in `summary_snapshot` (one row read on the
window's connection), saying "as of HH:MM", and counts them again quietly
in a worker on a read-only connection of its own
(DashboardService.compute_apart) when they are older than a few minutes,
when asked, and a few seconds after a change to collaborations or
commitments. The first time ever there is nothing kept: it says "Counting…"
and stays responsive. Every figure is a bar that opens the list behind it.
ui/shell/sections.py calls install_dashboard() once, after the first paint."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.enums import Direction, PartnerKind, Stage
from collabdesk.domain.message import fill
from collabdesk.services.errors import ServiceError
from collabdesk.ui.dashboard.bar_chart import Bar, BarChart
from collabdesk.ui.shell.i18n import format_date, format_money
from collabdesk.ui.widgets.actions import make_action
from collabdesk.ui.widgets.empty_state import EmptyState
from collabdesk.ui.widgets.error_label import plain_label
from collabdesk.ui.widgets.labels import kind_label, stage_label
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.pool_read import read_in_pool

if TYPE_CHECKING:
    # Types only: the figures' module loads SQLAlchemy, which the window's
    # build (on the GUI thread) must not wait for.
    from collabdesk.services.dashboard_figures import DashboardFigures, DashboardScope, OnTime
    from collabdesk.services.desk import Desk
    from collabdesk.ui.shell.main_window import MainWindow

# A change to these makes the figures old.
DASHBOARD_TABLES = frozenset(
    {
        "commitment",
        "commitment_step",
        "collaboration",
        "collaboration_partner",
        "partner",
        "branch",
        "staff",
        "my_name",
    }
)
AFTER_CHANGE_MS = 3_000  # changes come in bursts (an import, a schedule): count once after
RECEIVED, GIVEN, LATE = "#3b8f5a", "#3f73b5", "#c4493f"
ACTIVE_STAGES = frozenset({Stage.AGREED, Stage.DELIVERING})
STAGE_COLOURS = {
    Stage.IDEA: "#a9b8cc",
    Stage.PREPARING: "#8aa4c6",
    Stage.PITCHED: "#6b90c0",
    Stage.NEGOTIATING: "#4f7db8",
    Stage.AGREED: "#3a6aa8",
    Stage.DELIVERING: "#2f8a6a",
    Stage.COMPLETED: "#3b8f5a",
    Stage.ON_HOLD: "#c9a24a",
    Stage.DECLINED: "#b86a62",
}
QUIET, BACKGROUND = "#5b6573", "#f4f6f9"
QUEUE_COLOURS = {"mine": "#2a6fb0", "branch": "#4f7db8", "library": "#7d97bd"}


def rate_colour(percent: int | None) -> str:
    if percent is None:
        return "#c0c6cf"
    if percent >= 90:
        return "#3b8f5a"
    return "#d89b2b" if percent >= 70 else "#c4493f"


def coloured(
    widget: QWidget, colour: str, role: QPalette.ColorRole = QPalette.ColorRole.WindowText
) -> None:
    palette = widget.palette()
    palette.setColor(role, QColor(colour))
    widget.setPalette(palette)


def quiet(label: QLabel) -> None:
    """Grey, for what explains a figure rather than being one."""
    coloured(label, QUIET)


class Card(QFrame):
    """A titled white panel holding one picture."""

    def __init__(self, name: str, title: str, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.title = plain_label(title, wrap=False)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.headline = named(plain_label(wrap=False), f"{name}Headline")
        big = QFont(self.headline.font())
        big.setBold(True)
        big.setPointSizeF(big.pointSizeF() * 2.2)
        self.headline.setFont(big)
        self.caption = named(plain_label(), f"{name}Caption")
        quiet(self.caption)
        headline = QHBoxLayout()
        headline.setSpacing(8)
        headline.addWidget(self.headline)
        headline.addWidget(self.caption, 1, Qt.AlignmentFlag.AlignVCenter)
        self.note = named(plain_label(), f"{name}Note")
        quiet(self.note)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(headline)
        layout.addSpacing(4)
        layout.addWidget(body)
        layout.addWidget(self.note)
        layout.addStretch(1)
        body.setAccessibleName(title)

    def set_headline(self, figure: str, caption: str, colour: str = "#1f2a37") -> None:
        """The card's one big figure and what it counts."""
        self.headline.setText(figure)
        coloured(self.headline, colour)
        self.caption.setText(caption)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#d9dee5"))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(self.rect().adjusted(0, 0, -1, -1), 6, 6)
        painter.end()

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))


class _Relay(QObject):
    """Carries the worker's figures to the GUI thread (queued signal)."""

    counted = Signal(int, object)  # generation, DashboardFigures or None


class DashboardView(QWidget):
    COUNTING_PAGE, EMPTY_PAGE, FIGURES_PAGE = 0, 1, 2

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardView")
        self._window = window
        self._generation = 0
        self.counting = False  # a worker is counting
        self.opened = False  # shown at least once: changes then count again in the background
        self._stale = True  # read the kept figures again when shown
        self.figures: DashboardFigures | None = None
        self._branches: list[tuple[int, str]] | None = None  # read again after a change
        self._counting_desk: Desk | None = None  # whose data the running count reads
        self._relay = _Relay(self)
        self._relay.counted.connect(self._on_counted, Qt.ConnectionType.QueuedConnection)
        self._after_change = QTimer(self)
        self._after_change.setSingleShot(True)
        self._after_change.setInterval(AFTER_CHANGE_MS)
        self._after_change.timeout.connect(self._changed_a_while_ago)

        self.heading = plain_label(self.tr("Overview"), wrap=False)
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.heading.setFont(font)
        self.scope_combo = named(QComboBox(), "dashboardScope")
        self.scope_combo.setAccessibleName(self.tr("Whose figures"))
        self.scope_combo.hide()  # only a library system with branches chooses
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.show_stored())
        self.as_of = named(plain_label(wrap=False), "dashboardAsOf")
        quiet(self.as_of)
        self.refresh_button = named(QPushButton(self.tr("&Count again")), "dashboardRefresh")
        self.refresh_button.setToolTip(self.tr("Count every figure again now (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.scope_combo)
        top.addStretch(1)
        top.addWidget(self.as_of)
        top.addWidget(self.refresh_button)

        self.counting_label = named(plain_label(self.tr("Counting…")), "dashboardCounting")
        self.counting_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty = self._empty_page()
        self.due_chart = BarChart("dueChart")
        self.stage_chart = BarChart("stageChart", label_share=0.45)
        self.received_chart = BarChart("receivedChart")
        self.given_chart = BarChart("givenChart")
        self.on_time_chart = BarChart("onTimeChart")
        self.renewal_chart = BarChart("renewalChart", label_share=0.62)
        self.due_card = Card("dueCard", self.tr("Due this week"), self.due_chart)
        self.stage_card = Card("stageCard", self.tr("Collaborations by stage"), self.stage_chart)
        self.received_card = Card("receivedCard", "", self.received_chart)
        self.given_card = Card("givenCard", "", self.given_chart)
        self.on_time_card = Card(
            "onTimeCard", self.tr("On time, last 12 months"), self.on_time_chart
        )
        self.renewal_card = Card("renewalCard", self.tr("Renewals due"), self.renewal_chart)
        self.due_chart.chosen.connect(self.open_queue)
        self.stage_chart.chosen.connect(self.open_stage)
        self.received_chart.chosen.connect(self.open_values)
        self.given_chart.chosen.connect(self.open_values)
        self.on_time_chart.chosen.connect(self.open_on_time)
        self.renewal_chart.chosen.connect(self.open_renewal)
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        for card, row, column in (
            (self.due_card, 0, 0),
            (self.stage_card, 0, 1),
            (self.renewal_card, 0, 2),
            (self.received_card, 1, 0),
            (self.given_card, 1, 1),
            (self.on_time_card, 1, 2),
        ):
            grid.addWidget(card, row, column, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(2, 1)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_widget)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.counting_label)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        # Colours through palettes and a painted card, no style sheets: a
        # style sheet makes Qt style every child anew on each paint.
        coloured(self, BACKGROUND, QPalette.ColorRole.Window)
        self.setAutoFillBackground(True)
        self._show_opening()

    def _empty_page(self) -> EmptyState:
        page = EmptyState(
            title_text=self.tr("Nothing to count yet"),
            body_text=self.tr(
                "This overview shows what is due this week, collaborations by stage, the "
                "value given and received, who keeps promises on time and the renewals "
                "coming due. Start by adding a partner, then a collaboration with what each "
                "side promises; or load the demo data to see it filled in."
            ),
            name="dashboardEmpty",
        )
        self.add_button, self.demo_button = page.add_button, page.demo_button
        page.add_requested.connect(self._add_partner)
        page.demo_requested.connect(self._window.load_demo)
        page.set_enabled(True)
        return page

    # --- reading ------------------------------------------------------------------------
    @property
    def desk(self) -> Desk | None:
        return self._window.desk

    def scope(self, desk: Desk) -> DashboardScope:
        branch = self.scope_combo.currentData() if self.scope_combo.isVisible() else None
        return desk.dashboard.scope(branch if isinstance(branch, int) else None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.opened = True
        if self._stale or self.figures is None:
            self.show_stored()

    def show_stored(self) -> None:
        """Paint the kept figures at once; count again when there are none
        or they are old (in a worker: the window never waits for it)."""
        desk = self.desk
        if desk is None:
            self._show_opening()
            return
        if not self.tab_shown():  # meeting mode: none of the office's figures
            self.figures = None
            self.stack.setCurrentIndex(self.COUNTING_PAGE)
            self.counting_label.setText("")
            return
        self._stale = False
        try:
            self._fill_scopes(desk)
            scope = self.scope(desk)
            stored = desk.dashboard.stored(scope)
        except ServiceError:  # a busy database: the next showing reads again
            self._stale = True
            return
        if stored is not None:
            self.show_figures(stored.figures)
        elif self.figures is None or self.figures.scope != scope.key:
            self.figures = None
            self.counting_label.setText(self.tr("Counting…"))
            self.stack.setCurrentIndex(self.COUNTING_PAGE)
            self.as_of.setText("")
        if stored is None or stored.is_stale():
            self.refresh()

    def _fill_scopes(self, desk: Desk) -> None:
        if self._branches is not None:
            return
        branches = self._branches = desk.dashboard.branches()
        keep = self.scope_combo.currentData()
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        self.scope_combo.addItem(self.tr("The whole library"), None)
        for branch_id, name in branches:
            self.scope_combo.addItem(name, branch_id)
        self.scope_combo.setCurrentIndex(max(self.scope_combo.findData(keep), 0))
        self.scope_combo.blockSignals(False)
        self.scope_combo.setVisible(len(branches) > 1)

    def refresh(self) -> None:
        """Count every figure again in a worker; the kept ones stay on screen."""
        desk = self.desk
        if desk is None or not self.tab_shown():
            return
        self._generation += 1
        generation = self._generation
        try:
            scope = self.scope(desk)
        except ServiceError:
            return
        self.counting = True
        self.refresh_button.setEnabled(False)
        if self.figures is not None:
            self.as_of.setText(self._as_of_text(self.figures) + " · " + self.tr("counting…"))
        self._counting_desk = desk
        service, relay = desk.dashboard, self._relay
        read_in_pool(
            lambda: service.compute_apart(scope),
            lambda figures: relay.counted.emit(generation, figures),
        )

    def _on_counted(self, generation: int, figures: DashboardFigures | None) -> None:
        if generation != self._generation:
            return  # a newer count is on its way
        self.counting = False
        self.refresh_button.setEnabled(True)
        desk = self.desk
        if desk is None or desk is not self._counting_desk:
            return  # other data opened meanwhile (a restore, meeting mode): count again
        try:
            if figures is None:  # no second connection (a meeting copy): small, count here
                figures = desk.dashboard.compute(self.scope(desk))
            desk.dashboard.keep(figures)
        except ServiceError:  # read-only or busy: the figures still show
            pass
        if figures is not None:
            self.show_figures(figures)

    def _changed_a_while_ago(self) -> None:
        """Count again in the background once the Overview has been seen, so
        its next opening shows current figures; not while its tab is hidden
        (meeting mode shows none of it)."""
        self._stale = True
        if self.opened and self.desk is not None:
            self.refresh()

    def tab_shown(self) -> bool:
        """False while meeting mode hides the tab (ui/meeting/meeting_mode)."""
        sections = self._window.sections
        return sections.isTabVisible(sections.indexOf(self))

    def data_changed(self, *, other_data: bool = False) -> None:
        """A change to what the figures count: count again in a while. Other
        data altogether (a restore, a bulk import): its kept figures now."""
        if self.desk is not self._counting_desk and self.counting:
            self._generation += 1  # the running count reads data no longer shown
            self.counting = False
            self.refresh_button.setEnabled(True)
        self._branches = None
        if other_data:
            self._stale = True
            self.figures = None  # nothing of the other data stays on screen
            if self.isVisible():
                self.show_stored()
        self._after_change.start()

    # --- painting -----------------------------------------------------------------------
    def _show_opening(self) -> None:
        self.counting_label.setText(self.tr("Opening the database…"))
        self.stack.setCurrentIndex(self.COUNTING_PAGE)

    def _as_of_text(self, figures: DashboardFigures) -> str:
        moment = figures.computed().astimezone()
        when = moment.strftime("%H:%M")
        if moment.date() != datetime.now(UTC).astimezone().date():
            when = format_date(moment.date()) + " " + when
        return fill(self.tr("as of %1"), [when])

    def show_figures(self, figures: DashboardFigures) -> None:
        self.figures = figures
        self.counting_label.setText(self.tr("Counting…"))
        self.as_of.setText(
            self._as_of_text(figures) + (" · " + self.tr("counting…") if self.counting else "")
        )
        if figures.is_empty:
            self.stack.setCurrentIndex(self.EMPTY_PAGE)
            return
        self._show_due(figures)
        self._show_stages(figures)
        self._show_values(figures)
        self._show_on_time(figures)
        self._show_renewals(figures)
        self.stack.setCurrentIndex(self.FIGURES_PAGE)

    def _show_due(self, figures: DashboardFigures) -> None:
        names = {
            "mine": fill(self.tr("Mine (%1)"), [figures.me]),
            "branch": next((q.branch_name for q in figures.due if q.who == "branch"), "")
            or self.tr("My branch"),
            "library": self.tr("The whole library"),
        }
        bars = []
        for queue in figures.due:
            count = f"{queue.total}+" if queue.capped else str(queue.total)
            text = count
            if queue.overdue:
                text = fill(self.tr("%1 (%2 overdue)"), [count, queue.overdue])
            bars.append(
                Bar(
                    queue.who,
                    names.get(queue.who, queue.who),
                    queue.total,
                    text,
                    QUEUE_COLOURS.get(queue.who, "#7d97bd"),
                    self.tr("Open This week"),
                )
            )
        self.due_chart.set_bars(tuple(bars))
        widest = figures.due[-1] if figures.due else None
        if widest is None or widest.overdue == 0:
            self.due_card.set_headline("0", self.tr("overdue"), RECEIVED)
        else:
            self.due_card.set_headline(str(widest.overdue), self.tr("overdue"), LATE)
        note = ""
        if not any(q.who == "mine" for q in figures.due):
            note = self.tr("Set your name (Tasks ▸ Set my name…) to see your own queue first.")
        elif not any(q.total for q in figures.due):
            note = self.tr("Nothing overdue or due in the next seven days.")
        self.due_card.set_note(note)

    def _show_stages(self, figures: DashboardFigures) -> None:
        tip = self.tr("Open the collaborations at this stage")
        bars = tuple(
            Bar(
                Stage(s.stage),
                stage_label(Stage(s.stage)),
                s.count,
                str(s.count),
                STAGE_COLOURS[Stage(s.stage)],
                tip,
            )
            for s in figures.stages
        )
        self.stage_chart.set_bars(bars)
        active = sum(s.count for s in figures.stages if Stage(s.stage) in ACTIVE_STAGES)
        self.stage_card.set_headline(
            str(figures.collaborations),
            fill(self.tr("collaborations, %1 under way"), [active]),
        )
        self.stage_card.set_note(
            "" if figures.collaborations else self.tr("No collaboration yet: add one.")
        )

    def _show_values(self, figures: DashboardFigures) -> None:
        year = figures.year
        self.received_card.title.setText(fill(self.tr("Value received in %1"), [year]))
        self.given_card.title.setText(fill(self.tr("Value given in %1"), [year]))
        currencies = {v.currency for v in figures.values}
        for chart, card, direction, colour in (
            (self.received_chart, self.received_card, Direction.PARTNER_GIVES, RECEIVED),
            (self.given_chart, self.given_card, Direction.LIBRARY_GIVES, GIVEN),
        ):
            lines = [v for v in figures.values if v.direction == direction.value]
            largest: dict[str, Decimal] = {}
            for line in lines:
                largest[line.currency] = max(
                    largest.get(line.currency, Decimal(0)), Decimal(line.amount)
                )
            bars = []
            for line in lines:
                kind = (
                    kind_label(PartnerKind(line.partner_kind))
                    if line.partner_kind
                    else self.tr("Whole collaboration")
                )
                label = f"{kind} · {line.currency}" if len(currencies) > 1 else kind
                amount = Decimal(line.amount)
                share = float(amount / largest[line.currency]) if largest[line.currency] else 0.0
                bars.append(
                    Bar(
                        (direction, line.partner_kind, year),
                        label,
                        share,
                        format_money(amount, line.currency),
                        colour,
                        self.tr("Open these deliveries in the tracker"),
                    )
                )
            chart.set_bars(tuple(bars), 1.0)
            totals: dict[str, Decimal] = {}
            for line in lines:
                totals[line.currency] = totals.get(line.currency, Decimal(0)) + Decimal(line.amount)
            shown = [format_money(total, currency) for currency, total in sorted(totals.items())]
            card.set_headline(
                shown[0] if shown else "0",
                " + ".join(shown[1:]),
                colour,
            )
            card.set_note("" if bars else self.tr("Nothing with a value delivered yet this year."))
        if len(currencies) > 1:
            self.given_card.set_note(
                self.given_card.note.text()
                or self.tr("Each currency is measured on its own; they are never added.")
            )

    def _show_on_time(self, figures: DashboardFigures) -> None:
        bars = tuple(
            Bar(direction, label, float(record.percent or 0), self._rate_text(record),
                rate_colour(record.percent), self.tr("Open these commitments in the tracker"))
            for direction, label, record in (
                (Direction.LIBRARY_GIVES, self.tr("The library"), figures.library_on_time),
                (Direction.PARTNER_GIVES, self.tr("Partners"), figures.partners_on_time),
            )
        )  # fmt: skip
        self.on_time_chart.set_bars(bars, 100.0)
        ours = figures.library_on_time.percent
        self.on_time_card.set_headline(
            "—" if ours is None else f"{ours} %",
            self.tr("of the library's promises kept on time"),
            rate_colour(ours),
        )
        late = figures.library_on_time.overdue
        self.on_time_card.set_note(
            self.tr("The library is late on %n commitment(s).", "", late) if late else ""
        )

    def _rate_text(self, record: OnTime) -> str:
        if record.percent is None:
            return self.tr("nothing due yet")
        return fill(self.tr("%1 % (%2 of %3)"), [record.percent, record.on_time, record.due])

    def _show_renewals(self, figures: DashboardFigures) -> None:
        self.renewal_card.set_headline(
            str(figures.renewals_due),
            self.tr("to renew or close"),
            "#b7862a" if figures.renewals_due else RECEIVED,
        )
        bars = tuple(
            Bar(
                line.id,
                line.title,
                0,  # a list of names: the soonest end first
                fill(self.tr("ends %1"), [format_date(date.fromisoformat(line.ends_on))])
                if line.ends_on
                else "",
                "#c9a24a",
                self.tr("Open the collaborations whose renewal is due"),
            )
            for line in figures.renewals
        )
        self.renewal_chart.set_bars(bars)
        more = figures.renewals_due - len(figures.renewals)
        if not figures.renewals_due:
            note = self.tr("No renewal is due.")
        elif more > 0:
            note = self.tr("and %n more", "", more)
        else:
            note = ""
        self.renewal_card.set_note(note)

    # --- the lists behind the figures ----------------------------------------------------
    def open_stage(self, stage: object) -> None:
        view = self._window.collaborations
        self._window.show_section(view)
        view.show_stage(Stage(str(stage)))

    def open_renewal(self, collaboration_id: object) -> None:
        view = self._window.collaborations
        self._window.show_section(view)
        view.show_renewals_due()
        if isinstance(collaboration_id, int):
            view.select(collaboration_id)

    def open_queue(self, who: object) -> None:
        tasks = self._window.tasks
        if who == "mine":
            tasks.show_queue(tasks.mine)
            return
        queue = next((q for q in self.figures.due if q.who == who), None) if self.figures else None
        tasks.week.mine_check.setChecked(False)
        branch = queue.branch_id if queue is not None and who == "branch" else None
        tasks.week.show_branch(branch, queue.branch_name if queue is not None else "")
        tasks.show_queue(tasks.week)

    def open_values(self, key: object) -> None:
        from collabdesk.ui.commitments.tracker_filters import Narrowing

        if not isinstance(key, tuple):
            return
        direction, partner_kind, year = (str(key[0]), str(key[1]), int(key[2]))
        kind = (
            kind_label(PartnerKind(partner_kind))
            if partner_kind
            else self.tr("Whole collaboration")
        )
        text = fill(self.tr("Delivered in %1 · %2"), [year, kind])
        self._open_tracker(direction, Narrowing(text, partner_kind=partner_kind, delivered_in=year))

    def open_on_time(self, direction: object) -> None:
        from datetime import timedelta

        from collabdesk.services.dashboard_figures import ON_TIME_DAYS
        from collabdesk.ui.commitments.tracker_filters import Narrowing

        since = date.today() - timedelta(days=ON_TIME_DAYS)
        text = fill(self.tr("Due since %1"), [format_date(since)])
        self._open_tracker(direction, Narrowing(text, due_after=since))

    def _open_tracker(self, direction: object, narrowing: object) -> None:
        from collabdesk.ui.commitments.tracker_filters import Narrowing

        section = self._window.commitments
        section.show_tracker()
        if isinstance(narrowing, Narrowing):
            section.tracker.filters.narrow(Direction(str(direction)), narrowing)

    def _add_partner(self) -> None:
        self._window.sections.setCurrentIndex(0)
        self._window.new_partner()


def install_dashboard(window: MainWindow) -> DashboardView:
    view = DashboardView(window)
    window.add_section(view, QCoreApplication.translate("MainWindow", "Overview"))
    window.menus.view.addAction(
        make_action(
            window,
            QCoreApplication.translate("MainWindow", "&Overview"),
            "dashboardAction",
            lambda: window.show_section(view),
            shortcut="Ctrl+Shift+H",
        )
    )
    view.addAction(
        make_action(view, "", "dashboardRefreshKey", view.refresh, shortcut="F5",
                    context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
    )  # fmt: skip
    window.changes.follow(
        view, DASHBOARD_TABLES, lambda changes: view.data_changed(other_data=changes.everything)
    )
    return view
