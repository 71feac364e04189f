"""Units that come from data ("post", "visit", "выпуск") with the right
plural form for a quantity: "1 post", "2 posts", "2 поста", "5 постов".

A unit is typed by a librarian, in whichever language the library works in,
so it is inflected by the rules of the word's own language, not the
interface's. Which form a number takes (CLDR's one/few/many/other) is
Babel's to say, from the Unicode CLDR plural rules, so a language added
later needs only its words, not hand-written arithmetic. Babel costs a
few hundred milliseconds to load, so it is imported on the first quantity
that needs a word, never at start-up.

Words come from the catalogue below and from the units a library added
(the `unit_form` table, read once per database through the hook that
`services/units.py` installs). Anything else (abbreviations such as "pcs",
"шт.", "m²", a phrase, or a word nobody gave forms yet) is shown as typed,
which always reads; `needs_forms` tells the window when to offer adding
its forms. Pure Python: the window, the slides and the PDFs share it (the
interface formats the number, this module the word)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

CATEGORIES = ("one", "few", "many", "other")


class UnitWords(NamedTuple):
    """One word's forms in one language by CLDR plural category; a form a
    language does not use is empty and falls back to `other`."""

    language: str
    one: str
    few: str = ""
    many: str = ""
    other: str = ""

    def form(self, category: str) -> str:
        chosen = getattr(self, category) if category in CATEGORIES else ""
        return chosen or self.other or self.few or self.many or self.one


# English: (one, other). Russian: (one, few, many) — fractions take CLDR's
# "other", which for these words is the "few" form ("1,5 поста").
_ENGLISH: tuple[tuple[str, str], ...] = (
    ("post", "posts"), ("issue", "issues"), ("month", "months"), ("year", "years"),
    ("week", "weeks"), ("day", "days"), ("hour", "hours"), ("report", "reports"),
    ("exhibition", "exhibitions"), ("person", "people"), ("visitor", "visitors"),
    ("visit", "visits"), ("article", "articles"), ("interview", "interviews"),
    ("placement", "placements"), ("event", "events"), ("mention", "mentions"),
    ("follower", "followers"), ("subscriber", "subscribers"), ("view", "views"),
    ("reader", "readers"), ("participant", "participants"), ("guest", "guests"),
    ("lecture", "lectures"), ("workshop", "workshops"), ("session", "sessions"),
    ("book", "books"), ("copy", "copies"), ("poster", "posters"), ("banner", "banners"),
    ("newsletter", "newsletters"), ("story", "stories"), ("video", "videos"),
    ("page", "pages"), ("item", "items"), ("piece", "pieces"), ("tour", "tours"),
    ("class", "classes"), ("publication", "publications"), ("release", "releases"),
    ("souvenir", "souvenirs"), ("uniform", "uniforms"), ("set", "sets"),
    ("flyer", "flyers"), ("leaflet", "leaflets"), ("broadcast", "broadcasts"),
)  # fmt: skip
_RUSSIAN: tuple[tuple[str, str, str], ...] = (
    ("пост", "поста", "постов"), ("публикация", "публикации", "публикаций"),
    ("выпуск", "выпуска", "выпусков"), ("месяц", "месяца", "месяцев"),
    ("год", "года", "лет"), ("неделя", "недели", "недель"), ("день", "дня", "дней"),
    ("час", "часа", "часов"), ("отчёт", "отчёта", "отчётов"),
    ("выставка", "выставки", "выставок"), ("человек", "человека", "человек"),
    ("посетитель", "посетителя", "посетителей"), ("посещение", "посещения", "посещений"),
    ("визит", "визита", "визитов"), ("статья", "статьи", "статей"),
    ("интервью", "интервью", "интервью"), ("размещение", "размещения", "размещений"),
    ("мероприятие", "мероприятия", "мероприятий"), ("упоминание", "упоминания", "упоминаний"),
    ("подписчик", "подписчика", "подписчиков"), ("просмотр", "просмотра", "просмотров"),
    ("читатель", "читателя", "читателей"), ("участник", "участника", "участников"),
    ("гость", "гостя", "гостей"), ("лекция", "лекции", "лекций"),
    ("экскурсия", "экскурсии", "экскурсий"), ("книга", "книги", "книг"),
    ("экземпляр", "экземпляра", "экземпляров"), ("плакат", "плаката", "плакатов"),
    ("баннер", "баннера", "баннеров"), ("рассылка", "рассылки", "рассылок"),
    ("видео", "видео", "видео"), ("страница", "страницы", "страниц"),
    ("штука", "штуки", "штук"), ("сувенир", "сувенира", "сувениров"),
    ("комплект", "комплекта", "комплектов"), ("листовка", "листовки", "листовок"),
    ("эфир", "эфира", "эфиров"), ("пресс-релиз", "пресс-релиза", "пресс-релизов"),
)  # fmt: skip

SHIPPED: tuple[UnitWords, ...] = tuple(
    UnitWords("en", one, other=other) for one, other in _ENGLISH
) + tuple(UnitWords("ru", one, few, many, few) for one, few, many in _RUSSIAN)


def word_key(word: str) -> str:
    """How a typed word is matched: case, ё/е and spacing do not matter."""
    return " ".join(word.casefold().replace("ё", "е").split())


def _index(entries: Iterable[UnitWords]) -> dict[str, UnitWords]:
    """Every form of every word points at its forms: a unit typed as "posts"
    or "поста" is recognised as well as "post" and "пост"."""
    found: dict[str, UnitWords] = {}
    for entry in entries:
        for form in (entry.one, entry.few, entry.many, entry.other):
            if form:
                found.setdefault(word_key(form), entry)
    return found


_SHIPPED_FORMS = _index(SHIPPED)

# The library's own words: a loader the units service installs per database,
# called once on the first unknown word and again after a change.
_library_loader: Callable[[], Iterable[UnitWords]] | None = None
_library_forms: dict[str, UnitWords] | None = None


def units_from_database(loader: Callable[[], Iterable[UnitWords]] | None) -> None:
    """Install (or, with None, remove) where the library's own units come
    from; they are read on first need, once, and after `forget_library_units`."""
    global _library_loader, _library_forms
    _library_loader, _library_forms = loader, None


def forget_library_units() -> None:
    """The library's words changed: read them again on the next need."""
    global _library_forms
    _library_forms = None


def _library() -> dict[str, UnitWords]:
    global _library_forms
    if _library_forms is None:
        _library_forms = _index(_library_loader()) if _library_loader is not None else {}
    return _library_forms


def shipped_words(unit: str) -> UnitWords | None:
    return _SHIPPED_FORMS.get(word_key(unit))


def words_for(unit: str) -> UnitWords | None:
    """The forms of `unit` — shipped first, then the library's — or None."""
    key = word_key(unit)
    if not key:
        return None
    return _SHIPPED_FORMS.get(key) or _library().get(key)


def needs_forms(unit: str) -> bool:
    """A word (letters, spaces, hyphens) neither the catalogue nor the library
    knows: printed as typed, and worth a quiet offer to add its forms.
    Abbreviations ("шт.", "m²", "pcs.") read correctly as typed."""
    unit = unit.strip()
    if not unit or words_for(unit) is not None:
        return False
    return all(ch.isalpha() or ch in " -" for ch in unit)


def plain_number(quantity: Decimal | float | int) -> Decimal:
    """The number as printed: "12.00" is 12 and "1.50" is 1.5, so "1.00" takes
    the singular like the "1" a reader sees."""
    value = Decimal(str(quantity))
    if not value.is_finite():
        return value
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


@lru_cache(maxsize=16)
def _plural_rule(language: str) -> Callable[[Decimal], str]:
    from babel.core import Locale, UnknownLocaleError

    try:
        rule = Locale.parse(language).plural_form
    except (UnknownLocaleError, ValueError, TypeError):
        rule = Locale.parse("en").plural_form
    return rule  # type: ignore[no-any-return]


def warm(languages: Iterable[str] = ("ru", "en")) -> None:
    """Load Babel and these languages' rules now (~0.2 s), e.g. in a
    background thread, so the first quantity on screen does not wait."""
    for language in languages:
        _plural_rule(language)


def plural_category(quantity: Decimal | float | int, language: str) -> str:
    """CLDR's category for `quantity` in `language`: "one", "few", "many" or
    "other" (ru: 1, 21 one; 2–4 few; 5–20, 0 many; 1.5 other)."""
    value = plain_number(quantity)
    if not value.is_finite():
        return "other"
    return _plural_rule(language)(abs(value))


def english_form(quantity: Decimal | float | int) -> int:
    """0 for "one" (exactly 1), 1 for "other"."""
    return 0 if plural_category(quantity, "en") == "one" else 1


def russian_form(quantity: Decimal | float | int) -> int:
    """0 one (1, 21, 101), 1 few (2–4, 22–24, and any fraction), 2 many (5–20, 0)."""
    return {"one": 0, "many": 2}.get(plural_category(quantity, "ru"), 1)


def unit_for(quantity: Decimal | float | int, unit: str) -> str:
    """The form of `unit` that goes with `quantity` ("post", 2 → "posts");
    a unit nobody gave forms for is returned as typed."""
    words = words_for(unit)
    if words is None:
        return unit
    word = words.form(plural_category(quantity, words.language))
    stripped = unit.strip()
    return word[:1].upper() + word[1:] if stripped[:1].isupper() else word


def quantity_with_unit(number_text: str, quantity: Decimal | float | int, unit: str) -> str:
    """ "2 posts": the number as the caller formatted it for its locale, then
    the unit in the right form; the number alone when there is no unit."""
    unit = unit.strip()
    return f"{number_text} {unit_for(quantity, unit)}" if unit else number_text
