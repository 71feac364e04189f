"""The installed `collabdesk` renews from the command line: `collaborations
renew ID`, its old name `commitments renew ID`, the refusal before the due
date (exit 1, one line naming the date, in Russian for a Russian user), and
`collaborations renewals` with the rate."""

from __future__ import annotations

import json
from datetime import date, timedelta

from tests.e2e.conftest import Program
from tests.e2e.test_partner_facing_cli import run  # the installed entry point, by LANG


def add(program: Program, title: str, ends: date, stage: str = "agreed") -> int:
    done = run(
        program, "collaborations", "add", "--title", title, "--stage", stage,
        "--ends", ends.strftime("%d.%m.%Y"), "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return int(json.loads(done.stdout)["id"])


def test_renew_from_the_command_line_and_its_alias(program: Program) -> None:
    today = date.today()
    far = add(program, "Reading Club", today + timedelta(days=200))
    due_on = today + timedelta(days=110)
    refused = run(program, "collaborations", "renew", str(far))
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.strip().count("\n") == 0  # one line, no traceback
    assert due_on.strftime("%d.%m.%Y") in refused.stderr
    russian = run(program, "commitments", "renew", str(far), lang="ru_RU.UTF-8")
    assert russian.returncode == 1
    assert f"Продление можно готовить с {due_on:%d.%m.%Y}" in russian.stderr

    soon = add(program, "Book fair 2027", today + timedelta(days=40))
    done = run(program, "collaborations", "renew", str(soon))
    assert done.returncode == 0, done.stderr
    assert "Book fair 2028" in done.stdout and "preparing" in done.stdout
    twice = run(program, "commitments", "renew", str(soon))  # the alias, refused: renewed
    assert twice.returncode == 1 and "already renewed" in twice.stderr

    ended = add(program, "Reading Club", today - timedelta(days=20), stage="completed")
    alias = run(program, "commitments", "renew", str(ended), "--json")
    assert alias.returncode == 0, alias.stderr
    made = json.loads(alias.stdout)
    assert made["title"].startswith("Reading Club ") and made["title"] != "Reading Club"
    assert (made["stage"], made["renewed_from_id"]) == ("preparing", ended)

    listed = run(program, "collaborations", "renewals", "--json")
    assert listed.returncode == 0, listed.stderr
    report = json.loads(listed.stdout)
    assert report["rate"] == {"completed": 1, "renewed": 1, "percent": 100}
    assert report["lead_days"] == [90, 60, 30] and report["due"] == []
    text = run(program, "collaborations", "renewals")
    assert "Renewal rate: 100% (1 of 1 completed renewed)" in text.stdout
    unknown = run(program, "collaborations", "renew", "999")
    assert unknown.returncode == 1 and "999" in unknown.stderr
    bad = run(program, "collaborations", "renew", "abc")
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
