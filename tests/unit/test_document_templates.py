"""Document templates: shipped defaults used until a library imports its
own; an import with a broken or unknown field is refused naming it, and
nothing is stored; user text always prints as text; the real merge data
has the fields of the sample the check uses."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from collabdesk.services.desk import Desk
from collabdesk.services.document_templates import shipped_path
from collabdesk.services.errors import ServiceError
from collabdesk.services.merge_fields import TEMPLATE_NAMES, sample
from collabdesk.services.template_merge import TemplateProblemError, merge

ROOT = Path(__file__).resolve().parents[2]


def docx_with(*paragraphs: str) -> bytes:
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def text_of(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_shipped_templates_are_used_until_one_is_imported(desk: Desk, tmp_path: Path) -> None:
    listed = desk.templates.list()
    assert {(i.name, i.language) for i in listed} == {
        (n, lang) for n in TEMPLATE_NAMES for lang in ("ru", "en")
    }
    assert not any(info.imported for info in listed)
    shipped = desk.templates.get("agreement", "ru")
    assert not shipped.imported and shipped.content == shipped_path("agreement", "ru").read_bytes()

    own = tmp_path / "our form.docx"
    own.write_bytes(docx_with("НАШ БЛАНК {{ partner.legal_name }} ИНН {{ partner.inn }}"))
    desk.templates.import_file("agreement", "ru", own)
    used = desk.templates.get("agreement", "ru")
    assert used.imported and "НАШ БЛАНК" in text_of(merge(used.content, sample("agreement")))
    assert not desk.templates.get("agreement", "en").imported  # the other language untouched
    (info,) = [i for i in desk.templates.list() if i.imported]
    assert (info.name, info.language, info.file_name) == ("agreement", "ru", "our form.docx")

    assert desk.templates.reset("agreement") == 1
    assert not desk.templates.get("agreement", "ru").imported


@pytest.mark.parametrize(
    ("paragraph", "named"),
    [
        ("ИНН {{ partner.innn }}", "'innn'"),
        ("{{ partnr.inn }}", "'partnr'"),
        ("{{ partner.inn }", "broken merge field"),
        ("{% for p in library_promises %}{{ p.what }}", "broken merge field"),
    ],
)
def test_a_broken_or_unknown_field_is_named_and_nothing_stored(
    desk: Desk, tmp_path: Path, paragraph: str, named: str
) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(docx_with("Соглашение", paragraph))
    with pytest.raises(TemplateProblemError) as caught:
        desk.templates.import_file("agreement", "ru", bad)
    assert named in str(caught.value)
    assert not any(info.imported for info in desk.templates.list())


def test_a_file_that_is_not_a_docx_is_refused(desk: Desk, tmp_path: Path) -> None:
    fake = tmp_path / "form.docx"
    fake.write_text("not a word file")
    with pytest.raises(TemplateProblemError, match=r"not a Word \.docx file"):
        desk.templates.import_file("acknowledgement", "en", fake)
    with pytest.raises(ServiceError, match="no template called 'letter'"):
        desk.templates.import_file("letter", "en", fake)


@pytest.mark.parametrize(
    "hostile", ["{{ partner.inn }}", "{% if x %}", "<w:t>", "A & B", 'Q\'s "x"']
)
def test_user_text_prints_literally(hostile: str) -> None:
    context: dict[str, Any] = sample("agreement")
    context["partner"] = context["partner"] | {"legal_name": f"ООО {hostile}"}
    filled = merge(docx_with("Партнёр: {{ partner.legal_name }}."), context)
    assert f"Партнёр: ООО {hostile}." in text_of(filled)
    with zipfile.ZipFile(io.BytesIO(filled)) as docx:
        assert "<w:t>" not in docx.read("word/document.xml").decode().split("Партнёр")[1][:60]


@pytest.mark.parametrize("name", ["agreement", "acknowledgement"])
@pytest.mark.parametrize("language", ["ru", "en"])
def test_every_shipped_template_fills_from_the_sample(name: str, language: str) -> None:
    text = text_of(merge(shipped_path(name, language).read_bytes(), sample(name)))
    assert "{{" not in text and "{%" not in text
    assert "ООО «Ромашка»" in text and "500100732259" in text


def test_the_shipped_templates_are_generated_reproducibly(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make", ROOT / "packaging" / "make_templates.py")
    assert spec is not None and spec.loader is not None
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    for language in ("ru", "en"):
        assert (
            make.reproducible(make.agreement(language))
            == shipped_path("agreement", language).read_bytes()
        )


def cli(data_dir: Path, *argv: str) -> tuple[int, str, str]:
    from collabdesk.cli import run

    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(data_dir), *argv], out, err)
    return code, out.getvalue(), err.getvalue()


def test_templates_from_the_command_line(tmp_path: Path) -> None:
    data, exported = tmp_path / "data", tmp_path / "agreement.docx"
    code, out, err = cli(data, "templates", "export", "agreement", str(exported), "--lang", "en")
    assert (code, err) == (0, "") and exported.read_bytes() == shipped_path(
        "agreement", "en"
    ).read_bytes()
    bad = tmp_path / "bad.docx"
    bad.write_bytes(docx_with("{{ partner.nmae }}"))
    code, out, err = cli(data, "templates", "import", "agreement", str(bad), "--lang", "en")
    assert code == 1 and "'nmae'" in err and err.count("\n") == 1
    code, out, err = cli(data, "templates", "import", "agreement", str(exported), "--lang", "en")
    assert code == 0 and "now the library's own: agreement.docx" in out
    code, out, _ = cli(data, "templates", "list")
    assert "the library's own: agreement.docx" in out and "shipped" in out
    code, out, _ = cli(data, "templates", "reset", "agreement")
    assert code == 0 and "shipped one again" in out
