"""Reading statistics from the spreadsheets librarians already keep.

Two layouts are recognised from the header row:
- wide: metrics in rows, periods in columns (`Показатель | Январь 2026 | …`);
- long: one row per figure, with columns for metric, period and value.
Either may have a category column (`категория`, `группа`, `breakdown`):
one part of a breakdown such as an age band; an empty cell is the total.
Russian and English month names, `01.2026`, `2026-01`, real dates, and
numbers written `1 234,5` are understood (statistics_cells.py reads the
cells). Every bad cell is reported with its row and column; a file with any
problem saves nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from collabdesk.domain.message import joined
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, ServiceError
from collabdesk.services.metrics import CATEGORY_MAX
from collabdesk.services.sheet_cells import SheetTooLargeError, sheet_rows
from collabdesk.services.sheet_cells import column_name as column_letter
from collabdesk.services.statistics import NAME_MAX, UNIT_MAX, FigureDraft
from collabdesk.services.statistics_cells import (
    Cell,
    cell_text,
    header_kind,
    parse_number,
    parse_period,
)
from collabdesk.services.tabular import EmptyFileError, read_csv_bytes

MAX_PROBLEMS = 10
MAX_ROWS = 100_000

CONTEXT = "StatisticsImport"  # of the translations of the problems below


class StatisticsImportError(ServiceError):
    """The file cannot be imported; `problems` name each bad cell (Messages,
    which the window shows in the user's language)."""

    def __init__(self, problems: Sequence[Message]) -> None:
        self.problems = tuple(problems)
        shown = joined(self.problems[:MAX_PROBLEMS])
        more = len(self.problems) - MAX_PROBLEMS
        super().__init__(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("StatisticsImport", "Nothing was imported. %1 (and %2 more)"),
                (shown, more),
            )
            if more > 0
            else Message(
                CONTEXT, QT_TRANSLATE_NOOP("StatisticsImport", "Nothing was imported. %1"), (shown,)
            )
        )


def _problem(template: str, *args: object) -> Message:
    return Message(CONTEXT, template, args)


@dataclass(frozen=True)
class ParsedFile:
    layout: str  # "wide" or "long"
    figures: tuple[FigureDraft, ...]


def where(row: int, column: int) -> Message:
    return _problem(
        QT_TRANSLATE_NOOP("StatisticsImport", "row %1, column %2"), row, column_letter(column)
    )


def parse_rows(rows: Sequence[Sequence[Cell]], source: str = "") -> ParsedFile:
    """Figures from a table whose first non-empty row is the header."""
    return parse_numbered(list(enumerate(rows, start=1)), source)


def parse_numbered(rows: Sequence[tuple[int, Sequence[Cell]]], source: str = "") -> ParsedFile:
    """parse_rows for rows that carry their own row numbers (a sheet's rows
    with a value, read without the empty ones between)."""
    numbered = [(number, list(row)) for number, row in rows if any(cell_text(c) for c in row)]
    if not numbered:
        raise StatisticsImportError(
            [_problem(QT_TRANSLATE_NOOP("StatisticsImport", "The file holds no table."))]
        )
    if len(numbered) > MAX_ROWS:
        raise StatisticsImportError(
            [
                _problem(
                    QT_TRANSLATE_NOOP("StatisticsImport", "The file has more than %1 rows."),
                    MAX_ROWS,
                )
            ]
        )
    header_row, header = numbered[0]
    kinds = [header_kind(c) for c in header]
    if "value" in kinds and "period" in kinds and "metric" in kinds:
        figures = _long(numbered[1:], kinds, source)
        return ParsedFile("long", figures)
    return ParsedFile("wide", _wide(header_row, header, kinds, numbered[1:], source))


def _check_name(name: str, place: Message, problems: list[Message]) -> None:
    if not name:
        problems.append(
            _problem(QT_TRANSLATE_NOOP("StatisticsImport", "%1: the metric name is empty"), place)
        )
    elif len(name) > NAME_MAX:
        problems.append(
            _problem(
                QT_TRANSLATE_NOOP(
                    "StatisticsImport", "%1: the metric name is longer than %2 characters"
                ),
                place,
                NAME_MAX,
            )
        )


def _check_category(category: str, place: Message, problems: list[Message]) -> bool:
    if len(category) <= CATEGORY_MAX:
        return True
    problems.append(
        _problem(
            QT_TRANSLATE_NOOP("StatisticsImport", "%1: the category is longer than %2 characters"),
            place,
            CATEGORY_MAX,
        )
    )
    return False


def _long(
    rows: Sequence[tuple[int, list[Cell]]], kinds: list[str], source: str
) -> tuple[FigureDraft, ...]:
    column = {kind: kinds.index(kind) for kind in set(kinds) if kind}
    problems: list[Message] = []
    figures: list[FigureDraft] = []
    first_row: dict[tuple[str, date, str, str], int] = {}

    def cell(row: list[Cell], kind: str) -> Cell:
        index = column.get(kind)
        return row[index] if index is not None and index < len(row) else None

    for number, row in rows:
        name = cell_text(cell(row, "metric"))
        _check_name(name, where(number, column["metric"]), problems)
        try:
            period = parse_period(cell(row, "period"))
        except ValueError:
            problems.append(
                _problem(
                    QT_TRANSLATE_NOOP(
                        "StatisticsImport",
                        "%1: '%2' is not a month (write e.g. 'январь 2026' or 01.2026)",
                    ),
                    where(number, column["period"]),
                    cell_text(cell(row, "period")),
                )
            )
            continue
        try:
            value = parse_number(cell(row, "value"))
        except ValueError:
            problems.append(
                _problem(
                    QT_TRANSLATE_NOOP("StatisticsImport", "%1: '%2' is not a number"),
                    where(number, column["value"]),
                    cell_text(cell(row, "value")),
                )
            )
            continue
        unit = cell_text(cell(row, "unit"))[:UNIT_MAX]
        branch = cell_text(cell(row, "branch"))[:200]
        category = cell_text(cell(row, "category"))
        if not _check_category(category, where(number, column.get("category", 0)), problems):
            continue
        key = (name, period, branch, category)
        if key in first_row:
            problems.append(
                _problem(
                    QT_TRANSLATE_NOOP(
                        "StatisticsImport",
                        "row %1: %2 for %3 is already in row %4; "
                        "keep one figure per metric and month",
                    ),
                    number,
                    name,
                    f"{period:%m.%Y}",
                    first_row[key],
                )
            )
            continue
        first_row[key] = number
        origin = cell_text(cell(row, "source"))[:200] or source
        figures.append(FigureDraft(name, period, value, unit, origin, branch, category))
    if problems:
        raise StatisticsImportError(problems)
    return _unique(figures)


def _wide(
    header_row: int,
    header: list[Cell],
    kinds: list[str],
    rows: Sequence[tuple[int, list[Cell]]],
    source: str,
) -> tuple[FigureDraft, ...]:
    problems: list[Message] = []
    periods: dict[int, date] = {}
    name_column = kinds.index("metric") if "metric" in kinds else 0
    unit_column = kinds.index("unit") if "unit" in kinds else None
    category_column = kinds.index("category") if "category" in kinds else None
    for index, cell in enumerate(header):
        if index in (name_column, unit_column) or not cell_text(cell) or kinds[index]:
            continue
        try:
            period = parse_period(cell)
        except ValueError:
            problems.append(
                _problem(
                    QT_TRANSLATE_NOOP(
                        "StatisticsImport",
                        "%1: '%2' is not a month (write e.g. 'январь 2026', 'Jan 2026' or 01.2026)",
                    ),
                    where(header_row, index),
                    cell_text(cell),
                )
            )
            continue
        twin = next((i for i, p in periods.items() if p == period), None)
        if twin is not None:
            # Two columns for one month: which figure is right is a question
            # for the person, not something to settle by keeping the last.
            problems.append(
                _problem(
                    QT_TRANSLATE_NOOP(
                        "StatisticsImport",
                        "%1: '%2' is the same month as %3; keep one column per month",
                    ),
                    where(header_row, index),
                    cell_text(cell),
                    where(header_row, twin),
                )
            )
            continue
        periods[index] = period
    if not periods and not problems:
        problems.append(
            _problem(
                QT_TRANSLATE_NOOP(
                    "StatisticsImport",
                    "row %1: no months in the header; put months in the columns "
                    "or use columns named metric, period and value",
                ),
                header_row,
            )
        )
    figures: list[FigureDraft] = []
    for number, row in rows:
        name = cell_text(row[name_column]) if name_column < len(row) else ""
        _check_name(name, where(number, name_column), problems)
        unit = ""
        if unit_column is not None and unit_column < len(row):
            unit = cell_text(row[unit_column])[:UNIT_MAX]
        category = ""
        if category_column is not None and category_column < len(row):
            category = cell_text(row[category_column])
            if not _check_category(category, where(number, category_column), problems):
                continue
        for index, period in periods.items():
            cell = row[index] if index < len(row) else None
            if not cell_text(cell):
                continue  # a month without a figure is simply not recorded
            try:
                value = parse_number(cell)
            except ValueError:
                problems.append(
                    _problem(
                        QT_TRANSLATE_NOOP("StatisticsImport", "%1: '%2' is not a number"),
                        where(number, index),
                        cell_text(cell),
                    )
                )
                continue
            figures.append(FigureDraft(name, period, value, unit, source, category=category))
    if problems:
        raise StatisticsImportError(problems)
    return _unique(figures)


def _unique(figures: list[FigureDraft]) -> tuple[FigureDraft, ...]:
    seen: dict[tuple[str, date, str, str], FigureDraft] = {}
    for figure in figures:
        seen[(figure.name, figure.period_start, figure.branch, figure.category)] = figure
    return tuple(seen.values())


def read_table(path: Path) -> list[tuple[int, list[Cell]]]:
    """(row number, cells) of a CSV (comma, semicolon or tab; UTF-8 or
    Windows-1251, read as tabular reads it: a damaged row is a problem) or
    of the first sheet of an XLSX file."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix not in (".csv", ".txt", ".tsv"):
        raise StatisticsImportError(
            [
                _problem(
                    QT_TRANSLATE_NOOP("StatisticsImport", "%1: choose a .csv or .xlsx file."),
                    path.name,
                )
            ]
        )
    try:
        table = read_csv_bytes(path.read_bytes())
    except EmptyFileError:
        return []  # parse_numbered says the file holds no table
    if table.damaged:  # a shifted row would put figures under the wrong months
        raise StatisticsImportError(
            [
                _problem(QT_TRANSLATE_NOOP("StatisticsImport", "row %1: %2"), d.row, d.message)
                for d in table.damaged
            ]
        )
    rows: list[tuple[int, list[Cell]]] = [(table.header_row, list(table.headers))]
    rows += [(n, list(row)) for n, row in zip(table.row_numbers, table.rows, strict=True)]
    return rows


def _read_xlsx(path: Path) -> list[tuple[int, list[Cell]]]:
    """Only the cells the sheet holds, within the limits of sheet_cells."""
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise StatisticsImportError(
            [
                _problem(
                    QT_TRANSLATE_NOOP(
                        "StatisticsImport", "%1 is not a readable Excel (.xlsx) file."
                    ),
                    path.name,
                )
            ]
        ) from exc
    try:
        found = list(sheet_rows(book.worksheets[0]))
    except SheetTooLargeError as exc:
        raise StatisticsImportError([exc.message]) from exc
    finally:
        book.close()
    width = max((row.cells[-1][0] + 1 for row in found), default=0)
    rows: list[tuple[int, list[Cell]]] = []
    for row in found:
        cells: list[Cell] = [None] * width
        for index, value in row.cells:
            cells[index] = value
        rows.append((row.number, cells))
    return rows


def parse_file(path: Path, database: Path | None = None) -> ParsedFile:
    """`database`: the live database file, refused as a source (see tabular)."""
    from collabdesk.services.tabular import refuse_own_database

    refuse_own_database(path, database)
    return parse_numbered(read_table(path), source=path.name[:200])
