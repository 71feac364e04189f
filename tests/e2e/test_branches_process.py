"""The installed program, run as processes (issue 19): a single library
adds a second branch and becomes a system; the branches list and the
collaborations' branch filter answer in the next processes, in English and
Russian; a refusal is one line and exit code 1."""

from __future__ import annotations

import json

from tests.e2e.conftest import Program


def test_add_a_branch_then_list_and_filter(program: Program) -> None:
    program.cli("collaborations", "add", "--title", "Лекторий")
    added = program.cli("branches", "add", "Детская библиотека №3", "--city", "Тверь")
    assert added.stdout == "Added branch 2: Детская библиотека №3\n"
    listed = json.loads(program.cli("branches", "list", "--json").stdout)
    assert [(b["name"], b["city"], b["collaborations"]) for b in listed] == [
        ("", "", 1),
        ("Детская библиотека №3", "Тверь", 0),
    ]
    russian = program.cli("branches", "list", check=False, lang="ru_RU.UTF-8")
    assert russian.returncode == 0 and "Филиалов: 2" in russian.stdout
    first = json.loads(program.cli("collaborations", "list", "--branch", "1", "--json").stdout)
    assert [c["title"] for c in first] == ["Лекторий"]
    second = json.loads(program.cli("collaborations", "list", "--branch", "2", "--json").stdout)
    assert second == []
    refused = program.cli("branches", "remove", "1", check=False)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert "still holds collaborations (1)" in refused.stderr
    missing = program.cli("collaborations", "list", "--branch", "7", check=False)
    assert missing.returncode == 1 and "There is no branch with id 7." in missing.stderr
