"""Results… and Recap… on the selected collaboration, in the Collaborations
menu and as the section's buttons (the menu's twins: enabled, with the same
reason, as they are). Light at start-up: the form and the dialog load on
first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from collabdesk.ui.widgets.actions import make_action

if TYPE_CHECKING:
    from collabdesk.ui.collaborations.collaborations_view import CollaborationsView
    from collabdesk.ui.shell.main_window import MainWindow

translate = QCoreApplication.translate


def install_recap(window: MainWindow, view: CollaborationsView) -> None:
    """Results… and Recap… in the Collaborations menu, twins of the
    section's buttons (enabled, with the same reason, as they are)."""

    def results() -> None:
        from collabdesk.ui.collaborations.results_form import open_results_form

        desk, chosen = view.desk, view.current_id()
        if desk is not None and chosen is not None and open_results_form(view, desk, chosen):
            view.refresh()

    def recap() -> None:
        from collabdesk.ui.documents.recap_dialog import open_recap_dialog

        desk, chosen = view.desk, view.current_id()
        if desk is not None and chosen is not None:
            open_recap_dialog(view, desk, chosen)

    menu = window.menus.collaborations
    for name, text, slot, button in (
        (
            "resultsAction",
            translate("RecapDialog", "Re&sults after delivery…"),
            results,
            view.buttons.results,
        ),
        ("recapAction", translate("RecapDialog", "Reca&p…"), recap, view.buttons.recap),
    ):
        action = make_action(window, text, name, slot)
        menu.addAction(action)
        view.buttons.follow(button, action)
        button.clicked.connect(slot)
