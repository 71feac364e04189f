"""`collabdesk letter`: the PDF, the e-mail draft, and one-line errors."""

from __future__ import annotations

import email
import io
from email.policy import default
from pathlib import Path

from pypdf import PdfReader

from collabdesk.cli import run


def cli(data_dir: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(data_dir), *argv], out, err)
    return code, out.getvalue(), err.getvalue()


def test_letter_and_draft_of_the_demo(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli(data, "demo", "--lang", "en")[0] == 0
    pdf, eml = tmp_path / "letter.pdf", tmp_path / "out" / "letter.eml"
    code, out, err = cli(
        data, "letter", "6", "--partner", "7", "--lang", "en", "--out", str(pdf), "--eml", str(eml)
    )
    assert (code, err) == (0, "")
    assert f"Wrote {pdf}" in out and f"Wrote {eml}" in out
    assert "Dear Olga Mironova," in PdfReader(pdf).pages[0].extract_text()
    message = email.message_from_bytes(eml.read_bytes(), policy=default)
    assert message["X-Unsent"] == "1"
    (pitch,) = message.iter_attachments()
    assert pitch.get_filename() == (
        "Science talks for teenagers - Growth Point Foundation (en).pdf"
    )
    assert PdfReader(io.BytesIO(pitch.get_content())).pages  # a real PDF inside


def test_a_partner_without_e_mail_is_told(tmp_path: Path) -> None:
    data = tmp_path / "data"
    cli(data, "demo", "--lang", "en")
    # Birch Leaf Coffee (collaboration 5) has no contact person and no e-mail.
    code, out, _ = cli(
        data, "letter", "5", "--out", str(tmp_path / "l.pdf"), "--eml", str(tmp_path / "l.eml")
    )
    assert code == 0
    assert "no e-mail address" in out
    message = email.message_from_bytes((tmp_path / "l.eml").read_bytes(), policy=default)
    assert message["To"] is None


def test_letter_errors_are_one_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    code, out, err = cli(data, "letter", "42", "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and out == ""
    assert err == "collabdesk: There is no collaboration with id 42.\n"
    assert not (tmp_path / "x.pdf").exists()
    cli(data, "demo", "--lang", "en")
    code, _, err = cli(data, "letter", "1", "--out", str(tmp_path))
    assert code != 0 and err.count("\n") == 1 and "is a folder" in err
    code, _, err = cli(data, "letter", "1", "--lang", "de", "--out", "x.pdf")
    assert code == 2 and err.count("\n") == 1
