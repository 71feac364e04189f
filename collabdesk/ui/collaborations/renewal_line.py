"""The banner's renewal line: "2 renewals due: Book fair 2027, Staff
uniform" with Show (the Collaborations list filtered to them) and
Dismiss. One line by key, set again when the data opens and when
collaborations or the library's lead days change; gone when none is due."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from collabdesk.domain.message import fill
from collabdesk.services.errors import ServiceError
from collabdesk.ui.widgets.error_label import plain_label
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.renewal_due import DueRenewal
    from collabdesk.ui.collaborations.collaborations_view import CollaborationsView
    from collabdesk.ui.shell.main_window import MainWindow

BANNER_KEY = "renewals"
NAMED = 3  # titles named in the line; the rest are counted by the number
DISMISSED = "renewalsDismissed"


class RenewalLine(QFrame):
    def __init__(self, total: int, due: list[DueRenewal], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("renewalLine")
        self.setStyleSheet("RenewalLine { background: #e7f1fb; } QLabel { color: #0b2e4f; }")
        self.setAutoFillBackground(True)
        titles = ", ".join(f"“{r.title[:60]}”" for r in due[:NAMED])
        if total > len(due[:NAMED]):
            titles += " …"
        count = self.tr("%n renewal(s) due", "", total)
        self.text = named(plain_label(fill("%1: %2", [count, titles])), "renewalLineText")
        self.show_button = named(
            QPushButton(QCoreApplication.translate("RenewalLine", "Show renewals")),
            "showRenewalsButton",
        )
        self.dismiss_button = named(
            QPushButton(QCoreApplication.translate("RenewalLine", "Dismiss")),
            "dismissRenewalsButton",
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.dismiss_button)


def refresh(window: MainWindow, view: CollaborationsView) -> RenewalLine | None:
    """Set the line to the renewals due now; None (and no line) when none is
    due, the data is not open or the person dismissed it."""
    desk = window.desk
    if desk is None or window.property(DISMISSED):
        window.banner.remove(BANNER_KEY)
        return None
    try:
        total, due = desk.renewals.due_summary(NAMED)
    except ServiceError:  # a busy database must not stop the window
        return None
    if not total:
        window.banner.remove(BANNER_KEY)
        return None
    line = RenewalLine(total, due)

    def show() -> None:
        window.show_section(view)
        view.show_renewals_due()

    def dismiss() -> None:
        window.setProperty(DISMISSED, True)
        window.banner.remove(BANNER_KEY)

    line.show_button.clicked.connect(show)
    line.dismiss_button.clicked.connect(dismiss)
    window.banner.set_line(BANNER_KEY, line)
    return line


def install(window: MainWindow, view: CollaborationsView) -> None:
    """Follow the data: the line is set when collaborations or the lead days
    change (the data's opening sets it through `refresh_for`)."""
    window.changes.follow(
        view, {"collaboration", "library_profile"}, lambda _changes: refresh(window, view)
    )


def refresh_for(window: MainWindow) -> RenewalLine | None:
    """When the data opens (ui/shell/session.py), beside the overdue line."""
    from collabdesk.ui.collaborations.collaborations_view import CollaborationsView

    view = window.findChild(CollaborationsView, "collaborationsView")
    return None if view is None else refresh(window, view)
