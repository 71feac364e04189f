"""Opening the collaboration workspace's dialogs, in one place tests can
replace. Each runs modally; form modules load on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk


def new_collaboration(parent: QWidget | None, desk: Desk) -> int | None:
    """The id of the collaboration created, or None when cancelled."""
    from collabdesk.ui.collaborations.collaboration_form import CollaborationForm

    form = CollaborationForm(desk, parent)
    return form.saved_id if form.exec() == QDialog.DialogCode.Accepted else None


def run_checklist(
    parent: QWidget | None, desk: Desk, collaboration_id: int, question_key: str | None = None
) -> None:
    """The wizard where the draft stopped, or at `question_key`'s page with
    its control focused (a readiness item was clicked)."""
    from collabdesk.ui.collaborations.checklist_wizard import ChecklistWizard

    wizard = ChecklistWizard(desk, collaboration_id, parent)
    if question_key is not None:
        wizard.show()  # focus lands only on a visible window
        wizard.go_to_question(question_key)
    wizard.exec()


def edit_catalogue(parent: QWidget | None, desk: Desk) -> None:
    from collabdesk.ui.statistics.advertising_dialog import AdvertisingDialog

    AdvertisingDialog(desk.advertising, parent, desk.units).exec()


def edit_template(parent: QWidget | None, desk: Desk) -> None:
    from collabdesk.ui.collaborations.checklist_template_dialog import ChecklistTemplateDialog

    ChecklistTemplateDialog(desk.checklist, parent).exec()
