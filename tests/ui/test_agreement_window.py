"""The collaboration's Documents ▸ Write agreement… in the window: missing
details are named and may be filled in at once; the .docx is written off
the GUI thread and kept; the signed scan is attached; the details' stage
line says whether the agreement is signed."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from collabdesk.domain.enums import Stage
from collabdesk.services.desk import Desk
from collabdesk.services.legal_details import LegalDraft
from collabdesk.ui.documents import agreement_dialog, documents_menu, signed_agreement_dialog
from collabdesk.ui.documents.agreement_dialog import AgreementDialog
from collabdesk.ui.documents.signed_agreement_dialog import SignedAgreementDialog
from collabdesk.ui.legal import legal_details_dialog
from collabdesk.ui.widgets import prompts
from tests.unit.agreement_data import PARTNER, make_ledger


def test_missing_details_are_asked_for_then_the_agreement_is_written(
    qtbot: Any, desk: Desk, tmp_path: Path, monkeypatch: Any
) -> None:
    ledger = make_ledger(desk)
    desk.legal.save(ledger.partner_id, LegalDraft())  # the partner's details are gone
    asked: list[str] = []

    def fill_in(_parent: Any, legal: Any, partner_id: int | None, whose: str) -> Any:
        asked.append(whose)
        return legal.save(partner_id, PARTNER)

    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text: asked.append(text) or True)
    monkeypatch.setattr(legal_details_dialog, "edit_legal_details", fill_in)
    out = tmp_path / "agreement.docx"
    monkeypatch.setattr(agreement_dialog, "save_path", lambda *_a: out)
    dialog = AgreementDialog(desk, ledger.collaboration_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.partner_combo.currentText() == "Печатный двор"
    dialog.findChild(QPushButton, "writeAgreement").click()
    assert "Печатный двор: Legal name, INN, Legal address" in asked[0]
    assert asked[1] == "Печатный двор"
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    text = " ".join(p.text for p in Document(io.BytesIO(out.read_bytes())).paragraphs)
    assert "ООО «Печатный двор», в лице генерального директора" in text
    assert "version 1" in dialog.status.text()
    (record,) = desk.agreements.list(ledger.collaboration_id)
    assert record.file_name == "agreement.docx"


def test_signed_scan_and_the_stage_line(
    make_window: Any, db: Any, tmp_path: Path, monkeypatch: Any, qtbot: Any
) -> None:
    window = make_window(db)
    desk = window.desk
    ledger = make_ledger(desk)
    desk.collaborations.set_stage(ledger.collaboration_id, Stage.AGREED)
    view = window.collaborations
    window.show_section(view)
    view.refresh()
    view.select(ledger.collaboration_id)
    assert view.details.fields["stage"].text().splitlines()[0].endswith("no agreement written")
    prepared = desk.agreements.prepare(ledger.collaboration_id)
    desk.agreements.record(prepared, "a.pdf", b"%PDF")
    view.select(ledger.collaboration_id)
    view.details.show_collaboration(desk, ledger.collaboration_id)
    assert view.details.fields["stage"].text().splitlines()[0].endswith("agreement not signed")

    scan = tmp_path / "signed.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n rest")
    monkeypatch.setattr(signed_agreement_dialog, "open_scan", lambda *_a: scan)
    dialog = SignedAgreementDialog(desk.agreements, ledger.collaboration_id)
    qtbot.addWidget(dialog)
    dialog.choose()
    dialog.save()
    assert dialog.saved is not None and dialog.saved.signed_on == date.today()
    view.details.show_collaboration(desk, ledger.collaboration_id)
    assert "signed" in view.details.fields["stage"].text()
    assert "not signed" not in view.details.fields["stage"].text()


def test_documents_button_opens_the_dialogs(
    make_window: Any, db: Any, monkeypatch: Any, qtbot: Any
) -> None:
    window = make_window(db)
    ledger = make_ledger(window.desk)
    view = window.collaborations
    window.show_section(view)
    view.refresh()
    button = view.findChild(QPushButton, "documents")
    view.select(ledger.collaboration_id)
    assert button.isEnabled() and button.menu() is not None
    opened: list[int] = []
    monkeypatch.setattr(AgreementDialog, "exec", lambda self: opened.append(1) or 0)
    monkeypatch.setattr(SignedAgreementDialog, "exec", lambda self: opened.append(2) or 0)
    actions = {a.objectName(): a for a in button.menu().actions()}
    actions["writeAgreementAction"].trigger()
    actions["attachSignedAction"].trigger()
    assert opened == [1, 2]
    assert "acknowledgementAction" in actions
    assert documents_menu is not None


def test_acknowledgement_dialog_lists_the_partners_deliveries_and_writes_the_act(
    qtbot: Any, desk: Desk, tmp_path: Path, monkeypatch: Any
) -> None:
    from pypdf import PdfReader

    from collabdesk.ui.documents.acknowledgement_dialog import AcknowledgementDialog

    ledger = make_ledger(desk)
    for commitment_id in (*ledger.partner_promises, ledger.library_promise):
        desk.commitments.deliver(commitment_id, date(2026, 2, 18), today=date(2026, 3, 1))
    out = tmp_path / "act.pdf"
    monkeypatch.setattr(agreement_dialog, "save_path", lambda *_a: out)
    dialog = AcknowledgementDialog(desk, ledger.collaboration_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.items.count() == 2  # the partner's deliveries by default, all ticked
    assert dialog.checked() == list(ledger.partner_promises)
    dialog.side_combo.setCurrentIndex(1)  # the library's own
    assert dialog.checked() == [ledger.library_promise]
    dialog.side_combo.setCurrentIndex(0)
    dialog.items.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.format_combo.setCurrentIndex(1)  # PDF
    dialog.findChild(QPushButton, "writeAgreement").click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Печать программ" in text and "Книги для призов" not in text
