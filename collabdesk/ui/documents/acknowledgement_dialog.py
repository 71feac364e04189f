"""Documents ▸ Acknowledgement of transfer…: delivered commitments of one
partner, handed over by the partner (the default) or by the library (the
act is titled so), ticked in a list, written like the agreement."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QWidget

from collabdesk.domain.message import fill
from collabdesk.services.errors import ServiceError
from collabdesk.ui.documents.agreement_dialog import AgreementDialog
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk


class AcknowledgementDialog(AgreementDialog):
    NAME = "acknowledgement"

    def __init__(self, desk: Desk, collaboration_id: int, parent: QWidget | None = None) -> None:
        super().__init__(desk, collaboration_id, parent)
        self.setObjectName("acknowledgementDialog")
        self.setWindowTitle(self.tr("Acknowledgement of transfer"))
        self.side_combo = named(QComboBox(), "acknowledgementSide")
        self.side_combo.addItem(self.tr("What the partner handed over"), False)
        self.side_combo.addItem(self.tr("The library's own deliveries"), True)
        self.items = named(QListWidget(), "acknowledgementItems")
        self.items.setMinimumHeight(120)
        self.form.insertRow(1, self.tr("&Handed over:"), self.side_combo)
        self.form.insertRow(2, self.tr("&Delivered:"), self.items)
        self.partner_combo.currentIndexChanged.connect(self.reload)
        self.side_combo.currentIndexChanged.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.items.clear()
        partner = self.partner_combo.currentData()
        if partner is None:
            return
        try:
            rows = self._desk.acknowledgements.delivered(
                self._collaboration_id, int(partner), bool(self.side_combo.currentData())
            )
        except ServiceError as exc:
            self.error.show_error(exc)
            return
        for commitment_id, description, delivered_on in rows:
            when = delivered_on.strftime("%d.%m.%Y") if delivered_on else ""
            item = QListWidgetItem(f"{description} — {when}" if when else description)
            item.setData(Qt.ItemDataRole.UserRole, commitment_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.items.addItem(item)
        self.write_button.setEnabled(bool(rows))
        if not rows:
            self.status.setText(self.tr("Nothing delivered on this side yet."))
        else:
            self.status.setText("")

    def checked(self) -> list[int]:
        return [
            int(self.items.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.items.count())
            if self.items.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _prepare(self, language: str) -> Any:
        chosen = self.checked()
        if not chosen:
            self.error.show_error(self.tr("Tick at least one delivered commitment."))
            return None
        return self._desk.acknowledgements.prepare(
            chosen, language, self.partner_combo.currentData()
        )

    def _suggested(self, prepared: Any) -> str:
        content = prepared.content
        return fill(self.tr("Acknowledgement %1 - %2"), [content.title, content.partner.name])

    def _keep(self, prepared: Any, path: Path) -> str:
        return fill(self.tr("Saved to %1"), [str(path)])
