"""The installed command line, as processes, on its plain read path (issue
15 item 5): an English pitch PDF written and read back page by page, a
second pitch for a partner named by id, and the collaboration list's
readiness — now scored in SQL — agreeing with each collaboration's own
`show`, which scores it in Python."""

from __future__ import annotations

import json
import re

from pypdf import PdfReader

from tests.e2e.conftest import Program


def pdf_text(path: object) -> str:
    reader = PdfReader(path)  # type: ignore[arg-type]
    assert 2 <= len(reader.pages) <= 4
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_an_english_pitch_and_the_listed_readiness(program: Program) -> None:
    program.cli("demo", "--lang", "en")
    out = program.home / "proposal.pdf"
    done = program.cli("pitch", "1", "--lang", "en", "--reply-by", "2027-03-01", "--out", str(out))
    assert done.stdout.startswith(f"Wrote {out}") and done.stderr == ""
    text = pdf_text(out)
    assert "PARTNERSHIP PROPOSAL" in text and "The library in the creative cluster" in text
    assert "1 March 2027" in text
    listed = json.loads(program.cli("collaborations", "list", "--json").stdout)
    assert len(listed) >= 5
    for item in listed:
        shown = json.loads(program.cli("collaborations", "show", str(item["id"]), "--json").stdout)
        assert item["readiness"] == shown["readiness"], item["title"]
    unknown = program.cli("pitch", "999", "--out", str(program.home / "x.pdf"), check=False)
    assert unknown.returncode == 1 and unknown.stderr.count("\n") == 1
    assert "999" in unknown.stderr and not (program.home / "x.pdf").exists()
