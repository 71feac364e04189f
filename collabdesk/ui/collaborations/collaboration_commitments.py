"""The commitments of one collaboration in their own window: the tracker
pane fixed to that collaboration, with its value balance and one-sided flag.
Opened from the Collaborations section's "Commitments…" button."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from collabdesk.domain.message import fill
from collabdesk.ui.commitments import commitment_dialogs
from collabdesk.ui.commitments.commitment_tracker_pane import CommitmentTrackerPane

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk


class CollaborationCommitmentsDialog(QDialog):
    def __init__(
        self, desk: Desk, collaboration_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("collaborationCommitmentsDialog")
        self.setWindowTitle(fill(self.tr("Commitments — %1"), [title[:80]]))
        self.pane = CommitmentTrackerPane(collaboration_id)
        self.pane.set_desk(desk)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pane, 1)
        layout.addWidget(buttons)
        self.resize(1000, 560)


def open_collaboration_commitments(
    parent: QWidget | None,
    desk: Desk,
    collaboration_id: int,
    title: str,
    on_change: Callable[[], None],
) -> None:
    """Show the dialog; `on_change` runs after every change made in it, so
    the main tracker and the collaboration's details stay current."""
    dialog = CollaborationCommitmentsDialog(desk, collaboration_id, title, parent)
    dialog.pane.changed.connect(on_change)
    commitment_dialogs.exec_dialog(dialog)
    dialog.deleteLater()
