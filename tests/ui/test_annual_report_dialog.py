"""File → Annual report…: the branch chooser only when there are several
branches, the format deciding the file's ending, and the report written in
the worker and opened; the window's language decides nothing in the file
(the dialog's language does)."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt

from collabdesk.services.desk import Desk
from collabdesk.store.database import Database
from collabdesk.ui.documents import annual_report_dialog
from collabdesk.ui.documents.annual_report_dialog import AnnualReportDialog
from tests.unit.test_annual_report import seed


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    shown: list[Path] = []
    monkeypatch.setattr(annual_report_dialog, "open_file", shown.append)
    return shown


def test_two_branches_pdf_and_xlsx(
    db: Database, desk: Desk, qtbot: Any, tmp_path: Path, opened: list[Path]
) -> None:
    seed(db)
    dialog = AnnualReportDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.branch.isVisible() and dialog.branch.count() == 3  # all + two branches
    dialog.year.setValue(2026)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.output.setText(str(tmp_path / "annual"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    assert dialog.written == tmp_path / "annual.pdf" and opened == [dialog.written]
    text = " ".join(p.extract_text() for p in PdfReader(dialog.written).pages)
    assert "Collaborations in 2026" in re.sub(r"\s+", " ", text)

    sheet = AnnualReportDialog(desk)
    qtbot.addWidget(sheet)
    sheet.year.setValue(2026)
    sheet.format.setCurrentIndex(sheet.format.findData(".xlsx"))
    sheet.branch.setCurrentIndex(2)  # the second branch only
    sheet.output.setText(str(tmp_path / "annual.pdf"))
    qtbot.mouseClick(sheet.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sheet.written is not None, timeout=30_000)
    assert sheet.written == tmp_path / "annual.xlsx"
    book = load_workbook(io.BytesIO(sheet.written.read_bytes()))
    assert "Филиалы" not in book.sheetnames  # one branch: no per-branch sheet


def test_a_single_library_sees_no_branch_chooser(desk: Desk, qtbot: Any) -> None:
    dialog = AnnualReportDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.branch.isVisible()
