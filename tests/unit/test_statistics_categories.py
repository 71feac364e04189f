"""Statistics categories: a metric broken down into parts (age bands,
districts) beside its total, recorded, imported, listed, and summed into the
audience profile the pitch shows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from collabdesk.services.audience_profile import months_back
from collabdesk.services.desk import Desk
from collabdesk.services.errors import ValidationError
from collabdesk.services.statistics import FigureDraft
from collabdesk.services.statistics_import import StatisticsImportError, parse_file

READERS = "Читатели"


def test_a_category_is_a_figure_of_its_own_beside_the_total(desk: Desk) -> None:
    month = date(2026, 3, 1)
    desk.metrics.record(READERS, month, Decimal(1000), "человек")
    desk.metrics.record(READERS, month, Decimal(300), "человек", category="18–24")
    desk.metrics.record(READERS, month, Decimal(700), "человек", category="25–34")
    desk.metrics.record(READERS, month, Decimal(350), "человек", category="18–24")  # replaces
    figures = {f.category: f.value for f in desk.metrics.all()}
    assert figures == {"": Decimal(1000), "18–24": Decimal(350), "25–34": Decimal(700)}
    assert desk.statistics.categories(READERS) == ["18–24", "25–34"]
    series = desk.statistics.series(READERS)  # the chart reads the total only
    assert [p.value for p in series.points] == [Decimal(1000)]
    assert [p.value for p in desk.statistics.series(READERS, category="25–34").points] == [
        Decimal(700)
    ]
    assert {f.category for f in desk.statistics.figures(READERS)} == {"", "18–24", "25–34"}


def test_a_10000_character_category_is_refused_with_a_clear_message(desk: Desk) -> None:
    with pytest.raises(ValidationError) as caught:
        desk.metrics.record(READERS, date(2026, 3, 1), Decimal(1), category="x" * 10_000)
    assert "Category is too long: 10000 characters, at most 200." in str(caught.value)
    assert desk.metrics.all() == []


def test_choices_for_the_advertising_package_never_add_parts_to_totals(desk: Desk) -> None:
    month = date(2026, 3, 1)
    desk.metrics.record(READERS, month, Decimal(1000))
    desk.metrics.record(READERS, month, Decimal(400), category="дети")
    [choice] = desk.advertising.statistic_choices()
    assert choice.latest_value == Decimal(1000)


def test_long_csv_with_a_category_column(tmp_path: Path, desk: Desk) -> None:
    path = tmp_path / "ages.csv"
    path.write_text(
        "Показатель;Месяц;Значение;Группа\n"
        "Читатели;01.2026;1000;\n"
        "Читатели;01.2026;300;18–24\n"
        "Читатели;01.2026;700;25–34\n"
        "Читатели;02.2026;400;18–24\n",
        encoding="utf-8",
    )
    parsed = parse_file(path)
    assert parsed.layout == "long"
    desk.statistics.save_figures(parsed.figures)
    saved = {(f.period_start.month, f.category): f.value for f in desk.metrics.all()}
    assert saved == {
        (1, ""): Decimal(1000),
        (1, "18–24"): Decimal(300),
        (1, "25–34"): Decimal(700),
        (2, "18–24"): Decimal(400),
    }


@pytest.mark.parametrize("header", ["category", "Категория", "breakdown", "группа"])
def test_category_headers_in_both_languages(tmp_path: Path, header: str) -> None:
    path = tmp_path / "h.csv"
    path.write_text(f"metric,period,value,{header}\nVisits,2026-01,5,Centre\n", encoding="utf-8")
    [figure] = parse_file(path).figures
    assert figure.category == "Centre"


def test_wide_file_with_a_category_column(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(
        "Показатель,Категория,Январь 2026,Февраль 2026\n"
        "Посещения,,100,120\nПосещения,Центр,60,70\nПосещения,Север,40,50\n",
        encoding="utf-8",
    )
    parsed = parse_file(path)
    assert parsed.layout == "wide"
    assert {(f.category, f.period_start.month): f.value for f in parsed.figures} == {
        ("", 1): Decimal(100), ("", 2): Decimal(120), ("Центр", 1): Decimal(60),
        ("Центр", 2): Decimal(70), ("Север", 1): Decimal(40), ("Север", 2): Decimal(50),
    }  # fmt: skip


def test_broken_csv_with_a_category_column_saves_nothing(tmp_path: Path, desk: Desk) -> None:
    path = tmp_path / "broken.csv"
    path.write_text(
        "metric;period;value;category\n"
        "Readers;2026-01;10;18-24\n"
        f"Readers;2026-01;11;{'y' * 10_000}\n"
        "Readers;2026-01;12;18-24\n"
        'Readers;2026-02;"13;25-34\n',
        encoding="utf-8",
    )
    with pytest.raises(StatisticsImportError) as caught:
        parse_file(path)
    text = str(caught.value)
    assert text.startswith("Nothing was imported.")
    assert desk.metrics.all() == []
    fixed = tmp_path / "fixed.csv"
    fixed.write_text(
        "metric;period;value;category\n"
        "Readers;2026-01;10;18-24\n"
        f"Readers;2026-01;11;{'y' * 10_000}\n"
        "Readers;2026-01;12;18-24\n",
        encoding="utf-8",
    )
    with pytest.raises(StatisticsImportError) as caught:
        parse_file(fixed)
    problems = [str(p) for p in caught.value.problems]
    assert problems[0] == "row 3, column D: the category is longer than 200 characters"
    assert problems[1].startswith("row 4: Readers for 01.2026 is already in row 2")
    assert all(len(p) < 300 for p in problems)  # the long cell is named, not repeated


def test_audience_profile_sums_twelve_months_largest_first(desk: Desk) -> None:
    figures = [FigureDraft(READERS, date(2026, m, 1), Decimal(1000)) for m in range(1, 13)]
    for month in range(1, 13):
        figures += [
            FigureDraft(READERS, date(2026, month, 1), Decimal(10), source="АИС", category="0–17"),
            FigureDraft(READERS, date(2026, month, 1), Decimal(30), category="18–24"),
            FigureDraft(READERS, date(2026, month, 1), Decimal(20), category="65+"),
        ]
    figures.append(  # a month outside the twelve: not counted
        FigureDraft(READERS, date(2025, 1, 1), Decimal(5000), category="0–17")
    )
    figures.append(FigureDraft(READERS, date(2026, 6, 1), Decimal(60), "", "", "Север", "65+"))
    desk.statistics.save_figures(figures)
    profile = desk.statistics.audience_profile(READERS)
    assert profile is not None
    assert (profile.first_month, profile.last_month) == (date(2026, 1, 1), date(2026, 12, 1))
    assert profile.months == 12
    assert [(p.category, p.total) for p in profile.parts] == [
        ("18–24", Decimal(360)), ("65+", Decimal(300)), ("0–17", Decimal(120)),
    ]  # fmt: skip
    assert [round(p.share, 3) for p in profile.parts] == [
        Decimal("0.462"), Decimal("0.385"), Decimal("0.154"),
    ]  # fmt: skip
    assert profile.total == Decimal(780)
    assert profile.sources == ("АИС",)
    earlier = desk.statistics.audience_profile(READERS, until=date(2025, 6, 15))
    assert earlier is not None and [(p.category, p.total) for p in earlier.parts] == [
        ("0–17", Decimal(5000))
    ]
    assert (earlier.first_month, earlier.last_month, earlier.months) == (
        date(2025, 1, 1), date(2025, 6, 1), 1,
    )  # fmt: skip
    assert desk.statistics.audience_profile("Никто") is None
    assert desk.statistics.audience_profile(READERS, until=date(2020, 1, 1)) is None


def test_a_profile_of_zeros_has_zero_shares(desk: Desk) -> None:
    desk.metrics.record(READERS, date(2026, 1, 1), Decimal(0), category="дети")
    profile = desk.statistics.audience_profile(READERS)
    assert profile is not None and profile.parts[0].share == Decimal(0)


def test_months_back_crosses_years() -> None:
    assert months_back(date(2026, 3, 1), 12) == date(2025, 4, 1)
    assert months_back(date(2026, 12, 1), 12) == date(2026, 1, 1)


def test_a_figure_moves_to_another_category_but_never_onto_one(desk: Desk) -> None:
    from collabdesk.services.errors import InUseError

    month = date(2026, 3, 1)
    total = desk.metrics.record(READERS, month, Decimal(100))
    part = desk.metrics.record(READERS, month, Decimal(40), category="дети")
    moved = desk.metrics.recategorise(part.id, "  школьники ")
    assert moved.category == "школьники"
    with pytest.raises(InUseError, match=r"already has a figure for 03\.2026"):
        desk.metrics.recategorise(total.id, "школьники")
    with pytest.raises(ValidationError, match="Category is too long"):
        desk.metrics.recategorise(total.id, "z" * 10_000)
    assert {f.category: f.value for f in desk.metrics.all()} == {
        "": Decimal(100), "школьники": Decimal(40),
    }  # fmt: skip
