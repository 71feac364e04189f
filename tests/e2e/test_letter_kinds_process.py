"""The installed program writes the three letters to a partner."""

from __future__ import annotations

import email
from email.policy import default
from pathlib import Path

from docx import Document

from tests.e2e.conftest import Program


def test_letter_kinds_as_docx_eml_and_txt(demo_program: Program, tmp_path: Path) -> None:
    docx, eml, txt = tmp_path / "Напоминание.docx", tmp_path / "draft.eml", tmp_path / "t.txt"
    done = demo_program.cli(
        "letter", "reminder", "2", "--days", "60", "--lang", "ru", "--out", str(docx)
    )
    assert done.stderr == ""
    text = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert "Напоминание о сроках" in text and "(срок прошёл)" not in text
    demo_program.cli("letter", "follow-up", "6", "--partner", "7", "--out", str(eml))
    message = email.message_from_bytes(eml.read_bytes(), policy=default)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "o.mironova@tochka-rosta.example"
    (pitch,) = message.iter_attachments()
    assert pitch.get_content().startswith(b"%PDF")
    demo_program.cli("letter", "thank-you", "1", "--lang", "en", "--out", str(txt))
    assert "What we received from you:" in txt.read_text(encoding="utf-8")
    refused = demo_program.cli("letter", "reminder", "2", "--out", str(txt), check=False)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
