"""Numbers in the PDFs and the CLI as people write them: "12.00" is "12",
"3000.00" is "3 000" / "3,000", and a unit agrees with the number printed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from collabdesk.reports.texts import format_money, format_number, format_quantity

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "ru", "en"),
    [
        (Decimal("12.00"), "12", "12"),
        (Decimal("3000.00"), f"3{NBSP}000", "3,000"),
        (Decimal("1234.50"), f"1{NBSP}234,5", "1,234.5"),
        (1440000, f"1{NBSP}440{NBSP}000", "1,440,000"),
        (Decimal("1E+3"), f"1{NBSP}000", "1,000"),  # never the exponent form
        (Decimal("-3000"), f"-3{NBSP}000", "-3,000"),
        (2.5, "2,5", "2.5"),
    ],
)
def test_numbers_in_both_languages(value: Decimal | int | float, ru: str, en: str) -> None:
    assert format_number(value, "ru") == ru
    assert format_number(value, "en") == en


def test_money_whole_without_kopecks_else_with_both_digits() -> None:
    assert format_money(Decimal("3000.00"), "RUB", "ru") == f"3{NBSP}000{NBSP}₽"
    assert format_money(Decimal("3000.00"), "RUB", "en") == "₽3,000"
    assert format_money(Decimal("1234.5"), "EUR", "ru") == f"1{NBSP}234,50{NBSP}€"
    assert format_money(Decimal("1234.5"), "USD", "en") == "$1,234.50"


@pytest.mark.parametrize(
    ("value", "unit", "lang", "shown"),
    [
        (Decimal("5.00"), "пост", "ru", "5 постов"),
        (Decimal("1.00"), "пост", "ru", "1 пост"),
        (Decimal("22.00"), "пост", "ru", "22 поста"),
        (Decimal("12.00"), "report", "en", "12 reports"),
        (Decimal("1.004"), "post", "en", "1 post"),  # printed "1": the singular
        (Decimal("3000.00"), "шт.", "ru", f"3{NBSP}000 шт."),
    ],
)
def test_quantities(value: Decimal, unit: str, lang: str, shown: str) -> None:
    assert format_quantity(value, unit, lang) == shown
