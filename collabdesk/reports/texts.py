"""The PDFs' own words (headings, labels) in Russian and English, and the
dates and numbers of each language. Plain dicts, not Qt translations:
reports never import Qt, and a pitch's language is chosen per document,
not by the running program's locale."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from collabdesk.domain.units import quantity_with_unit

LANGUAGES = ("ru", "en")

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "pitch_kicker": "Partnership proposal",
        "recap_kicker": "Collaboration recap",
        "recap_internal": "Internal recap — not for the partner",
        "for_partner": "Prepared for",
        "from_library": "From",
        "dates": "Dates",
        "idea": "The idea",
        "why_partner": "Why you",
        "why_combination": "Why this combination works",
        "goal": "What we want to achieve",
        "what_you_get": "What you get",
        "brand_value": "For your brand",
        "in_numbers": "Our audience in numbers",
        "as_of": "as of",
        "as_of_head": "Period",
        "figure": "Figure",
        "value": "Value",
        "ad_package": "Advertising package",
        "item": "Item",
        "quantity": "Quantity",
        "reach": "Reach",
        "total_reach": "Total reach",
        "commitments": "Who does what",
        "library_gives": "The library commits to",
        "partner_gives": "We ask of you",
        "due": "Due",
        "contacts": "Let's talk",
        "library_contact": "The library",
        "page": "Page",
        "of": "of",
        "promised_delivered": "Promised and delivered",
        "status": "Status",
        "delivered_on": "Delivered",
        "proof": "Proof",
        "proof_noted": "noted",
        "no_proof": "—",
        "missed_waived": "Missed, overdue or waived",
        "reason": "Reason",
        "no_reason": "no reason recorded",
        "over_delivery": "Made good and delivered extra",
        "balance": "Value balance",
        "side": "Side",
        "promised_value": "Promised",
        "delivered_value": "Delivered",
        "kept": "Promises kept",
        "reputation": "Partner reliability",
        "reputation_note": "share of the partner's due promises that were delivered",
        "owner": "Owner",
        "library": "Library",
        "partner": "Partner",
        "nothing_missed": "Nothing was missed, overdue or waived.",
        "thanks": "Thank you for working with us.",
        "more_items": "and {count} more",
        "planned": "planned",
        "in_progress": "in progress",
        "delivered": "delivered",
        "waived": "waived",
        "missed": "missed",
        "overdue": "overdue",
        "overdue_since": "was due {date}",
        "library_reputation": "Library reliability",
        "library_reputation_note": "share of the library's due promises that were delivered",
        "no_partner": "our future partner",
        "no_promises": "No commitments have been recorded for this collaboration yet.",
        "timeline": "Timeline",
        "starts": "Start",
        "ends": "End",
        # the pitch read in two minutes (issue 16)
        "summary": "In short",
        "the_ask": "What we ask of you",
        "you_get": "You get",
        "package_worth": "Advertising package worth {amount} at our rates",
        "worth": "Value",
        "reply_by": "Please reply by",
        "your_library_contact": "Your contact at the library",
        "proposal_for": "A proposal for {partner}",
        "you_get_sentence": "For you: {what}.",
        "by_date": "by {date}",
        "done_on": "done {date}",
        "audience_case": "Our audience",
        "last_12": "Last 12 months",
        "year_before": "Year before",
        "change": "Change",
        "at_month_end": "end of {month}",
        "per_month": "per month",
        "month_end": "at month end",
        "source_as_of": "Source: {source}; figures as of {date}.",
        "as_of_only": "Figures as of {date}.",
        "level_note": (
            "Followers and subscribers are people at the month's end: never added up across months."
        ),
        "profile": "Who they are",
        "profile_title": "{name} by {what}, {month}",
        "share": "Share",
        "category": "Group",
        "impressions": "Impressions (gross)",
        "impressions_note": (
            "Impressions are counted gross: one person may see several placements, "
            "so they are not added up into a reach."
        ),
        "package_total": "Package value at our rates",
        "track_record": "Our track record",
        "delivered_collabs": "Collaborations delivered",
        "on_time": "Our promises kept on time",
        "on_time_value": "{percent} ({kept} of {due} due so far)",
        "waived_apart": "{count} waived by agreement, counted apart",
        "worked_with": "We have worked with",
        "who": "Who",
        "when": "When",
        "library_short": "Library",
        "you": "You",
        "dates_line": "{start} — {end}",
        "prepared_on": "Prepared on {date}",
        "not_valued": "—",
    },
    "ru": {
        "pitch_kicker": "Предложение о партнёрстве",
        "recap_kicker": "Итоги сотрудничества",
        "recap_internal": "Внутренний отчёт — не для партнёра",
        "for_partner": "Для",
        "from_library": "От",
        "dates": "Сроки",
        "idea": "Идея",
        "why_partner": "Почему вы",
        "why_combination": "Почему это сочетание работает",
        "goal": "Чего мы хотим добиться",
        "what_you_get": "Что вы получаете",
        "brand_value": "Для вашего бренда",
        "in_numbers": "Наша аудитория в цифрах",
        "as_of": "на",
        "as_of_head": "Период",
        "figure": "Показатель",
        "value": "Значение",
        "ad_package": "Рекламный пакет",
        "item": "Позиция",
        "quantity": "Количество",
        "reach": "Охват",
        "total_reach": "Общий охват",
        "commitments": "Кто что делает",
        "library_gives": "Библиотека обязуется",
        "partner_gives": "Мы просим вас",
        "due": "Срок",
        "contacts": "Давайте обсудим",
        "library_contact": "Библиотека",
        "page": "Страница",
        "of": "из",
        "promised_delivered": "Обещано и выполнено",
        "status": "Статус",
        "delivered_on": "Выполнено",
        "proof": "Подтверждение",
        "proof_noted": "есть",
        "no_proof": "—",
        "missed_waived": "Не выполнено, просрочено или снято",
        "reason": "Причина",
        "no_reason": "причина не указана",
        "over_delivery": "Восполнено и сделано сверх плана",
        "balance": "Баланс ценности",
        "side": "Сторона",
        "promised_value": "Обещано",
        "delivered_value": "Выполнено",
        "kept": "Выполнено обещаний",
        "reputation": "Надёжность партнёра",
        "reputation_note": "доля выполненных обещаний партнёра из тех, чей срок наступил",
        "owner": "Ответственный",
        "library": "Библиотека",
        "partner": "Партнёр",
        "nothing_missed": "Ничего не пропущено, не просрочено и не снято.",
        "thanks": "Спасибо за совместную работу.",
        "more_items": "и ещё {count}",
        "planned": "запланировано",
        "in_progress": "в работе",
        "delivered": "выполнено",
        "waived": "снято",
        "missed": "не выполнено",
        "overdue": "просрочено",
        "overdue_since": "срок был {date}",
        "library_reputation": "Надёжность библиотеки",
        "library_reputation_note": "доля выполненных обещаний библиотеки из тех, чей срок наступил",
        "no_partner": "наш будущий партнёр",
        "no_promises": "Обязательства по этому сотрудничеству пока не записаны.",
        "timeline": "Сроки",
        "starts": "Начало",
        "ends": "Завершение",
        # the pitch read in two minutes (issue 16)
        "summary": "Коротко",
        "the_ask": "О чём мы просим",
        "you_get": "Вы получаете",
        "package_worth": "Рекламный пакет стоимостью {amount} по нашим расценкам",
        "worth": "Стоимость",
        "reply_by": "Ответьте, пожалуйста, до",
        "your_library_contact": "Ваш контакт в библиотеке",
        "proposal_for": "Предложение для: {partner}",
        "you_get_sentence": "Для вас: {what}.",
        "by_date": "до {date}",
        "done_on": "сделано {date}",
        "audience_case": "Наша аудитория",
        "last_12": "За 12 месяцев",
        "year_before": "Годом ранее",
        "change": "Изменение",
        "at_month_end": "на конец {month}",
        "per_month": "в месяц",
        "month_end": "на конец месяца",
        "source_as_of": "Источник: {source}; данные на {date}.",
        "as_of_only": "Данные на {date}.",
        "level_note": "Подписчики — это люди на конец месяца: по месяцам они не суммируются.",
        "profile": "Кто они",
        "profile_title": "{name}: {what}, {month}",
        "share": "Доля",
        "category": "Группа",
        "impressions": "Показы (брутто)",
        "impressions_note": (
            "Показы считаются брутто: один человек может увидеть несколько размещений, "
            "поэтому в «охват» они не складываются."
        ),
        "package_total": "Стоимость пакета по нашим расценкам",
        "track_record": "Наш опыт",
        "delivered_collabs": "Проведено сотрудничеств",
        "on_time": "Наши обещания выполнены в срок",
        "on_time_value": "{percent} ({kept} из {due}, чей срок наступил)",
        "waived_apart": "ещё {count} сняты по договорённости и считаются отдельно",
        "worked_with": "Мы работали с",
        "who": "Кто",
        "when": "Когда",
        "library_short": "Библиотека",
        "you": "Вы",
        "dates_line": "{start} — {end}",
        "prepared_on": "Подготовлено {date}",
        "not_valued": "—",
    },
}

MONTHS_GENITIVE_RU = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip
MONTHS_RU = (
    "январь", "февраль", "март", "апрель", "май", "июнь",
    "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
)  # fmt: skip
MONTHS_SHORT_RU = (
    "янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

NARROW_NBSP = "\u00a0"  # PT Sans has no U+202F; a plain no-break space keeps groups together


def words(lang: str) -> dict[str, str]:
    return TEXTS[lang if lang in TEXTS else "en"]


def format_date(day: date, lang: str) -> str:
    """`5 марта 2026` / `5 March 2026`."""
    if lang == "ru":
        return f"{day.day} {MONTHS_GENITIVE_RU[day.month - 1]} {day.year}"
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def format_short_date(day: date, lang: str) -> str:
    """For table cells: `09.11.2026` / `9 Nov 2026`."""
    if lang == "ru":
        return f"{day:%d.%m.%Y}"
    return f"{day.day} {MONTHS_EN[day.month - 1][:3]} {day.year}"


def format_period(day: date, lang: str) -> str:
    """The month a figure is for: `октябрь 2026` / `October 2026`."""
    names = MONTHS_RU if lang == "ru" else MONTHS_EN
    return f"{names[day.month - 1]} {day.year}"


def format_month(day: date, lang: str) -> str:
    """Short axis label: `мар 26` / `Mar 26`."""
    name = MONTHS_SHORT_RU[day.month - 1] if lang == "ru" else MONTHS_EN[day.month - 1][:3]
    return f"{name} {day.year % 100:02d}"


def _rounded(value: Decimal | int | float) -> Decimal:
    """To the cent, and whole numbers without decimals: "12.00" is 12."""
    number = Decimal(str(value)) if not isinstance(value, Decimal) else value
    number = number.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return number.quantize(Decimal(1)) if number == number.to_integral_value() else number


def _grouped(number: Decimal, lang: str) -> str:
    text = f"{number:,f}"
    if lang == "ru":
        return text.replace(",", NARROW_NBSP).replace(".", ",")
    return text


def format_number(value: Decimal | int | float, lang: str) -> str:
    """`12 345,5` / `12,345.5`; whole numbers without decimals ("12.00" → "12",
    "3000.00" → "3 000" / "3,000")."""
    number = _rounded(value)
    if number != number.to_integral_value():
        number = number.normalize()
    return _grouped(number, lang)


def format_quantity(value: Decimal | int | float, unit: str, lang: str) -> str:
    """`6 постов` / `1 post`: the number for the document's language, the unit
    in the form that goes with the number printed (a unit the catalogue does
    not know stays as typed)."""
    return quantity_with_unit(format_number(value, lang), _rounded(value), unit)


def format_money(value: Decimal, currency: str, lang: str) -> str:
    """`3 000 ₽` / `₽3,000`, `1 234,50 ₽` / `₽1,234.50`: whole amounts without
    kopecks, any other with both digits."""
    symbol = {"RUB": "₽", "EUR": "€", "USD": "$"}.get(currency, currency)
    amount = _grouped(_rounded(value), lang)
    return f"{amount}{NARROW_NBSP}{symbol}" if lang == "ru" else f"{symbol}{amount}"
