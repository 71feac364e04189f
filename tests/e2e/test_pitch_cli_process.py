"""The installed command line writes the demo's pitch as a process: the
reply-by date typed the Russian way, the summary on page one, and neither
the staff-only "if the partner declines" answer nor the foundation's
benefit in the museum's pitch."""

from __future__ import annotations

import re

from pypdf import PdfReader

from tests.e2e.conftest import Program


def test_the_demo_pitch_from_the_cli(program: Program) -> None:
    program.cli("demo", "--lang", "ru")
    out = program.home / "pitch.pdf"
    done = program.cli("pitch", "6", "--lang", "ru", "--reply-by", "01.03.2027", "--out", str(out))
    assert str(out) in done.stdout
    reader = PdfReader(out)
    assert 2 <= len(reader.pages) <= 4
    first = re.sub(r"[ \u00a0]+", " ", reader.pages[0].extract_text())
    assert "Ответьте, пожалуйста, до" in first and "1 марта 2027" in first
    text = re.sub(r"[ \u00a0]+", " ", "\n".join(p.extract_text() for p in reader.pages))
    assert "Подать заявку на городской молодёжный грант" not in text  # staff only
    assert "Фонд видят там, где живут его грантополучатели" not in text  # the foundation's
    bad = program.cli("pitch", "6", "--reply-by", "31.02.2027", "--out", str(out), check=False)
    assert bad.returncode != 0
    assert bad.stderr.count("\n") == 1 and "2027-03-01" in bad.stderr
