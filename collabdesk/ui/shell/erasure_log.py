"""Help → Erasure log: what personal data was erased, when, by whom and
why — a table of the log, never the data (services/personal_data.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain.message import Message
from collabdesk.services.personal_data import KIND_WORDS, field_messages, place_messages
from collabdesk.ui.shell.i18n import format_date
from collabdesk.ui.widgets.error_label import plain_label
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.service_text import message_text

if TYPE_CHECKING:
    from collabdesk.services.personal_data import ErasureRecord, PersonalDataService


class ErasureLogDialog(QDialog):
    def __init__(self, entries: list[ErasureRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("erasureLogDialog")
        self.setWindowTitle(self.tr("Erasure log"))
        self.resize(980, 420)
        intro = named(plain_label(), "erasureLogIntro")
        intro.setWordWrap(True)
        intro.setText(
            self.tr(
                "Personal data erased on request: which record, which fields, how many rows "
                "in each place, who and why. The erased data itself is kept nowhere."
            )
        )
        headers = [
            self.tr("Erased"),
            self.tr("Record"),
            self.tr("Fields"),
            self.tr("Where"),
            self.tr("By"),
            self.tr("Reason"),
        ]
        self.table = named(QTableWidget(len(entries), len(headers)), "erasureLogTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        for row, entry in enumerate(entries):
            kind = message_text(Message("PersonalData", KIND_WORDS.get(entry.table, entry.table)))
            cells = (
                f"{format_date(entry.erased_at.date())} {entry.erased_at:%H:%M} UTC",
                f"{kind} {entry.record_id}",
                ", ".join(message_text(m) for m in field_messages(entry.fields)),
                "\n".join(message_text(m) for m in place_messages(entry.places)) or "—",
                entry.erased_by,
                entry.reason,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        for column, width in enumerate((150, 140, 190, 270, 120)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.empty = named(plain_label(), "erasureLogEmpty")
        self.empty.setText(self.tr("Nothing has been erased."))
        self.empty.setVisible(not entries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)


def show_erasure_log(parent: QWidget, entries: list[ErasureRecord]) -> None:
    ErasureLogDialog(entries, parent).exec()


def open_erasure_log(parent: QWidget, service: PersonalDataService | None) -> None:
    """Read the log and show it (Help → Erasure log)."""
    from collabdesk.ui.operations.run import run_operation

    if service is None:
        return
    read = run_operation(
        parent,
        service.log,
        failure_title=QCoreApplication.translate("ErasureLogDialog", "Erasure log"),
    )
    if read is not None:
        show_erasure_log(parent, read.value)
