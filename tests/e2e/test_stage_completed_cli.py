"""`collabdesk collaborations stage ID completed` run as the installed
program: refused (exit 1) while promises are open, naming each with the
commands that close it; those commands run as printed, and it completes."""

from __future__ import annotations

import json
import shlex

from tests.e2e.conftest import Program


def test_completed_lists_the_open_promises_then_succeeds_once_they_are_closed(
    program: Program,
) -> None:
    program.cli("partners", "add", "--name", "Театр <b>Луч</b> 🎭")
    program.cli("collaborations", "add", "--title", "Неделя театра", "--partner", "1")
    ids = []
    for side, what in (("gives", "Пять постов"), ("gets", "Зал на вечер"), ("gives", "Афиша")):
        out = program.cli("commitments", "add", "1", "--direction", side, "--what", what, "--json")
        ids.append(json.loads(out.stdout)["id"])
    refused = program.cli("collaborations", "stage", "1", "completed", check=False)
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr
    for number, what in zip(ids, ("Пять постов", "Зал на вечер", "Афиша"), strict=True):
        assert what in refused.stderr
        assert f"collabdesk commitments deliver {number}" in refused.stderr
        assert f"collabdesk commitments waive {number} --reason" in refused.stderr
        assert f"collabdesk commitments miss {number}" in refused.stderr
    shown = json.loads(program.cli("collaborations", "show", "1", "--json").stdout)
    assert shown["stage"] == "idea"  # nothing moved
    # Close them with the commands exactly as printed (the reason filled in).
    commands = [
        line.strip()
        for line in refused.stderr.splitlines()
        if line.strip().startswith("collabdesk commitments")
    ]
    deliver, waive, miss = commands[0], commands[4], commands[8]
    program.cli(*shlex.split(deliver.replace(" [--on DATE]", ""))[1:])
    program.cli(*shlex.split(waive.replace("…", "отменили"))[1:])
    program.cli(*shlex.split(miss)[1:])
    done = program.cli("collaborations", "stage", "1", "completed")
    assert "→ completed" in done.stdout
    shown = json.loads(program.cli("collaborations", "show", "1", "--json").stdout)
    assert shown["stage"] == "completed"
    assert [step["to"] for step in shown["stage_history"]] == ["idea", "completed"]


def test_declined_without_a_reason_asks_for_one(program: Program) -> None:
    program.cli("collaborations", "add", "--title", "Идея")
    refused = program.cli("collaborations", "stage", "1", "declined", check=False)
    assert refused.returncode == 1 and "--reason" in refused.stderr
    program.cli("collaborations", "stage", "1", "declined", "--reason", "слишком дорого")
    shown = json.loads(program.cli("collaborations", "show", "1", "--json").stdout)
    assert (shown["stage"], shown["stage_reason"]) == ("declined", "слишком дорого")
