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


@pytest.mark.parametrize(
    ("quantity", "unit", "shown"),
    [
        (Decimal("12.00"), "report", "reports"),
        (Decimal("1.00"), "post", "post"),  # printed "1", so the singular
        (Decimal("1.00"), "пост", "пост"),
        (Decimal("21.00"), "пост", "пост"),
        (Decimal("22.00"), "пост", "поста"),
        (Decimal("5.00"), "пост", "постов"),
        (Decimal("-1"), "post", "post"),
    ],
)
def test_stored_decimals_take_the_form_of_the_number_printed(
    quantity: Decimal, unit: str, shown: str
) -> None:
    assert unit_for(quantity, unit) == shown


def test_categories_come_from_cldr() -> None:
    from collabdesk.domain.units import plural_category

    assert [plural_category(n, "ru") for n in (1, 3, 5, Decimal("1.5"))] == [
        "one", "few", "many", "other",
    ]  # fmt: skip
    assert [plural_category(n, "en") for n in (1, 2, 0)] == ["one", "other", "other"]
    assert plural_category(2, "uk") == "few"  # a language nobody hand-wrote rules for
    assert plural_category(2, "not a language") == "other"  # English rules, not a crash


def test_library_words_come_through_the_hook_once() -> None:
    from collabdesk.domain.units import UnitWords, needs_forms, units_from_database

    calls: list[int] = []

    def loader() -> list[UnitWords]:
        calls.append(1)
        return [UnitWords("ru", "стенд", "стенда", "стендов", "стенда")]

    try:
        assert needs_forms("стенд")
        units_from_database(loader)
        assert [unit_for(n, "стенд") for n in (1, 3, 5)] == ["стенд", "стенда", "стендов"]
        assert unit_for(5, "стенда") == "стендов"
        assert not needs_forms("стенд")
        assert calls == [1]  # read once, not per quantity
        assert unit_for(5, "пост") == "постов"  # the shipped catalogue still answers
    finally:
        units_from_database(None)
    assert unit_for(5, "стенд") == "стенд"  # another database: as typed
    assert not needs_forms("шт.") and not needs_forms("m²") and not needs_forms("")


def test_importing_units_does_not_load_babel() -> None:
    import subprocess
    import sys

    code = "import collabdesk.domain.units, sys; print('babel' in sys.modules)"
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert shown.stdout.strip() == "False"


def test_warming_loads_the_rules_ahead_of_the_first_quantity() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from collabdesk.domain.units import warm, _plural_rule; warm(); "
        "print('babel.core' in sys.modules, _plural_rule.cache_info().currsize)"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert shown.stdout.split() == ["True", "2"]
