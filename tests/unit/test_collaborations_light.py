"""`collabdesk collaborations list|show` over plain SQL (issue 15 item 5):
readiness by the one definition (services/readiness_score, which the
window's services run too), the questions' prompts by QuestionRecord;
byte for byte what the full path prints, for every demo collaboration."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from collabdesk.domain.enums import Stage
from tests.unit.test_cli_light import loaded_modules
from tests.unit.test_commitments_list_light import answered_alike, run

STAMP = "2026-12-01 10:00:00.000000"


@pytest.fixture(scope="module", params=["ru", "en"])
def data_dir(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    """The demo data, plus: a second partner and a plan B on collaboration 1,
    a per-partner answer for one of them, a promise without date or owner,
    a shared answer of blanks only, and markup and emoji in a title."""
    folder = tmp_path_factory.mktemp(f"collaborations-light-{request.param}")
    assert run(folder, ["demo", "--lang", request.param])[0] == 0
    with sqlite3.connect(folder / "collabdesk.sqlite3") as conn:
        taking_part = "INSERT INTO collaboration_partner (created_at, updated_at, version_id,"
        taking_part += " collaboration_id, partner_id, role) VALUES (?, ?, 1, 1, ?, ?)"
        conn.execute(taking_part, (STAMP, STAMP, 5, "partner"))
        conn.execute(taking_part, (STAMP, STAMP, 4, "alternative"))
        key = conn.execute(
            "SELECT key FROM checklist_question WHERE per_partner = 1 AND required = 1"
        ).fetchone()
        if key is not None:
            conn.execute(
                "INSERT INTO checklist_answer (created_at, updated_at, version_id,"
                " collaboration_id, step_key, question_key, answer, done, partner_id,"
                " translation) VALUES (?, ?, 1, 1, ?, ?, 'Их ответ 🎉', 1, 5, '')",
                (STAMP, STAMP, key[0].split(".")[0], key[0]),
            )
        conn.execute("UPDATE commitment SET due_on = NULL, owner = ' ' WHERE id = 3")
        conn.execute("UPDATE collaboration SET title = '<b>Кофе</b> 🎉 ' || title WHERE id = 2")
    conn.close()
    return folder


def collaboration_ids(data_dir: Path) -> list[int]:
    with sqlite3.connect(data_dir / "collabdesk.sqlite3") as conn:
        ids = [int(row[0]) for row in conn.execute("SELECT id FROM collaboration")]
    conn.close()
    return ids


def test_every_show_and_list_is_byte_for_byte_the_full_paths(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    argvs = [["collaborations", "list"], ["collaborations", "list", "--json"]]
    for stage in Stage:
        argvs.append(["collaborations", "list", "--stage", stage.value, "--json"])
    for cid in collaboration_ids(data_dir):
        argvs += [
            ["collaborations", "show", str(cid)],
            ["collaborations", "show", str(cid), "--json"],
        ]
    for argv in argvs:
        if argv[1] == "list" and "--stage" in argv:
            plain = run(data_dir, argv)
            assert plain[0] == 0  # an empty stage prints []: compared below as well
        answered_alike(data_dir, argv, monkeypatch)


def test_the_listed_percent_is_the_python_score_for_every_collaboration(data_dir: Path) -> None:
    """The list's SQL percent (readiness_percent) against readiness_score's
    definition, over the plain connection, for the demo data and its extras."""
    from collabdesk.services.plain_rows import sqlite_run
    from collabdesk.services.readiness_score import readiness_of_rows

    ids = collaboration_ids(data_dir)
    with sqlite3.connect(data_dir / "collabdesk.sqlite3") as conn:
        scored = readiness_of_rows(sqlite_run(conn), ids)
    conn.close()
    listed = json.loads(run(data_dir, ["collaborations", "list", "--json"])[1])
    assert {item["id"]: item["readiness"] for item in listed} == {
        cid: r.percent for cid, r in scored.items()
    }
    assert len({r.percent for r in scored.values()}) > 1  # not all alike by accident


def test_the_json_list_streams_as_json_dump_writes_it(data_dir: Path) -> None:
    text = run(data_dir, ["collaborations", "list", "--json"])[1]
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=1) + "\n"
    empty = run(data_dir, ["collaborations", "list", "--stage", "declined", "--json"])[1]
    assert empty in ("[]\n", json.dumps(json.loads(empty), ensure_ascii=False, indent=1) + "\n")


def test_what_the_extra_records_show(data_dir: Path) -> None:
    text = run(data_dir, ["collaborations", "show", "1"])[1]
    assert "Plan B" in text or "План Б" in text
    listed = run(data_dir, ["collaborations", "list"])[1]
    assert "<b>Кофе</b> 🎉" in listed


def test_an_unknown_collaboration_is_refused_in_the_full_paths_words(data_dir: Path) -> None:
    code, out, err = run(data_dir, ["collaborations", "show", "4040"])
    assert (code, out) == (1, "")
    assert err.startswith("collabdesk: ") and "4040" in err


def test_a_missing_shipped_question_takes_the_full_path_which_adds_it(tmp_path: Path) -> None:
    assert run(tmp_path, ["demo", "--lang", "en"])[0] == 0
    with sqlite3.connect(tmp_path / "collabdesk.sqlite3") as conn:
        conn.execute("DELETE FROM checklist_question WHERE key = 'why.goal'")
    conn.close()
    code, out, _err = run(tmp_path, ["collaborations", "show", "1", "--json"])
    assert code == 0 and out.startswith("{")  # answered by the full path, which…
    with sqlite3.connect(tmp_path / "collabdesk.sqlite3") as conn:
        found = conn.execute("SELECT 1 FROM checklist_question WHERE key = 'why.goal'")
        assert found.fetchone() is not None  # …put the shipped question back
    conn.close()


def test_the_plain_path_loads_neither_sqlalchemy_nor_alembic(data_dir: Path) -> None:
    for argv in (("collaborations", "list"), ("collaborations", "show", "1", "--json")):
        modules = loaded_modules(data_dir, *argv)
        assert "collabdesk.services.readiness_score" in modules
        for heavy in ("sqlalchemy", "alembic", "collabdesk.services.readiness"):
            assert heavy not in modules, (argv, heavy)
