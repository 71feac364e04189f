"""The covering letter from the Pitch dialog: the PDF and the e-mail draft
written by the worker and opened, the text copied, the folder opened, and
a partner without an e-mail address told about."""

from __future__ import annotations

import email
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from collabdesk.services.desk import Desk
from collabdesk.store.database import Database
from collabdesk.ui.documents import letter_actions
from collabdesk.ui.documents.letter_actions import LetterActions
from collabdesk.ui.documents.pitch_dialog import PitchDialog


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch, prompts_log: Any) -> list[Path]:
    prompts_log.confirm_answer = True  # "write it anyway?" about the pitch's gaps: yes
    found: list[Path] = []
    monkeypatch.setattr(
        letter_actions, "open_url", lambda url: found.append(Path(url.toLocalFile()))
    )
    return found


def dialog_for(desk: Desk, qtbot: Any, tmp_path: Path, title_part: str) -> PitchDialog:
    collab = next(r for r in desk.collaborations.rows() if title_part in r.title)
    dialog = PitchDialog(desk, collab.id)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(1)  # English
    dialog.output.setText(str(tmp_path / "pitch.pdf"))
    return dialog


def actions_of(dialog: PitchDialog) -> LetterActions:
    found = dialog.findChild(LetterActions, "letterActions")
    assert found is not None
    return found


def test_letter_pdf_and_draft_are_written_off_the_gui_thread(
    demo_db: Database, desk: Desk, qtbot: Any, tmp_path: Path, opened: list[Path]
) -> None:
    dialog = dialog_for(desk, qtbot, tmp_path, "креативном кластере")
    actions = actions_of(dialog)
    qtbot.mouseClick(actions.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.job is None and bool(opened), timeout=20_000)
    letter = tmp_path / "pitch - letter.pdf"
    assert opened == [letter]
    assert "Dear Сергей Лаптев," in PdfReader(letter).pages[0].extract_text()

    opened.clear()
    qtbot.mouseClick(actions.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.job is None and bool(opened), timeout=20_000)
    draft = tmp_path / "pitch - e-mail.eml"
    assert opened == [draft]
    message = email.message_from_bytes(draft.read_bytes(), policy=default)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "s.laptev@poligon-cluster.example"
    (attachment,) = message.iter_attachments()
    assert attachment.get_filename() == "pitch.pdf"
    assert attachment.get_content().startswith(b"%PDF")


def test_copy_the_text_and_open_the_folder(
    demo_db: Database, desk: Desk, qtbot: Any, tmp_path: Path, opened: list[Path]
) -> None:
    dialog = dialog_for(desk, qtbot, tmp_path, "Кофе и книги")  # the coffee shop has no e-mail
    actions = actions_of(dialog)
    qtbot.mouseClick(actions.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Dear Кофейня «Берёзовый лист» team,")
    assert "no e-mail address" in actions.status.text()

    qtbot.mouseClick(actions.folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.job is None and bool(opened), timeout=20_000)
    assert opened == [tmp_path]
    assert (tmp_path / "pitch.pdf").is_file() and (tmp_path / "pitch - letter.pdf").is_file()

    opened.clear()
    qtbot.mouseClick(actions.draft_button, Qt.MouseButton.LeftButton)
    assert "no recipient" in actions.status.text()
    qtbot.waitUntil(lambda: actions.job is None and bool(opened), timeout=20_000)
    message = email.message_from_bytes(opened[0].read_bytes(), policy=default)
    assert message["To"] is None


def test_the_letter_asks_for_a_reply_by_the_date_chosen_for_the_pitch(
    demo_db: Database, desk: Desk, qtbot: Any, tmp_path: Path, opened: list[Path]
) -> None:
    """One reply-by date: the letter says the one in the dialog, as the pitch does."""
    from PySide6.QtCore import QDate

    dialog = dialog_for(desk, qtbot, tmp_path, "креативном кластере")
    dialog.reply_by.setDate(QDate(2027, 1, 15))
    actions = actions_of(dialog)
    qtbot.mouseClick(actions.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.job is None and bool(opened), timeout=20_000)
    text = " ".join(PdfReader(tmp_path / "pitch - letter.pdf").pages[0].extract_text().split())
    assert "15 January 2027" in text


def test_the_missing_address_is_still_said_after_the_draft_is_saved(
    demo_db: Database, desk: Desk, qtbot: Any, tmp_path: Path, opened: list[Path]
) -> None:
    dialog = dialog_for(desk, qtbot, tmp_path, "Кофе и книги")  # no e-mail on record
    actions = actions_of(dialog)
    qtbot.mouseClick(actions.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.job is None and bool(opened), timeout=20_000)
    assert "Saved to" in actions.status.text()
    assert "no recipient" in actions.status.text()
