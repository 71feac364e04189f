"""The Pitch dialog's reply-by date reaches the PDF, and its warning names
the answers that will print untranslated in the other language."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

from collabdesk.ui.documents import pitch_dialog
from collabdesk.ui.documents.pitch_dialog import PitchDialog


def test_reply_by_reaches_the_pdf_and_untranslated_answers_are_named(
    demo_db, desk, qtbot, tmp_path, monkeypatch, prompts_log
):
    monkeypatch.setattr(pitch_dialog, "open_document", lambda _path: None)
    collab = next(r for r in desk.collaborations.rows() if r.title == "Лекторий для подростков")
    dialog = PitchDialog(desk, collab.id)
    qtbot.addWidget(dialog)
    assert dialog.reply_by.date() == QDate.currentDate().addDays(14)
    dialog.reply_by.setDate(QDate(2027, 3, 1))
    dialog.language.setCurrentIndex(1)  # English, while the demo's answers are Russian
    warning = dialog.gap_text(dialog.chosen_content())
    assert "no translation" in warning
    assert "What is unique about the idea?" in warning.split("no translation", 1)[1]
    dialog.output.setText(str(tmp_path / "reply.pdf"))
    prompts_log.confirm_answer = True
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    assert dialog.written == Path(tmp_path / "reply.pdf")
    first = PdfReader(dialog.written).pages[0].extract_text()
    assert "1 March 2027" in first
