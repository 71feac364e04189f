"""The library's own units: added with the forms their language's CLDR
rules need, inflected once added (the hook reads them once per database),
removed; refusals say what to give; `collabdesk units` and `stats` verbs."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from collabdesk.cli import run
from collabdesk.domain import units
from collabdesk.domain.units import needs_forms, unit_for
from collabdesk.services.desk import Desk
from collabdesk.services.errors import NotFoundError, ValidationError


@pytest.fixture(autouse=True)
def _no_library_words_after() -> Iterator[None]:
    yield
    units.units_from_database(None)


def test_an_added_word_is_inflected_and_a_removed_one_printed_as_typed(desk: Desk) -> None:
    assert unit_for(5, "стенд") == "стенд" and needs_forms("стенд")
    record = desk.units.add("RU", " стенд ", "стенда", "стендов")
    assert (record.language, record.one, record.few, record.many) == (
        "ru",
        "стенд",
        "стенда",
        "стендов",
    )
    assert record.other == "стенда"  # fractions: "1,5 стенда"
    assert [unit_for(n, "стенд") for n in (1, 3, 5, 21)] == ["стенд", "стенда", "стендов", "стенд"]
    assert not needs_forms("стенд")
    desk.units.add("en", "stand", other="stands", few="ignored")
    assert unit_for(2, "stand") == "stands"
    assert [r.one for r in desk.units.all()] == ["stand", "стенд"]
    assert desk.units.all()[0].few == ""  # English has no "few": dropped
    desk.units.remove("стендов")  # any form names the word
    assert unit_for(5, "стенд") == "стенд"
    with pytest.raises(NotFoundError, match="shipped units cannot be removed"):
        desk.units.remove("пост")


def test_a_word_missing_forms_is_refused_with_every_problem_named(desk: Desk) -> None:
    with pytest.raises(ValidationError) as caught:
        desk.units.add("ru", "щит")
    assert [(p.field, str(p.text)) for p in caught.value.problems] == [
        ("few", "Give the form that goes with 2, 3, 4 (“few”)."),
        ("many", "Give the form that goes with 0, 5, 6 (“many”)."),
    ]
    with pytest.raises(ValidationError, match="goes with 0, 2, 3"):
        desk.units.add("en", "stand")
    with pytest.raises(ValidationError, match="no plural rules for the language 'zz'"):
        desk.units.add("zz", "a", other="b")
    with pytest.raises(ValidationError, match="'english' is not a language code"):
        desk.units.add("english", "a", other="b")
    with pytest.raises(ValidationError, match="'пост' already has its forms"):
        desk.units.add("ru", "пост", "поста", "постов")
    with pytest.raises(ValidationError, match="longer than 60 characters"):
        desk.units.add("en", "ы" * 10_000, other="b")
    desk.units.add("ru", "стенд", "стенда", "стендов")
    with pytest.raises(ValidationError, match="'стенда' already has its forms"):
        desk.units.add("ru", "стенда", "стенда", "стендов")
    assert len(desk.units.all()) == 1


def test_any_language_cldr_knows_asks_for_its_own_forms(desk: Desk) -> None:
    record = desk.units.add("uk", "стенд", "стенди", "стендів")
    assert [unit_for(n, "стенд") for n in (1, 2, 5)] == ["стенд", "стенди", "стендів"]
    assert record.language == "uk"


def cli(data_dir: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(data_dir), *argv], out, err)
    return code, out.getvalue(), err.getvalue()


def test_units_cli(tmp_path: Path) -> None:
    data = tmp_path / "data"
    code, out, _ = cli(data, "units", "list")
    assert code == 0 and "no units yet" in out
    code, out, err = cli(
        data, "units", "add", "стенд", "--lang", "ru", "--few", "стенда", "--many", "стендов"
    )
    assert (code, err) == (0, "")
    assert out == "Added unit 1: 1 стенд, 2 стенда, 5 стендов\n"
    code, out, err = cli(data, "units", "add", "щит", "--lang", "ru")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "Give the form that goes with 2, 3, 4" in err
    code, out, _ = cli(data, "units", "list", "--json")
    assert [u["one"] for u in json.loads(out)] == ["стенд"]
    code, out, _ = cli(data, "units", "list", "--shipped")
    assert "постов" in out and "стендов" in out
    assert cli(data, "units", "remove", "стенд")[1] == "Removed unit 1: стенд\n"
    code, _, err = cli(data, "units", "remove", "стенд")
    assert code == 1 and "no unit 'стенд'" in err


def test_stats_cli_with_categories(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli(data, "stats", "add", "Readers", "2026-03", "1000", "--unit", "person")[0] == 0
    code, out, err = cli(data, "stats", "add", "Readers", "03.2026", "300", "--category", "18–24")
    assert (code, err) == (0, "")
    assert out == "Recorded Readers, 18–24, 2026-03: 300\n"
    cli(data, "stats", "add", "Readers", "2026-04", "3000.00", "--category", "25–34")
    code, out, _ = cli(data, "stats", "list")
    assert "CATEGORY" in out and "3,000" in out and "3000.00" not in out
    code, out, _ = cli(data, "stats", "list", "--category", "18–24", "--json")
    [figure] = json.loads(out)
    assert (figure["category"], figure["value"], figure["unit"]) == ("18–24", "300.00", "person")
    code, out, _ = cli(data, "stats", "profile", "Readers")
    assert out.splitlines()[2:] == ["25–34     3,000  90.9 %", "18–24     300    9.1 %"]
    code, out, _ = cli(data, "stats", "profile", "Readers", "--json")
    assert [c["category"] for c in json.loads(out)["categories"]] == ["25–34", "18–24"]
    code, _, err = cli(data, "stats", "add", "Readers", "2026-13", "5")
    assert code == 1 and "'2026-13' is not a month" in err
    code, _, err = cli(data, "stats", "add", "Readers", "2026-01", "lots")
    assert code == 1 and err == "collabdesk: 'lots' is not a number.\n"
    code, _, err = cli(data, "stats", "add", "Readers", "2026-01", "1", "--category", "x" * 10_000)
    assert code == 1 and err == "collabdesk: Category is too long: 10000 characters, at most 200.\n"
    code, _, err = cli(data, "stats", "profile", "Nobody")
    assert code == 1 and "Nobody has no categories" in err
