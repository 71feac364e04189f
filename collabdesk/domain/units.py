"""Units that come from data ("post", "visit", "выпуск") with the right
plural form for a quantity: "1 post", "2 posts", "2 поста", "5 постов".

A unit is typed by a librarian, in whichever language the library works in,
so it is inflected by the rules of the word's own language, not the
interface's. Only words in the table below are inflected; anything else
(abbreviations such as "pcs", "шт.", "m²", or a phrase) is shown as typed,
which always reads correctly. Pure Python: the window, the slides and the
PDFs share it (the interface formats the number, this module the word)."""

from __future__ import annotations

from decimal import Decimal

# English: (one, other). Russian: (one, few, many) — fractions take "few"
# ("1,5 поста"), as CLDR's "other" form does.
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


def _key(word: str) -> str:
    return " ".join(word.casefold().replace("ё", "е").split())


# Every form of every word points at its forms: a unit typed as "posts" or
# "поста" is recognised as well as "post" and "пост".
_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {}
for _forms in _ENGLISH:
    for _form in _forms:
        _FORMS.setdefault(_key(_form), ("en", _forms))
for _ru in _RUSSIAN:
    for _form in _ru:
        _FORMS.setdefault(_key(_form), ("ru", _ru))


def _integer(quantity: Decimal | float | int) -> int | None:
    value = Decimal(str(quantity))
    return int(value) if value == value.to_integral_value() else None


def english_form(quantity: Decimal | float | int) -> int:
    """0 for "one" (exactly 1), 1 for "other"."""
    return 0 if _integer(quantity) == 1 else 1


def russian_form(quantity: Decimal | float | int) -> int:
    """0 one (1, 21, 101), 1 few (2–4, 22–24, and any fraction), 2 many (5–20, 0)."""
    n = _integer(quantity)
    if n is None:
        return 1
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def unit_for(quantity: Decimal | float | int, unit: str) -> str:
    """The form of `unit` that goes with `quantity` ("post", 2 → "posts");
    a unit this table does not know is returned as typed."""
    known = _FORMS.get(_key(unit))
    if known is None:
        return unit
    language, forms = known
    index = english_form(quantity) if language == "en" else russian_form(quantity)
    word = forms[index]
    stripped = unit.strip()
    return word[:1].upper() + word[1:] if stripped[:1].isupper() else word


def quantity_with_unit(number_text: str, quantity: Decimal | float | int, unit: str) -> str:
    """ "2 posts": the number as the caller formatted it for its locale, then
    the unit in the right form; the number alone when there is no unit."""
    unit = unit.strip()
    return f"{number_text} {unit_for(quantity, unit)}" if unit else number_text
