"""Settings ▸ Library ▸ Document templates…: which Word form each document
is written from, and the library's own imported, exported or reset. An
import with a broken field is refused with the field named (the service
checks it); nothing else changes then."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.errors import ServiceError
from collabdesk.ui.widgets.error_label import ErrorLabel, plain_label
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.document_templates import DocumentTemplateService, TemplateInfo


def open_file(parent: QWidget, title: str) -> Path | None:
    """Replaced in tests."""
    name, _ = QFileDialog.getOpenFileName(parent, title, "", "Word (*.docx)")
    return Path(name) if name else None


def save_file(parent: QWidget, title: str, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, "Word (*.docx)")
    return Path(name) if name else None


class TemplatesDialog(QDialog):
    def __init__(self, templates: DocumentTemplateService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.setWindowTitle(self.tr("Document templates"))
        self.setMinimumWidth(600)
        self._templates = templates
        self._rows: list[TemplateInfo] = []
        self.table = named(QTableWidget(0, 3), "templatesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Language"), self.tr("Form used")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.import_button = named(
            QPushButton(self.tr("&Import the library's form…")), "importTemplate"
        )
        self.export_button = named(QPushButton(self.tr("&Export…")), "exportTemplate")
        self.reset_button = named(QPushButton(self.tr("&Use the shipped form")), "resetTemplate")
        self.import_button.clicked.connect(self.import_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.reset_button.clicked.connect(self.reset_selected)
        self.error = ErrorLabel("templatesError")
        self.status = named(plain_label(""), "templatesStatus")
        hint = plain_label(
            self.tr(
                "Export a form, change its wording in Word or LibreOffice keeping the merge "
                "fields in {{ }}, and import it: every computer of the library then writes "
                "that document on it. The fields are listed in docs/templates.md."
            )
        )
        hint.setWordWrap(True)
        row = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.reset_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.reload()
        self.table.selectRow(0)

    def _name(self, name: str) -> str:
        names = {
            "agreement": self.tr("Agreement"),
            "acknowledgement": self.tr("Act of transfer"),
            "letter-follow-up": self.tr("Letter: follow-up after a pitch"),
            "letter-reminder": self.tr("Letter: reminder of dates"),
            "letter-thank-you": self.tr("Letter: thank-you after delivery"),
        }
        return names.get(name, name)

    def reload(self) -> None:
        try:
            self._rows = self._templates.list()
        except ServiceError as exc:
            self.error.show_error(exc)
            return
        current = self.table.currentRow()
        self.table.setRowCount(len(self._rows))
        for index, info in enumerate(self._rows):
            used = (
                self.tr("the library's own: %1").replace("%1", info.file_name)
                if info.imported
                else self.tr("shipped")
            )
            for column, text in enumerate((self._name(info.name), info.language, used)):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if current >= 0:
            self.table.selectRow(current)

    def selected(self) -> TemplateInfo | None:
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _run(self, work: Callable[[], str]) -> None:
        self.error.hide()
        try:
            said = work()
        except (ServiceError, OSError) as exc:
            self.error.show_error(exc if isinstance(exc, ServiceError) else str(exc))
            return
        self.status.setText(said)
        self.reload()

    def import_selected(self) -> None:
        info = self.selected()
        path = None if info is None else open_file(self, self.tr("Import a Word form"))
        if info is None or path is None:
            return

        def work() -> str:
            self._templates.import_file(info.name, info.language, path)
            return self.tr("Imported %1.").replace("%1", path.name)

        self._run(work)

    def export_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        path = save_file(self, self.tr("Export the form"), f"{info.name}_{info.language}.docx")
        if path is None:
            return

        def work() -> str:
            from collabdesk.reports.output import write_atomically

            write_atomically(path, self._templates.get(info.name, info.language).content)
            return self.tr("Wrote %1").replace("%1", str(path))

        self._run(work)

    def reset_selected(self) -> None:
        info = self.selected()
        if info is None:
            return

        def work() -> str:
            self._templates.reset(info.name, info.language)
            return self.tr("The shipped form is used again.")

        self._run(work)
