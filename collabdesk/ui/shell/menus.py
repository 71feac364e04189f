"""The window's menus, typed: features add their actions to `window.menus.view`
and the like, and never look a menu up by its (translated) title or its
place in the menu bar.

File ends with a line, then Settings… and Quit; `add_to_file` puts a group
of actions above that line, in the order the features install them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from collabdesk.ui.widgets.named import named


class Menus(NamedTuple):  # not a dataclass: loaded before the first paint
    file: QMenu
    edit: QMenu
    view: QMenu
    collaborations: QMenu
    help: QMenu
    quit_action: QAction
    quit_separator: QAction  # the line above Settings… and Quit

    def add_to_file(self, actions: Sequence[QAction], *, separated: bool = True) -> None:
        """Actions above the line over Quit, after those added before."""
        if separated:
            self.file.insertSeparator(self.quit_separator)
        self.file.insertActions(self.quit_separator, list(actions))


def build_menus(window: QMainWindow, quit_action: QAction) -> Menus:
    """The menu bar in its fixed order: File, Edit, View, Collaborations, Help."""

    bar = window.menuBar()
    file_menu = named(bar.addMenu(QCoreApplication.translate("MainWindow", "&File")), "fileMenu")
    edit = named(bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit")), "editMenu")
    view = named(bar.addMenu(QCoreApplication.translate("MainWindow", "&View")), "viewMenu")
    collaborations = named(
        bar.addMenu(QCoreApplication.translate("CollaborationsView", "&Collaborations")),
        "collaborationsMenu",
    )
    help_menu = named(bar.addMenu(QCoreApplication.translate("MainWindow", "&Help")), "helpMenu")
    quit_separator = file_menu.addSeparator()
    file_menu.addAction(quit_action)
    return Menus(file_menu, edit, view, collaborations, help_menu, quit_action, quit_separator)
