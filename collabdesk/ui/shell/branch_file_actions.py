"""File → Send branch data… and Import branch data…: the two actions, put
in the menu while the window is built. What they do lives in
ui/shell/branch_file_dialog.py, loaded when one is used: it imports the
branch files' services, and with them SQLAlchemy, which the window's build
must not wait for."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from collabdesk.ui.widgets.actions import make_action

if TYPE_CHECKING:
    from collabdesk.ui.shell.main_window import MainWindow


class BranchFileActions:
    """The two File-menu actions; `host` knows the open SQLite file."""

    def __init__(
        self,
        window: MainWindow,
        database_file: Callable[[], Path | None],
        before_import: Callable[[], object] | None = None,
    ) -> None:
        self.window = window
        self.database_file = database_file
        self.before_import = before_import
        translate = QCoreApplication.translate
        self.send_action = make_action(
            window,
            translate("BranchFile", "S&end branch data…"),
            "sendBranchDataAction",
            self.send,
        )
        self.import_action = make_action(
            window,
            translate("BranchFile", "Import br&anch data…"),
            "importBranchDataAction",
            self.import_file,
        )
        window.menus.add_to_file([self.send_action, self.import_action])

    def send(self) -> None:
        from collabdesk.ui.shell import branch_file_dialog

        branch_file_dialog.send(self)

    def import_file(self) -> None:
        from collabdesk.ui.shell import branch_file_dialog

        branch_file_dialog.import_file(self)
