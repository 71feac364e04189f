"""`collabdesk pitch` over plain SQL (issue 15 item 5): the gather the
window's PitchContentService runs (services/pitch_gather, its statements in
pitch_queries, partner_facing, audience_case, track_record), over a plain
read-only sqlite3 connection. The PDF is the full path's — the same text on
every page and the same page count, for every demo collaboration in both
data languages and both pitch languages — a monthly series still prints as
one line, and neither SQLAlchemy's ORM nor Alembic is loaded."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from collabdesk.commands import reading
from tests.unit.test_cli_light import loaded_modules
from tests.unit.test_collaborations_light import collaboration_ids
from tests.unit.test_commitments_list_light import run

STAMP = "2026-12-01 10:00:00.000000"


@pytest.fixture(scope="module", params=["ru", "en"])
def data_dir(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    """The demo data, plus: commitment 3 repeated monthly (a series of three
    occurrences, one delivered), markup and emoji in a title and a promise."""
    folder = tmp_path_factory.mktemp(f"pitch-light-{request.param}")
    assert run(folder, ["demo", "--lang", request.param])[0] == 0
    with sqlite3.connect(folder / "collabdesk.sqlite3") as conn:
        conn.execute(
            "INSERT INTO commitment_series (id, created_at, updated_at, version_id, every,"
            " times, until, first_due_on, total_quantity)"
            " VALUES (7, ?, ?, 1, 'month', 3, NULL, '2026-12-04', NULL)",
            (STAMP, STAMP),
        )
        conn.execute("CREATE TEMP TABLE copy AS SELECT * FROM commitment WHERE id = 3")
        for occurrence, due, status in ((2, "2027-01-04", "planned"), (3, "2027-02-04", "planned")):
            conn.execute(
                "UPDATE copy SET id = (SELECT max(id) + 1 FROM commitment), occurrence = ?,"
                " due_on = ?, status = ?",
                (occurrence, due, status),
            )
            conn.execute("INSERT INTO commitment SELECT * FROM copy")
        conn.execute("UPDATE commitment SET series_id = 7 WHERE description ="
                     " (SELECT description FROM commitment WHERE id = 3)")  # fmt: skip
        conn.execute("UPDATE commitment SET occurrence = 1 WHERE id = 3")
        conn.execute("UPDATE collaboration SET title = '<b>Кофе</b> 🎉 ' || title WHERE id = 2")
        conn.execute(
            "UPDATE commitment SET description = 'Афиши & <i>флаеры</i> 🎉' WHERE id = "
            "(SELECT min(id) FROM commitment WHERE collaboration_id = 2)"
        )
    conn.close()
    return folder


def pdf_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def both_pitches(
    data_dir: Path, argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[tuple[int, str, str, list[str]], tuple[int, str, str, list[str]]]:
    """(plain path, full path): exit code, stdout (the file named alike),
    stderr, each page's text; fails unless the plain path answered."""
    opened: list[object] = []
    real = reading.open_reading

    def spy(*args: object) -> object:
        opened.append(real(*args))  # type: ignore[arg-type]
        return opened[-1]

    answers = []
    for name, patched in (("plain.pdf", spy), ("full.pdf", lambda *args: None)):
        out = data_dir / name
        out.unlink(missing_ok=True)
        with monkeypatch.context() as patch:
            patch.setattr(reading, "open_reading", patched)
            code, said, err = run(data_dir, [*argv, "--out", str(out)])
        pages = pdf_text(out) if out.exists() else []
        answers.append((code, said.replace(str(out), "OUT"), err, pages))
    assert opened and opened[0] is not None
    return answers[0], answers[1]


def test_every_pitch_is_the_full_paths_pdf(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for cid in collaboration_ids(data_dir):
        for lang in ("ru", "en"):
            argv = ["pitch", str(cid), "--lang", lang, "--reply-by", "01.03.2027"]
            plain, full = both_pitches(data_dir, argv, monkeypatch)
            assert plain == full, (cid, lang)
            assert plain[0] == 0 and len(plain[3]) >= 2 and "OUT" in plain[1]
    plain, full = both_pitches(data_dir, ["pitch", "1"], monkeypatch)  # the profile's language
    assert plain == full and plain[0] == 0


def test_a_monthly_series_prints_as_one_line(data_dir: Path) -> None:
    out = data_dir / "series.pdf"
    assert run(data_dir, ["pitch", "1", "--out", str(out)])[0] == 0
    text = re.sub(r"\s+", " ", " ".join(pdf_text(out)))
    with sqlite3.connect(data_dir / "collabdesk.sqlite3") as conn:
        (description,) = conn.execute("SELECT description FROM commitment WHERE id = 3").fetchone()
    conn.close()
    # Once in the summary's promises and once in the schedule, not once per occurrence.
    assert text.count(re.sub(r"\s+", " ", description)) == 2


def test_markup_and_emoji_print_as_typed(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain, full = both_pitches(data_dir, ["pitch", "2"], monkeypatch)
    assert plain == full
    text = " ".join(plain[3])
    assert "<b>Кофе</b>" in text and "<i>флаеры</i>" in text


@pytest.mark.parametrize(
    "argv",
    [
        ["pitch", "999"],
        ["pitch", "1", "--partner", "999"],
        ["pitch", "1", "--reply-by", "31.02.2027"],
    ],
    ids=" ".join,
)
def test_a_refusal_is_the_full_paths(
    data_dir: Path, argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unknown collaboration or partner: the plain path steps aside and the
    full path words it; a bad date is refused before either reads."""
    out = data_dir / "refused.pdf"
    plain = run(data_dir, [*argv, "--out", str(out)])
    with monkeypatch.context() as patch:
        patch.setattr(reading, "open_reading", lambda *args: None)
        full = run(data_dir, [*argv, "--out", str(out)])
    assert plain == full
    assert plain[0] == 1 and plain[2].count("\n") == 1 and not out.exists()


def test_a_missing_shipped_question_takes_the_full_path(tmp_path: Path) -> None:
    assert run(tmp_path, ["demo", "--lang", "en"])[0] == 0
    with sqlite3.connect(tmp_path / "collabdesk.sqlite3") as conn:
        conn.execute("DELETE FROM checklist_question WHERE key = 'why.goal'")
    conn.close()
    assert run(tmp_path, ["pitch", "1", "--out", str(tmp_path / "p.pdf")])[0] == 0
    with sqlite3.connect(tmp_path / "collabdesk.sqlite3") as conn:
        back = conn.execute("SELECT count(*) FROM checklist_question WHERE key = 'why.goal'")
        assert back.fetchone()[0] == 1  # the full path put it back, as before
    conn.close()


def test_the_plain_pitch_loads_neither_the_orm_nor_alembic(data_dir: Path) -> None:
    modules = loaded_modules(data_dir, "pitch", "1", "--out", str(data_dir / "modules.pdf"))
    assert "sqlalchemy" not in modules and "sqlalchemy.orm" not in modules
    assert "alembic" not in modules
    assert not any(name.startswith("collabdesk.domain.") and name not in LIGHT for name in modules)


# Plain-Python domain modules (no SQLAlchemy): the rest are the models.
LIGHT = {
    "collabdesk.domain.checklist_keys",
    "collabdesk.domain.commitment_flow",
    "collabdesk.domain.enums",
    "collabdesk.domain.message",
    "collabdesk.domain.units",
}
