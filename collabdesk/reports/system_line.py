"""The line a document carries when the whole library system speaks:
«Централизованная библиотечная система: 14 филиалов, 1,2 млн посещений в год»
/ "The library system: 14 branches, 1.2 million visits a year".

The figures come from services/library_face (branches counted, visits over
the last twelve months summed over them); this module only words them,
with the Russian plural forms a number needs."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from collabdesk.reports.texts import format_number
from collabdesk.services.pitch_model import LibraryInfo

MILLION = Decimal(1_000_000)
THOUSAND = Decimal(1_000)

Forms = tuple[str, str, str]  # one, few, many
_FORMS: dict[str, dict[str, Forms]] = {
    "ru": {
        "branch": ("филиал", "филиала", "филиалов"),
        "visit": ("посещение", "посещения", "посещений"),
    },
    "en": {
        "branch": ("branch", "branches", "branches"),
        "visit": ("visit", "visits", "visits"),
    },
}
_WORDS = {
    "ru": {
        "system": "Централизованная библиотечная система",
        "million": "млн",
        "thousand": "тыс.",
        "a_year": "в год",
    },
    "en": {
        "system": "The library system",
        "million": "million",
        "thousand": "thousand",
        "a_year": "a year",
    },
}


def plural_form(count: int, lang: str) -> int:
    """0 one, 1 few, 2 many: ru 1, 21 → 0; 2–4, 22–24 → 1; 0, 5–20, 25 → 2;
    en 1 → 0, anything else → 1."""
    if lang != "ru":
        return 0 if count == 1 else 1
    tens, units = count % 100, count % 10
    if units == 1 and tens != 11:
        return 0
    if 2 <= units <= 4 and not 12 <= tens <= 14:
        return 1
    return 2


def counted(count: int, forms: Forms, lang: str) -> str:
    """`14 филиалов` / `14 branches`."""
    return f"{format_number(count, lang)} {forms[plural_form(count, lang)]}"


def _rounded(value: Decimal, unit: Decimal, places: str) -> Decimal:
    return (value / unit).quantize(Decimal(places), rounding=ROUND_HALF_UP).normalize()


def visits_text(visits: Decimal, lang: str) -> str:
    """`1,2 млн посещений` / `1.2 million visits`; `35 тыс. посещений`;
    `512 посещений`. After millions and thousands Russian takes the
    genitive plural, whatever the number."""
    w = _WORDS["ru" if lang == "ru" else "en"]
    forms = _FORMS["ru" if lang == "ru" else "en"]["visit"]
    many = forms[2]
    if visits >= MILLION:
        return f"{format_number(_rounded(visits, MILLION, '0.1'), lang)} {w['million']} {many}"
    if visits >= 10 * THOUSAND:
        return f"{format_number(_rounded(visits, THOUSAND, '1'), lang)} {w['thousand']} {many}"
    whole = int(visits.to_integral_value(rounding=ROUND_HALF_UP))
    return counted(whole, forms, lang)


def system_line(library: LibraryInfo, lang: str) -> str:
    """The system line, or "" when a branch or a single library speaks."""
    if library.branches <= 1:
        return ""
    w = _WORDS["ru" if lang == "ru" else "en"]
    parts = [counted(library.branches, _FORMS["ru" if lang == "ru" else "en"]["branch"], lang)]
    if library.yearly_visits:
        parts.append(f"{visits_text(library.yearly_visits, lang)} {w['a_year']}")
    return f"{w['system']}: {', '.join(parts)}"
