"""`collabdesk commitments schedule` run as the installed program: a monthly
report promised twelve times becomes twelve commitments the list shows,
a refusal is one translated line and exit 1, and delivering acts on one."""

from __future__ import annotations

import json

from tests.e2e.conftest import Program
from tests.e2e.test_cli_scripting import added, run, shown


def test_schedule_then_list_shows_every_occurrence(program: Program) -> None:
    partner = added(program, "partners", "add", "--name", "Книжный клуб «Тёплые страницы»")
    cid = added(
        program, "collaborations", "add", "--title", "Отчёты о посещаемости",
        "--partner", str(partner),
    )  # fmt: skip
    report = added(
        program, "commitments", "add", str(cid), "--direction", "gives",
        "--what", "Monthly attendance report", "--quantity", "12", "--unit", "reports",
        "--due", "31.01.2027",
    )  # fmt: skip
    other = added(program, "commitments", "add", str(cid), "--direction", "gets", "--what", "Зал")

    too_few = run(
        program, "commitments", "schedule", str(report), "--every", "month", "--times", "1",
        ok=False,
    )  # fmt: skip
    assert too_few.returncode == 1 and too_few.stdout == ""
    assert too_few.stderr.count("\n") == 1 and "2 to 120" in too_few.stderr
    russian = program.cli(
        "commitments", "schedule", str(report), "--every", "month", "--times", "1",
        check=False, lang="ru_RU.UTF-8",
    )  # fmt: skip
    assert russian.returncode == 1 and "Повторять можно от 2 до 120 раз" in russian.stderr
    undated = run(
        program, "commitments", "schedule", str(other), "--every", "week", "--times", "4",
        ok=False,
    )  # fmt: skip
    assert undated.returncode == 1 and "no due date" in undated.stderr
    bad_date = run(
        program, "commitments", "schedule", str(report), "--every", "month", "--until", "31/12",
        ok=False,
    )  # fmt: skip
    assert bad_date.returncode == 1 and "2027-03-01 or 01.03.2027" in bad_date.stderr
    unknown = run(
        program, "commitments", "schedule", "99999", "--every", "month", "--times", "3", ok=False
    )
    assert unknown.returncode == 1 and "no commitment with id 99999" in unknown.stderr

    made = json.loads(
        run(
            program, "commitments", "schedule", str(report), "--every", "month",
            "--until", "2027-12-31", "--json",
        ).stdout
    )  # fmt: skip
    assert made["times"] == 12 and made["every"] == "month"
    assert [o["due_on"] for o in made["occurrences"]][:3] == [
        "2027-01-31",
        "2027-02-28",
        "2027-03-31",
    ]
    ids = [o["id"] for o in made["occurrences"]]
    assert ids[0] == report and len(set(ids)) == 12

    listed = shown(program, "commitments", "list")
    assert {row["id"] for row in listed} == {*ids, other}
    assert len(listed) == 13

    run(program, "commitments", "deliver", str(ids[0]), "--on", "2026-01-31")
    statuses = [row["status"] for row in shown(program, "commitments", "list") if row["id"] in ids]
    assert statuses.count("delivered") == 1 and statuses.count("planned") == 11

    again = run(
        program, "commitments", "schedule", str(ids[3]), "--every", "week", "--times", "3",
        ok=False,
    )  # fmt: skip
    assert again.returncode == 1 and "already occurrence 4" in again.stderr
