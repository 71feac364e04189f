"""Reading statistics from the spreadsheets librarians already keep.

Two layouts are recognised from the header row:
- wide: metrics in rows, periods in columns (`Показатель | Январь 2026 | …`);
- long: one row per figure, with columns for metric, period and value.
Russian and English month names, `01.2026`, `2026-01`, real dates, and
numbers written `1 234,5` are understood. Every bad cell is reported with
its row and column; a file with any problem saves nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from collabdesk.domain.message import joined
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, ServiceError
from collabdesk.services.sheet_cells import SheetTooLargeError, sheet_rows
from collabdesk.services.sheet_cells import column_name as column_letter
from collabdesk.services.statistics import NAME_MAX, UNIT_MAX, FigureDraft
from collabdesk.services.tabular import EmptyFileError, read_csv_bytes

MAX_PROBLEMS = 10
MAX_ROWS = 100_000

MONTHS = {
    # Russian, nominative and genitive, full and short; English full and short.
    "январь": 1, "января": 1, "янв": 1, "january": 1, "jan": 1,
    "февраль": 2, "февраля": 2, "фев": 2, "февр": 2, "february": 2, "feb": 2,
    "март": 3, "марта": 3, "мар": 3, "march": 3, "mar": 3,
    "апрель": 4, "апреля": 4, "апр": 4, "april": 4, "apr": 4,
    "май": 5, "мая": 5, "may": 5,
    "июнь": 6, "июня": 6, "июн": 6, "june": 6, "jun": 6,
    "июль": 7, "июля": 7, "июл": 7, "july": 7, "jul": 7,
    "август": 8, "августа": 8, "авг": 8, "august": 8, "aug": 8,
    "сентябрь": 9, "сентября": 9, "сен": 9, "сент": 9, "september": 9, "sep": 9, "sept": 9,
    "октябрь": 10, "октября": 10, "окт": 10, "october": 10, "oct": 10,
    "ноябрь": 11, "ноября": 11, "ноя": 11, "нояб": 11, "november": 11, "nov": 11,
    "декабрь": 12, "декабря": 12, "дек": 12, "december": 12, "dec": 12,
}  # fmt: skip

METRIC_HEADERS = {"metric", "name", "показатель", "метрика", "название", "статистика"}
PERIOD_HEADERS = {"period", "month", "date", "период", "месяц", "дата"}
VALUE_HEADERS = {"value", "figure", "значение", "величина", "количество"}
UNIT_HEADERS = {"unit", "units", "единица", "ед.", "ед", "единицы", "ед. изм.", "ед.изм."}
SOURCE_HEADERS = {"source", "источник"}
BRANCH_HEADERS = {"branch", "филиал", "отделение"}

Cell = object  # str, int, float, date, datetime or None, as csv/openpyxl give
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


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    return " ".join(str(cell).split())


def parse_number(cell: Cell) -> Decimal:
    """`1 234,5`, `1234.5`, `1,234.5`, `12%`; raises ValueError otherwise."""
    if isinstance(cell, bool):
        raise ValueError
    if isinstance(cell, int | Decimal):
        return Decimal(cell)
    if isinstance(cell, float):
        return Decimal(repr(cell))
    text = re.sub(r"[\s\u00a0\u202f'’]", "", str(cell)).rstrip("%")
    if "," in text and "." in text:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        text = text.replace(thousands, "").replace(decimal_mark, ".")
    else:
        text = text.replace(",", ".")
    text = text.replace("−", "-")
    try:
        number = Decimal(text)
    except InvalidOperation as exc:
        raise ValueError from exc
    if not number.is_finite() or abs(number) >= Decimal("1e12"):
        raise ValueError
    return number.quantize(Decimal("0.01"))


def parse_period(cell: Cell) -> date:
    """The first day of the month a header or cell names; ValueError otherwise."""
    if isinstance(cell, datetime):
        return cell.date().replace(day=1)
    if isinstance(cell, date):
        return cell.replace(day=1)
    text = _text(cell).lower().replace("ё", "е").rstrip(".")
    text = re.sub(r"\s*(г\.?|года?)$", "", text)
    match = re.fullmatch(r"(\d{4})[-./](\d{1,2})(?:[-./]\d{1,2})?", text)
    if match:
        return date(int(match[1]), int(match[2]), 1)
    match = re.fullmatch(r"(?:\d{1,2}[./])?(\d{1,2})[./](\d{4})", text)
    if match:
        return date(int(match[2]), int(match[1]), 1)
    match = re.fullmatch(r"([a-zа-я]+)\.?[\s\-']*(\d{4}|\d{2})", text)
    if match and match[1] in MONTHS:
        year = int(match[2]) + (2000 if len(match[2]) == 2 else 0)
        return date(year, MONTHS[match[1]], 1)
    raise ValueError


def _header_kind(cell: Cell) -> str:
    text = _text(cell).lower().rstrip(":")
    for kind, names in (
        ("metric", METRIC_HEADERS),
        ("period", PERIOD_HEADERS),
        ("value", VALUE_HEADERS),
        ("unit", UNIT_HEADERS),
        ("source", SOURCE_HEADERS),
        ("branch", BRANCH_HEADERS),
    ):
        if text in names:
            return kind
    return ""


def parse_rows(rows: Sequence[Sequence[Cell]], source: str = "") -> ParsedFile:
    """Figures from a table whose first non-empty row is the header."""
    return parse_numbered(list(enumerate(rows, start=1)), source)


def parse_numbered(rows: Sequence[tuple[int, Sequence[Cell]]], source: str = "") -> ParsedFile:
    """parse_rows for rows that carry their own row numbers (a sheet's rows
    with a value, read without the empty ones between)."""
    numbered = [(number, list(row)) for number, row in rows if any(_text(c) for c in row)]
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
    kinds = [_header_kind(c) for c in header]
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


def _long(
    rows: Sequence[tuple[int, list[Cell]]], kinds: list[str], source: str
) -> tuple[FigureDraft, ...]:
    column = {kind: kinds.index(kind) for kind in set(kinds) if kind}
    problems: list[Message] = []
    figures: list[FigureDraft] = []
    first_row: dict[tuple[str, date, str], int] = {}

    def cell(row: list[Cell], kind: str) -> Cell:
        index = column.get(kind)
        return row[index] if index is not None and index < len(row) else None

    for number, row in rows:
        name = _text(cell(row, "metric"))
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
                    _text(cell(row, "period")),
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
                    _text(cell(row, "value")),
                )
            )
            continue
        unit = _text(cell(row, "unit"))[:UNIT_MAX]
        branch = _text(cell(row, "branch"))[:200]
        key = (name, period, branch)
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
        origin = _text(cell(row, "source"))[:200] or source
        figures.append(FigureDraft(name, period, value, unit, origin, branch))
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
    for index, cell in enumerate(header):
        if index in (name_column, unit_column) or not _text(cell) or kinds[index]:
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
                    _text(cell),
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
                    _text(cell),
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
        name = _text(row[name_column]) if name_column < len(row) else ""
        _check_name(name, where(number, name_column), problems)
        unit = ""
        if unit_column is not None and unit_column < len(row):
            unit = _text(row[unit_column])[:UNIT_MAX]
        for index, period in periods.items():
            cell = row[index] if index < len(row) else None
            if not _text(cell):
                continue  # a month without a figure is simply not recorded
            try:
                value = parse_number(cell)
            except ValueError:
                problems.append(
                    _problem(
                        QT_TRANSLATE_NOOP("StatisticsImport", "%1: '%2' is not a number"),
                        where(number, index),
                        _text(cell),
                    )
                )
                continue
            figures.append(FigureDraft(name, period, value, unit, source))
    if problems:
        raise StatisticsImportError(problems)
    return _unique(figures)


def _unique(figures: list[FigureDraft]) -> tuple[FigureDraft, ...]:
    seen: dict[tuple[str, date, str], FigureDraft] = {}
    for figure in figures:
        seen[(figure.name, figure.period_start, figure.branch)] = figure
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
