"""Erase a contact person's personal data on request: the confirmation says
exactly what goes and where, that it cannot be undone (not even by Undo),
and asks why; the erasure itself is services/personal_data.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.errors import fill
from collabdesk.services.personal_data import field_messages, place_messages
from collabdesk.ui.operations.changes import Changes
from collabdesk.ui.operations.run import run_operation
from collabdesk.ui.widgets.error_label import plain_label
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.service_text import message_text

if TYPE_CHECKING:
    from collabdesk.services.personal_data import ErasurePlan, ErasureRecord, PersonalDataService

NAME_SHOWN = 80  # characters of the person's name in the dialog
# What an erasure changes outside the change log, for every view showing them.
ERASED_TABLES = ("contact", "interaction", "change_log", "trash", "erasure_log", "staff")


class EraseContactDialog(QDialog):
    """The confirmation: who, which fields, where, and that it is final."""

    def __init__(self, plan: ErasurePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eraseContactDialog")
        self.setWindowTitle(self.tr("Erase personal data"))
        self.setMinimumWidth(520)
        name = plan.name if len(plan.name) <= NAME_SHOWN else plan.name[:NAME_SHOWN] + "…"
        heading = named(plain_label(), "eraseHeading")
        heading.setText(
            fill(self.tr("Erase the personal data of %1 (%2)?"), [name, plan.partner])
            if plan.partner
            else fill(self.tr("Erase the personal data of %1?"), [name])
        )
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)

        fields = ", ".join(message_text(m) for m in field_messages(plan.fields))
        places = place_messages(plan.places)
        where = "\n".join(f"• {message_text(m)}" for m in places) or self.tr(
            "• nothing left to erase: it was erased before"
        )
        body = named(plain_label(), "eraseDetails")
        body.setWordWrap(True)
        body.setText(
            fill(
                self.tr(
                    "The name becomes “%1”; these fields are emptied: %2. The role and the "
                    "partner stay.\n\nWhat changes:\n%3\n\nMentions of the full name, e-mail "
                    "or phone in this partner's interactions are replaced too, in their "
                    "history and in the Trash. A first name alone is not found."
                ),
                [plan.marker, fields, where],
            )
        )
        warning = named(plain_label(), "eraseWarning")
        warning.setWordWrap(True)
        warning.setText(
            self.tr(
                "This cannot be undone, not even with Undo: the erased values are gone from "
                "the change history too. Backups keep them until they expire. The erasure "
                "log (Help → Erasure log) records that it happened, never the data."
            )
        )
        warning.setStyleSheet("color: #9b1c1c;")
        self.reason = named(QLineEdit(), "eraseReason")
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("e.g. request by e-mail of 1 December"))
        form = QFormLayout()
        form.addRow(self.tr("Reason (kept in the log):"), self.reason)

        buttons = QDialogButtonBox()
        self.erase_button = buttons.addButton(
            self.tr("Erase for good"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setObjectName("eraseButton")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (heading, body, warning):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(buttons)
        for label in self.findChildren(QLabel):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


def confirm_erasure(parent: QWidget, plan: ErasurePlan) -> str | None:
    """The reason given, or None when the person cancelled (tests replace this)."""
    dialog = EraseContactDialog(plan, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.reason.text()


def erase_contact(
    parent: QWidget, service: PersonalDataService, contact_id: int
) -> ErasureRecord | None:
    """Show what would go, ask, erase; None when refused or cancelled."""
    title = QCoreApplication.translate("EraseContactDialog", "Not erased")
    planned = run_operation(parent, lambda: service.plan_contact(contact_id), failure_title=title)
    if planned is None:
        return None
    reason = confirm_erasure(parent, planned.value)
    if reason is None:
        return None
    done = run_operation(
        parent,
        lambda: service.erase_contact(contact_id, reason),
        failure_title=title,
        changes=Changes.of(*ERASED_TABLES, origin="erasure"),
    )
    return None if done is None else done.value
