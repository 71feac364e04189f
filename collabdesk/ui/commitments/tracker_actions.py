"""What the tracker's buttons do to the selected commitment: add, edit,
delete, start, deliver, waive, miss, make good. Each asks its dialog, calls
the service, says a refusal in the user's language and reselects the row.
The pane (commitment_tracker_pane.py) supplies the selection and the model."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from collabdesk.domain.commitment_flow import OPEN_STATUSES
from collabdesk.services.errors import ServiceError, fill
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.service_text import error_text

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk
    from collabdesk.services.tracker_query import TrackerRow
    from collabdesk.ui.commitments.commitment_table_model import CommitmentTableModel

QUOTE_CHARS = 200  # of a description quoted in a question


class TrackerActions(QWidget):
    """The pane's actions; the pane sets the attributes and the hooks."""

    changed = Signal()  # a commitment's status or proofs changed

    _desk: Desk | None
    _collaboration_id: int | None
    model: CommitmentTableModel

    def selected_row(self) -> TrackerRow | None:
        raise NotImplementedError

    def select_commitment(self, commitment_id: int) -> bool:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def _update_state(self) -> None:
        raise NotImplementedError

    # --- helpers ------------------------------------------------------------------
    def _after_change(self, commitment_id: int) -> None:
        self.model.refresh()
        self.select_commitment(commitment_id)
        self._update_state()
        self.changed.emit()

    def _attempt(self, title: str, action: Callable[[], object]) -> bool:
        try:
            action()
        except ServiceError as exc:
            prompts.error(self, title, error_text(exc))
            self.model.refresh()
            self._update_state()
            return False
        return True

    def _target(self) -> tuple[TrackerRow, Desk] | None:
        """The selected commitment and the services, when both are there."""
        row = self.selected_row()
        return None if row is None or self._desk is None else (row, self._desk)

    @staticmethod
    def _quote(row: TrackerRow) -> str:
        lines = row.description.splitlines()
        return lines[0][:QUOTE_CHARS] if lines else ""

    # --- actions ------------------------------------------------------------------
    def add_commitment(self) -> None:
        """A new promise: for this pane's collaboration, or (in the main
        tracker) for the selected row's collaboration unless another is chosen."""
        if self._desk is None:
            return
        row = self.selected_row()
        fixed = self._collaboration_id is not None
        collaboration_id = self._collaboration_id
        if not fixed and row is not None:
            collaboration_id = row.collaboration_id
        from collabdesk.ui.commitments import commitment_form  # loads the services: late

        saved = commitment_form.ask_commitment(
            self, self._desk, collaboration_id=collaboration_id, fixed=fixed
        )
        if saved is not None:
            self.refresh()
            self._after_change(saved.id)

    def edit_selected(self) -> None:
        if (target := self._target()) is None:
            return
        row, desk = target
        try:
            record = desk.commitments.get(row.id)
        except ServiceError as exc:
            prompts.error(self, self.tr("Cannot edit"), error_text(exc))
            self.refresh()
            return
        from collabdesk.ui.commitments import commitment_form  # loads the services: late

        saved = commitment_form.ask_commitment(self, desk, record=record)
        if saved is not None:
            self.refresh()
            self._after_change(saved.id)

    def delete_selected(self) -> None:
        if (target := self._target()) is None:
            return
        row, desk = target
        question = fill(
            self.tr("Delete the commitment “%1”? Its proofs are deleted with it."),
            [self._quote(row)],
        )
        if not prompts.confirm(self, self.tr("Delete commitment"), question):
            return
        if self._attempt(self.tr("Not deleted"), lambda: desk.commitments.delete(row.id)):
            self.refresh()
            self.changed.emit()

    def start_selected(self) -> None:
        if (target := self._target()) is None:
            return
        row, desk = target
        if self._attempt(self.tr("Not started"), lambda: desk.commitments.start(row.id)):
            self._after_change(row.id)

    def deliver_selected(self) -> None:
        if (target := self._target()) is None:
            return
        row, desk = target
        if row.status not in OPEN_STATUSES:
            return  # the shortcut, on a row already delivered, waived or missed
        from collabdesk.ui.commitments import commitment_dialogs  # loads the services: late

        if commitment_dialogs.ask_delivery(self, desk.proofs, row) is not None:
            self._after_change(row.id)

    def waive_selected(self) -> None:
        if (target := self._target()) is None:
            return
        row, desk = target
        from collabdesk.ui.commitments import commitment_dialogs  # loads the services: late

        reason = commitment_dialogs.ask_text(
            self, self.tr("Waive"), self.tr("Why is this commitment waived?")
        )
        if reason is None:
            return
        if self._attempt(self.tr("Not waived"), lambda: desk.commitments.waive(row.id, reason)):
            self._after_change(row.id)

    def miss_selected(self) -> None:
        if (target := self._target()) is None:
            return
        row, desk = target
        question = fill(
            self.tr(
                "Mark “%1” as missed? It counts against the side that promised it; "
                "you can then add a make-good."
            ),
            [self._quote(row)],
        )
        if not prompts.confirm(self, self.tr("Mark missed"), question):
            return
        if self._attempt(self.tr("Not changed"), lambda: desk.commitments.miss(row.id)):
            self._after_change(row.id)

    def repeat_selected(self) -> None:
        """Repeat…: the selected dated promise becomes a recurring one."""
        if (target := self._target()) is None:
            return
        row, desk = target
        if not can_repeat(row):
            return  # the context menu's action, on a row that cannot repeat
        from collabdesk.ui.commitments import repeat_dialog  # loads the services: late

        if repeat_dialog.ask_repeat(self, desk.series, row) is not None:
            self._after_change(row.id)

    def make_good_selected(self) -> None:
        if (target := self._target()) is None:
            return
        row, desk = target
        from collabdesk.ui.commitments import commitment_dialogs  # loads the services: late

        saved = commitment_dialogs.ask_make_good(self, desk.commitments, row)
        if saved is not None:
            self._after_change(saved.id)


def can_repeat(row: TrackerRow | None) -> bool:
    """An open, dated promise not yet part of a schedule."""
    return (
        row is not None
        and row.status in OPEN_STATUSES
        and row.due_on is not None
        and row.occurrence is None
    )
