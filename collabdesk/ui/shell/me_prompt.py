"""The banner's small question "Who is at this computer?" (issue 19).

Shown once the data is open (never before the first paint, never blocking)
when the library keeps a staff list, nobody is chosen here, and neither the
old "My name" nor the OS login named anyone (services/staff_me.settle, run
in the opening worker). It
offers the staff list and "I'm new: add me", prefilled from the OS user's
full name; the choice is remembered in the data folder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton

from collabdesk.services.errors import ServiceError
from collabdesk.services.staff_identity import current_staff_id
from collabdesk.ui.operations.run import run_operation
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.staff_picker import StaffPicker, staff_names

if TYPE_CHECKING:
    from collabdesk.services.staff import StaffService
    from collabdesk.ui.shell.main_window import MainWindow

BANNER_KEY = "whoami"
translate = QCoreApplication.translate


def ask_new_name(parent: QFrame, suggested: str) -> str | None:
    """ "I'm new": my name, prefilled; None when cancelled. Tests replace this."""
    text, ok = QInputDialog.getText(
        parent,
        translate("MeLine", "Add me to the staff"),
        translate("MeLine", "Your name as colleagues write it (e.g. Olga Petrova):"),
        QLineEdit.EchoMode.Normal,
        suggested,
    )
    return text if ok else None


class MeLine(QFrame):
    """Who is at this computer: pick from the staff, or add yourself."""

    def __init__(self, window: MainWindow, staff: StaffService) -> None:
        super().__init__()
        self.setObjectName("meLine")
        self.setStyleSheet("#meLine { background: #eef6ea; } QLabel { color: #1d3b12; }")
        self._window = window
        self._staff = staff
        self.text = named(
            QLabel(
                translate(
                    "MeLine",
                    "Who is at this computer? History and My tasks will name you.",
                )
            ),
            "meText",
        )
        self.text.setWordWrap(True)
        self.picker = StaffPicker("mePicker", staff_names(window.desk))
        self.picker.setAccessibleName(translate("MeLine", "Staff member"))
        self.picker.setPlaceholderText(translate("MeLine", "your name on the list"))
        self.picker.setMinimumContentsLength(18)
        self.choose_button = named(QPushButton(translate("MeLine", "This is &me")), "meChoose")
        self.new_button = named(QPushButton(translate("MeLine", "I'm &new: add me…")), "meNew")
        self.later_button = named(QPushButton(translate("MeLine", "Later")), "meLater")
        self.choose_button.clicked.connect(self.choose_picked)
        self.new_button.clicked.connect(self.add_me)
        self.later_button.clicked.connect(lambda: window.banner.remove(BANNER_KEY))
        self.choose_button.setEnabled(bool(self.picker.names()))
        self.picker.setVisible(bool(self.picker.names()))
        self.choose_button.setVisible(bool(self.picker.names()))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.text, 1)
        for widget in (self.picker, self.choose_button, self.new_button, self.later_button):
            layout.addWidget(widget)

    def choose_picked(self) -> None:
        self._choose(self.picker.text())

    def add_me(self) -> None:
        from collabdesk.services.staff_me import os_full_name

        typed = ask_new_name(self, os_full_name())
        if typed is not None and typed.strip():
            self._choose(typed)

    def _choose(self, name: str) -> None:
        data_dir = self._window.data_dir
        if not name.strip() or data_dir is None:
            return
        from collabdesk.services.staff_me import choose_named
        from collabdesk.ui.operations.changes import Changes

        done = run_operation(
            self,
            lambda: choose_named(self._staff, data_dir, name),
            failure_title=translate("MeLine", "Not chosen"),
            changes=Changes.of("my_name"),
        )
        if done is not None:
            self._window.banner.remove(BANNER_KEY)


def offer(window: MainWindow, read_only: bool = False) -> None:
    """Ask who is here when nobody is chosen yet (a line, not a dialog)."""
    desk = window.desk
    staff = getattr(desk, "staff", None)
    if staff is None or read_only or window.data_dir is None:
        window.banner.remove(BANNER_KEY)
        return
    if current_staff_id(window.data_dir) is not None:
        from collabdesk.services.staff_me import chosen

        try:
            if chosen(staff, window.data_dir) is not None:
                window.banner.remove(BANNER_KEY)
                return
        except ServiceError:
            return
    if not staff_names(desk):  # nobody on the list: My tasks asks when it needs a name
        window.banner.remove(BANNER_KEY)
        return
    window.banner.set_line(BANNER_KEY, MeLine(window, staff))
