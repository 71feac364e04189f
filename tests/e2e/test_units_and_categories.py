"""The installed program, run as processes: a library adds a unit and the
next command inflects it; a statistics file with a category column is
imported and its audience profile read back; numbers print as people write
them in Russian and under a C locale."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.conftest import Program

NBSP = "\u00a0"


def test_a_unit_added_in_one_process_is_inflected_in_the_next(program: Program) -> None:
    refused = program.cli("units", "add", "стенд", "--lang", "ru", check=False)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    added = program.cli(
        "units", "add", "стенд", "--lang", "ru", "--few", "стенда", "--many", "стендов"
    )
    assert added.stdout == "Added unit 1: 1 стенд, 2 стенда, 5 стендов\n"
    listed = json.loads(program.cli("units", "list", "--json").stdout)
    assert [(u["one"], u["many"]) for u in listed] == [("стенд", "стендов")]
    russian = program.cli("units", "remove", "стенда", check=False, lang="ru_RU.UTF-8")
    assert russian.stdout == "Удалена единица 1: стенд\n"


def test_categories_imported_and_profiled(program: Program, tmp_path: Path) -> None:
    sheet = tmp_path / "ages.csv"
    rows = ["Показатель;Месяц;Значение;Категория"]
    for month in range(1, 13):
        rows += [
            f"Читатели;{month:02d}.2026;3000,00;",
            f"Читатели;{month:02d}.2026;1000;18–24",
            f"Читатели;{month:02d}.2026;2000;25–34",
        ]
    sheet.write_text("\n".join(rows) + "\n", encoding="utf-8")
    said = program.cli("stats", "import", str(sheet)).stdout
    assert said.startswith("Imported 36 figures")
    profile = json.loads(program.cli("stats", "profile", "Читатели", "--json").stdout)
    assert (profile["from"], profile["until"]) == ("2026-01-01", "2026-12-01")
    assert [(c["category"], c["total"]) for c in profile["categories"]] == [
        ("25–34", "24000.00"),
        ("18–24", "12000.00"),
    ]
    c_locale = program.cli("stats", "list", "--category", "", check=False, lang="C")
    assert "3,000" in c_locale.stdout and "3000.00" not in c_locale.stdout
    russian = program.cli("stats", "profile", "Читатели", check=False, lang="ru_RU.UTF-8")
    assert f"25–34     24{NBSP}000  66,7 %" in russian.stdout


def test_a_broken_category_file_saves_nothing(program: Program, tmp_path: Path) -> None:
    sheet = tmp_path / "broken.csv"
    sheet.write_text(
        f"metric;period;value;category\nReaders;2026-01;10;{'y' * 10_000}\n"
        'Readers;2026-02;"11;kids\n',
        encoding="utf-8",
    )
    done = program.cli("stats", "import", str(sheet), check=False)
    assert done.returncode == 1 and done.stderr.startswith("collabdesk: Nothing was imported.")
    assert json.loads(program.cli("stats", "list", "--json").stdout) == []
