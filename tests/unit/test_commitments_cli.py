"""`collabdesk commitments list|export-ical` and `collabdesk reputation`."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from collabdesk.cli import run
from collabdesk.config import DATABASE_FILE
from collabdesk.domain.enums import Direction, Stage
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.stage_settlement import Settle, Settlement
from collabdesk.store.database import open_database, sqlite_url


def cli(data: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(data), *argv], out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder with one partner, an overdue promise of each side and
    one future promise of the library."""
    folder = tmp_path / "data"
    assert cli(folder, "partners", "list")[0] == 0  # creates the database
    db = open_database(sqlite_url(folder / DATABASE_FILE))
    desk = Desk.over(db.sessions)
    pid = desk.partners.create(PartnerDraft(name="Театр <b>Луч</b>")).id
    cid = desk.collaborations.create(CollaborationDraft(title="Неделя театра")).id
    today = date.today()
    for direction, days, text in (
        (Direction.LIBRARY_GIVES, -3, "Зал на вечер"),
        (Direction.PARTNER_GIVES, -10, "Билеты для читателей"),
        (Direction.LIBRARY_GIVES, 30, "Логотип на сайте"),
    ):
        desk.commitments.add(
            cid,
            CommitmentDraft(
                direction,
                text,
                partner_id=pid,
                due_on=today + timedelta(days=days),
                value=Decimal("1500.50"),
            ),
        )
    db.close()
    return folder


def listed(data: Path, *args: str) -> list[dict[str, Any]]:
    code, out, err = cli(data, "commitments", "list", "--json", *args)
    assert code == 0, err
    result: list[dict[str, Any]] = json.loads(out)
    return result


def test_list_filters(data: Path) -> None:
    assert [r["description"] for r in listed(data)] == [
        "Билеты для читателей",
        "Зал на вечер",
        "Логотип на сайте",
    ]
    overdue = listed(data, "--overdue")
    assert [r["description"] for r in overdue] == ["Билеты для читателей", "Зал на вечер"]
    assert all(r["overdue"] for r in overdue)
    gives = listed(data, "--overdue", "--direction", "gives")
    assert [r["description"] for r in gives] == ["Зал на вечер"]
    assert gives[0]["value"] == "1500.50" and gives[0]["partner"] == "Театр <b>Луч</b>"
    assert [r["direction"] for r in listed(data, "--direction", "gets")] == ["partner_gives"]
    code, out, _ = cli(data, "commitments", "list", "--overdue")
    assert code == 0 and "OVERDUE" in out and "Commitments: 2" in out


def test_unknown_partner_and_bad_direction_are_one_line_errors(data: Path) -> None:
    code, out, err = cli(data, "commitments", "list", "--partner", "999")
    assert (code, out) == (1, "") and err.count("\n") == 1 and "999" in err
    code, _, err = cli(data, "commitments", "list", "--direction", "both")
    assert code == 2 and err.count("\n") == 1


def test_export_ical(data: Path, tmp_path: Path) -> None:
    target = tmp_path / "due.ics"
    code, out, _ = cli(data, "commitments", "export-ical", str(target))
    assert code == 0 and "Calendar events written: 3" in out
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len({str(e["uid"]) for e in events}) == 3
    code, _, err = cli(data, "commitments", "export-ical", str(tmp_path / "no" / "x.ics"))
    assert code == 1 and "does not exist" in err and err.count("\n") == 1


def test_export_ical_language_and_reminders(data: Path, tmp_path: Path) -> None:
    target = tmp_path / "due.ics"
    code, _, err = cli(data, "commitments", "export-ical", str(target), "--lang", "ru")
    assert code == 0, err
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    summaries = {str(e["summary"]) for e in events}
    assert "Мы получаем: Билеты для читателей — Театр <b>Луч</b>" in summaries
    assert "Мы передаём: Зал на вечер — Театр <b>Луч</b>" in summaries
    assert all(
        sorted(a.decoded("trigger") for a in e.walk("VALARM"))
        == [timedelta(days=-7), timedelta(days=-1)]
        for e in events
    )  # the library's default setting
    code, _, err = cli(
        data, "commitments", "export-ical", str(target), "--lang", "en", "--alarm", "2h"
    )
    assert code == 0, err
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert "We get: Билеты для читателей — Театр <b>Луч</b>" in {str(e["summary"]) for e in events}
    assert {a.decoded("trigger") for e in events for a in e.walk("VALARM")} == {timedelta(hours=-2)}
    code, _, _ = cli(data, "commitments", "export-ical", str(target), "--alarm", "none")
    assert code == 0 and b"BEGIN:VALARM" not in target.read_bytes()


@pytest.mark.parametrize("bad", ["tomorrow", "1d,", "0d", "<b>1d</b>", "x" * 10_000])
def test_export_ical_bad_alarm(data: Path, tmp_path: Path, bad: str) -> None:
    target = tmp_path / "due.ics"
    target.write_bytes(b"kept")
    code, out, err = cli(data, "commitments", "export-ical", str(target), "--alarm", bad)
    assert (code, out) == (1, "") and err.count("\n") == 1
    assert "--alarm" in err and "1d,7d" in err and "Traceback" not in err
    assert len(err) < 400 and target.read_bytes() == b"kept"  # nothing written over


def test_reputation(data: Path) -> None:
    code, out, err = cli(data, "reputation", "--json")
    assert code == 0, err
    board = json.loads(out)
    assert board["library"]["summary"] == "0% on time (0 of 1)"
    assert board["library"]["overdue"] == 1
    [partner] = board["partners"]
    assert partner["name"] == "Театр <b>Луч</b>"
    assert partner["partner"]["due"] == 1 and partner["partner"]["on_time_rate"] == "0.0000"
    code, out, _ = cli(data, "reputation", "--partner", str(partner["partner_id"]))
    assert code == 0 and "Театр <b>Луч</b>" in out and "0% on time" in out


def test_reputation_with_nothing_due(tmp_path: Path) -> None:
    code, out, _ = cli(tmp_path / "empty", "reputation")
    assert code == 0 and "no record yet" in out


def test_renew_refuses_an_unfinished_collaboration(data: Path) -> None:
    code, out, err = cli(data, "commitments", "renew", "1")
    assert (code, out) == (1, "") and "end date" in err and err.count("\n") == 1
    db = open_database(sqlite_url(data / DATABASE_FILE))
    desk = Desk.over(db.sessions)
    settled = tuple(  # completed only with every open promise settled (stage rules)
        Settlement(p.id, Settle.MISS) for p in desk.collaborations.open_promises(1)
    )
    desk.collaborations.move(1, Stage.COMPLETED, settlements=settled)
    db.close()
    code, out, _ = cli(data, "commitments", "renew", "1")
    assert code == 0 and out.startswith("Renewed as collaboration 2: Неделя театра")
    assert "stage “preparing” (commitments: 3)" in out


def test_library_set_calendar_alarms_is_the_export_default(data: Path, tmp_path: Path) -> None:
    code, out, err = cli(data, "library", "set", "--calendar-alarms", "7d, 2h")
    assert code == 0, err
    code, out, _ = cli(data, "library", "show")
    assert "Calendar reminders: 2h,7d" in out
    target = tmp_path / "due.ics"
    assert cli(data, "commitments", "export-ical", str(target))[0] == 0
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert {a.decoded("trigger") for e in events for a in e.walk("VALARM")} == {
        timedelta(hours=-2),
        timedelta(days=-7),
    }
    code, out, err = cli(data, "library", "set", "--calendar-alarms", "tomorrow")
    assert (code, out) == (1, "") and "1d,7d" in err and "Traceback" not in err
    assert json.loads(cli(data, "library", "show", "--json")[1])["calendar_alarms"] == "2h,7d"
