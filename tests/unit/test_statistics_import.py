"""Statistics import: the layouts librarians keep in Excel and CSV, Russian
month names and `1 234,5` numbers; bad cells named by row and column, and
nothing saved when any cell is bad."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from collabdesk.services.desk import Desk
from collabdesk.services.statistics_cells import parse_number, parse_period
from collabdesk.services.statistics_import import StatisticsImportError, parse_file


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def figures(desk: Desk) -> dict[tuple[str, date], Decimal]:
    return {(f.name, f.period_start): f.value for f in desk.metrics.all()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 234,5", Decimal("1234.50")),
        ("1\u00a0234,5", Decimal("1234.50")),
        ("1,234.5", Decimal("1234.50")),
        ("12,5", Decimal("12.50")),
        ("7 360", Decimal("7360.00")),
        ("40%", Decimal("40.00")),
        (15400, Decimal("15400.00")),
        (0.5, Decimal("0.50")),
    ],
)
def test_numbers_as_librarians_write_them(text: object, expected: Decimal) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Январь 2026", date(2026, 1, 1)),
        ("марта 2026 г.", date(2026, 3, 1)),
        ("сент. 2025", date(2025, 9, 1)),
        ("Ёлка", None),
        ("Feb 2026", date(2026, 2, 1)),
        ("2026-05", date(2026, 5, 1)),
        ("07.2026", date(2026, 7, 1)),
        ("15.08.2026", date(2026, 8, 1)),
        (datetime(2026, 4, 1), date(2026, 4, 1)),
    ],
)
def test_periods(text: object, expected: date | None) -> None:
    if expected is None:
        with pytest.raises(ValueError):
            parse_period(text)
    else:
        assert parse_period(text) == expected


def test_csv_with_metrics_in_rows_and_months_in_columns(tmp_path: Path, desk: Desk) -> None:
    path = write_csv(
        tmp_path / "stats.csv",
        "Показатель;Ед. изм.;Январь 2026;Февраль 2026;Март 2026\n"
        "Посещения;чел.;1 234,5;2 000;\n"
        "Подписчики;чел.;10 100;10 250;10 400\n",
    )
    parsed = parse_file(path)
    assert parsed.layout == "wide"
    assert desk.statistics.save_figures(parsed.figures) == 5  # the empty March cell is skipped
    saved = figures(desk)
    assert saved[("Посещения", date(2026, 1, 1))] == Decimal("1234.50")
    assert saved[("Подписчики", date(2026, 3, 1))] == Decimal("10400.00")
    assert ("Посещения", date(2026, 3, 1)) not in saved
    units = {f.name: f.unit for f in desk.metrics.all()}
    assert units["Посещения"] == "чел."
    # Imported names join the editable metric list.
    assert [d.name for d in desk.statistics.definitions()] == ["Посещения", "Подписчики"]


def test_csv_one_row_per_figure_in_windows_1251(tmp_path: Path, desk: Desk) -> None:
    path = write_csv(
        tmp_path / "long.csv",
        "Метрика,Период,Значение,Единица,Филиал\n"
        'Упоминания в СМИ,апрель 2026,"12",публ.,\n'
        'Посещения,05.2026,"7 360",чел.,Северный\n',
        encoding="cp1251",
    )
    parsed = parse_file(path)
    assert parsed.layout == "long"
    desk.statistics.save_figures(parsed.figures)
    rows = {(f.name, f.branch): f for f in desk.metrics.all()}
    assert rows[("Упоминания в СМИ", "")].value == Decimal("12.00")
    assert rows[("Посещения", "Северный")].period_start == date(2026, 5, 1)


def test_xlsx_both_layouts(tmp_path: Path, desk: Desk) -> None:
    wide = write_xlsx(
        tmp_path / "wide.xlsx",
        [
            ["Показатель", datetime(2026, 1, 1), "Февраль 2026"],
            ["Посещения", 5200, "5 400,5"],
        ],
    )
    long = write_xlsx(
        tmp_path / "long.xlsx",
        [["metric", "period", "value"], ["Followers", "Mar 2026", 11300.0]],
    )
    desk.statistics.save_figures(parse_file(wide).figures)
    desk.statistics.save_figures(parse_file(long).figures)
    saved = figures(desk)
    assert saved[("Посещения", date(2026, 1, 1))] == Decimal("5200.00")
    assert saved[("Посещения", date(2026, 2, 1))] == Decimal("5400.50")
    assert saved[("Followers", date(2026, 3, 1))] == Decimal("11300.00")


def test_bad_cells_are_named_and_nothing_is_saved(tmp_path: Path, desk: Desk) -> None:
    path = write_csv(
        tmp_path / "bad.csv",
        "Показатель;Январь 2026;Февраль 2026\nПосещения;1 000;много\nПодписчики;abc;200\n",
    )
    with pytest.raises(StatisticsImportError) as caught:
        parse_file(path)
    message = str(caught.value)
    assert "row 2, column C: 'много' is not a number" in message
    assert "row 3, column B: 'abc' is not a number" in message
    assert message.startswith("Nothing was imported.")
    assert desk.metrics.all() == []


def test_a_header_that_is_no_month_is_reported(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "h.csv", "Показатель;Январь 2026;Итого\nПосещения;1;2\n")
    with pytest.raises(StatisticsImportError, match=r"row 1, column C: 'Итого' is not a month"):
        parse_file(path)


def test_broken_xlsx_and_wrong_kind_of_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(StatisticsImportError, match="not a readable Excel"):
        parse_file(broken)
    with pytest.raises(StatisticsImportError, match=r"choose a \.csv or \.xlsx"):
        parse_file(write_csv(tmp_path / "notes.docx", "x"))
    with pytest.raises(StatisticsImportError, match="holds no table"):
        parse_file(write_csv(tmp_path / "empty.csv", "\n\n"))


def test_overlong_metric_name_is_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "long.csv", f"Показатель;Январь 2026\n{'я' * 300};5\n")
    with pytest.raises(StatisticsImportError, match="row 2, column A: the metric name is longer"):
        parse_file(path)


def test_save_is_one_transaction(desk: Desk) -> None:
    """A failure half-way (here: a value the column cannot hold) saves nothing."""
    from collabdesk.services.statistics import FigureDraft

    good = FigureDraft("Посещения", date(2026, 1, 1), Decimal(5))
    bad = FigureDraft("Посещения", date(2026, 2, 1), None)  # type: ignore[arg-type]
    with pytest.raises(Exception):  # noqa: B017 - any storage error will do
        desk.statistics.save_figures([good, bad])
    assert desk.metrics.all() == []


def test_reimport_replaces_figures(tmp_path: Path, desk: Desk) -> None:
    first = write_csv(tmp_path / "a.csv", "Показатель;Январь 2026\nПосещения;100\n")
    second = write_csv(tmp_path / "b.csv", "Показатель;Январь 2026\nПосещения;150\n")
    desk.statistics.save_figures(parse_file(first).figures)
    desk.statistics.save_figures(parse_file(second).figures)
    assert figures(desk) == {("Посещения", date(2026, 1, 1)): Decimal("150.00")}


def test_metric_list_is_editable(desk: Desk) -> None:
    stats = desk.statistics
    visits = stats.define("Посещения", "чел.")
    stats.define("Подписчики", "чел.")
    desk.metrics.record("Посещения", date(2026, 1, 1), Decimal(10), "чел.")
    stats.move(visits.name, +1)
    assert [d.name for d in stats.definitions()] == ["Подписчики", "Посещения"]
    renamed = stats.define("Посещения (все филиалы)", "человек", visits.id)
    assert renamed.figures == 1
    assert [f.name for f in desk.metrics.all()] == ["Посещения (все филиалы)"]
    assert desk.metrics.all()[0].unit == "человек"
    assert stats.remove("Посещения (все филиалы)") == 1
    assert [d.name for d in stats.definitions()] == ["Подписчики"]
    assert stats.series("Нет такого").points == ()


def test_metrics_with_figures_only_can_be_renamed_and_moved(desk: Desk) -> None:
    """Figures recorded before anyone defined the metric (demo, old imports)."""
    desk.metrics.record("Б-подписчики", date(2026, 1, 1), Decimal(5), "чел.")
    desk.metrics.record("А-визиты", date(2026, 1, 1), Decimal(7), "чел.")
    stats = desk.statistics
    assert [(d.id, d.name) for d in stats.definitions()] == [(0, "А-визиты"), (0, "Б-подписчики")]
    stats.move("Б-подписчики", -1)
    assert [d.name for d in stats.definitions()] == ["Б-подписчики", "А-визиты"]
    assert all(d.id for d in stats.definitions())
    desk.metrics.record("В-охват", date(2026, 1, 1), Decimal(1))
    stats.define("Охват", "чел.", 0, current_name="В-охват")
    assert stats.series("Охват").latest is not None
    assert stats.series("В-охват").points == ()


def test_a_month_given_twice_is_refused_not_overwritten(tmp_path: Path, desk: Desk) -> None:
    wide = write_csv(
        tmp_path / "twice.csv",
        "Показатель;Ед. изм.;Январь 2026;январь 2026\nПосещения;чел.;1;2\n",
    )
    with pytest.raises(StatisticsImportError) as caught:
        parse_file(wide)
    assert "row 1, column D" in str(caught.value) and "column C" in str(caught.value)
    long = write_csv(
        tmp_path / "twice-long.csv",
        "Метрика;Период;Значение\nПосещения;01.2026;1\nПосещения;январь 2026;2\n",
    )
    with pytest.raises(StatisticsImportError) as caught:
        parse_file(long)
    assert "row 3" in str(caught.value) and "row 2" in str(caught.value)
    assert desk.metrics.all() == []  # nothing was saved


def test_problems_keep_their_sentence_and_arguments_apart(tmp_path: Path) -> None:
    """So the window can translate the sentence; an argument is never read
    as a placeholder, even when the cell says "%1"."""
    from collabdesk.services.errors import Message

    path = write_csv(tmp_path / "bad.csv", "Показатель;Январь 2026\nПосещения;%1\n")
    with pytest.raises(StatisticsImportError) as caught:
        parse_file(path)
    (problem,) = caught.value.problems
    assert isinstance(problem, Message)
    assert problem.template == "%1: '%2' is not a number"
    assert problem.args[1] == "%1"
    assert str(problem) == "row 2, column B: '%1' is not a number"


def test_cli_import_takes_a_backup_first_as_the_readme_promises(tmp_path: Path) -> None:
    import io

    from collabdesk.cli import run

    data = tmp_path / "data"
    source = write_csv(tmp_path / "stats.csv", "Показатель;Январь 2026\nПосещения;120\n")
    bad = write_csv(tmp_path / "bad.csv", "Показатель;Январь 2026\nПосещения;abc\n")
    out, err = io.StringIO(), io.StringIO()
    assert run(["--data-dir", str(data), "stats", "import", str(bad)], out, err) == 1
    assert not list((data / "backups").glob("*before_import.sqlite3"))  # nothing to import
    assert run(["--data-dir", str(data), "stats", "import", str(source)], out, err) == 0
    assert "Imported 1 figure" in out.getvalue()
    assert len(list((data / "backups").glob("*before_import.sqlite3"))) == 1


def test_damaged_csv_rows_are_named_and_nothing_is_saved(tmp_path: Path, desk: Desk) -> None:
    good = "Показатель;Январь 2026;Февраль 2026\nПодписчики;10;12\n"
    shifted = write_csv(tmp_path / "shifted.csv", good + "Посещения; взрослые;120;130\n")
    with pytest.raises(StatisticsImportError) as caught:
        parse_file(shifted)
    assert [str(p) for p in caught.value.problems] == [
        "row 3: its number of fields (4) differs from the header’s (3): "
        "a separator or quotation mark missing or extra?"
    ]
    bad_byte = tmp_path / "bad-byte.csv"
    bad_byte.write_bytes(good.encode() + "Посе".encode() + b"\xff" + "щения;1;2\n".encode())
    with pytest.raises(StatisticsImportError, match="row 3: it holds bytes that are not valid"):
        parse_file(bad_byte)  # one bad byte: not the whole file read as cp1251
    assert desk.metrics.all() == []
