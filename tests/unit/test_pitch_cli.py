"""`collabdesk pitch`, `recap` and `stats` from the command line."""

from __future__ import annotations

import io
import json
from pathlib import Path

from pypdf import PdfReader

from collabdesk.cli import run


def cli(data_dir: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(data_dir), *argv], out, err)
    return code, out.getvalue(), err.getvalue()


def test_pitch_and_recap_of_the_demo(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli(data, "demo", "--lang", "en")[0] == 0
    pitch, recap = tmp_path / "p.pdf", tmp_path / "out" / "r.pdf"
    code, out, err = cli(data, "pitch", "1", "--lang", "ru", "--out", str(pitch))
    assert (code, err) == (0, "")
    assert f"Wrote {pitch}" in out
    assert "ПРЕДЛОЖЕНИЕ О ПАРТНЁРСТВЕ" in PdfReader(pitch).pages[0].extract_text()
    code, _, err = cli(data, "recap", "1", "--internal", "--lang", "en", "--out", str(recap))
    assert (code, err) == (0, "")
    assert "INTERNAL RECAP" in PdfReader(recap).pages[0].extract_text()


def test_pitch_errors_are_one_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    code, out, err = cli(data, "pitch", "42", "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and out == ""
    assert err == "collabdesk: There is no collaboration with id 42.\n"
    assert not (tmp_path / "x.pdf").exists()
    code, _, err = cli(data, "recap", "1", "--lang", "de", "--out", "x.pdf")
    assert code == 2 and err.count("\n") == 1


def test_stats_import_and_list(tmp_path: Path) -> None:
    data = tmp_path / "data"
    sheet = tmp_path / "stats.csv"
    sheet.write_text("Показатель;Январь 2026;Февраль 2026\nПосещения;1 234,5;1 300\n")
    code, out, _ = cli(data, "stats", "list")
    assert "No statistics yet" in out
    code, out, err = cli(data, "stats", "import", str(sheet))
    assert (code, err) == (0, "")
    assert "Imported 2 figures" in out
    code, out, _ = cli(data, "stats", "list", "--json")
    assert json.loads(out)[0] == {
        "name": "Посещения",
        "period": "2026-01-01",
        "value": "1234.50",
        "unit": "",
        "source": "stats.csv",
        "branch": "",
        "category": "",
    }
    bad = tmp_path / "bad.csv"
    bad.write_text("Показатель;Январь 2026\nПосещения;много\n")
    code, out, err = cli(data, "stats", "import", str(bad))
    assert code == 1 and out == ""
    assert err == ("collabdesk: Nothing was imported. row 2, column B: 'много' is not a number\n")
    assert len(json.loads(cli(data, "stats", "list", "--json")[1])) == 2
    code, _, err = cli(data, "stats", "import", str(tmp_path / "missing.csv"))
    assert code == 1 and "There is no file" in err


def test_a_pitch_in_the_other_language_names_what_prints_untranslated(tmp_path: Path) -> None:
    """The Russian demo has no English version of its title: an English pitch
    says so on the command line instead of printing Russian silently, and a
    Russian one says nothing of the kind."""
    data = tmp_path / "data"
    assert cli(data, "demo", "--lang", "ru")[0] == 0
    code, out, err = cli(data, "pitch", "1", "--lang", "en", "--out", str(tmp_path / "e.pdf"))
    assert (code, err) == (0, "")
    assert "No translation yet, printed as written: title; idea" in out
    code, out, _ = cli(data, "pitch", "1", "--lang", "ru", "--out", str(tmp_path / "r.pdf"))
    assert "No translation" not in out


def test_a_pitch_of_an_unprepared_collaboration_names_the_empty_answers(tmp_path: Path) -> None:
    """The window asks before writing such a pitch; the command line writes it
    and says which partner-facing answers are still empty (by their keys, as
    `checklist questions` lists them)."""
    data = tmp_path / "data"
    assert cli(data, "demo", "--lang", "en")[0] == 0
    code, out, err = cli(data, "collaborations", "list", "--json")
    rows = json.loads(out)
    unprepared = next(r for r in rows if r["title"] == "Coffee and books")
    prepared = next(r for r in rows if r["title"] == "Science talks for teenagers")
    code, out, err = cli(data, "pitch", str(unprepared["id"]), "--out", str(tmp_path / "u.pdf"))
    assert (code, err) == (0, "")
    assert "Answers the partner will read are still empty: why.goal" in out
    code, out, _ = cli(data, "pitch", str(prepared["id"]), "--out", str(tmp_path / "p.pdf"))
    assert "still empty" not in out
