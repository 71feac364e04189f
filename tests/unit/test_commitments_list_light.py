"""`collabdesk commitments list` over plain SQL (issue 15 item 5), with the
series and steps of issue 18 in its --json: the plain path prints byte for
byte what the tracker's path prints, pages through the list rather than
loading it whole, and loads neither SQLAlchemy nor Alembic."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from collabdesk import cli
from collabdesk.commands import reading
from collabdesk.services import tracker_sql
from tests.unit.test_cli_light import loaded_modules

STAMP = "2026-12-01 10:00:00.000000"

ARGVS = [
    ["commitments", "list"],
    ["commitments", "list", "--json"],
    ["commitments", "list", "--overdue"],
    ["commitments", "list", "--overdue", "--json"],
    ["commitments", "list", "--direction", "gives"],
    ["commitments", "list", "--direction", "gets", "--json"],
    ["commitments", "list", "--partner", "1"],
    ["commitments", "list", "--partner", "1", "--direction", "gives", "--json"],
    ["commitments", "list", "--limit", "3"],
    ["commitments", "list", "--limit", "5", "--json"],
    ["commitments", "list", "--limit", "0", "--json"],
    ["commitments", "list", "--limit", "-4"],
]


def run(data_dir: Path, argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(["--data-dir", str(data_dir), *argv], out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo data, a monthly series of two occurrences (one with two
    steps), a commitment without a date and one with markup and emoji."""
    folder = tmp_path_factory.mktemp("commitments-light")
    assert run(folder, ["demo", "--lang", "en"])[0] == 0
    with sqlite3.connect(folder / "collabdesk.sqlite3") as conn:
        conn.execute(
            "INSERT INTO commitment_series (id, created_at, updated_at, version_id, every,"
            " times, until, first_due_on, total_quantity)"
            " VALUES (7, ?, ?, 1, 'month', 12, NULL, '2026-11-07', 24)",
            (STAMP, STAMP),
        )
        conn.execute("UPDATE commitment SET series_id = 7, occurrence = 1 WHERE id = 1")
        conn.execute("UPDATE commitment SET series_id = 7, occurrence = 2 WHERE id = 2")
        conn.executemany(
            "INSERT INTO commitment_step (id, created_at, updated_at, version_id,"
            " commitment_id, position, what, who, due_on, done_on)"
            " VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",  # id, stamps, commitment, position…
            [
                (31, STAMP, STAMP, 2, 1, "Print the <b>poster</b> 🎉", "Анна", "2026-11-20", None),
                (30, STAMP, STAMP, 1, 1, "Agree the layout", "Irina", "2026-11-01", "2026-10-30"),
            ],
        )
        conn.execute("UPDATE commitment SET due_on = NULL WHERE id = 3")
        conn.execute(
            "UPDATE commitment SET description = '<b>Кофе</b> for 🎉 ' || description WHERE id = 4"
        )
    conn.close()
    return folder


def both_paths(
    data_dir: Path, argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[tuple[int, str, str], tuple[int, str, str]]:
    """(plain path's answer, full path's answer); fails unless the plain one answered."""
    opened: list[object] = []
    real_open = reading.open_reading

    def spy(*args: object) -> object:
        opened.append(real_open(*args))  # type: ignore[arg-type]
        return opened[-1]

    with monkeypatch.context() as patch:
        patch.setattr(reading, "open_reading", spy)
        plain = run(data_dir, argv)
    assert opened and opened[0] is not None  # the plain path answered
    with monkeypatch.context() as patch:
        patch.setattr(reading, "open_reading", lambda *args: None)
        full = run(data_dir, argv)
    return plain, full


@pytest.mark.parametrize("argv", ARGVS, ids=" ".join)
def test_the_plain_list_is_byte_for_byte_the_trackers(
    data_dir: Path, argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answered_alike(data_dir, argv, monkeypatch)


def answered_alike(data_dir: Path, argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The plain path answered, as the full path does, and said something."""
    plain, full = both_paths(data_dir, argv, monkeypatch)
    assert plain == full
    assert plain[0] == 0 and plain[1] and plain[2] == ""


@pytest.mark.parametrize("chunk", [1, 2, 7])
def test_both_paths_page_through_the_list_and_still_agree(
    data_dir: Path, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = run(data_dir, ["commitments", "list", "--json"])[1]
    monkeypatch.setattr(tracker_sql, "CHUNK", chunk)
    asked: list[str] = []
    real_pages = tracker_sql.pages

    def counted(run_sql: tracker_sql.Run, *args: object) -> object:
        def spy(sql: str, params: object) -> list[tuple[object, ...]]:
            asked.append(sql)
            return run_sql(sql, params)  # type: ignore[arg-type]

        return real_pages(spy, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(tracker_sql, "pages", counted)
    for argv in (["commitments", "list", "--json"], ["commitments", "list", "--limit", "9"]):
        plain, full = both_paths(data_dir, argv, monkeypatch)
        assert plain == full
    assert run(data_dir, ["commitments", "list", "--json"])[1] == whole
    rows = len(json.loads(whole))
    first_pages = [sql for sql in asked if sql.startswith("SELECT id, coalesce")]
    assert len(first_pages) >= rows // chunk  # a page of `chunk` ids at a time, never all


def test_the_json_shows_series_steps_and_valuation(data_dir: Path) -> None:
    shown = {c["id"]: c for c in json.loads(run(data_dir, ["commitments", "list", "--json"])[1])}
    assert shown[1]["series_id"] == 7 and shown[1]["occurrence"] == 1
    assert shown[1]["series"] == {"every": "month", "times": 12, "until": None}
    assert shown[2]["occurrence"] == 2 and shown[2]["series"] == shown[1]["series"]
    assert shown[1]["steps"] == [
        {
            "id": 30,
            "what": "Agree the layout",
            "who": "Irina",
            "due_on": "2026-11-01",
            "done_on": "2026-10-30",
        }
    ]
    assert shown[2]["steps"][0]["what"] == "Print the <b>poster</b> 🎉"
    assert shown[2]["steps"][0]["done_on"] is None
    assert shown[1]["valuation_method"] == "quote"
    # The demo's own monthly report is a schedule too; every other promise has none.
    demo_series = [c for cid, c in shown.items() if cid not in (1, 2) and c["series_id"]]
    assert len(demo_series) == 12 and all(c["series"]["times"] == 12 for c in demo_series)
    others = [c for cid, c in shown.items() if cid not in (1, 2) and not c["series_id"]]
    assert others and all(c["series"] is None and c["steps"] == [] for c in others)
    assert all(c["occurrence"] is None for c in others)


def test_the_fields_of_before_stay_first_and_unchanged(data_dir: Path) -> None:
    """Scripts written before issue 18 read the same keys, in the same order."""
    before = [
        "id", "collaboration_id", "collaboration", "partner_id", "partner", "direction",
        "description", "quantity", "unit", "due_on", "owner", "status", "overdue", "value",
        "currency", "delivered_on", "proofs",
    ]  # fmt: skip
    added = ["valuation_method", "series_id", "occurrence", "series", "steps"]
    for row in json.loads(run(data_dir, ["commitments", "list", "--json"])[1]):
        assert list(row) == before + added


def test_a_missing_date_sorts_last_and_markup_is_printed_as_typed(data_dir: Path) -> None:
    text = run(data_dir, ["commitments", "list"])[1]
    lines = text.splitlines()
    assert lines[-2].split()[:2] == ["3", "-"]  # no date: after every dated one
    assert "<b>Кофе</b> for 🎉" in text


def test_an_unknown_partner_is_refused_in_the_full_paths_words(data_dir: Path) -> None:
    code, out, err = run(data_dir, ["commitments", "list", "--partner", "99999"])
    assert (code, out) == (1, "")
    assert err.startswith("collabdesk: ") and "99999" in err


def test_the_plain_path_loads_neither_sqlalchemy_nor_alembic(data_dir: Path) -> None:
    modules = loaded_modules(data_dir, "commitments", "list", "--json")
    assert "collabdesk.services.tracker_sql" in modules
    for heavy in ("sqlalchemy", "sqlalchemy.orm", "alembic", "collabdesk.domain.commitment"):
        assert heavy not in modules, heavy


@pytest.mark.parametrize("limit", ["0", "1", "1000"])
def test_the_json_written_page_by_page_is_what_json_dump_prints(
    data_dir: Path, limit: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list as before, when it was dumped whole: same bytes for the same data."""
    monkeypatch.setattr(tracker_sql, "CHUNK", 2)
    out = run(data_dir, ["commitments", "list", "--json", "--limit", limit])[1]
    assert out == json.dumps(json.loads(out), ensure_ascii=False, indent=1) + "\n"
