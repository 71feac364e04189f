"""`collabdesk history` and `collabdesk trash` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.test_cli import Cli, assert_one_line_error


@pytest.fixture
def desk_cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "data")


def test_history_shows_each_change_with_who(desk_cli: Cli) -> None:
    assert desk_cli("partners", "add", "--name", "Кафе <b>Ёж</b>").code == 0
    assert desk_cli("partners", "edit", "1", "--city", "Томск").code == 0

    table = desk_cli("history", "partner", "1")
    assert table.code == 0
    assert "update" in table.out and "Томск" in table.out and "create" in table.out

    data = desk_cli("history", "partner", "1", "--json").json()
    first = data[0]
    assert (first["action"], first["field"], first["old"], first["new"]) == (
        "update",
        "city",
        "",
        "Томск",
    )
    assert data[0]["who"] and data[0]["computer"]


def test_history_errors_are_one_line(desk_cli: Cli) -> None:
    assert_one_line_error(desk_cli("history", "partner", "99"))
    assert_one_line_error(desk_cli("history", "nonsense", "1"), code=2)
    assert_one_line_error(desk_cli("history", "partner", "x"), code=2)


def test_trash_list_restore_purge(desk_cli: Cli) -> None:
    desk_cli("partners", "add", "--name", "Keeps id 1")
    desk_cli("partners", "add", "--name", "Кафе «Ёлка»")
    assert desk_cli("partners", "delete", "2").code == 0

    listed = desk_cli("trash", "list", "--json").json()
    assert [(i["id"], i["table"], i["record_id"], i["label"]) for i in listed] == [
        (1, "partner", 2, "Кафе «Ёлка»")
    ]
    assert "Кафе «Ёлка»" in desk_cli("trash", "list").out

    restored = desk_cli("trash", "restore", "1")
    assert restored.code == 0 and "Кафе «Ёлка»" in restored.out
    assert desk_cli("partners", "show", "2", "--json").json()["name"] == "Кафе «Ёлка»"
    assert_one_line_error(desk_cli("trash", "restore", "1"))

    desk_cli("partners", "delete", "2")
    assert "Purged from the Trash: 0" in desk_cli("trash", "purge").out
    assert (
        "Purged from the Trash: 1 (deleted more than 0 d ago)"
        in desk_cli("trash", "purge", "--older-than-days", "0").out
    )
    assert desk_cli("trash", "list", "--json").json() == []
    assert_one_line_error(desk_cli("trash", "purge", "--older-than-days", "-1"))
