"""The installed program writes a covering letter and its e-mail draft."""

from __future__ import annotations

import email
from email.policy import default
from pathlib import Path

from pypdf import PdfReader

from tests.e2e.conftest import Program


def test_letter_command_writes_pdf_and_draft(demo_program: Program, tmp_path: Path) -> None:
    pdf, eml = tmp_path / "Письмо.pdf", tmp_path / "draft.eml"
    done = demo_program.cli(
        "letter", "6", "--partner", "7", "--lang", "ru", "--out", str(pdf), "--eml", str(eml)
    )
    assert done.stderr == ""
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Olga Mironova" in text or "Ольга" in text  # the demo's language is the system's
    message = email.message_from_bytes(eml.read_bytes(), policy=default)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "o.mironova@tochka-rosta.example"
    (attachment,) = message.iter_attachments()
    assert attachment.get_content().startswith(b"%PDF")
    body = message.get_body(("plain",))
    assert body is not None and "Уважаем" in body.get_content()
