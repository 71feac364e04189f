"""Documents ▸ Letter to the partner in the window: the three letters in the
menu; a reminder written as an e-mail draft off the GUI thread; the text
copied for webmail; the pitch gathered into the attachments folder; a
letter with nothing to say refused in the dialog."""

from __future__ import annotations

import email
from datetime import date
from email.policy import default
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from collabdesk.services.desk import Desk
from collabdesk.ui.documents import partner_letters
from collabdesk.ui.documents.partner_letters import PartnerLetterDialog
from tests.unit.agreement_data import make_ledger


def dialog_for(qtbot: Any, desk: Desk, collaboration_id: int, kind: str) -> PartnerLetterDialog:
    dialog = PartnerLetterDialog(desk, collaboration_id, kind)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_documents_menu_offers_the_three_letters(
    make_window: Any, db: Any, monkeypatch: Any
) -> None:
    window = make_window(db)
    ledger = make_ledger(window.desk)
    view = window.collaborations
    window.show_section(view)
    view.refresh()
    view.select(ledger.collaboration_id)
    button = view.findChild(QPushButton, "documents")
    opened: list[tuple[int, str]] = []
    monkeypatch.setattr(
        partner_letters, "open_partner_letter", lambda _d, cid, kind, _p: opened.append((cid, kind))
    )
    (letters,) = [a.menu() for a in button.menu().actions() if a.menu() is not None]
    actions = {a.objectName(): a for a in letters.actions()}
    for kind in ("follow-up", "reminder", "thank-you"):
        actions[f"letter-{kind}Action"].trigger()
    cid = ledger.collaboration_id
    assert opened == [(cid, "follow-up"), (cid, "reminder"), (cid, "thank-you")]


def test_a_reminder_draft_is_written_off_the_gui_thread(
    qtbot: Any, desk: Desk, tmp_path: Path, monkeypatch: Any
) -> None:
    ledger = make_ledger(desk)  # the partner's promises were due in 2026: overdue
    out = tmp_path / "reminder.eml"
    monkeypatch.setattr(partner_letters, "save_path", lambda *_a: out)
    dialog = dialog_for(qtbot, desk, ledger.collaboration_id, "reminder")
    assert dialog.days.isVisibleTo(dialog) and dialog.format_combo.currentData() == ".eml"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ru"))
    dialog.write_button.click()
    qtbot.waitUntil(lambda: dialog.written == [out], timeout=20_000)
    message = email.message_from_bytes(out.read_bytes(), policy=default)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "info@pechdvor.example"
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "– Печать программ (500 шт.) — срок 20 февраля 2026 (срок прошёл)" in text
    assert "Логотип партнёра" not in text  # the library's own promise
    assert "Saved to" in dialog.status.text()


def test_copy_the_text_and_open_the_folder_with_the_attachments(
    qtbot: Any, desk: Desk, tmp_path: Path, monkeypatch: Any
) -> None:
    ledger = make_ledger(desk)
    opened: list[str] = []
    monkeypatch.setattr(partner_letters, "open_url", lambda url: opened.append(url.toLocalFile()))
    monkeypatch.setattr(partner_letters, "attachments_folder", lambda _cid: tmp_path / "att")
    extra = tmp_path / "prices.xlsx"
    extra.write_bytes(b"PK\x03\x04")
    monkeypatch.setattr(partner_letters, "pick_files", lambda _p: [extra])
    dialog = dialog_for(qtbot, desk, ledger.collaboration_id, "follow-up")
    assert not dialog.days.isVisibleTo(dialog)
    dialog.findChild(QPushButton, "letterAttach").click()
    dialog.copy_button.click()
    qtbot.waitUntil(lambda: bool(dialog.copied), timeout=20_000)
    assert QGuiApplication.clipboard().text() == dialog.copied
    assert "prices.xlsx" in dialog.copied and "copied" in dialog.status.text()
    dialog.folder_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    assert opened == [str(tmp_path / "att")]
    names = sorted(p.name for p in (tmp_path / "att").iterdir())
    assert "prices.xlsx" in names and any(n.endswith(".pdf") for n in names)


def test_a_thank_you_before_delivery_is_refused_in_the_dialog(
    qtbot: Any, desk: Desk, monkeypatch: Any
) -> None:
    ledger = make_ledger(desk)
    asked: list[int] = []
    monkeypatch.setattr(partner_letters, "save_path", lambda *_a: asked.append(1))
    dialog = dialog_for(qtbot, desk, ledger.collaboration_id, "thank-you")
    dialog.write_button.click()
    assert asked == [] and dialog.job is None
    assert "delivered yet" in dialog.error.text() or "выполнено" in dialog.error.text()
    desk.commitments.deliver(ledger.partner_promises[0], date(2026, 2, 18), today=date(2026, 3, 1))
    dialog.write_button.click()
    assert asked == [1]  # now it asks where to save
