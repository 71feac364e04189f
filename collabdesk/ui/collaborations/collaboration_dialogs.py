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


def run_checklist(parent: QWidget | None, desk: Desk, collaboration_id: int) -> None:
    from collabdesk.ui.collaborations.checklist_wizard import ChecklistWizard

    ChecklistWizard(desk, collaboration_id, parent).exec()


def edit_catalogue(parent: QWidget | None, desk: Desk) -> None:
    from collabdesk.ui.statistics.advertising_dialog import AdvertisingDialog

    AdvertisingDialog(desk.advertising, parent).exec()


def edit_template(parent: QWidget | None, desk: Desk) -> None:
    from collabdesk.ui.collaborations.checklist_template_dialog import ChecklistTemplateDialog

    ChecklistTemplateDialog(desk.checklist, parent).exec()
