"""Named staff from the installed program, each call its own process (issue
19): `staff add`, `staff me`, then `tasks list --mine` finds the person's
promises by their staff id (even under a new name) and `history` names
them; `settings my-name` still chooses the person; bad input is refused in
words and changes nothing."""

from __future__ import annotations

import json

from tests.e2e.conftest import Program
from tests.e2e.test_cli_scripting import added, run, shown


def test_a_named_person_owns_promises_and_history_names_them(program: Program) -> None:
    olga = added(program, "staff", "add", "Ольга Петрова", "--position", "Методист",
                 "--login", "opetrova", "--coordinator")  # fmt: skip
    peter = added(program, "staff", "add", "Пётр Иванов")
    people = shown(program, "staff", "list")
    assert [(p["id"], p["name"], p["coordinator"]) for p in people] == [
        (olga, "Ольга Петрова", True),
        (peter, "Пётр Иванов", False),
    ]
    museum = added(program, "partners", "add", "--name", "Музей науки")
    cid = added(program, "collaborations", "add", "--title", "Ночь науки", "--partner", str(museum))
    banner = added(
        program, "commitments", "add", str(cid), "--direction", "gives",
        "--what", "Баннер у входа", "--owner", f"staff:{olga}",
    )  # fmt: skip
    assert shown(program, "commitments", "show", str(banner))["owner_staff_id"] == olga
    other = added(
        program, "commitments", "add", str(cid), "--direction", "gives",
        "--what", "Афиши", "--owner", "петр иванов",
    )  # fmt: skip
    assert shown(program, "commitments", "show", str(other))["owner_staff_id"] == peter

    assert "Nobody is chosen" in run(program, "staff", "me").stdout
    chosen = run(program, "staff", "me", str(olga)).stdout
    assert chosen.startswith(f"At this computer: staff member {olga}: Ольга Петрова")
    run(program, "staff", "edit", str(olga), "--name", "Ольга Сидорова")  # she married
    assert shown(program, "commitments", "show", str(banner))["owner"] == "Ольга Сидорова"
    mine = shown(program, "tasks", "list", "--mine")
    assert [t["id"] for t in mine] == [f"commitment:{banner}"]
    assert "Ольга Сидорова" in run(program, "settings", "my-name").stdout

    run(program, "partners", "edit", str(museum), "--city", "Томск")
    entries = json.loads(run(program, "history", "partner", str(museum), "--json").stdout)
    assert entries[0]["who"] == "Ольга Сидорова" and entries[0]["staff_id"] == olga
    assert "Ольга Сидорова@" in run(program, "history", "partner", str(museum)).stdout

    run(program, "settings", "my-name", "ПЁТР ИВАНОВ")  # old scripts: chooses the person
    assert json.loads(run(program, "staff", "me", "--json").stdout)["id"] == peter
    assert [t["id"] for t in shown(program, "tasks", "list", "--mine")] == [f"commitment:{other}"]

    refused = run(program, "staff", "remove", str(peter), ok=False)
    assert refused.returncode == 1 and "Deactivate them instead" in refused.stderr
    for args, words in (
        (("staff", "add", "я" * 10_000), "at most 200"),
        (("staff", "add", "петр  иванов"), "already on the staff list"),
        (("staff", "me", "staff:999"), "names nobody on the staff list"),
        (("staff", "edit", "999", "--name", "Кто-то"), "no staff member with id 999"),
        (("commitments", "edit", str(banner), "--owner", "staff:999"), "names nobody"),
    ):
        wrong = run(program, *args, ok=False)
        assert wrong.returncode != 0 and words in wrong.stderr, wrong.stderr
    assert len(shown(program, "staff", "list")) == 2
