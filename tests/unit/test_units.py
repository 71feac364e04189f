"""Units from the data take the plural form of their own language."""

from __future__ import annotations

from decimal import Decimal

import pytest

from collabdesk.domain.units import quantity_with_unit, russian_form, unit_for


@pytest.mark.parametrize(
    ("quantity", "unit", "shown"),
    [
        (1, "post", "post"),
        (2, "post", "posts"),
        (0, "post", "posts"),
        (1, "posts", "post"),  # typed in the plural: still recognised
        (Decimal("1.5"), "hour", "hours"),
        (Decimal("1.0"), "month", "month"),
        (2, "person", "people"),
        (1, "пост", "пост"),
        (2, "пост", "поста"),
        (5, "пост", "постов"),
        (11, "пост", "постов"),
        (21, "пост", "пост"),
        (22, "выпуск", "выпуска"),
        (112, "выпуск", "выпусков"),
        (Decimal("1.5"), "час", "часа"),
        (3, "год", "года"),
        (5, "год", "лет"),
        (5, "Отчет", "Отчётов"),  # ё typed as е, a capital kept
        (3, "интервью", "интервью"),
        (3, "pcs", "pcs"),  # an abbreviation: as typed
        (3, "шт.", "шт."),
        (3, "m²", "m²"),
        (3, "posts on the blog", "posts on the blog"),
    ],
)
def test_unit_forms(quantity: Decimal | int, unit: str, shown: str) -> None:
    assert unit_for(quantity, unit) == shown


def test_russian_rules_cover_the_teens_and_fractions() -> None:
    assert [russian_form(n) for n in (0, 1, 2, 4, 5, 11, 12, 14, 21, 101, 111)] == [
        2, 0, 1, 1, 2, 2, 2, 2, 0, 0, 2,
    ]  # fmt: skip
    assert russian_form(Decimal("0.5")) == 1


def test_quantity_with_unit() -> None:
    assert quantity_with_unit("2", 2, "post") == "2 posts"
    assert quantity_with_unit("1 440", 1440, " пост ") == "1 440 постов"
    assert quantity_with_unit("7", 7, "") == "7"
