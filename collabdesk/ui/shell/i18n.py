"""Language of the interface, Qt's own translations, and locale formatting.

The language follows the system unless Settings chose Russian or English
(stored in QSettings, applied at the next start). Our strings come from
resources/translations/collabdesk_<lang>.qm; Qt's qtbase_<lang>.qm makes
standard buttons and dialogs (OK, Cancel, the colour and file dialogs)
speak the same language. Numbers, dates and money go through QLocale so a
Russian librarian reads "1 234,50 ₽" and "05.03.2026".

A system that says "C" or "POSIX" (a bare Linux session, a service account,
LANG unset) has a locale that writes "1440000" and "2 11 2026": there the
interface language chooses the locale instead, so the same window reads
"1,440,000" and "2 Nov 2026". Dates are always written so that no reader can
swap day and month: numeric dd.MM.yyyy in Russian (the national habit), the
month's name elsewhere.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLibraryInfo, QLocale, QSettings, QTranslator

from collabdesk.resources_dir import resource

if TYPE_CHECKING:  # only annotations: `decimal` is not worth loading before the first paint
    from datetime import date, datetime
    from decimal import Decimal

LANGUAGE_KEY = "ui/language"
CURRENCY_KEY = "money/currency"
SYSTEM, RUSSIAN, ENGLISH = "system", "ru", "en"
LANGUAGES = (SYSTEM, RUSSIAN, ENGLISH)
CURRENCIES = ("RUB", "EUR", "USD", "BYN", "KZT")
_SYMBOLS = {"RUB": "₽", "EUR": "€", "USD": "$", "BYN": "Br", "KZT": "₸"}


def chosen_language(settings: QSettings | None = None) -> str:
    """ "system", "ru" or "en" as saved in Settings; anything else means system."""
    value = (settings or QSettings()).value(LANGUAGE_KEY, SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The formatting locale for an interface language. "system" is the
    system's locale unless that is C/POSIX, which formats nothing for people:
    then the language the interface speaks there (English: we have no
    translation for "C") decides."""
    if language == RUSSIAN:
        return QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    if language == ENGLISH:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    system = system if system is not None else QLocale.system()
    if system.language() == QLocale.Language.C:
        return locale_for(ENGLISH)
    return system


def qt_translations_dir() -> Path:
    """Qt's own .qm files: where QLibraryInfo says, else inside the PySide6
    package (a frozen bundle keeps them at PySide6/Qt/translations)."""
    reported = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if (reported / "qtbase_ru.qm").exists():
        return reported
    import PySide6

    bundled = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    if (bundled / "qtbase_ru.qm").exists():
        return bundled
    frozen = Path(getattr(sys, "_MEIPASS", "")) / "PySide6" / "Qt" / "translations"
    return frozen if frozen.is_dir() else reported


def load_translators(app: object, locale: QLocale) -> list[QTranslator]:
    """Install our and Qt's translators for `locale` on `app`.

    English is the source language, but its plural forms ("1 partner",
    "2 partners") come from collabdesk_en.qm, which is also the fallback
    for a language we have no translation for (German, the "C" locale)."""
    from PySide6.QtCore import QCoreApplication

    assert isinstance(app, QCoreApplication)
    ours_dir = str(resource("translations"))
    installed = []
    ours = QTranslator(app)
    if ours.load(locale, "collabdesk", "_", ours_dir) or ours.load("collabdesk_en", ours_dir):
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", str(qt_translations_dir())):
        installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def install_translations(app: object, language: str | None = None) -> QLocale:
    """Make the chosen language (Settings, else the system's) the default
    locale for formatting and install its translators; returns the locale."""
    locale = locale_for(language or chosen_language())
    QLocale.setDefault(locale)
    load_translators(app, locale)
    return locale


def currency_symbol(code: str) -> str:
    return _SYMBOLS.get(code, code)


def default_currency(settings: QSettings | None = None) -> str:
    value = (settings or QSettings()).value(CURRENCY_KEY, "RUB")
    return value if isinstance(value, str) and value in CURRENCIES else "RUB"


def format_money(
    amount: Decimal | float | int, currency: str | None = None, locale: QLocale | None = None
) -> str:
    """`1234.5` → "1 234,50 ₽" in Russian, "₽1,234.50" in English; a whole
    amount as people write it: `3000.00` → "3 000 ₽" / "₽3,000"."""
    locale = locale or QLocale()
    symbol = currency_symbol(currency or default_currency())
    places = 0 if _decimals(amount) == 0 else 2
    return locale.toCurrencyString(float(amount), symbol, places)


MAX_DECIMALS = 6  # a rate of 0.000125 still shows; binary noise of a float does not


def _decimals(value: Decimal | float | int) -> int:
    """How many decimals `value` really has ("1.50" → 1, 2.0 → 0)."""
    from decimal import Decimal, InvalidOperation

    try:
        exponent = Decimal(str(value)).normalize().as_tuple().exponent
    except InvalidOperation:
        return 0
    return min(max(-exponent, 0), MAX_DECIMALS) if isinstance(exponent, int) else 0


def format_number(value: Decimal | float | int, locale: QLocale | None = None) -> str:
    """Grouped digits in the interface's locale: "1 440 000" / "1,440,000",
    "2,5" / "2.5", and "12.00" as "12"; never the exponent form QLocale gives
    a float by default."""
    locale = locale or QLocale()
    places = _decimals(value)
    if places == 0:
        return locale.toString(int(value))
    return locale.toString(float(value), "f", places)


def format_amount(value: Decimal | float | int, locale: QLocale | None = None) -> str:
    """A sum of money without its symbol, as people write it: "3 000" for
    3000.00, "1 500,50" (both digits) when there are kopecks."""
    locale = locale or QLocale()
    if _decimals(value) == 0:
        return locale.toString(int(value))
    return locale.toString(float(value), "f", 2)


def format_quantity(value: Decimal | float | int, unit: str, locale: QLocale | None = None) -> str:
    """ "5 постов" / "2 posts": the number for the interface, the unit in the
    form its own language gives that number (domain/units.py)."""
    from collabdesk.domain.units import quantity_with_unit

    return quantity_with_unit(format_number(value, locale), value, unit)


def warm_plural_rules() -> None:
    """Babel's plural rules for units load in a background thread once a
    database is open: the first table with "5 постов" then costs the GUI
    thread nothing (domain/units.py)."""
    import threading

    from collabdesk.domain.units import warm

    threading.Thread(target=warm, name="plural-rules", daemon=True).start()


def parse_number(text: str, locale: QLocale | None = None) -> Decimal:
    """What a person typed in a number cell, read as the locale writes it:
    "3 000,50" in Russian, "3,000.50" in English. A point is a decimal mark
    everywhere, and so is a lone comma that cannot be grouping ("2500,50").
    ValueError for anything else."""
    import re
    from decimal import Decimal, InvalidOperation

    locale = locale or QLocale()
    cleaned = "".join(text.split()).replace("−", "-")  # split() drops no-break spaces too
    group, point = locale.groupSeparator(), locale.decimalPoint()
    if group.strip() and group != point and group in cleaned:
        g, p = re.escape(group), re.escape(point)
        if re.fullmatch(rf"-?\d{{1,3}}({g}\d{{3}})+({p}\d+)?", cleaned):
            cleaned = cleaned.replace(group, "")
        elif point not in cleaned and cleaned.count(group) == 1:
            cleaned = cleaned.replace(group, point)  # a decimal comma typed by habit
        else:
            raise ValueError(text)
    cleaned = cleaned.replace(point, ".")
    try:
        number = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not number.is_finite():
        raise ValueError(text)
    return number


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_pattern(locale: QLocale | None = None) -> str:
    """A day, month and year no reader can swap: "dd.MM.yyyy" where that is
    the national habit (Russian), else the month's name ("d MMM yyyy")."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.Russian:
        return "dd.MM.yyyy"
    return "d MMM yyyy"


def format_date(value: date, locale: QLocale | None = None, *, long: bool = False) -> str:
    """ "02.11.2026" in Russian, "2 Nov 2026" in English; `long` adds the weekday
    and the month in words ("понедельник, 2 ноября 2026 г.")."""
    locale = locale or QLocale()
    if long:
        return locale.toString(_qdate(value), QLocale.FormatType.LongFormat)
    return locale.toString(_qdate(value), date_pattern(locale))


def format_timestamp(moment: datetime, locale: QLocale | None = None) -> str:
    """A UTC timestamp in the computer's time zone: "02.11.2026 14:05"."""
    from PySide6.QtCore import QDateTime

    locale = locale or QLocale()
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return locale.toString(stamp, f"{date_pattern(locale)} HH:mm")
