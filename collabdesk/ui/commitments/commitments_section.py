"""The Commitments section of the main window: the tracker and the
reputation dashboard as two tabs of one section (a tab among Partners,
Collaborations, Statistics: at 1366×768 the tracker has the window's height,
not a bottom dock's), a View menu entry, and the overdue reminders as the
"reminders" line of the window's banner (ui/shell/banner.py).
ui/shell/sections.py calls install_commitment_tracker() once."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.errors import ServiceError, fill
from collabdesk.ui.commitments.commitment_labels import direction_label
from collabdesk.ui.commitments.commitment_tracker_pane import CommitmentTrackerPane
from collabdesk.ui.commitments.reputation_dashboard import ReputationDashboard
from collabdesk.ui.operations.changes import TRACKER_TABLES
from collabdesk.ui.shell.i18n import format_date
from collabdesk.ui.widgets.actions import make_action
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk
    from collabdesk.services.tracker_query import TrackerRow
    from collabdesk.ui.shell.main_window import MainWindow

REMINDER_LINES = 5
BANNER_KEY = "reminders"


class CommitmentsSection(QWidget):
    """The tracker and the reputation dashboard, as sub-tabs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentsSection")
        self.tracker = CommitmentTrackerPane()
        self.dashboard = ReputationDashboard()
        self.tracker.changed.connect(self.dashboard.mark_stale)
        self.tabs = named(QTabWidget(), "commitmentTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.tracker, self.tr("Tracker"))
        self.tabs.addTab(self.dashboard, self.tr("Reputation"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def set_desk(self, desk: Desk | None) -> None:
        self.tracker.set_desk(desk)
        self.dashboard.set_desk(desk)

    def show_tracker(self) -> None:
        """Bring the section and its tracker tab forward."""
        sections = self._sections()
        if sections is not None:
            sections.setCurrentWidget(self)
        self.tabs.setCurrentWidget(self.tracker)
        self.tracker.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_due_soon(self) -> None:
        self.show_tracker()
        self.tracker.show_due_soon()

    def _sections(self) -> QTabWidget | None:
        node = self.parentWidget()
        while node is not None and not isinstance(node, QTabWidget):
            node = node.parentWidget()
        return node


def install_commitment_tracker(window: MainWindow) -> CommitmentsSection:
    section = CommitmentsSection()
    window.add_section(section, QCoreApplication.translate("MainWindow", "Commitments"))
    show = make_action(
        window,
        QCoreApplication.translate("MainWindow", "&Commitments"),
        "commitmentsAction",
        section.show_tracker,
        shortcut="Ctrl+Shift+C",
    )
    window.menus.view.addSeparator()
    window.menus.view.addAction(show)
    # Any change to commitments (here, in a collaboration, demo data, an
    # import, an undo, a command beside the window): the tracker follows, and
    # the overdue line stays true to what the tracker shows.
    window.changes.follow(section, TRACKER_TABLES, lambda _changes: _after_change(window, section))
    return section


def _after_change(window: MainWindow, section: CommitmentsSection) -> None:
    if window.desk is not None:
        section.tracker.refresh()
        section.dashboard.mark_stale()
    refresh_reminders(window)


def refresh_reminders(window: MainWindow) -> ReminderBanner | None:
    """Set the banner's reminder line to what is overdue now (a delivered
    item leaves it, new demo data joins it), unless the user dismissed it.
    One line by key: never two, however often the data reopens."""
    if window.property("remindersDismissed"):
        window.banner.remove(BANNER_KEY)
        return None
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
    """If anything is overdue or due within 7 days, the banner's reminder
    line lists it with a link to the filtered tracker; no line when all is
    well."""
    section = window.findChild(CommitmentsSection, "commitmentsSection")
    desk = window.desk
    if section is None or desk is None:
        return None
    today = today or date.today()
    try:
        rows, total = desk.tracker.reminders(today)
    except ServiceError:  # a busy database must not stop the window from opening
        return None
    if total == 0:
        window.banner.remove(BANNER_KEY)
        return None
    banner = ReminderBanner(rows, total, today)

    def dismiss() -> None:
        window.setProperty("remindersDismissed", True)
        window.banner.remove(BANNER_KEY)

    banner.show_button.clicked.connect(section.show_due_soon)
    banner.dismiss_button.clicked.connect(dismiss)
    window.banner.set_line(BANNER_KEY, banner)
    return banner
