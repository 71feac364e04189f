"""`collabdesk checklist questions` and `collabdesk collaborations answer`,
each refusal one line on stderr with a non-zero exit."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from collabdesk.cli import run
from collabdesk.config import DATABASE_FILE
from collabdesk.domain import checklist as keys
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.store.database import Database, open_database, sqlite_url


def cli(data: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(data), *argv], out, err)
    return code, out.getvalue(), err.getvalue()


def refused(result: tuple[int, str, str], *parts: str, code: int = 1) -> str:
    got, out, err = result
    assert (got, out) == (code, ""), err
    assert err.startswith("collabdesk") and err.count("\n") == 1, err
    for part in parts:
        assert part in err, err
    return err


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """Collaboration 1 with a museum and a fund; collaboration 2 with a café only."""
    folder = tmp_path / "data"
    assert cli(folder, "partners", "list")[0] == 0
    db = open_database(sqlite_url(folder / DATABASE_FILE))
    desk = Desk.over(db.sessions)
    museum = desk.partners.create(PartnerDraft(name="Музей")).id
    fund = desk.partners.create(PartnerDraft(name="Фонд")).id
    cafe = desk.partners.create(PartnerDraft(name="Кафе")).id
    desk.collaborations.create(CollaborationDraft(title="Лето", partner_ids=(museum, fund)))
    desk.collaborations.create(CollaborationDraft(title="Угол", partner_ids=(cafe,)))
    db.close()
    return folder


@pytest.fixture
def desk(data: Path) -> Iterator[Desk]:
    db: Database = open_database(sqlite_url(data / DATABASE_FILE))
    yield Desk.over(db.sessions)
    db.close()


def test_questions_list_keys_steps_and_readers(data: Path) -> None:
    code, out, _ = cli(data, "checklist", "questions", "--json")
    assert code == 0
    listed = {q["key"]: q for q in json.loads(out)}
    assert listed[keys.BRAND_VALUE] | {"prompt_en": "", "prompt_ru": ""} == {
        "key": keys.BRAND_VALUE,
        "step": "qualitative",
        "required": True,
        "audience": "partner",
        "per_partner": True,
        "set_by": None,
        "prompt_en": "",
        "prompt_ru": "",
    }
    assert listed[keys.IF_DECLINED]["audience"] == "staff"
    assert "collaborations pick" in listed[keys.STATISTICS]["set_by"]
    code, out, _ = cli(data, "checklist", "questions")
    line = next(row for row in out.splitlines() if row.startswith(keys.IF_DECLINED))
    assert "staff only" in line
    assert out.rstrip().endswith(f"Questions: {len(listed)}")


def test_questions_in_russian(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    code, out, _ = cli(data, "checklist", "questions")
    assert code == 0
    line = next(row for row in out.splitlines() if row.startswith(keys.IF_DECLINED))
    assert "только сотрудники" in line and "Что будет, если партнёр откажется" in line
    assert "КЛЮЧ" in out and "Вопросов: 17" in out


def test_answer_writes_clears_and_translates(data: Path, desk: Desk) -> None:
    assert cli(data, "collaborations", "answer", "1", keys.GOAL, "Читальный зал") == (
        0,
        "Answer to why.goal saved in collaboration 1.\n",
        "",
    )
    code, out, _ = cli(data, "collaborations", "answer", "1", keys.GOAL, "A hall", "--lang", "en")
    assert code == 0 and "As the translation into en." in out
    goal = next(a for a in desk.collaborations.answers(1) if a.question_key == keys.GOAL)
    assert (goal.answer, goal.translation, goal.done) == ("Читальный зал", "A hall", True)
    code, out, _ = cli(data, "collaborations", "answer", "1", keys.GOAL, "")
    assert code == 0 and "cleared" in out
    goal = next(a for a in desk.collaborations.answers(1) if a.question_key == keys.GOAL)
    assert (goal.answer, goal.done) == ("", False)


def test_answer_reads_stdin(data: Path, desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Первая строка\nвторая строка\n"))
    assert cli(data, "collaborations", "answer", "2", keys.UNIQUE_IDEA, "-")[0] == 0
    saved = {a.question_key: a.answer for a in desk.collaborations.answers(2)}
    assert saved[keys.UNIQUE_IDEA] == "Первая строка\nвторая строка"


def test_per_partner_answers(data: Path, desk: Desk) -> None:
    refused(
        cli(data, "collaborations", "answer", "1", keys.BRAND_VALUE, "Общий"),
        "answered for each partner",
        "--partner",
        "1 (Музей)",
        "2 (Фонд)",
    )
    code, out, _ = cli(
        data, "collaborations", "answer", "1", keys.BRAND_VALUE, "Музей на афишах", "--partner", "1"
    )
    assert code == 0 and "For the partner: Музей (1)" in out
    # the only partner of collaboration 2 needs no --partner
    code, out, _ = cli(data, "collaborations", "answer", "2", keys.BRAND_VALUE, "Кафе у читателей")
    assert code == 0 and "For the partner: Кафе (3)" in out
    written = {(a.partner_id, a.answer) for a in desk.collaborations.every_answer(1)}
    assert written == {(1, "Музей на афишах")}
    code, out, _ = cli(data, "collaborations", "show", "1")
    assert "Missing: Not answered for Фонд:" in out


def test_answer_refusals(data: Path) -> None:
    err = refused(cli(data, "collaborations", "answer", "1", "why.nope", "x"), "'why.nope'")
    assert keys.GOAL in err and keys.BRAND_VALUE in err and keys.PLAN_B not in err
    refused(
        cli(data, "collaborations", "answer", "1", keys.PLAN_B, "x"),
        "answered by other records",
        "collaborations add --alternative",
    )
    refused(cli(data, "collaborations", "answer", "1", keys.STATISTICS, "x"), "collaborations pick")
    refused(cli(data, "collaborations", "answer", "1", keys.ADVERTISING, "x"), "--ad-item NAME")
    refused(
        cli(data, "collaborations", "answer", "1", keys.LIBRARY_PROMISES, "x"),
        "commitments add",
    )
    refused(
        cli(data, "collaborations", "answer", "1", keys.PARTNER_PROMISES, "x"), "--direction gets"
    )
    refused(
        cli(data, "collaborations", "answer", "9", keys.GOAL, "x"), "no collaboration with id 9"
    )
    refused(
        cli(data, "collaborations", "answer", "1", keys.BRAND_VALUE, "x", "--partner", "3"),
        "Partner 3 does not take part in collaboration 1",
    )
    refused(
        cli(data, "collaborations", "answer", "1", keys.GOAL, "x", "--partner", "1"),
        "for the whole collaboration, not per partner",
    )
    refused(
        cli(data, "collaborations", "answer", "1", keys.GOAL, "x", "--lang", "de"),
        "invalid choice",
        code=2,
    )


def test_refusals_in_russian(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    refused(
        cli(data, "collaborations", "answer", "1", keys.BRAND_VALUE, "Общий"),
        "для каждого партнёра",
    )
    refused(cli(data, "collaborations", "answer", "1", "why.nope", "x"), "Вопроса чек-листа")
