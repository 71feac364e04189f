"""Installs the commitment tracker into the main window: a dock with the
tracker and the reputation dashboard, a View menu entry, and the start-up
reminder banner. MainWindow calls install_commitment_tracker() once."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.errors import ServiceError, fill
from collabdesk.ui.commitments.commitment_labels import direction_label
from collabdesk.ui.commitments.commitment_tracker_pane import CommitmentTrackerPane
from collabdesk.ui.commitments.reputation_dashboard import ReputationDashboard
from collabdesk.ui.operations.changes import TRACKER_TABLES
from collabdesk.ui.shell.i18n import format_date
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk
    from collabdesk.services.tracker_query import TrackerRow
    from collabdesk.ui.shell.main_window import MainWindow

REMINDER_LINES = 5


class CommitmentDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentDock")
        self.setWindowTitle(self.tr("Commitments"))
        self.tracker = CommitmentTrackerPane()
        self.dashboard = ReputationDashboard()
        self.tracker.changed.connect(self.dashboard.mark_stale)
        self.tabs = named(QTabWidget(), "commitmentTabs")
        self.tabs.addTab(self.tracker, self.tr("Tracker"))
        self.tabs.addTab(self.dashboard, self.tr("Reputation"))
        self.setWidget(self.tabs)

    def set_desk(self, desk: Desk | None) -> None:
        self.tracker.set_desk(desk)
        self.dashboard.set_desk(desk)

    def show_due_soon(self) -> None:
        self.show()
        self.raise_()
        self.tabs.setCurrentWidget(self.tracker)
        self.tracker.show_due_soon()


def install_commitment_tracker(window: MainWindow) -> CommitmentDock:
    dock = CommitmentDock(window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.resizeDocks([dock], [340], Qt.Orientation.Vertical)
    toggle = dock.toggleViewAction()
    toggle.setText(QCoreApplication.translate("MainWindow", "&Commitments"))
    toggle.setShortcut(QKeySequence("Ctrl+Shift+C"))
    toggle.setObjectName("commitmentDockAction")
    window.menus.view.addSeparator()
    window.menus.view.addAction(toggle)
    # Any change to commitments (here, in a collaboration, demo data, an
    # import, an undo): the tracker follows, and the overdue banner stays
    # true to what the tracker shows.
    window.changes.follow(dock, TRACKER_TABLES, lambda _changes: _after_change(window, dock))
    return dock


def _after_change(window: MainWindow, dock: CommitmentDock) -> None:
    if window.desk is not None:
        dock.tracker.refresh()
        dock.dashboard.mark_stale()
    refresh_reminders(window)


def refresh_reminders(window: MainWindow) -> ReminderBanner | None:
    """Show the banner again with what is overdue now (a delivered item
    leaves it, new demo data joins it), unless the user dismissed it."""
    if window.property("remindersDismissed"):
        return None
    old = window.findChild(QToolBar, "reminderBar")
    if old is not None:
        window.removeToolBar(old)
        old.setParent(None)  # gone from findChild now, not at the next event loop turn
        old.deleteLater()
    return show_start_reminders(window)


def _reminder_line(row: TrackerRow, today: date) -> str:
    who = f" ({row.partner_name})" if row.partner_name else ""
    what = f"{direction_label(row.direction)}: {row.description.splitlines()[0][:80]}{who}"
    if row.overdue and row.due_on is not None:
        days = (today - row.due_on).days
        return (
            "⚠ "
            + fill(QCoreApplication.translate("ReminderBanner", "OVERDUE %1 d"), [days])
            + " — "
            + what
        )
    assert row.due_on is not None
    due = format_date(row.due_on)
    return "• " + fill(QCoreApplication.translate("ReminderBanner", "due %1"), [due]) + " — " + what


class ReminderBanner(QFrame):
    """Non-blocking: sits above the window's content until dismissed."""

    def __init__(
        self, rows: list[TrackerRow], total: int, today: date, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#reminderBanner { background: #fff3cd; }")
        overdue = sum(1 for r in rows if r.overdue)
        head = self.tr("%n commitment(s) overdue or due within 7 days.", "", total)
        if any(r.overdue and r.direction.value == "library_gives" for r in rows):
            head += " " + self.tr("The library itself is late: its reputation is at stake.")
        lines = [head] + [_reminder_line(r, today) for r in rows[:REMINDER_LINES]]
        if total > REMINDER_LINES:
            lines.append(fill(self.tr("…and %1 more."), [total - REMINDER_LINES]))
        self.overdue = overdue
        self.text = named(QLabel("\n".join(lines)), "reminderText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.show_button = named(QPushButton(self.tr("Show in tracker")), "showRemindersButton")
        self.dismiss_button = named(QPushButton(self.tr("Dismiss")), "dismissRemindersButton")
        buttons = QVBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)


def show_start_reminders(window: MainWindow, today: date | None = None) -> ReminderBanner | None:
    """At start-up: if anything is overdue or due within 7 days, a banner
    lists it with a link to the filtered tracker. Nothing when all is well."""
    dock = window.findChild(CommitmentDock, "commitmentDock")
    desk = window.desk
    if dock is None or desk is None:
        return None
    today = today or date.today()
    try:
        rows, total = desk.tracker.reminders(today)
    except ServiceError:  # a busy database must not stop the window from opening
        return None
    if total == 0:
        return None
    banner = ReminderBanner(rows, total, today)
    bar = QToolBar(QCoreApplication.translate("MainWindow", "Reminders"), window)
    bar.setObjectName("reminderBar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.addWidget(banner)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    bar.show()

    def show_in_tracker() -> None:
        dock.show_due_soon()

    def dismiss() -> None:
        window.setProperty("remindersDismissed", True)
        window.removeToolBar(bar)
        bar.setParent(None)
        bar.deleteLater()

    banner.show_button.clicked.connect(show_in_tracker)
    banner.dismiss_button.clicked.connect(dismiss)
    return banner
