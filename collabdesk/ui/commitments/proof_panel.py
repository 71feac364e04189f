"""Under the tracker: the selected commitment in full and what proves it was
delivered (copied files and links), with Add proof and Open proof."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.errors import ServiceError, fill
from collabdesk.ui.commitments import commitment_dialogs
from collabdesk.ui.shell.i18n import format_date
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.actions import allow
from collabdesk.ui.widgets.error_label import plain_label
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.service_text import error_text

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk
    from collabdesk.services.proofs import ProofRecord
    from collabdesk.services.tracker_query import TrackerRow

DETAIL_CHARS = 2000


class ProofPanel(QWidget):
    proof_added = Signal(int)  # the commitment's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proofPanel")
        self._desk: Desk | None = None
        self._row: TrackerRow | None = None
        self.detail = named(plain_label(), "commitmentDetail")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.proof_list = named(QListWidget(), "proofList")
        self.proof_list.setAccessibleName(self.tr("Proofs of the selected commitment"))
        self.proof_list.itemActivated.connect(lambda *_: self.open_proof())
        self.add_proof_button = named(QPushButton(self.tr("Add proof…")), "addProofButton")
        self.open_proof_button = named(QPushButton(self.tr("Open proof")), "openProofButton")
        self.add_proof_button.clicked.connect(self.add_proof)
        self.open_proof_button.clicked.connect(self.open_proof)
        head = QHBoxLayout()
        head.addWidget(self.detail, 1)
        head.addWidget(self.add_proof_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.open_proof_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.proof_list, 1)
        self.proof_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        self.show_row(None, None)

    def show_row(self, row: TrackerRow | None, desk: Desk | None) -> None:
        """The commitment in full and its proofs (the newest selected)."""
        self._row, self._desk = row, desk
        self.proof_list.clear()
        pick = self.tr("Select a commitment first.")
        allow(self.add_proof_button, None if row is not None and desk is not None else pick)
        if row is None or desk is None:
            self.detail.setText(self.tr("Select a commitment to see its proofs."))
            allow(self.open_proof_button, pick)
            return
        detail = row.description
        if row.delivered_on is not None:
            detail += "\n" + fill(self.tr("Delivered on %1"), [format_date(row.delivered_on)])
        if row.make_good_for_id is not None:
            detail += "\n" + self.tr("Makes good a missed commitment.")
        self.detail.setText(detail[:DETAIL_CHARS])
        proofs = desk.proofs.for_commitment(row.id)
        for proof in proofs:
            name = proof.original_name or proof.url
            when = format_date(proof.added_at.date())
            who = f" · {proof.added_by}" if proof.added_by else ""
            note = f" — {proof.note.splitlines()[0][:200]}" if proof.note else ""
            item = QListWidgetItem(f"{name}{note} ({when}{who})")
            item.setData(Qt.ItemDataRole.UserRole, proof)
            self.proof_list.addItem(item)
        if self.proof_list.count():
            self.proof_list.setCurrentRow(self.proof_list.count() - 1)
        elif row.delivered_without_proof:
            self.proof_list.addItem(self.tr("Delivered, but nothing proves it yet: add proof."))
        no_proof = self.tr("This commitment has no proof yet.")
        allow(self.open_proof_button, None if proofs else no_proof)

    def add_proof(self) -> None:
        row, desk = self._row, self._desk
        if row is None or desk is None:
            return
        from collabdesk.services.proofs import ProofInput

        path = commitment_dialogs.choose_proof_file(self)
        if not path:
            return
        try:
            desk.proofs.add(row.id, ProofInput(file=Path(path)))
        except ServiceError as exc:
            prompts.error(self, self.tr("Proof not added"), error_text(exc))
            return
        self.proof_added.emit(row.id)

    def open_proof(self) -> None:
        item = self.proof_list.currentItem()
        proof: ProofRecord | None = item.data(Qt.ItemDataRole.UserRole) if item else None
        if proof is None or self._desk is None:
            return
        try:
            url = commitment_dialogs.proof_url(self._desk.proofs, proof)
        except ServiceError as exc:
            prompts.error(self, self.tr("Cannot open the proof"), error_text(exc))
            return
        if not commitment_dialogs.open_location(url):
            prompts.error(
                self,
                self.tr("Cannot open the proof"),
                fill(self.tr("No program on this computer opens %1."), [url.toString()]),
            )
