"""What the window's own partner actions do: New, Edit, Delete, Load demo
data, About. Each change runs through ui.operations.run_operation; the list
and the details refresh from the change channel, not from here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

import collabdesk
from collabdesk.domain.message import fill
from collabdesk.ui.operations.changes import Changes
from collabdesk.ui.operations.run import run_operation
from collabdesk.ui.shell.main_window import MainWindow
from collabdesk.ui.widgets import prompts

# Plurals are written `MainWindow.tr(text, "", n)`: lupdate reads %n forms
# only from a class's tr(), which the PySide6 stubs type as an instance call.


def new_partner(window: MainWindow) -> None:
    from collabdesk.ui.partners import partner_dialogs as dialogs

    desk = window.desk
    if desk is None:
        if not window.may_start_partner:
            return
        saved = dialogs.new_partner_while_opening(window)
    else:
        saved = dialogs.edit_partner(window, desk.partners, None)
    if saved is not None and not window.select_partner(saved.id) and window.details is not None:
        window.details.show_partner(saved.id)


def edit_partner(window: MainWindow) -> None:
    from collabdesk.ui.partners import partner_dialogs as dialogs

    desk, partner_id = window.desk, window.selected_partner_id()
    if desk is None or partner_id is None:
        return
    done = run_operation(
        window,
        lambda: desk.partners.get(partner_id),
        failure_title=QCoreApplication.translate("MainWindow", "Partner not found"),
        changes=None,
    )
    if done is None:  # deleted meanwhile, on another computer: show the list as it is
        window.reload_partners()
        return
    dialogs.edit_partner(window, desk.partners, done.value)


def delete_partner(window: MainWindow) -> None:
    """Asks, or refuses before asking when the partner is in use
    (partners/partner_dialogs.py); the list follows the change channel."""
    from collabdesk.ui.partners import partner_dialogs

    desk, partner_id = window.desk, window.selected_partner_id()
    if desk is None or partner_id is None:
        return
    partner_dialogs.delete_partner(
        window, desk.partners, partner_id, window.partner_name(partner_id)
    )


def demo_language() -> str:
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"


def load_demo(window: MainWindow) -> None:
    """The menu action is disabled with the reason when demo data cannot
    be loaded (window_actions.py); asked again here, as the data may have
    changed since (a partner added from the command line)."""
    from collabdesk.ui.shell.window_actions import demo_refusal

    loader = window.demo_loader
    if loader is None:
        return
    refusal = demo_refusal(window)
    if refusal is not None:
        prompts.info(window, QCoreApplication.translate("MainWindow", "Load demo data"), refusal)
        return
    done = run_operation(
        window,
        lambda: loader(demo_language()),
        failure_title=QCoreApplication.translate("MainWindow", "Demo data not loaded"),
        changes=Changes.all("demo"),
    )
    if done is not None:
        loaded = MainWindow.tr("Demo data loaded: %Ln partner(s).", "", done.value)  # type: ignore[arg-type]
        window.statusBar().showMessage(loaded, 5000)


def show_about(window: MainWindow) -> None:
    folder = (
        str(window.data_dir)
        if window.data_dir is not None
        else QCoreApplication.translate("MainWindow", "(not set)")
    )
    prompts.info(
        window,
        QCoreApplication.translate("MainWindow", "About CollabDesk"),
        fill(
            QCoreApplication.translate(
                "MainWindow",
                "CollabDesk %1\n\n"
                "Prepare, pitch and deliver barter collaborations between a library "
                "and its partners.\n\nData folder: %2",
            ),
            [collabdesk.__version__, folder],
        ),
    )
