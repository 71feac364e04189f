"""Settings ▸ Library: the row that opens the library's own legal details
and the document templates (each kept in the database at once, like the
logo, apart from the Settings dialog's Save)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QWidget

from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.document_templates import DocumentTemplateService
    from collabdesk.services.legal_details import LegalDetailsService

translate = QCoreApplication.translate


def add_library_legal_row(form: QFormLayout, dialog: QWidget) -> None:
    """Shown enabled only when the window behind Settings has data open."""
    parent = dialog.parentWidget()
    desk = getattr(parent.window(), "desk", None) if parent is not None else None
    legal = getattr(desk, "legal", None)
    button = named(
        QPushButton(translate("LegalDetailsDialog", "&Legal details…")), "libraryLegalButton"
    )
    button.setEnabled(legal is not None)
    forms = named(
        QPushButton(translate("LegalDetailsDialog", "Document &templates…")),
        "libraryTemplatesButton",
    )
    templates = getattr(desk, "templates", None)
    forms.setEnabled(templates is not None)
    row = QHBoxLayout()
    row.addWidget(button)
    row.addWidget(forms)
    row.addStretch(1)
    form.addRow(translate("LegalDetailsDialog", "For agreements:"), row)

    if legal is not None:
        button.clicked.connect(partial(_edit_library, legal, button))
    if templates is not None:
        forms.clicked.connect(partial(_edit_templates, templates, forms))


def _edit_library(legal: LegalDetailsService, button: QPushButton) -> None:
    """Opened over the Settings dialog (the button's window); the handler
    holds no reference to the dialog itself."""
    from collabdesk.ui.legal.legal_details_dialog import edit_legal_details

    whose = translate("LegalDetailsDialog", "the library")
    edit_legal_details(button.window(), legal, None, whose)


def _edit_templates(templates: DocumentTemplateService, button: QPushButton) -> None:
    from collabdesk.ui.legal.templates_dialog import TemplatesDialog

    TemplatesDialog(templates, button.window()).exec()
