"""The installed command line writes a pitch on behalf of the whole library
system and of one branch (issue 19), as a process: the system's pitch says
how many branches it has and its visits a year; a branch's carries the
branch's name and phone; an unknown branch is one clear line."""

from __future__ import annotations

import re
import sqlite3

from pypdf import PdfReader

from tests.e2e.conftest import Program

BRANCH = "Детский филиал № 3"
PHONE = "+7 3822 55-03-03"


def _text(path: object) -> str:
    reader = PdfReader(str(path))
    return re.sub(r"[ \u00a0\u202f]+", " ", "\n".join(p.extract_text() for p in reader.pages))


def test_a_pitch_for_the_whole_system_and_for_a_branch(program: Program) -> None:
    program.cli("demo", "--lang", "ru")
    # A second branch, as Settings would add it (the branches screen is
    # another part of issue 19); its id is what `--branch` takes.
    with sqlite3.connect(program.database) as db:
        db.execute(
            "INSERT INTO branch (created_at, updated_at, version_id, name, phone, position)"
            " VALUES (datetime('now'), datetime('now'), 1, ?, ?, 1)",
            (BRANCH, PHONE),
        )
        branch_id = db.execute("SELECT max(id) FROM branch").fetchone()[0]
    db.close()

    whole = program.home / "system.pdf"
    done = program.cli("pitch", "6", "--system", "--lang", "ru", "--out", str(whole))
    assert str(whole) in done.stdout
    text = _text(whole)
    assert re.search(
        r"Централизованная библиотечная система: 2 филиала, [\d,]+ (тыс\.|млн) посещений в год",
        text,
    ), text[:2000]
    assert BRANCH not in text

    english = program.home / "system-en.pdf"
    program.cli("pitch", "6", "--system", "--lang", "en", "--out", str(english))
    assert "The library system: 2 branches," in _text(english)

    branch = program.home / "branch.pdf"
    program.cli("pitch", "6", "--branch", str(branch_id), "--lang", "ru", "--out", str(branch))
    text = _text(branch)
    assert BRANCH in text and PHONE in text
    assert "Централизованная библиотечная система:" not in text

    bad = program.cli("pitch", "6", "--branch", "999", "--out", str(branch), check=False)
    assert bad.returncode != 0
    assert bad.stderr.count("\n") == 1 and "999" in bad.stderr
    both = program.cli(
        "pitch", "6", "--system", "--branch", str(branch_id), "--out", str(branch), check=False
    )
    assert both.returncode != 0
