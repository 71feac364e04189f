"""Russian and English as the user sees them: plural forms, Qt's own
buttons, and numbers, dates and money through QLocale."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox

from collabdesk.ui.shell.i18n import (
    LANGUAGE_KEY,
    chosen_language,
    format_date,
    format_money,
    format_number,
    load_translators,
    locale_for,
)
from collabdesk.ui.shell.main_window import MainWindow

NBSP = "\u00a0"


@pytest.fixture
def russian(qapp: Any) -> Iterator[QLocale]:
    """Russian translators and default locale for one test, then back."""
    locale = locale_for("ru")
    previous = QLocale()
    QLocale.setDefault(locale)
    translators = load_translators(qapp, locale)
    yield locale
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def partners(n: int) -> str:
    return QCoreApplication.translate("MainWindow", "%Ln partner(s)", None, n)


def test_both_translators_load_for_russian(russian, qapp) -> None:
    assert partners(1) == "1 партнёр"


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "1 партнёр"),
        (3, "3 партнёра"),
        (5, "5 партнёров"),
        (11, "11 партнёров"),
        (21, "21 партнёр"),
        (22, "22 партнёра"),
        (0, "0 партнёров"),
        (1234, f"1{NBSP}234 партнёра"),
    ],
)
def test_russian_plural_forms(russian, n: int, text: str) -> None:
    assert partners(n) == text


@pytest.mark.parametrize(("n", "text"), [(0, "0 partners"), (1, "1 partner"), (2, "2 partners")])
def test_english_plural_forms(n: int, text: str) -> None:
    assert partners(n) == text


def test_status_bar_count_in_russian(russian, make_window, db, add_partners) -> None:
    add_partners([f"Партнёр {i}" for i in range(3)])
    window: MainWindow = make_window(db)
    assert window.count_label.text() == "3 партнёра"
    assert window.sections.tabText(0) == "Партнёры"


def test_qt_standard_buttons_are_russian(russian) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"


def test_money_in_russian_and_english() -> None:
    ru, en = locale_for("ru"), locale_for("en")
    assert format_money(Decimal("1234.5"), "RUB", ru) == f"1{NBSP}234,50{NBSP}₽"
    assert format_money(1234.5, "EUR", ru) == f"1{NBSP}234,50{NBSP}€"
    assert format_money(1234.5, "RUB", en) == "₽1,234.50"
    assert format_money(0, "KZT", ru) == f"0{NBSP}₸"
    assert format_money(Decimal("3000.00"), "RUB", ru) == f"3{NBSP}000{NBSP}₽"
    assert format_money(Decimal("3000.00"), "RUB", en) == "₽3,000"
    assert format_money(Decimal("0.5"), "RUB", en) == "₽0.50"  # cents keep two places


@pytest.mark.parametrize("language", ["ru", "en", "c"])
def test_numbers_people_write(language: str) -> None:
    """ "12.00" is "12" and "3000.00" is grouped, in each locale (C: English)."""
    locale = locale_for("system", system=QLocale.c()) if language == "c" else locale_for(language)
    group = NBSP if language == "ru" else ","
    point = "," if language == "ru" else "."
    assert format_number(Decimal("12.00"), locale) == "12"
    assert format_number(Decimal("3000.00"), locale) == f"3{group}000"
    assert format_number(Decimal("2.50"), locale) == f"2{point}5"


@pytest.mark.parametrize(
    ("language", "typed", "value"),
    [
        ("ru", f"3{NBSP}000,50", "3000.50"),
        ("ru", "3 000", "3000"),
        ("ru", "1500.5", "1500.5"),
        ("en", "3,000.50", "3000.50"),
        ("en", " 12 ", "12"),
        ("en", "2500,50", "2500.50"),  # a decimal comma typed by habit
        ("en", "1,234,567", "1234567"),
        ("c", "3,000", "3000"),
    ],
)
def test_numbers_typed_in_cells_are_read_as_the_locale_writes_them(
    language: str, typed: str, value: str
) -> None:
    from collabdesk.ui.shell.i18n import parse_number

    locale = locale_for("system", system=QLocale.c()) if language == "c" else locale_for(language)
    assert parse_number(typed, locale) == Decimal(value)


@pytest.mark.parametrize("typed", ["", "abc", "1,2,3.4.5", "nan", "12,34,5"])
def test_a_number_cell_with_no_number_is_refused(typed: str) -> None:
    from collabdesk.ui.shell.i18n import parse_number

    with pytest.raises(ValueError):
        parse_number(typed, locale_for("en"))


def test_quantities_in_the_window() -> None:
    from collabdesk.ui.shell.i18n import format_quantity

    assert format_quantity(Decimal("5.00"), "пост", locale_for("ru")) == "5 постов"
    assert format_quantity(Decimal("1.00"), "post", locale_for("en")) == "1 post"
    assert format_quantity(Decimal("1200"), "visit", locale_for("en")) == "1,200 visits"


def test_money_uses_the_default_currency_from_settings() -> None:
    QSettings().setValue("money/currency", "EUR")
    assert format_money(10, locale=locale_for("ru")).endswith("€")
    QSettings().setValue("money/currency", "not a currency")
    assert format_money(10, locale=locale_for("ru")).endswith("₽")


def test_numbers_and_dates() -> None:
    ru, en = locale_for("ru"), locale_for("en")
    assert format_number(1234567, ru) == f"1{NBSP}234{NBSP}567"
    assert format_number(1234567, en) == "1,234,567"
    assert format_date(date(2026, 3, 5), ru) == "05.03.2026"
    assert format_date(date(2026, 3, 5), en) == "5 Mar 2026"  # never "05/03" vs "03/05"
    assert format_number(Decimal("2.50"), ru) == "2,5"
    assert format_number(1440000.5, en) == "1,440,000.5"  # not QLocale's "1.44e+06"
    assert format_number(Decimal("1440000.00"), en) == "1,440,000"
    assert (
        format_date(date(2026, 3, 5), ru, long=True) == "четверг, 5 марта 2026\u202fг."
    )  # narrow no-break space


def test_language_setting_defaults_to_the_system() -> None:
    assert chosen_language() == "system"
    QSettings().setValue(LANGUAGE_KEY, "ru")
    assert chosen_language() == "ru"
    QSettings().setValue(LANGUAGE_KEY, "klingon")
    assert chosen_language() == "system"


@pytest.mark.parametrize(
    ("days", "late"),
    [
        (1, "(опоздание 1 день)"),
        (3, "(опоздание 3 дня)"),
        (5, "(опоздание 5 дней)"),
        (21, "(опоздание 21 день)"),
    ],
)
def test_days_late_uses_russian_plural_forms(russian, days: int, late: str) -> None:
    from datetime import timedelta

    from collabdesk.ui.commitments.commitment_labels import due_text

    today = date(2026, 3, 31)
    assert due_text(today - timedelta(days=days), today).endswith(late)


def test_counted_messages_use_russian_plural_forms(russian) -> None:
    from collabdesk.ui.history.history_labels import HistoryCounts
    from collabdesk.ui.shell.data_menu import DataMenuCounts

    assert DataMenuCounts.tr("%n record(s) imported.", "", 3) == "Импортировано 3 записи."
    assert DataMenuCounts.tr("%n record(s) imported.", "", 1) == "Импортирована 1 запись."
    assert HistoryCounts.tr("change %n records", "", 5) == "изменение 5 записей"


class _NoFile:
    def database_file(self) -> None:
        return None

    def restore_from(self, backup: Any) -> None:
        pass


def _menus(window: MainWindow) -> dict[str, list[str]]:
    return {
        action.text(): [item.text() for item in action.menu().actions() if item.text()]
        for action in window.menuBar().actions()
    }


def _accelerators(texts: list[str]) -> list[str]:
    return [text[text.index("&") + 1].lower() for text in texts if "&" in text]


def test_every_section_and_menu_is_russian(russian, make_window, db) -> None:
    """Sections and menus that features add from outside their class
    (view.tr, window.tr once hid them in contexts nobody looks up)."""
    from PySide6.QtGui import QAction

    from collabdesk.ui.shell.data_menu import install_data_menu

    window: MainWindow = make_window(db)
    install_data_menu(window, _NoFile())
    tabs = [window.sections.tabText(i) for i in range(window.sections.count())]
    assert tabs == [
        "Партнёры", "Обзор", "Сотрудничество", "Обязательства", "Задачи", "Статистика",
        "Корзина",
    ]  # fmt: skip
    menus = _menus(window)
    assert list(menus) == ["&Файл", "&Правка", "&Вид", "Со&трудничество", "&Справка"]
    assert "Импорт &обязательств…" in menus["&Файл"]
    assert "&Новый проект сотрудничества…" in menus["Со&трудничество"]
    assert "&Обязательства" in menus["&Вид"]
    toggle = window.findChild(QAction, "commitmentsAction")
    assert toggle is not None and toggle.text() == "&Обязательства"


@pytest.mark.parametrize("language", ["ru", "en"])
def test_menu_accelerators_are_unique(qapp, make_window, db, language: str) -> None:
    from collabdesk.ui.shell.data_menu import install_data_menu

    locale = locale_for(language)
    translators = load_translators(qapp, locale)
    try:
        window: MainWindow = make_window(db)
        install_data_menu(window, _NoFile())
        menus = _menus(window)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    titles = _accelerators(list(menus))
    assert len(titles) == len(set(titles)), list(menus)
    for title, items in menus.items():
        keys = _accelerators(items)
        assert len(keys) == len(set(keys)), (title, items)


def test_field_problems_from_the_services_are_russian(russian) -> None:
    from collabdesk.services.errors import ValidationError
    from collabdesk.services.partners import PartnerDraft, check_draft, clean_draft
    from collabdesk.ui.widgets.labels import problem_text

    with pytest.raises(ValidationError) as caught:
        check_draft(clean_draft(PartnerDraft(name="Я" * 10_000, email="нет")))
    name = caught.value.for_field("name")
    email = caught.value.for_field("email")
    assert name is not None and email is not None
    too_long = problem_text(name.code, name.message, name.length, name.limit)
    assert too_long == "Слишком длинно: 10\u00a0000 символов, допустимо не больше 200."
    assert "адрес электронной почты" in problem_text(email.code, email.message)


def test_statistics_import_problems_in_russian(russian, tmp_path) -> None:
    from collabdesk.services.statistics_import import StatisticsImportError, parse_file
    from collabdesk.ui.widgets.service_text import import_problems_text

    bad = tmp_path / "bad.csv"
    rows = ["Показатель;Январь 2026;Итого"] + [f"Показатель {i};много;1" for i in range(12)]
    bad.write_text("\n".join(rows) + "\n")
    with pytest.raises(StatisticsImportError) as caught:
        parse_file(bad)
    lines = import_problems_text(caught.value).splitlines()
    assert lines[0] == "Ничего не импортировано."
    assert lines[1].startswith("строка 1, столбец C: «Итого» — не месяц (пишите, например,")
    assert lines[2] == "строка 2, столбец B: «много» — не число"
    assert lines[-1] == "…и ещё 3."  # 13 problems, the first 10 shown
    assert not any("row " in line or "is not" in line for line in lines)


def test_statistics_import_problems_in_english_read_as_before(tmp_path) -> None:
    from collabdesk.services.statistics_import import StatisticsImportError, parse_file
    from collabdesk.ui.widgets.service_text import import_problems_text

    bad = tmp_path / "bad.csv"
    bad.write_text("Показатель;Январь 2026\nПосещения;abc\n")
    with pytest.raises(StatisticsImportError) as caught:
        parse_file(bad)
    assert import_problems_text(caught.value).splitlines() == [
        "Nothing was imported.",
        "row 2, column B: 'abc' is not a number",
    ]


def test_import_preview_says_why_rows_are_left_out_in_russian(
    russian, qtbot, desk, tmp_path
) -> None:
    from collabdesk.services.partners import PartnerDraft
    from collabdesk.ui.shell.import_dialog import ImportDialog

    desk.partners.create(PartnerDraft(name="Кафе"))
    source = tmp_path / "partners.csv"
    source.write_text("Название;Почта\n;a@x.ru\nЁлка;плохо\nКафе;\nСад;s@x.ru\nсад;\n")
    dialog = ImportDialog(desk.partner_transfer, desk.partner_transfer.read(source), source.name)
    qtbot.addWidget(dialog)
    dialog.wait_for_plan()  # planned in a worker
    problems = dialog.problems.toPlainText()
    assert "Строка 2 отклонена: Название: Это поле нужно заполнить." in problems
    assert "Строка 3 отклонена: Эл. почта: Это не адрес электронной почты" in problems
    assert "партнёр с таким названием уже есть в базе" in problems
    assert "то же название, что в строке 5" in problems
    for english in ("is required", "not an e-mail", "already in the database", "same name"):
        assert english not in problems, problems


def test_a_c_system_locale_formats_in_the_interface_language() -> None:
    """LANG=C: the interface speaks English, so numbers, money and dates read English."""
    c = QLocale.c()
    assert c.toString(1440000.0) == "1.44e+06"  # what the C locale itself would show
    chosen = locale_for("system", system=c)
    assert chosen.language() == QLocale.Language.English
    assert format_number(1440000, chosen) == "1,440,000"
    assert format_money(Decimal("1440000"), "RUB", chosen) == "₽1,440,000"
    assert format_date(date(2026, 11, 2), chosen) == "2 Nov 2026"
    assert locale_for("ru", system=c).language() == QLocale.Language.Russian
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert locale_for("system", system=german) == german  # a real system locale is kept


def test_timestamps_read_unambiguously() -> None:
    from datetime import UTC, datetime

    from collabdesk.ui.shell.i18n import format_timestamp

    moment = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)
    assert format_timestamp(moment, locale_for("ru")).startswith("02.11.2026 ")
    assert format_timestamp(moment, locale_for("en")).startswith("2 Nov 2026 ")


CHILD = """
import sys
from datetime import date
from decimal import Decimal
from PySide6.QtCore import QCoreApplication, QLocale
from collabdesk.ui.shell.i18n import format_date, format_money, format_number, install_translations
app = QCoreApplication(sys.argv)
install_translations(app, "{language}")
print(QLocale.system().language().name)
print(format_number(1440000))
print(format_money(Decimal("1440000"), "RUB"))
print(format_date(date(2026, 11, 2)))
print(QCoreApplication.translate("MainWindow", "%Ln partner(s)", None, 1440000))
"""


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("system", ["C", "1,440,000", "₽1,440,000", "2 Nov 2026", "1,440,000 partners"]),
        (
            "ru",
            [
                "C",
                f"1{NBSP}440{NBSP}000",
                f"1{NBSP}440{NBSP}000{NBSP}₽",
                "02.11.2026",
                f"1{NBSP}440{NBSP}000 партнёров",
            ],
        ),
    ],
)
def test_under_lc_all_c_a_started_program_reads_right(
    tmp_path: Any, language: str, expected: list[str]
) -> None:
    """The real start-up path in a process whose whole environment says C."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LC_ALL="C", LANG="C", QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", CHILD.format(language=language)],
        env=env,
        capture_output=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.decode("utf-8").splitlines() == expected


def test_quantities_with_units_from_the_data(russian) -> None:
    from collabdesk.ui.widgets.labels import quantity_text

    assert quantity_text(2, "пост") == "2 поста"
    assert quantity_text(Decimal("1440"), "выпуск") == f"1{NBSP}440 выпусков"
    assert quantity_text(Decimal("1.5"), "час") == "1,5 часа"
    assert quantity_text(3, "шт.") == "3 шт."


def test_a_date_as_the_window_writes_it_can_be_typed_back() -> None:
    from collabdesk.ui.widgets.date_text import parse_date

    shown = format_date(date(2026, 11, 2), locale_for("en"))
    assert parse_date(shown) == date(2026, 11, 2)
    assert parse_date(format_date(date(2026, 11, 2), locale_for("ru"))) == date(2026, 11, 2)
    assert parse_date("  2   November 2026 ") == date(2026, 11, 2)
    assert parse_date("") is None
    with pytest.raises(ValueError):
        parse_date("2 11 2026")  # the C locale's reading: ambiguous, refused


def test_a_reputation_reads_right_for_one_and_for_a_fraction() -> None:
    from collabdesk.services.reputation import Reputation
    from collabdesk.ui.commitments.commitment_labels import reputation_text

    one = Reputation(due=2, on_time=1, missed=1, waived=1, late=1, late_days=1, overdue=1)
    assert reputation_text(one) == (
        "50% on time (1 of 2); 1 overdue; 1 missed; 1 waived; 1 day late on average"
    )
    assert reputation_text(Reputation(due=2, late=2, late_days=7)).endswith(
        "3.5 days late on average"
    )


def test_a_reputation_in_russian(russian) -> None:
    from collabdesk.services.reputation import Reputation
    from collabdesk.ui.commitments.commitment_labels import reputation_text

    text = reputation_text(Reputation(due=5, on_time=2, missed=5, overdue=2, late=2, late_days=3))
    assert "просрочено: 2" in text and "не выполнено: 5" in text
    assert text.endswith("в среднем опоздание 1,5 дня")
    one = reputation_text(Reputation(due=1, late=1, late_days=1))
    assert one.endswith("в среднем опоздание 1 день")
