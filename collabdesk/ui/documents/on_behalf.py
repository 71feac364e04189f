"""“On behalf of: [this branch | the whole system]” in the document dialogs.

Shown only when the library has several branches: a single library never
sees the word "branch". The choice is a services/library_face.FaceScope."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout

from collabdesk.services.library_face import COLLABORATION_BRANCH, WHOLE_SYSTEM, FaceScope
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk


class OnBehalfBox(QComboBox):
    """The collaboration's branch (first, the default) or the whole system."""

    def __init__(self, branch: str, object_name: str) -> None:
        super().__init__()
        named(self, object_name)
        this = (
            self.tr("This branch: %1").replace("%1", branch)
            if branch
            else self.tr("The collaboration's branch")
        )
        self.addItem(this, "branch")
        self.addItem(self.tr("The whole library system"), "system")
        self.setAccessibleName(self.tr("On behalf of"))

    def scope(self) -> FaceScope:
        return WHOLE_SYSTEM if self.currentData() == "system" else COLLABORATION_BRANCH


def add_on_behalf(
    form: QFormLayout, desk: Desk, collaboration_id: int, object_name: str
) -> OnBehalfBox | None:
    """The choice as a row of `form` when there are several branches, else None."""
    branch = desk.pitch_content.speaking_branch(collaboration_id)
    if branch is None:
        return None
    box = OnBehalfBox(branch, object_name)
    form.addRow(QCoreApplication.translate("OnBehalfBox", "On &behalf of:"), box)
    return box


def chosen_scope(box: OnBehalfBox | None) -> FaceScope | None:
    return None if box is None else box.scope()
