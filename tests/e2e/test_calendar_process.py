"""The installed `collabdesk commitments export-ical` as a script runs it:
Russian summaries and the reminders asked for; a delivery in between makes
the next export cancel the same event with a higher SEQUENCE, so a
calendar that imports both removes it; a step and a renewal date are
events too; a bad --alarm is one line and exit 1."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from icalendar import Calendar

from tests.e2e.conftest import Program
from tests.e2e.test_cli_scripting import added, run


def exported(program: Program, target: Path, *args: str) -> dict[str, Any]:
    done = run(program, "commitments", "export-ical", str(target), *args)
    assert done.stdout.startswith("Calendar events written:"), done.stdout
    return {str(e["uid"]): e for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")}


def test_export_cancel_and_reminders(program: Program, tmp_path: Path) -> None:
    soon = date.today() + timedelta(days=20)
    ends = date.today() + timedelta(days=200)
    partner = added(program, "partners", "add", "--name", "Кофейня «Зерно»")
    cid = added(
        program, "collaborations", "add", "--title", "Кофе и книги 2027",
        "--partner", str(partner), "--ends", ends.isoformat(),
    )  # fmt: skip
    banner = added(
        program, "commitments", "add", str(cid), "--direction", "gives",
        "--what", "Баннер в зале", "--due", soon.strftime("%d.%m.%Y"), "--owner", "Анна",
    )  # fmt: skip
    beans = added(
        program, "commitments", "add", str(cid), "--direction", "gets",
        "--what", "Зерно для кофе-брейка", "--due", soon.isoformat(),
    )  # fmt: skip
    with sqlite3.connect(program.database) as conn:  # steps are another helper's commands
        conn.execute(
            "INSERT INTO commitment_step (commitment_id, position, what, who, due_on, "
            "created_at, updated_at, version_id) VALUES (?, 0, 'Согласовать макет', 'Анна', ?, "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)",
            (banner, (soon - timedelta(days=7)).isoformat()),
        )
    conn.close()
    target = tmp_path / "календарь.ics"
    first = exported(program, target, "--lang", "ru", "--alarm", "1d,7d")
    give = first[f"commitment-{banner}@collabdesk.local"]
    assert str(give["summary"]) == "Мы передаём: Баннер в зале — Кофейня «Зерно»"
    assert str(first[f"commitment-{beans}@collabdesk.local"]["summary"]) == (
        "Мы получаем: Зерно для кофе-брейка — Кофейня «Зерно»"
    )
    assert sorted(a.decoded("trigger") for a in give.walk("VALARM")) == [
        timedelta(days=-7),
        timedelta(days=-1),
    ]
    [step] = [e for uid, e in first.items() if uid.startswith("step-")]
    assert str(step["summary"]) == "Шаг: Согласовать макет — Кофейня «Зерно»"
    renewal = first[f"renewal-{cid}@collabdesk.local"]
    assert str(renewal["summary"]) == "Пора продлевать: Кофе и книги 2027"
    assert renewal.decoded("dtstart") == ends - timedelta(days=90)

    run(program, "commitments", "deliver", str(banner))
    again = exported(program, target, "--lang", "en", "--alarm", "2h")
    cancelled = again[f"commitment-{banner}@collabdesk.local"]
    assert str(cancelled["status"]) == "CANCELLED"
    assert int(cancelled["sequence"]) > int(give["sequence"])
    assert str(cancelled["summary"]).startswith("We give: Баннер в зале")
    assert str(again[str(step["uid"])]["status"]) == "CANCELLED"  # its commitment is done
    open_one = again[f"commitment-{beans}@collabdesk.local"]
    assert [a.decoded("trigger") for a in open_one.walk("VALARM")] == [timedelta(hours=-2)]

    before = target.read_bytes()
    bad = run(program, "commitments", "export-ical", str(target), "--alarm", "завтра", ok=False)
    assert bad.returncode == 1 and bad.stdout == "" and bad.stderr.count("\n") == 1
    assert "--alarm" in bad.stderr and "1d,7d" in bad.stderr
    assert target.read_bytes() == before
