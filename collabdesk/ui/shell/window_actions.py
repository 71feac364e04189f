"""The window's own actions (New, Edit, Delete partner, demo data, Find,
Quit, User guide, About), put into the typed menus, and when each can work:
an action that cannot succeed is disabled and says why
(ui/widgets/actions.py). Built after the first paint (finish_building)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction

from collabdesk.services.partner_directory import PartnerQuery
from collabdesk.ui.widgets.actions import allow, make_action

if TYPE_CHECKING:
    from collabdesk.ui.shell.main_window import MainWindow

translate = QCoreApplication.translate  # the window's context; lupdate reads literals


def build_actions(window: MainWindow) -> None:
    from collabdesk.ui.shell import partner_actions as do
    from collabdesk.ui.shell.menus import build_menus

    window.new_action = make_action(
        window,
        translate("MainWindow", "&New partner…"),
        "newPartnerAction",
        window.new_partner,
        shortcut="Ctrl+N",
    )
    window.demo_action = make_action(
        window, translate("MainWindow", "Load &demo data"), "loadDemoAction", window.load_demo
    )
    window.quit_action = make_action(
        window, translate("MainWindow", "&Quit"), "quitAction", window.close, shortcut="Ctrl+Q"
    )
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    window.edit_action = make_action(
        window, translate("MainWindow", "&Edit partner…"), "editPartnerAction", window.edit_partner
    )
    # Delete acts on the list only: in a text field it deletes text.
    window.delete_action = make_action(
        window,
        translate("MainWindow", "&Delete partner…"),
        "deletePartnerAction",
        window.delete_partner,
        shortcut="Del",
        context=Qt.ShortcutContext.WidgetShortcut,
    )
    window.table.addAction(window.delete_action)
    window.find_action = make_action(
        window,
        translate("MainWindow", "&Find partner"),
        "findAction",
        window.focus_search,
        shortcut="Ctrl+F",
    )
    window.about_action = make_action(
        window,
        translate("MainWindow", "&About CollabDesk"),
        "aboutAction",
        lambda: do.show_about(window),
    )
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    window.guide_action = make_action(
        window,
        translate("MainWindow", "&User guide"),
        "userGuideAction",
        window.show_user_guide,
        shortcut="F1",
    )

    erasure_log = make_action(
        window,
        translate("MainWindow", "&Erasure log…"),
        "erasureLogAction",
        lambda: _open_erasure_log(window),
    )

    window.menus = menus = build_menus(window, window.quit_action)
    menus.file.insertActions(menus.file.actions()[0], [window.new_action, window.demo_action])
    menus.edit.addActions([window.edit_action, window.delete_action])
    menus.view.addAction(window.find_action)
    menus.help.addActions([window.guide_action, erasure_log, window.about_action])


def _open_erasure_log(window: MainWindow) -> None:
    from collabdesk.ui.shell.erasure_log import open_erasure_log

    open_erasure_log(window, None if window.desk is None else window.desk.privacy)


def update_actions(window: MainWindow) -> None:
    """Enable what can work; a disabled action's tip says why."""
    opening = translate("MainWindow", "The database is still opening.")
    if window.desk is None:
        pick: str | None = opening
    elif window.selected_partner_id() is None:
        pick = translate("MainWindow", "Select a partner in the list first.")
    else:
        pick = None
    allow(window.new_action, None if window.may_start_partner else opening)
    allow(window.demo_action, opening if window.desk is None else demo_refusal(window))
    allow([window.edit_action, window.delete_action], pick)


def demo_refusal(window: MainWindow) -> str | None:
    """Why demo data cannot be loaded here, or None when it can."""
    if window.demo_loader is None:
        return translate("MainWindow", "Demo data can only be loaded into the office's own data.")
    directory = window.directory
    if directory is not None and directory.count(PartnerQuery(), cap=1):
        return translate(
            "MainWindow",
            "Demo data can only be loaded into an empty database, and this one "
            "already holds partners. Start CollabDesk with another data folder "
            "(--data-dir) to try the demo.",
        )
    return None
