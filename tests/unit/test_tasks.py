"""Steps of a commitment and the task queues: My tasks, This week.

Names match as people type them (case, ё/е, spaces); a ticked step leaves
the queues and comes back when undone; bad input is refused in words and
changes nothing; the Trash and undo bring steps back with their commitment;
the meeting copy carries none."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from collabdesk.domain.enums import Direction
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.services.errors import NotFoundError, ValidationError
from collabdesk.services.my_name import my_name, save_my_name
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.steps import StepDraft
from collabdesk.services.tasks import TaskKind, TaskQuery, parse_task_key, same_person
from collabdesk.store.database import Database
from collabdesk.store.history import ChangeSet

TODAY = date(2026, 11, 18)
GIVES = Direction.LIBRARY_GIVES


@pytest.fixture
def collab(desk: Desk) -> int:
    partner = desk.partners.create(PartnerDraft(name="Кофейня «Зерно»")).id
    draft = CollaborationDraft(title="Фестиваль 2026", partner_ids=(partner,))
    return desk.collaborations.create(draft).id


def promise(desk: Desk, collab: int, text: str, due: date | None, owner: str = "") -> int:
    partner = desk.collaborations.get(collab).partners[0].partner_id
    draft = CommitmentDraft(
        direction=GIVES, description=text, due_on=due, owner=owner, partner_id=partner
    )
    return desk.commitments.add(collab, draft).id


def keys(desk: Desk, query: TaskQuery) -> list[str]:
    return [row.key for row in desk.tasks.page(query)]


# --- steps ------------------------------------------------------------------------
def test_steps_keep_their_order_and_can_be_moved(desk: Desk, collab: int) -> None:
    cid = promise(desk, collab, "Баннер на входе", TODAY)
    for what in ("Макет", "Согласование", "Печать", "Монтаж"):
        desk.steps.add(cid, StepDraft(what=what, who="Ольга"))
    steps = desk.steps.for_commitment(cid)
    assert [s.what for s in steps] == ["Макет", "Согласование", "Печать", "Монтаж"]
    moved = desk.steps.move(steps[3].id, -1)
    assert [s.what for s in moved] == ["Макет", "Согласование", "Монтаж", "Печать"]
    desk.steps.move(steps[0].id, -1)  # already first: stays
    assert desk.steps.for_commitment(cid)[0].what == "Макет"
    edited = desk.steps.update(steps[0].id, StepDraft(what="  Макет v2 ", who=" Пётр  Иванов "))
    assert (edited.what, edited.who) == ("Макет v2", "Пётр Иванов")
    desk.steps.delete(steps[1].id)
    assert [s.what for s in desk.steps.for_commitment(cid)] == ["Макет v2", "Монтаж", "Печать"]


@pytest.mark.parametrize(
    ("draft", "field", "words"),
    [
        (StepDraft(what="   "), "what", "is required"),
        (StepDraft(what="x" * 10_000), "what", "10000 characters, at most 2000"),
        (StepDraft(what="ok", who="я" * 500), "who", "at most 200"),
    ],
)
def test_bad_steps_are_refused_and_nothing_is_saved(
    desk: Desk, collab: int, draft: StepDraft, field: str, words: str
) -> None:
    cid = promise(desk, collab, "Баннер", TODAY)
    with pytest.raises(ValidationError, match=words) as refused:
        desk.steps.add(cid, draft)
    assert refused.value.for_field(field) is not None
    assert desk.steps.for_commitment(cid) == []


def test_unknown_ids_are_named(desk: Desk, collab: int) -> None:
    with pytest.raises(NotFoundError, match="no commitment with id 999"):
        desk.steps.add(999, StepDraft(what="Макет"))
    for call in (
        lambda: desk.steps.tick(404),
        lambda: desk.steps.undo(404),
        lambda: desk.steps.delete(404),
        lambda: desk.steps.update(404, StepDraft(what="x")),
        lambda: desk.tasks.done("step:404"),
    ):
        with pytest.raises(NotFoundError, match="no step with id 404"):
            call()


def test_markup_and_emoji_are_kept_as_typed(desk: Desk, collab: int) -> None:
    cid = promise(desk, collab, "Баннер", TODAY)
    step = desk.steps.add(cid, StepDraft(what="<b>Печать</b> 🎉", who="<i>Оля</i> 😀"))
    assert desk.steps.get(step.id).what == "<b>Печать</b> 🎉"
    assert keys(desk, TaskQuery(me="<i>оля</i> 😀", today=TODAY)) == [f"step:{step.id}"]


# --- the queues ---------------------------------------------------------------------
def test_my_tasks_match_names_as_people_type_them(desk: Desk, collab: int) -> None:
    mine = promise(desk, collab, "Афиша", TODAY + timedelta(days=30), owner="Пётр Иванов")
    promise(desk, collab, "Чужое", TODAY, owner="Анна")
    other = promise(desk, collab, "Буклеты", None)
    step = desk.steps.add(other, StepDraft(what="Вёрстка", who="ПЕТР  ИВАНОВ"))
    desk.steps.add(other, StepDraft(what="Печать", who="Анна"))
    for spelling in ("петр иванов", "Пётр Иванов", "  пётр   ИВАНОВ "):
        assert keys(desk, TaskQuery(me=spelling, today=TODAY)) == [
            f"commitment:{mine}",
            f"step:{step.id}",  # no date: after every dated task
        ]
    assert keys(desk, TaskQuery(me="Пётр", today=TODAY)) == []  # a whole name, not a part
    assert desk.tasks.count(TaskQuery(me="петр иванов", today=TODAY)) == 2
    assert same_person("Ёлкина", "елкина") and not same_person("", "")


def test_this_week_is_overdue_and_the_next_seven_days_of_everybody(desk: Desk, collab: int) -> None:
    late = promise(desk, collab, "Отчёт", TODAY - timedelta(days=40), owner="Анна")
    soon = promise(desk, collab, "Афиша", TODAY + timedelta(days=7), owner="Пётр")
    promise(desk, collab, "Потом", TODAY + timedelta(days=8), owner="Пётр")
    promise(desk, collab, "Без даты", None, owner="Пётр")
    step = desk.steps.add(late, StepDraft(what="Собрать цифры", who="Пётр", due_on=TODAY))
    done = desk.commitments.add(
        collab, CommitmentDraft(direction=GIVES, description="Сделано", due_on=TODAY)
    )
    desk.commitments.deliver(done.id, TODAY, today=TODAY)
    week = desk.tasks.page(TaskQuery(week=True, today=TODAY))
    assert [r.key for r in week] == [f"commitment:{late}", f"step:{step.id}", f"commitment:{soon}"]
    assert [r.overdue for r in week] == [True, False, False]
    assert week[1].commitment == "Отчёт" and week[1].collaboration == "Фестиваль 2026"
    assert week[1].partner == "Кофейня «Зерно»"
    mine = keys(desk, TaskQuery(me="пётр", week=True, today=TODAY))
    assert mine == [f"step:{step.id}", f"commitment:{soon}"]
    counts = desk.tasks.counts("Пётр", TODAY)
    assert (counts.total, counts.overdue, counts.this_week) == (4, 0, 2)


def test_ticking_a_step_takes_it_off_and_undo_brings_it_back(desk: Desk, collab: int) -> None:
    cid = promise(desk, collab, "Баннер", None)
    step = desk.steps.add(cid, StepDraft(what="Печать", who="Оля", due_on=TODAY))
    assert keys(desk, TaskQuery(me="оля", today=TODAY)) == [f"step:{step.id}"]
    ticked = desk.tasks.done(f"step:{step.id}", TODAY)
    assert ticked.done_on == TODAY
    assert keys(desk, TaskQuery(me="оля", today=TODAY)) == []
    assert desk.steps.tick(step.id, TODAY + timedelta(days=3)).done_on == TODAY  # keeps its day
    desk.steps.undo(step.id)
    assert keys(desk, TaskQuery(me="оля", today=TODAY)) == [f"step:{step.id}"]


def test_a_commitment_is_not_ticked_off_but_delivered_with_its_proof(
    desk: Desk, collab: int
) -> None:
    cid = promise(desk, collab, "Баннер", TODAY, owner="Оля")
    with pytest.raises(ValidationError, match=f"commitments deliver {cid}"):
        desk.tasks.done(f"commitment:{cid}")
    assert keys(desk, TaskQuery(me="оля", today=TODAY)) == [f"commitment:{cid}"]


@pytest.mark.parametrize("text", ["foo:3", "step:x", "3", "step:", "step:-1", ""])
def test_a_task_is_named_kind_colon_number(text: str) -> None:
    with pytest.raises(ValidationError, match="does not name a task"):
        parse_task_key(text)
    assert parse_task_key(" Step:12 ") == (TaskKind.STEP, 12)


def test_pages_follow_each_other_without_gaps(desk: Desk, collab: int) -> None:
    ids = []
    for day in range(6):
        cid = promise(desk, collab, f"Обещание {day}", TODAY + timedelta(days=day % 3), "Оля")
        ids.append(f"commitment:{cid}")
        ids.append(f"step:{desk.steps.add(cid, StepDraft('шаг', 'оля', TODAY)).id}")
    query = TaskQuery(me="Оля", today=TODAY)
    every = keys(desk, query)
    seen: list[str] = []
    after = None
    while True:
        rows = desk.tasks.page(query, after, 4)
        if not rows:
            break
        seen += [r.key for r in rows]
        after = rows[-1].sort_key
    assert seen == every and sorted(seen) == sorted(ids)


def test_no_name_means_no_tasks(desk: Desk, collab: int) -> None:
    promise(desk, collab, "Баннер", TODAY, owner="")
    assert keys(desk, TaskQuery(me="   ", week=True, today=TODAY)) == [
        keys(desk, TaskQuery(week=True, today=TODAY))[0]
    ]  # blank "me" is everybody's queue; the callers check the name is set
    assert desk.tasks.counts("", TODAY).total == 0


# --- my name ------------------------------------------------------------------------
def test_my_name_is_a_file_of_this_computer(tmp_path: Path) -> None:
    assert my_name(tmp_path) == "" and my_name(None) == ""
    assert save_my_name(tmp_path / "new", "  Пётр \n Иванов ") == "Пётр Иванов"
    assert my_name(tmp_path / "new") == "Пётр Иванов"
    with pytest.raises(ValidationError, match="at most 200"):
        save_my_name(tmp_path / "new", "я" * 10_000)
    assert my_name(tmp_path / "new") == "Пётр Иванов"  # the refusal lost nothing
    save_my_name(tmp_path / "new", "")
    assert my_name(tmp_path / "new") == ""


# --- trash, undo, meeting copy --------------------------------------------------------
def test_steps_come_back_with_a_collaboration_from_the_trash(desk: Desk, collab: int) -> None:
    cid = promise(desk, collab, "Баннер", TODAY)
    desk.steps.add(cid, StepDraft(what="Макет", who="Оля", due_on=TODAY))
    desk.steps.add(cid, StepDraft(what="Печать"))
    desk.collaborations.delete(collab)
    with pytest.raises(NotFoundError):
        desk.steps.add(cid, StepDraft(what="x"))
    [entry] = desk.trash.items()
    desk.trash.restore(entry.id)
    assert [s.what for s in desk.steps.for_commitment(cid)] == ["Макет", "Печать"]
    assert keys(desk, TaskQuery(me="оля", today=TODAY)) != []


def test_undoing_a_commitment_delete_brings_its_steps_back(desk: Desk, collab: int) -> None:
    cid = promise(desk, collab, "Баннер", TODAY)
    desk.steps.add(cid, StepDraft(what="Макет", who="Оля"))
    desk.steps.add(cid, StepDraft(what="Печать"))
    heard: list[ChangeSet] = []
    desk.history.subscribe(heard.append)
    desk.commitments.delete(cid)
    deleted = heard[-1].id
    assert desk.steps.for_commitment(cid) == []
    desk.history.revert(deleted)
    assert [s.what for s in desk.steps.for_commitment(cid)] == ["Макет", "Печать"]
    desk.history.reapply(deleted)
    assert desk.steps.for_commitment(cid) == []


def test_the_meeting_copy_leaves_steps_in_the_office(
    desk: Desk, collab: int, db: Database, tmp_path: Path
) -> None:
    import sqlite3

    from collabdesk.services.meeting_copy import make_meeting_copy

    cid = promise(desk, collab, "Баннер", TODAY)
    desk.steps.add(cid, StepDraft(what="Секретный шаг", who="Оля"))
    target = tmp_path / "meeting.sqlite3"
    assert db.sqlite_path is not None
    make_meeting_copy(db.sqlite_path, target, [collab])
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("SELECT count(*) FROM commitment").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM commitment_step").fetchone() == (0,)
    finally:
        conn.close()
    assert "Секретный шаг".encode() not in target.read_bytes()


def test_replace_keeps_drafts_frozen() -> None:
    draft = StepDraft(what="a")
    assert replace(draft, who="b").who == "b"


def test_an_occurrence_of_a_schedule_says_which_one_in_the_queues(desk: Desk, collab: int) -> None:
    """Twelve alike 'Monthly report' lines would read as one promise twelve times."""
    from collabdesk.domain.enums import Recurrence
    from collabdesk.services.commitment_series import Schedule

    first = promise(desk, collab, "Monthly report", TODAY + timedelta(days=1), owner="Анна")
    desk.series.schedule(first, Schedule(Recurrence.MONTH, times=3))
    rows = desk.tasks.page(TaskQuery(me="Анна", today=TODAY))
    assert [r.titled_commitment for r in rows] == [
        "(1/3) Monthly report",
        "(2/3) Monthly report",
        "(3/3) Monthly report",
    ]
    assert [(r.occurrence, r.series_size) for r in rows] == [(1, 3), (2, 3), (3, 3)]
