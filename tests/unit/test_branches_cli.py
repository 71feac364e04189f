"""`collabdesk branches list|add|edit|remove` and `collaborations list
--branch` (issue 19): refusals exit 1 with one sentence, nothing saved."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from collabdesk.cli import run
from collabdesk.config import DATABASE_FILE
from collabdesk.domain.branch import Staff
from collabdesk.store.database import open_database, sqlite_url


def cli(data: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(data), *argv], out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert cli(folder, "collaborations", "add", "--title", "Лекторий")[0] == 0
    return folder


def _staff(data: Path, name: str) -> int:
    db = open_database(sqlite_url(data / DATABASE_FILE))
    try:
        with db.sessions.begin() as session:
            person = Staff(name=name)
            session.add(person)
            session.flush()
            return person.id
    finally:
        db.close()


def test_add_list_edit_and_filter(data: Path) -> None:
    olga = _staff(data, "Ольга Петрова")
    code, out, err = cli(
        data,
        "branches",
        "add",
        "Детская библиотека №3",
        "--city",
        "Тверь",
        "--email",
        "deti@library.example.org",
        "--contact",
        str(olga),
        "--signatory",
        str(olga),
    )
    assert (code, err) == (0, "")
    assert out.startswith("Added branch 2: Детская библиотека №3")
    listed = json.loads(cli(data, "branches", "list", "--json")[1])
    assert [(b["id"], b["name"], b["collaborations"]) for b in listed] == [
        (1, "", 1),
        (2, "Детская библиотека №3", 0),
    ]
    assert listed[1]["contact"] == listed[1]["signatory"] == "Ольга Петрова"
    assert "Branches: 2" in cli(data, "branches", "list")[1]
    code, out, _err = cli(data, "branches", "edit", "2", "--city", "Торжок", "--contact", "0")
    assert code == 0 and out.startswith("Saved branch 2")
    edited = json.loads(cli(data, "branches", "list", "--json")[1])[1]
    assert (edited["city"], edited["contact_staff_id"], edited["signatory_staff_id"]) == (
        "Торжок",
        None,
        olga,
    )
    # A collaboration of the second branch, then the filter (light and full paths).
    assert cli(data, "collaborations", "add", "--title", "Чтения")[0] == 0
    db = open_database(sqlite_url(data / DATABASE_FILE))
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE collaboration SET branch_id = 2 WHERE title = 'Чтения'")
    db.close()
    code, out, _err = cli(data, "collaborations", "list", "--branch", "2", "--json")
    assert code == 0 and [c["title"] for c in json.loads(out)] == ["Чтения"]
    code, out, _err = cli(data, "collaborations", "list", "--branch", "1")
    assert "Лекторий" in out and "Чтения" not in out and "Collaborations: 1" in out


def test_refusals_exit_1_with_a_sentence(data: Path) -> None:
    code, out, err = cli(data, "branches", "add", "x" * 10_000)
    assert (code, out) == (1, "")
    assert "too long: 10000 characters, at most 200" in err
    code, _out, err = cli(data, "branches", "add", "Филиал", "--contact", "404")
    assert code == 1 and "There is no staff member with id 404." in err
    code, _out, err = cli(data, "branches", "add", "Филиал", "--colour", "red")
    assert code == 1 and "#RRGGBB" in err
    code, _out, err = cli(data, "branches", "remove", "1")
    assert code == 1 and "only branch" in err
    assert cli(data, "branches", "add", "<b>Филиал</b> 📚")[0] == 0
    code, _out, err = cli(data, "branches", "add", "<b>Филиал</b> 📚")
    assert code == 1 and "There is already a branch “<b>Филиал</b> 📚”." in err
    code, _out, err = cli(data, "branches", "remove", "1")
    assert code == 1 and "still holds collaborations (1)" in err
    code, _out, err = cli(data, "branches", "edit", "9")
    assert code == 1 and "Nothing to change" in err
    code, _out, err = cli(data, "branches", "edit", "9", "--city", "Тверь")
    assert code == 1 and "There is no branch with id 9." in err
    code, _out, err = cli(data, "collaborations", "list", "--branch", "9")
    assert code == 1 and "There is no branch with id 9." in err
    assert cli(data, "branches", "remove", "2") == (0, "Removed branch 2: <b>Филиал</b> 📚\n", "")
    assert len(json.loads(cli(data, "branches", "list", "--json")[1])) == 1


def test_branch_name_is_the_library_profiles_branch(data: Path) -> None:
    assert cli(data, "library", "set", "--name", "ЦБС")[0] == 0
    assert cli(data, "branches", "edit", "1", "--name", "Центральная библиотека")[0] == 0
    shown = json.loads(cli(data, "library", "show", "--json")[1])
    assert shown["branch"] == "Центральная библиотека"
