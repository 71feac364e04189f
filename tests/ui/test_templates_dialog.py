"""Settings ▸ Library ▸ Document templates…: import names a broken field
and keeps the shipped form; a good import is listed as the library's own;
export writes the form in use; reset goes back."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from docx import Document
from PySide6.QtWidgets import QLabel, QPushButton

from collabdesk.services.desk import Desk
from collabdesk.services.document_templates import shipped_path
from collabdesk.ui.legal import templates_dialog
from collabdesk.ui.legal.templates_dialog import TemplatesDialog


def docx_with(text: str) -> bytes:
    document = Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_import_export_and_reset(qtbot: Any, desk: Desk, tmp_path: Path, monkeypatch: Any) -> None:
    dialog = TemplatesDialog(desk.templates)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 10  # agreement, act and three letters; ru and en
    names = {dialog.table.item(row, 0).text() for row in range(10)}
    assert "Letter: reminder of dates" in names or "Письмо: напоминание о сроках" in names
    dialog.table.selectRow(1)  # agreement, en
    assert (dialog.selected().name, dialog.selected().language) == ("agreement", "en")

    bad = tmp_path / "bad.docx"
    bad.write_bytes(docx_with("{{ partner.nmae }}"))
    monkeypatch.setattr(templates_dialog, "open_file", lambda *_a: bad)
    dialog.findChild(QPushButton, "importTemplate").click()
    error = dialog.findChild(QLabel, "templatesError")
    assert error.isVisible() and "'nmae'" in error.text()
    assert not desk.templates.get("agreement", "en").imported

    good = tmp_path / "our form.docx"
    good.write_bytes(docx_with("OUR FORM {{ partner.legal_name }}"))
    monkeypatch.setattr(templates_dialog, "open_file", lambda *_a: good)
    dialog.findChild(QPushButton, "importTemplate").click()
    assert not error.isVisible()
    assert desk.templates.get("agreement", "en").imported
    assert "our form.docx" in dialog.table.item(1, 2).text()

    exported = tmp_path / "out" / "form.docx"
    monkeypatch.setattr(templates_dialog, "save_file", lambda *_a: exported)
    dialog.findChild(QPushButton, "exportTemplate").click()
    assert exported.read_bytes() == good.read_bytes()

    dialog.findChild(QPushButton, "resetTemplate").click()
    assert not desk.templates.get("agreement", "en").imported
    assert (
        desk.templates.get("agreement", "en").content
        == shipped_path("agreement", "en").read_bytes()
    )
