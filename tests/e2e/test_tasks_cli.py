"""Steps and My tasks from the installed program, each call its own process:
`settings my-name`, `commitments step`, `tasks list --mine --json`,
`tasks done step:N`; and what a person gets wrong (no name set, a wrong
date, a wrong task id, a commitment ticked off as if it were a step)."""

from __future__ import annotations

import json
from datetime import date, timedelta

from tests.e2e.conftest import Program
from tests.e2e.test_cli_scripting import added, run, shown


def test_steps_assigned_to_me_are_listed_and_ticked_off(program: Program) -> None:
    museum = added(program, "partners", "add", "--name", "Музей науки")
    cid = added(program, "collaborations", "add", "--title", "Ночь науки", "--partner", str(museum))
    soon = (date.today() + timedelta(days=3)).strftime("%d.%m.%Y")
    banner = added(
        program, "commitments", "add", str(cid), "--direction", "gives",
        "--what", "Баннер у входа", "--due", soon, "--owner", "Пётр Иванов",
    )  # fmt: skip

    lost = run(program, "tasks", "list", "--mine", ok=False)  # no name yet
    assert lost.returncode == 1 and lost.stdout == ""
    assert 'settings my-name "Your Name"' in lost.stderr and "--me" in lost.stderr

    said = run(program, "commitments", "step", str(banner), "--what", "Макет", "--who", "Ольга")
    assert said.stdout.startswith("Added step:")
    mine = json.loads(
        run(
            program, "commitments", "step", str(banner), "--what", "Печать",
            "--who", "петр  иванов", "--due", soon, "--json",
        ).stdout
    )  # fmt: skip
    assert mine["id"].startswith("step:") and mine["position"] == 1

    run(program, "settings", "my-name", "Пётр Иванов")
    assert "Пётр Иванов" in run(program, "settings", "my-name").stdout
    tasks = shown(program, "tasks", "list", "--mine")
    assert [(t["id"], t["what"]) for t in tasks] == [
        (f"commitment:{banner}", "Баннер у входа"),
        (mine["id"], "Печать"),
    ]
    assert tasks[1]["commitment"] == "Баннер у входа" and tasks[1]["collaboration"] == "Ночь науки"
    olga = shown(program, "tasks", "list", "--mine", "--me", "ольга")  # --me wins
    assert [t["what"] for t in olga] == ["Макет"]
    week = shown(program, "tasks", "list", "--week")
    assert [t["id"] for t in week] == [f"commitment:{banner}", mine["id"]]  # Макет has no date

    done = run(program, "tasks", "done", mine["id"])
    assert done.stdout.startswith(f"Done: {mine['id']} Печать")
    assert [t["id"] for t in shown(program, "tasks", "list", "--mine")] == [f"commitment:{banner}"]

    refused = run(program, "tasks", "done", f"commitment:{banner}", ok=False)
    assert refused.returncode == 1 and f"commitments deliver {banner}" in refused.stderr
    for wrong, words in (
        ("foo:3", "does not name a task"),
        ("step:999", "no step with id 999"),
    ):
        failed = run(program, "tasks", "done", wrong, ok=False)
        assert failed.returncode == 1 and words in failed.stderr, failed.stderr
        assert "Traceback" not in failed.stderr
    bad_date = run(
        program, "commitments", "step", str(banner), "--what", "x", "--due", "32.13.2027", ok=False
    )
    assert bad_date.returncode == 1 and "is not a date" in bad_date.stderr
    empty = run(program, "commitments", "step", str(banner), "--what", "  ", ok=False)
    assert empty.returncode == 1 and "required" in empty.stderr
    nobody = run(program, "commitments", "step", "999", "--what", "x", ok=False)
    assert nobody.returncode == 1 and "no commitment with id 999" in nobody.stderr
    left = shown(program, "tasks", "list")
    assert [t["what"] for t in left] == ["Баннер у входа", "Макет"]  # nothing bad was saved
