"""The installed command line writes the annual report as a person would:
`collabdesk report annual --year … --out x.pdf` and `.xlsx` on the demo
library, the PDF in Russian and English, the workbook with real numbers;
an unknown branch or a .docx is refused in one line and nothing is written."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from tests.e2e.conftest import Program


def _text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(re.sub(r"[ \u00a0]+", " ", text).split())


def test_annual_report_from_the_cli(program: Program) -> None:
    program.cli("demo", "--lang", "ru")
    year = str(date.today().year)
    pdf, xlsx = program.home / "год.pdf", program.home / "year.xlsx"
    done = program.cli("report", "annual", "--year", year, "--out", str(pdf))
    assert str(pdf) in done.stdout
    text = _text(pdf)
    assert f"Сотрудничество в {year} году" in text and "Как считаются цифры" in text
    program.cli("report", "annual", "--year", year, "--lang", "en", "--out", str(pdf))
    assert f"Collaborations in {year}" in _text(pdf)

    program.cli("report", "annual", "--year", year, "--lang", "en", "--out", str(xlsx))
    book = load_workbook(xlsx)
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(min_row=2, values_only=True)}
    assert isinstance(summary["Active"], int) and summary["Active"] > 0
    assert book["Summary"].freeze_panes == "A2"

    refused = program.cli("report", "annual", "--year", year, "--branch", "99",
                          "--out", str(program.home / "no.pdf"), check=False)  # fmt: skip
    assert refused.returncode == 1 and "no branch number 99" in refused.stderr
    refused = program.cli("report", "annual", "--year", year,
                          "--out", str(program.home / "no.docx"), check=False)  # fmt: skip
    assert refused.returncode == 1 and ".pdf or .xlsx" in refused.stderr
    assert not list(program.home.glob("no.*"))
