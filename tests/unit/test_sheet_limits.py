"""A workbook's declared size is not trusted: a 5 KB file
whose only cell is XFD1048576 once grew `partners import` to 23 GB. Imports
read only the cells that exist, stop with one line past the documented
limits, and do it in seconds under a 1.5 GB address-space cap."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font

from collabdesk.services import sheet_cells
from collabdesk.services.sheet_cells import SheetTooLargeError
from collabdesk.services.statistics_import import StatisticsImportError, parse_file
from collabdesk.services.tabular import read_path

MEMORY_CAP = 1536 * 1024 * 1024
TIME_CAP = 60.0


def capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def collabdesk(data: Path, *argv: str) -> tuple[int, str, str, float]:
    """`python -m collabdesk --data-dir DATA …` under the memory and time caps."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "collabdesk", "--data-dir", str(data), *argv],
        capture_output=True,
        text=True,
        timeout=TIME_CAP,
        preexec_fn=capped,
        env=env,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr, time.monotonic() - started


def hostile(path: Path) -> Path:
    book = Workbook()
    book.active["XFD1048576"] = "x"
    book.save(path)
    return path


def with_stray_formatted_cell(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    sheet["XFD1048576"].font = Font(bold=True)  # formatted, no value
    book.save(path)
    return path


@pytest.mark.parametrize("group", ["partners", "commitments", "stats"])
def test_one_cell_at_xfd1048576_is_refused_fast_in_bounded_memory(
    group: str, tmp_path: Path
) -> None:
    path = hostile(tmp_path / "hostile.xlsx")
    assert path.stat().st_size < 20_000
    code, out, err, took = collabdesk(tmp_path / "data", group, "import", str(path))
    assert code == 1, (out, err)
    assert "Traceback" not in out + err
    assert err.count("\n") == 1
    assert "XFD1048576" in err and "200 columns" in err
    assert took < TIME_CAP


def test_stray_formatted_far_cell_does_not_hide_real_partner_rows(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Название", "Город"], ["Кофейня «Зерно»", "Томск"]]
    rows.append(["Книжный клуб", "Тверь"])
    path = with_stray_formatted_cell(tmp_path / "partners.xlsx", rows)
    assert path.stat().st_size < 20_000
    data = tmp_path / "data"
    code, out, err, _ = collabdesk(data, "partners", "import", str(path))
    assert (code, err) == (0, ""), out
    assert "Partners imported: 2." in out
    code, listed, _, _ = collabdesk(data, "partners", "list")
    assert code == 0 and "Кофейня «Зерно»" in listed and "Книжный клуб" in listed


def test_stray_formatted_far_cell_does_not_hide_statistics(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Показатель", "Январь 2026", "Февраль 2026"]]
    rows.append(["Посещения", 120, 130])
    path = with_stray_formatted_cell(tmp_path / "stats.xlsx", rows)
    code, out, err, _ = collabdesk(tmp_path / "data", "stats", "import", str(path))
    assert (code, err) == (0, ""), out
    assert "Imported 2 figures" in out


def test_rows_keep_their_spreadsheet_numbers_across_gaps(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet["A1"], sheet["B1"] = "Название", "Город"
    sheet["A5"] = "Кофейня"
    sheet["B900000"] = "Томск"
    path = tmp_path / "gaps.xlsx"
    book.save(path)
    table = read_path(path)
    assert table.headers == ("Название", "Город")
    assert table.rows == (("Кофейня", ""), ("", "Томск"))
    assert table.row_numbers == (5, 900000)


def test_more_data_rows_than_the_limit_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sheet_cells, "MAX_DATA_ROWS", 3)
    book = Workbook()
    for row in [["Показатель", "Январь 2026"], *[[f"m{i}", i] for i in range(4)]]:
        book.active.append(row)
    path = tmp_path / "long.xlsx"
    book.save(path)
    with pytest.raises(SheetTooLargeError, match=r"more than 3 rows of data \(row 5"):
        read_path(path)
    with pytest.raises(StatisticsImportError, match="more than 3 rows of data"):
        parse_file(path)
    monkeypatch.setattr(sheet_cells, "MAX_DATA_ROWS", 4)
    assert len(read_path(path).rows) == 4


def test_many_formatted_far_cells_stop_at_the_scan_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sheet_cells, "MAX_SCANNED_CELLS", 100_000)
    book = Workbook()
    sheet = book.active
    sheet.append(["Название"])
    for row in range(2, 20):
        sheet.cell(row=row, column=16384).font = Font(bold=True)
    path = tmp_path / "formatted.xlsx"
    book.save(path)
    with pytest.raises(SheetTooLargeError, match="too large to import"):
        read_path(path)


def test_a_value_just_inside_the_column_limit_is_read(tmp_path: Path) -> None:
    book = Workbook()
    book.active["A1"] = "Название"
    book.active.cell(row=2, column=sheet_cells.MAX_COLUMNS, value="край")
    path = tmp_path / "wide.xlsx"
    book.save(path)
    table = read_path(path)
    assert len(table.headers) == sheet_cells.MAX_COLUMNS
    assert table.rows[0][-1] == "край"
    book.active.cell(row=3, column=sheet_cells.MAX_COLUMNS + 1, value="за краем")
    book.save(path)
    with pytest.raises(SheetTooLargeError, match="Cell GS3 is beyond column GR"):
        read_path(path)
