"""Amounts typed in the user's locale become exact Decimals; anything else
is refused with a message that names the field and shows what was typed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from collabdesk.services.amount import parse_amount
from collabdesk.services.errors import ValidationError

RU = {"decimal_point": ",", "group_separator": "\u00a0"}
EN = {"decimal_point": ".", "group_separator": ","}


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("1 234,50", RU, "1234.50"),
        ("1\u00a0234,50", RU, "1234.50"),
        ("1234.50", RU, "1234.50"),  # a dot works in Russian too
        ("1234,50", EN, "1234.50"),  # and a comma in English
        ("1,234.50", EN, "1234.50"),
        ("1.234.567,8", RU, "1234567.8"),
        ("1,234", EN, "1234"),  # the English group separator
        ("1,234", RU, "1.234"),  # a Russian decimal comma
        ("-15", EN, "-15"),
        (".5", EN, "0.5"),
    ],
)
def test_amounts_in_either_locale(text: str, locale: dict[str, str], expected: str) -> None:
    assert parse_amount(text, "value", **locale) == Decimal(expected)


def test_empty_means_no_amount() -> None:
    assert parse_amount("   ", "value") is None


@pytest.mark.parametrize("text", ["abc", "12a", "1,2,3", "1.2.3", "--1", "💰", "1e5", "x" * 10_000])
def test_anything_else_is_refused_for_that_field(text: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_amount(text, "quantity")
    problem = refused.value.for_field("quantity")
    assert problem is not None and "is not an amount" in problem.message
    assert len(problem.message) < 200  # a 10,000-character paste is shortened
