"""The calendar export as a calendar program reads it: parsed back with
icalendar, reminders, summaries in the chosen language, delivered items
cancelled under the same UID with a higher SEQUENCE, steps and renewals."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from sqlalchemy import insert, update

from collabdesk.domain.calendar_alarm import alarms_text, parse_alarms
from collabdesk.domain.collaboration import Collaboration
from collabdesk.domain.commitment_step import CommitmentStep
from collabdesk.domain.enums import Direction, Stage
from collabdesk.domain.library import LibraryProfile
from collabdesk.services.calendar_export import CalendarOptions
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.desk import Desk
from collabdesk.services.errors import ValidationError
from collabdesk.services.transaction import transaction
from collabdesk.store.database import Database
from tests.unit import test_commitment_tracker as tracker_tests

TODAY = date(2026, 11, 18)
GIVES, GETS = Direction.LIBRARY_GIVES, Direction.PARTNER_GIVES
EN = CalendarOptions(today=TODAY, language="en")
RU = CalendarOptions(today=TODAY, language="ru")
# The tracker's tests' desk, partner, collaboration and `add`, shared.
pdesk, partner, collab = tracker_tests.pdesk, tracker_tests.partner, tracker_tests.collab
add = tracker_tests.add


def events(desk: Desk, options: CalendarOptions = EN) -> dict[str, Any]:
    """UID → event, as a calendar program reads the file."""
    cal = Calendar.from_ical(desk.calendar.calendar(options))
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def add_step(db: Database, commitment: int, what: str, due: date | None, **kw: Any) -> int:
    with transaction(db.sessions) as session:
        values = {"commitment_id": commitment, "what": what, "due_on": due, "version_id": 1}
        result = session.execute(insert(CommitmentStep).values(**values, **kw))
        return int(result.inserted_primary_key[0])  # type: ignore[index]


def triggers(event: Any) -> list[timedelta]:
    return sorted(a.decoded("trigger") for a in event.walk("VALARM"))


def test_alarms_default_from_the_profile_and_as_asked(
    pdesk: Desk, collab: int, partner: int
) -> None:
    cid = add(pdesk, collab, GIVES, date(2026, 12, 1))
    uid = f"commitment-{cid}@collabdesk.local"
    event = events(pdesk)[uid]
    assert triggers(event) == [timedelta(days=-7), timedelta(days=-1)]
    assert {str(a["action"]) for a in event.walk("VALARM")} == {"DISPLAY"}
    assert "TRIGGER:-P1D" in pdesk.calendar.calendar(EN).decode()
    two_hours = replace(EN, alarms=parse_alarms("2h"))
    assert triggers(events(pdesk, two_hours)[uid]) == [timedelta(hours=-2)]
    assert triggers(events(pdesk, replace(EN, alarms=parse_alarms("none")))[uid]) == []
    # the library's setting is the default
    profile = pdesk.library.profile()
    pdesk.library.save(replace(profile, calendar_alarms=" 3d "))
    assert pdesk.library.profile().calendar_alarms == "3d"
    assert triggers(events(pdesk)[uid]) == [timedelta(days=-3)]


def test_alarm_texts() -> None:
    assert parse_alarms("1d,7d") == (timedelta(days=1), timedelta(days=7))
    assert parse_alarms("7д; 1д") == (timedelta(days=1), timedelta(days=7))
    assert parse_alarms("1w") == (timedelta(days=7),)
    for nothing in ("0", "none", "", "нет"):
        assert parse_alarms(nothing) == ()
    for bad in ("1x", "d", "0d", "400d", "1d,2d,3d,4d,5d,6d", "x" * 10_000, "-1d", "1.5d"):
        assert parse_alarms(bad) is None, bad
    assert alarms_text((timedelta(hours=2), timedelta(days=1))) == "2h,1d"
    assert alarms_text(()) == "0"


def test_a_bad_alarm_setting_is_refused_and_nothing_is_lost(pdesk: Desk) -> None:
    pdesk.library.save(replace(pdesk.library.profile(), name="Библиотека №5"))
    for bad in ("1x", "<b>1d</b>", "😀", "9" * 10_000):
        with pytest.raises(ValidationError) as caught:
            pdesk.library.save(replace(pdesk.library.profile(), calendar_alarms=bad))
        assert [p.field for p in caught.value.problems] == ["calendar_alarms"]
        assert "1d,7d" in caught.value.problems[0].message
    kept = pdesk.library.profile()
    assert (kept.name, kept.calendar_alarms) == ("Библиотека №5", "1d,7d")


def test_summaries_in_russian_and_english(pdesk: Desk, collab: int, partner: int) -> None:
    give = add(pdesk, collab, GIVES, date(2026, 12, 1), text="Зал <b>для</b> 😀")
    get = add(pdesk, collab, GETS, date(2026, 12, 2), partner_id=partner, text="Эскизы")
    ru = events(pdesk, RU)
    assert (
        str(ru[f"commitment-{give}@collabdesk.local"]["summary"])
        == "Мы передаём: Зал <b>для</b> 😀"
    )
    theirs = ru[f"commitment-{get}@collabdesk.local"]
    assert str(theirs["summary"]) == "Мы получаем: Эскизы — Кофейня «Зерно»"
    description = str(theirs["description"])
    assert "Сотрудничество: Фестиваль 2026" in description
    assert "Партнёр: Кофейня «Зерно»" in description and "Статус: запланировано" in description
    en = events(pdesk, EN)
    assert str(en[f"commitment-{get}@collabdesk.local"]["summary"]) == (
        "We get: Эскизы — Кофейня «Зерно»"
    )
    assert "Collaboration: Фестиваль 2026" in str(
        en[f"commitment-{get}@collabdesk.local"]["description"]
    )
    # without a language: the library profile's (Russian until it says otherwise)
    plain = events(pdesk, CalendarOptions(today=TODAY))
    assert str(plain[f"commitment-{give}@collabdesk.local"]["summary"]).startswith("Мы передаём")
    pdesk.library.save(replace(pdesk.library.profile(), default_language="en"))
    plain = events(pdesk, CalendarOptions(today=TODAY))
    assert str(plain[f"commitment-{give}@collabdesk.local"]["summary"]).startswith("We give")


def test_open_then_delivered_is_cancelled_with_the_same_uid_and_higher_sequence(
    pdesk: Desk, collab: int
) -> None:
    cid = add(pdesk, collab, GIVES, date(2026, 11, 20))
    started = add(pdesk, collab, GIVES, date(2026, 11, 21))
    pdesk.commitments.start(started)
    uid = f"commitment-{cid}@collabdesk.local"
    before = events(pdesk)[uid]
    assert str(before["status"]) == "TENTATIVE"  # planned
    assert str(events(pdesk)[f"commitment-{started}@collabdesk.local"]["status"]) == "CONFIRMED"
    pdesk.commitments.deliver(cid, TODAY, today=TODAY)
    after = events(pdesk)[uid]
    assert str(after["status"]) == "CANCELLED"
    assert int(after["sequence"]) > int(before["sequence"])
    assert after.decoded("dtstart") == before.decoded("dtstart") == date(2026, 11, 20)
    assert after.walk("VALARM") == []  # no reminder for what is done


def test_waived_and_missed_are_cancelled_until_ninety_days_have_passed(
    pdesk: Desk, collab: int
) -> None:
    now = date.today()  # a waiver and a miss are dated by the change itself
    old = add(pdesk, collab, GIVES, date(2026, 6, 1))
    pdesk.commitments.deliver(old, now - timedelta(days=91), today=now)
    lately = add(pdesk, collab, GIVES, date(2026, 6, 2))
    pdesk.commitments.deliver(lately, now - timedelta(days=89), today=now)
    waived = add(pdesk, collab, GETS, date(2026, 12, 5))
    pdesk.commitments.waive(waived, "the partner closed")
    missed = add(pdesk, collab, GETS, date(2026, 12, 6))
    pdesk.commitments.miss(missed)
    found = events(pdesk, replace(EN, today=now))
    assert f"commitment-{old}@collabdesk.local" not in found
    for cid in (lately, waived, missed):
        assert str(found[f"commitment-{cid}@collabdesk.local"]["status"]) == "CANCELLED"
    later = events(pdesk, replace(EN, today=date.today() + timedelta(days=91)))
    assert not any(uid.startswith("commitment-") for uid in later)


def test_steps_are_events_and_done_ones_cancelled(
    pdesk: Desk, db: Database, collab: int, partner: int
) -> None:
    cid = add(pdesk, collab, GIVES, date(2026, 12, 10), partner_id=partner, text="Баннер")
    open_step = add_step(db, cid, "Согласовать макет", date(2026, 11, 25), who="Анна")
    done_step = add_step(db, cid, "Сделать макет", date(2026, 11, 20), done_on=TODAY)
    add_step(db, cid, "Без даты", None)
    old_step = add_step(db, cid, "Давно", date(2026, 1, 20), done_on=date(2026, 1, 20))
    ru = events(pdesk, RU)
    step = ru[f"step-{open_step}@collabdesk.local"]
    assert str(step["summary"]) == "Шаг: Согласовать макет — Кофейня «Зерно»"
    assert step.decoded("dtstart") == date(2026, 11, 25)
    assert "Исполнитель: Анна" in str(step["description"])
    assert "Обязательство: Баннер" in str(step["description"])
    assert triggers(step) == [timedelta(days=-7), timedelta(days=-1)]
    assert str(ru[f"step-{done_step}@collabdesk.local"]["status"]) == "CANCELLED"
    assert f"step-{old_step}@collabdesk.local" not in ru
    assert sum(uid.startswith("step-") for uid in ru) == 2
    assert str(events(pdesk)[f"step-{open_step}@collabdesk.local"]["summary"]) == (
        "Step: Согласовать макет — Кофейня «Зерно»"
    )
    # the commitment delivered: its open step is nothing to do either
    before = int(ru[f"step-{open_step}@collabdesk.local"]["sequence"])
    pdesk.commitments.deliver(cid, TODAY, today=TODAY)
    after = events(pdesk, RU)[f"step-{open_step}@collabdesk.local"]
    assert str(after["status"]) == "CANCELLED" and int(after["sequence"]) > before


def test_only_mine(pdesk: Desk, db: Database, collab: int) -> None:
    mine = add(pdesk, collab, GIVES, date(2026, 12, 1), owner="Анна")
    other = add(pdesk, collab, GIVES, date(2026, 12, 1), owner="Борис")
    add_step(db, other, "Мой шаг", date(2026, 11, 30), who="Анна")
    add_step(db, mine, "Не мой", date(2026, 11, 30), who="Борис")
    found = events(pdesk, replace(EN, mine="Анна"))
    kinds = sorted(str(e["summary"]).split(":")[0] for e in found.values())
    assert kinds == ["Step", "We give"]
    assert f"commitment-{mine}@collabdesk.local" in found


def test_renewal_dates(pdesk: Desk, db: Database, partner: int) -> None:
    ends = date(2027, 3, 31)
    due = pdesk.collaborations.create(
        CollaborationDraft(title="Лето чтения 2026", ends_on=ends, partner_ids=(partner,))
    ).id
    declined = pdesk.collaborations.create(
        CollaborationDraft(title="Отказ", ends_on=ends, stage=Stage.DECLINED)
    ).id
    long_ago = pdesk.collaborations.create(
        CollaborationDraft(title="Давно", ends_on=date(2020, 1, 1))
    ).id
    ru = events(pdesk, RU)
    event = ru[f"renewal-{due}@collabdesk.local"]
    assert str(event["summary"]) == "Пора продлевать: Лето чтения 2026"
    assert event.decoded("dtstart") == ends - timedelta(days=90)
    assert "31.03.2027" in str(event["description"])
    assert str(event["status"]) == "CONFIRMED" and triggers(event)
    assert str(ru[f"renewal-{declined}@collabdesk.local"]["status"]) == "CANCELLED"
    assert f"renewal-{long_ago}@collabdesk.local" not in ru
    # the library's lead days move the date
    pdesk.library.save(pdesk.library.profile())
    with transaction(db.sessions) as session:  # the renewal helper's setting
        session.execute(update(LibraryProfile).values(renewal_lead_days="30"))
    moved = events(pdesk, EN)[f"renewal-{due}@collabdesk.local"]
    assert moved.decoded("dtstart") == ends - timedelta(days=30)
    assert str(moved["summary"]) == "Renewal due: Лето чтения 2026"
    # renewed: the renewal date is cancelled, with a higher SEQUENCE
    with transaction(db.sessions) as session:
        session.add(Collaboration(title="Лето чтения 2027", renewed_from_id=due))
    cancelled = events(pdesk, EN)[f"renewal-{due}@collabdesk.local"]
    assert str(cancelled["status"]) == "CANCELLED"
    assert int(cancelled["sequence"]) > int(moved["sequence"])


def test_pages_and_file_written_whole(
    pdesk: Desk, collab: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from collabdesk.services import calendar_rows

    monkeypatch.setattr(calendar_rows, "PAGE", 3)
    ids = [add(pdesk, collab, GIVES, date(2026, 12, day)) for day in range(1, 9)]
    path = tmp_path / "due.ics"
    assert pdesk.calendar.write(path, EN) == 8
    cal = Calendar.from_ical(path.read_bytes())
    assert [str(e["uid"]) for e in cal.walk("VEVENT")] == [
        f"commitment-{i}@collabdesk.local" for i in ids
    ]
    assert str(cal["x-wr-calname"]) == "CollabDesk commitments"
    assert list(tmp_path.glob(".collabdesk-*")) == []
    # a worker's own read-only connection gives the same file
    apart = tmp_path / "apart.ics"
    assert pdesk.calendar.write_apart(apart, EN) == 8
    assert Calendar.from_ical(apart.read_bytes()).walk("VEVENT")[0]["uid"] == (
        f"commitment-{ids[0]}@collabdesk.local"
    )


def test_a_stopped_export_leaves_no_file(pdesk: Desk, collab: int, tmp_path: Path) -> None:
    from collabdesk.services.calendar_export import ExportStoppedError

    add(pdesk, collab, GIVES, date(2026, 12, 1))
    path = tmp_path / "due.ics"
    with pytest.raises(ExportStoppedError):
        pdesk.calendar.write_apart(path, replace(EN, stopped=lambda: True))
    assert [p.name for p in tmp_path.iterdir() if "ics" in p.name] == []
