"""The Collaborations menu: the section's actions, with the one shortcut
(Ctrl+Shift+Right, next stage) working wherever focus is in the section."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from collabdesk.ui.widgets.actions import make_action

if TYPE_CHECKING:
    from collabdesk.ui.collaborations.collaborations_view import CollaborationsView
    from collabdesk.ui.shell.main_window import MainWindow


def add_collaborations_menu(window: MainWindow, view: CollaborationsView) -> None:
    menu = window.menus.collaborations  # the shell's typed menus (ui/shell/menus.py)
    actions = (
        (
            "newCollaborationAction",
            QCoreApplication.translate("CollaborationsView", "&New collaboration…"),
            view.new_collaboration,
            None,
        ),
        (
            "checklistAction",
            QCoreApplication.translate("CollaborationsView", "Prepare with the &checklist…"),
            view.open_checklist,
            None,
        ),
        (
            "nextStageAction",
            QCoreApplication.translate("CollaborationsView", "Move to the ne&xt stage"),
            view.advance,
            "Ctrl+Shift+Right",
        ),
        (
            "advertisingAction",
            QCoreApplication.translate("CollaborationsView", "&Advertising package…"),
            view.edit_catalogue,
            None,
        ),
        (
            "checklistTemplateAction",
            QCoreApplication.translate("CollaborationsView", "Checklist &questions…"),
            view.edit_template,
            None,
        ),
        (
            "collaborationCommitmentsAction",
            QCoreApplication.translate("CollaborationsView", "Co&mmitments…"),
            view.open_commitments,
            None,
        ),
        (
            "renewAction",
            QCoreApplication.translate("CollaborationsView", "&Renew for next year…"),
            view.renew,
            None,
        ),
    )
    for name, text, slot, shortcut in actions:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut if shortcut else None
        action = make_action(window, text, name, slot, shortcut=shortcut, context=context)
        if shortcut:
            view.addAction(action)
        menu.addAction(action)
        follows = {
            "newCollaborationAction": view.buttons.new,
            "checklistAction": view.buttons.checklist,
            "nextStageAction": view.buttons.next,
            "collaborationCommitmentsAction": view.buttons.commitments,
            "renewAction": view.buttons.renew,
        }.get(name)
        if follows is not None:  # enabled, with the same reason, as its button
            view.buttons.follow(follows, action)
        if name == "checklistAction":
            menu.addSeparator()
    from collabdesk.ui.documents.recap_actions import install_recap

    install_recap(window, view)  # Results… and Recap…
