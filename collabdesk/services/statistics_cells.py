"""Reading the cells of a statistics table: numbers as librarians write
them, month names in Russian and English, and the header words that name a
long table's columns. Plain parsing; errors are ValueError for the caller to
place."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

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
# One part of a breakdown: an age band, a district ("" = the total).
CATEGORY_HEADERS = {"category", "категория", "группа", "breakdown", "разбивка", "разрез"}

Cell = object  # str, int, float, date, datetime or None, as csv/openpyxl give


def cell_text(cell: Cell) -> str:
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
    text = cell_text(cell).lower().replace("ё", "е").rstrip(".")
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


def header_kind(cell: Cell) -> str:
    text = cell_text(cell).lower().rstrip(":")
    for kind, names in (
        ("metric", METRIC_HEADERS),
        ("period", PERIOD_HEADERS),
        ("value", VALUE_HEADERS),
        ("unit", UNIT_HEADERS),
        ("source", SOURCE_HEADERS),
        ("branch", BRANCH_HEADERS),
        ("category", CATEGORY_HEADERS),
    ):
        if text in names:
            return kind
    return ""
