"""`collabdesk letter KIND ID --out F.docx|F.eml|F.txt` on the demo data: the
three letters, their attachments, a replaced template, one-line errors."""

from __future__ import annotations

import email
import io
from email.policy import default
from pathlib import Path

import pytest
from docx import Document

from collabdesk.cli import run
from collabdesk.reports.letter_docx import docx_text


def cli(data_dir: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(data_dir), *argv], out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("letters") / "data"
    assert cli(data, "demo", "--lang", "en")[0] == 0
    return data


def test_a_reminder_as_docx_lists_the_partners_dates(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "reminder.docx"
    code, said, err = cli(
        demo, "letter", "reminder", "2", "--days", "60", "--lang", "en", "--out", str(out)
    )
    assert (code, err) == (0, "") and said == f"Wrote {out}\n"
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "A reminder of dates: Library-Observatory souvenir line" in text
    assert (
        "– Sketches and 500 printed postcards (500 pcs) — due " in text
    )  # the demo is dated from today
    assert "Exhibition in the foyer" not in text  # the library's own promise


def test_a_reminder_with_nothing_due_is_refused(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.txt"
    code, said, err = cli(demo, "letter", "reminder", "2", "--lang", "en", "--out", str(out))
    assert code == 1 and said == "" and not out.exists()
    assert err == (
        "collabdesk: Alyona Sokolova has no open promise due in the next 14 days or "
        "overdue: there is nothing to remind of.\n"
    )


def test_a_follow_up_draft_with_the_pitch_and_a_file(demo: Path, tmp_path: Path) -> None:
    extra = tmp_path / "price list.txt"
    extra.write_text("prices", encoding="utf-8")
    out = tmp_path / "follow-up.eml"
    code, _, err = cli(
        demo, "letter", "follow-up", "6", "--partner", "7", "--lang", "ru",
        "--out", str(out), "--attach", str(extra),
    )  # fmt: skip
    assert (code, err) == (0, "")
    message = email.message_from_bytes(out.read_bytes(), policy=default)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "o.mironova@tochka-rosta.example"
    names = [part.get_filename() for part in message.iter_attachments()]
    assert names == [
        "Science talks for teenagers - Growth Point Foundation - предложение (ru).pdf",
        "price list.txt",
    ]
    body = message.get_body(("plain",))
    assert body is not None and "О чём мы просим:" in body.get_content()


def test_a_thank_you_as_text_writes_the_recap_beside_it(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "thanks.txt"
    code, said, _ = cli(demo, "letter", "thank-you", "1", "--lang", "en", "--out", str(out))
    recap = (
        tmp_path / "The library in the creative cluster - Polygon Creative Cluster - recap (en).pdf"
    )
    assert code == 0 and said == f"Wrote {out}\nWrote {recap}\n"
    assert recap.read_bytes().startswith(b"%PDF")
    text = out.read_text(encoding="utf-8")
    assert "What we received from you:\n– Rent-free 120 m² hall (12 months), " in text
    assert f"Attached: {recap.name}" in text


def test_no_e_mail_address_leaves_to_empty_and_says_so(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "coffee.eml"
    code, said, _ = cli(demo, "letter", "follow-up", "5", "--lang", "en", "--out", str(out))
    assert code == 0 and "no e-mail address" in said
    assert email.message_from_bytes(out.read_bytes(), policy=default)["To"] is None


def test_a_library_template_is_used_and_a_broken_one_refused(demo: Path, tmp_path: Path) -> None:
    own = tmp_path / "our reminder.docx"
    document = Document()
    document.add_paragraph("НАШ БЛАНК для {{ partner.name }}")
    document.add_paragraph("{%p for p in promises %}")
    document.add_paragraph("* {{ p.what }} до {{ p.due }}")
    document.add_paragraph("{%p endfor %}")
    document.save(str(own))
    assert cli(demo, "templates", "import", "letter-reminder", str(own), "--lang", "en")[0] == 0
    out = tmp_path / "ours.txt"
    assert (
        cli(demo, "letter", "reminder", "2", "--days", "60", "--lang", "en", "--out", str(out))[0]
        == 0
    )
    first, second, *rest = out.read_text(encoding="utf-8").splitlines()
    assert first == "НАШ БЛАНК для Alyona Sokolova" and rest == []
    assert second.startswith("* Sketches and 500 printed postcards до ")  # the demo's date
    broken = tmp_path / "broken.docx"
    document = Document()
    document.add_paragraph("{{ partner.nmae }}")
    document.save(str(broken))
    code, _, err = cli(demo, "templates", "import", "letter-reminder", str(broken), "--lang", "en")
    assert code == 1 and "'nmae'" in err and err.count("\n") == 1
    assert cli(demo, "templates", "reset", "letter-reminder")[0] == 0
    cli(demo, "letter", "reminder", "2", "--days", "60", "--lang", "en", "--out", str(out))
    assert "НАШ БЛАНК" not in out.read_text(encoding="utf-8")


def test_exported_letter_template_is_the_shipped_one(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "thanks.docx"
    assert cli(demo, "templates", "export", "letter-thank-you", str(out), "--lang", "ru")[0] == 0
    assert "{{ letter.salutation }}" in docx_text(out.read_bytes())


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (("letter", "apology", "1", "--out", "x.txt"), "There is no letter called “apology”"),
        (("letter", "reminder", "--out", "x.txt"), "Say which collaboration"),
        (("letter", "reminder", "one", "--out", "x.txt"), "“one” is not a collaboration id"),
        (("letter", "reminder", "2", "--out", "x.pdf"), "as .docx, .eml or .txt, not “x.pdf”"),
        (("letter", "thank-you", "3", "--out", "x.txt"), "Nothing of collaboration 3"),
        (("letter", "reminder", "2", "--days", "0", "--out", "x.txt"), "1 to 366 days"),
        (
            (
                "letter",
                "follow-up",
                "6",
                "--partner",
                "7",
                "--attach",
                "nowhere.pdf",
                "--out",
                "x.txt",
            ),
            "The file to attach cannot be read: nowhere.pdf",
        ),
        (("letter", "reminder", "42", "--out", "x.txt"), "no collaboration with id 42"),
    ],
)
def test_bad_letters_get_one_line(
    demo: Path, tmp_path: Path, argv: tuple[str, ...], said: str
) -> None:
    argv = tuple(str(tmp_path / a) if a.startswith("x.") else a for a in argv)
    code, out, err = cli(demo, *argv)
    assert code == 1 and out == "" and err.count("\n") == 1, err
    assert said in err
