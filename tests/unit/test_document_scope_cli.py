"""`collabdesk recap` and `letter` speak for the whole system or a branch
(`--system`, `--branch ID`) as `pitch` does (issue 19)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from pypdf import PdfReader

from tests.unit.test_pitch_cli import cli

BRANCH = "Детский филиал № 3"


def _second_branch(data: Path) -> int:
    with sqlite3.connect(data / "collabdesk.sqlite3") as db:
        db.execute(
            "INSERT INTO branch (created_at, updated_at, version_id, name, phone, position)"
            " VALUES (datetime('now'), datetime('now'), 1, ?, '+7 3822 55-03-03', 1)",
            (BRANCH,),
        )
        found = int(db.execute("SELECT max(id) FROM branch").fetchone()[0])
    db.close()
    return found


def _text(path: Path) -> str:
    pages = PdfReader(path).pages
    return re.sub(r"[ \u00a0\u202f]+", " ", "\n".join(p.extract_text() for p in pages))


def test_recap_and_letters_take_system_or_branch(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli(data, "demo", "--lang", "ru")[0] == 0
    branch = _second_branch(data)
    recap = tmp_path / "recap.pdf"
    code, _, err = cli(data, "recap", "6", "--system", "--lang", "en", "--out", str(recap))
    assert (code, err) == (0, "")
    assert "The library system: 2 branches" in _text(recap)

    letter = tmp_path / "letter.txt"
    code, _, err = cli(
        data, "letter", "follow-up", "6", "--branch", str(branch), "--lang", "ru",
        "--out", str(letter),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert BRANCH in letter.read_text(encoding="utf-8")

    covering = tmp_path / "covering.pdf"
    code, _, err = cli(data, "letter", "6", "--system", "--lang", "ru", "--out", str(covering))
    assert (code, err) == (0, "")
    assert "Централизованная библиотечная система: 2 филиала" in _text(covering)

    code, out, err = cli(data, "recap", "6", "--branch", "999", "--out", str(recap))
    assert code == 1 and out == ""
    assert err == "collabdesk: There is no branch with id 999.\n"
