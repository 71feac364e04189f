"""Settings ▸ Library: the row that opens the library's own legal details
and the document templates (each kept in the database at once, like the
logo, apart from the Settings dialog's Save)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QWidget

from collabdesk.ui.widgets.named import named

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

    def run() -> None:
        from collabdesk.ui.legal.legal_details_dialog import edit_legal_details

        if legal is not None:
            edit_legal_details(dialog, legal, None, translate("LegalDetailsDialog", "the library"))

    def run_templates() -> None:
        from collabdesk.ui.legal.templates_dialog import TemplatesDialog

        if templates is not None:
            TemplatesDialog(templates, dialog).exec()

    button.clicked.connect(run)
    forms.clicked.connect(run_templates)
