"""The installed program, run as processes: the parties' legal details
(issue 17) typed from a script, refused in the person's language."""

from __future__ import annotations

import json

from tests.e2e.conftest import Program


def test_legal_details_from_a_script_in_russian(demo_program: Program) -> None:
    done = demo_program.cli(
        "legal", "set", "--partner", "7", "--inn", "7707083894", check=False, lang="ru_RU.UTF-8"
    )
    assert done.returncode == 1 and done.stdout == ""
    assert "ИНН «7707083894» неверен" in done.stderr
    demo_program.cli(
        "legal",
        "set",
        "--partner",
        "7",
        "--legal-name",
        'ООО "Точка роста"',
        "--inn",
        "7707083893",
        lang="ru_RU.UTF-8",
    )
    shown = demo_program.cli("legal", "show", "--partner", "7", lang="ru_RU.UTF-8").stdout
    assert "ИНН:" in shown and "7707083893" in shown
    assert "Для соглашения ещё нужно: Юридический адрес" in shown
    data = json.loads(demo_program.cli("legal", "show", "--partner", "7", "--json").stdout)
    assert data["legal_name"] == 'ООО "Точка роста"'


LIBRARY = (
    "--legal-name", "МБУК «ЦБС г. Томска»", "--inn", "7707083893", "--kpp", "701701001",
    "--legal-address", "634050, г. Томск, пр. Ленина, 5",
    "--signatory-name", "Ивановой Марии Петровны", "--signatory-position", "директора",
    "--signatory-basis", "действующей на основании Устава",
)  # fmt: skip
ARTIST = (
    "--partner", "2", "--legal-name", "ИП Соколова Алёна Викторовна", "--inn", "500100732259",
    "--legal-address", "634009, г. Томск, ул. Розы Люксембург, 12",
    "--signatory-name", "Соколовой Алёны Викторовны",
    "--signatory-position", "индивидуального предпринимателя",
    "--signatory-basis", "действующей на основании свидетельства ОГРНИП",
)  # fmt: skip


def test_agreement_from_the_command_line(demo_program: Program, tmp_path) -> None:
    import io

    from docx import Document
    from pypdf import PdfReader

    out = tmp_path / "agreement.docx"
    refused = demo_program.cli("agreement", "2", "--out", str(out), check=False)
    assert refused.returncode == 1 and not out.exists()
    assert "Legal name, INN, Legal address" in refused.stderr
    demo_program.cli("legal", "set", *LIBRARY)
    demo_program.cli("legal", "set", *ARTIST)
    wrote = demo_program.cli("agreement", "2", "--out", str(out), "--lang", "ru")
    assert "Agreement version 1 with Alyona Sokolova" in wrote.stdout
    document = Document(io.BytesIO(out.read_bytes()))
    text = " ".join(p.text for p in document.paragraphs)
    assert "в лице индивидуального предпринимателя Соколовой Алёны Викторовны" in text
    pdf = tmp_path / "agreement.pdf"
    demo_program.cli("agreement", "2", "--out", str(pdf), "--lang", "en")
    assert "Cooperation agreement No. 2" in PdfReader(pdf).pages[0].extract_text()
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(pdf.read_bytes())
    signed = demo_program.cli("agreement", "2", "--signed", str(scan), "--signed-on", "2026-12-01")
    assert "version 2" in signed.stdout and "2026-12-01" in signed.stdout
    listed = demo_program.cli("agreement", "2", "--list").stdout.splitlines()
    assert listed[0].endswith("not signed") and listed[1].endswith("signed 2026-12-01")
    several = demo_program.cli("agreement", "6", "--out", str(pdf), check=False)
    assert several.returncode == 1 and "several partners" in several.stderr


def test_acknowledgement_from_the_command_line(demo_program: Program, tmp_path) -> None:
    from pypdf import PdfReader

    demo_program.cli("legal", "set", *LIBRARY)
    demo_program.cli(
        "legal", "set", "--partner", "1", "--legal-name", "ООО «Полигон»", "--inn", "7707083893",
        "--legal-address", "634034, г. Томск, ул. Нахимова, 8",
        "--signatory-name", "Смирнова Олега Игоревича",
        "--signatory-position", "генерального директора",
        "--signatory-basis", "действующего на основании Устава",
    )  # fmt: skip
    out = tmp_path / "act.pdf"
    refused = demo_program.cli("acknowledgement", "1", "3", "--out", str(out), check=False)
    assert refused.returncode == 1 and "not delivered yet: 3" in refused.stderr
    assert not out.exists()
    mixed = demo_program.cli("acknowledgement", "1", "2", "--out", str(out), check=False)
    assert mixed.returncode == 1 and "two acts" in mixed.stderr
    demo_program.cli("acknowledgement", "1", "--out", str(out), "--lang", "ru")
    text = PdfReader(out).pages[0].extract_text()
    assert "Акт приёма-передачи" in text and "ООО «Полигон»" in text
    library = tmp_path / "library.docx"
    demo_program.cli("acknowledgement", "2", "--out", str(library), "--lang", "en")
    from docx import Document

    assert "(delivered by the Library)" in Document(str(library)).paragraphs[0].text
