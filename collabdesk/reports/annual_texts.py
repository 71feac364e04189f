"""The annual report's own words in Russian and English (PDF and XLSX
alike), with the names of stages, partner kinds and valuation methods and
the counted phrases of its headline ("12 новых партнёров"). Plain dicts,
as texts.py: reports never import Qt, and the report's language is chosen
per document."""

from __future__ import annotations

from collabdesk.domain.units import plural_category

ANNUAL_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "kicker": "Annual portfolio report",
        "title": "Collaborations in {year}",
        "whole_system": "The whole library system: {count}",
        "one_library": "The whole library",
        "branch_line": "Branch: {name}",
        "made_on": "Prepared on {date}",
        "page": "Page",
        "headline": "The year at a glance",
        "received": "Received",
        "given": "Given",
        "stages": "Collaborations by stage",
        "kinds": "Collaborations by partner kind",
        "stage": "Stage",
        "kind": "Partner kind",
        "collaborations": "Collaborations",
        "values": "Value received and given",
        "values_chart": "Value delivered during the year, per currency",
        "currency": "Currency",
        "method": "Valuation method",
        "no_method": "no method given",
        "deliveries": "Deliveries",
        "no_values": "No valued commitment was delivered during the year.",
        "top_partners": "Top partners by value received",
        "place": "#",
        "partner": "Partner",
        "value": "Value",
        "promises": "Promises kept",
        "side": "Side",
        "library_side": "The library",
        "partner_side": "Partners",
        "due": "Due",
        "on_time": "On time",
        "late": "Late",
        "missed": "Missed",
        "waived": "Waived",
        "overdue": "Overdue",
        "rate": "On time, %",
        "renewals": "Renewals",
        "renewal": "Collaboration",
        "renewed_from": "Renews",
        "no_renewals": "No collaboration of the year renews an earlier one.",
        "new_partners": "New partners",
        "first_collaboration": "First collaboration",
        "begins": "Begins",
        "no_new_partners": "No partner had a first collaboration this year.",
        "more_rows": "… and {count} more in the spreadsheet version.",
        "branches": "By branch",
        "branch": "Branch",
        "branch_values": "Value by branch",
        "total": "System total",
        "active": "Active",
        "new": "New partners",
        "library_rate": "Library on time, %",
        "partner_rate": "Partners on time, %",
        "notes": "How the figures are counted",
        "none": "—",
        "sheet_summary": "Summary",
        "sheet_stages": "Stages",
        "sheet_kinds": "Partner kinds",
        "sheet_values": "Values",
        "sheet_top": "Top partners",
        "sheet_promises": "Promises",
        "sheet_renewals": "Renewals",
        "sheet_new": "New partners",
        "sheet_branches": "Branches",
        "sheet_notes": "Notes",
        "figure": "Figure",
        "year": "Year",
        "scope": "Scope",
    },
    "ru": {
        "kicker": "Годовой отчёт о сотрудничестве",
        "title": "Сотрудничество в {year} году",
        "whole_system": "Вся библиотечная система: {count}",
        "one_library": "Вся библиотека",
        "branch_line": "Филиал: {name}",
        "made_on": "Подготовлено {date}",
        "page": "Стр.",
        "headline": "Год в цифрах",
        "received": "Получено",
        "given": "Передано",
        "stages": "Сотрудничества по этапам",
        "kinds": "Сотрудничества по видам партнёров",
        "stage": "Этап",
        "kind": "Вид партнёра",
        "collaborations": "Сотрудничеств",
        "values": "Полученная и переданная ценность",
        "values_chart": "Ценность, переданная за год, по валютам",
        "currency": "Валюта",
        "method": "Способ оценки",
        "no_method": "способ не указан",
        "deliveries": "Число передач",
        "no_values": "За год не выполнено ни одного обязательства с оценкой.",
        "top_partners": "Ведущие партнёры по полученной ценности",
        "place": "№",
        "partner": "Партнёр",
        "value": "Ценность",
        "promises": "Выполнение обязательств",
        "side": "Сторона",
        "library_side": "Библиотека",
        "partner_side": "Партнёры",
        "due": "Срок наступил",
        "on_time": "В срок",
        "late": "С опозданием",
        "missed": "Не выполнено",
        "waived": "Снято",
        "overdue": "Просрочено",
        "rate": "В срок, %",
        "renewals": "Продления",
        "renewal": "Сотрудничество",
        "renewed_from": "Продлевает",
        "no_renewals": "Ни одно сотрудничество года не продлевает прежнее.",
        "new_partners": "Новые партнёры",
        "first_collaboration": "Первое сотрудничество",
        "begins": "Начало",
        "no_new_partners": "Ни у одного партнёра первое сотрудничество не пришлось на этот год.",
        "more_rows": "… и ещё {count} — в версии для Excel.",
        "branches": "По филиалам",
        "branch": "Филиал",
        "branch_values": "Ценность по филиалам",
        "total": "Итого по системе",
        "active": "Активных",
        "new": "Новых партнёров",
        "library_rate": "Библиотека в срок, %",
        "partner_rate": "Партнёры в срок, %",
        "notes": "Как считаются цифры",
        "none": "—",
        "sheet_summary": "Сводка",
        "sheet_stages": "Этапы",
        "sheet_kinds": "Виды партнёров",
        "sheet_values": "Ценность",
        "sheet_top": "Ведущие партнёры",
        "sheet_promises": "Обязательства",
        "sheet_renewals": "Продления",
        "sheet_new": "Новые партнёры",
        "sheet_branches": "Филиалы",
        "sheet_notes": "Пояснения",
        "figure": "Показатель",
        "year": "Год",
        "scope": "Охват",
    },
}

STAGES: dict[str, dict[str, str]] = {
    "en": {
        "idea": "Idea", "preparing": "Preparing", "pitched": "Pitched",
        "negotiating": "Negotiating", "agreed": "Agreed", "delivering": "Delivering",
        "completed": "Completed", "declined": "Declined", "on_hold": "On hold",
    },
    "ru": {
        "idea": "Идея", "preparing": "Подготовка", "pitched": "Предложение отправлено",
        "negotiating": "Переговоры", "agreed": "Договорились", "delivering": "Выполнение",
        "completed": "Завершено", "declined": "Отказался", "on_hold": "Приостановлено",
    },
}  # fmt: skip

KINDS: dict[str, dict[str, str]] = {
    "en": {
        "business": "Business", "investor": "Investor", "artist": "Artist",
        "designer": "Designer", "media": "Media", "public_figure": "Public figure",
        "non_profit": "Non-profit", "government": "Government", "other": "Other",
    },
    "ru": {
        "business": "Компания", "investor": "Инвестор", "artist": "Художник",
        "designer": "Дизайнер", "media": "СМИ", "public_figure": "Публичное лицо",
        "non_profit": "НКО", "government": "Госучреждение", "other": "Другое",
    },
}  # fmt: skip

METHODS: dict[str, dict[str, str]] = {
    "en": {
        "replacement_cost": "Replacement cost", "partner_declared": "Declared by the partner",
        "quote": "A quote", "reach_times_rate": "Reach × rate",
    },
    "ru": {
        "replacement_cost": "Стоимость замены", "partner_declared": "Со слов партнёра",
        "quote": "По смете", "reach_times_rate": "Охват × расценка",
    },
}  # fmt: skip

NOTES: dict[str, tuple[str, ...]] = {
    "en": (
        "A year holds the collaborations active during it. A collaboration begins on the "
        "earliest of its start date, its first stage change and the day it was entered; it "
        "ends on the day it was declined, else on its end date, else (once completed) on the "
        "day it was completed; one under way with no end date runs on.",
        "Stage is the collaboration's stage on the day of the report. A collaboration with "
        "partners of several kinds counts under each kind (plan B partners aside).",
        "Values count by delivery date: valued commitments delivered during the year. Amounts "
        "in different currencies are never added together.",
        "Promises kept count the commitments due during the year, as the reputation figures "
        "do: on time = delivered on or before the due date, of those due so far; waived "
        "promises are counted apart.",
        "Top partners rank by the value they delivered during the year, per currency; "
        "promises made to a whole collaboration name no partner and are not ranked.",
        "New partners are those whose first collaboration anywhere in the system begins "
        "during the year; each is counted in the branch of that collaboration.",
    ),
    "ru": (
        "В год входят сотрудничества, активные в течение года. Сотрудничество начинается в "
        "самую раннюю из дат: дата начала, первая смена этапа, день внесения в программу; "
        "заканчивается в день отказа (для отклонённых), иначе в дату окончания, иначе (после "
        "завершения) в день завершения; идущее без даты окончания продолжается.",
        "Этап — этап сотрудничества на день отчёта. Сотрудничество с партнёрами разных видов "
        "учитывается в каждом виде (запасные партнёры не учитываются).",
        "Ценность считается по дате выполнения: обязательства с оценкой, выполненные в течение "
        "года. Суммы в разных валютах никогда не складываются.",
        "Выполнение обязательств считается по обязательствам со сроком в этом году, так же как "
        "в репутации: в срок — выполненные не позже срока из тех, чей срок уже наступил; "
        "снятые обязательства учитываются отдельно.",
        "Ведущие партнёры упорядочены по ценности, полученной от них за год, в каждой валюте; "
        "обязательства перед всем сотрудничеством без указания партнёра в рейтинг не входят.",
        "Новые партнёры — те, чьё первое сотрудничество во всей системе начинается в этом "
        "году; каждый учитывается в филиале этого сотрудничества.",
    ),
}

# Counted phrases: CLDR category → form ("one", "few", "many", "other").
COUNTED: dict[str, dict[str, dict[str, str]]] = {
    "ru": {
        "active": {
            "one": "сотрудничество за год", "few": "сотрудничества за год",
            "many": "сотрудничеств за год", "other": "сотрудничества за год",
        },
        "new": {
            "one": "новый партнёр", "few": "новых партнёра",
            "many": "новых партнёров", "other": "нового партнёра",
        },
        "renewals": {
            "one": "продление", "few": "продления", "many": "продлений", "other": "продления",
        },
        "branches": {
            "one": "филиал", "few": "филиала", "many": "филиалов", "other": "филиала",
        },
    },
    "en": {
        "active": {"one": "collaboration in the year", "other": "collaborations in the year"},
        "new": {"one": "new partner", "other": "new partners"},
        "renewals": {"one": "renewal", "other": "renewals"},
        "branches": {"one": "branch", "other": "branches"},
    },
}  # fmt: skip


def annual_words(lang: str) -> dict[str, str]:
    return ANNUAL_TEXTS[lang if lang in ANNUAL_TEXTS else "en"]


def _lang(lang: str) -> str:
    return lang if lang in ANNUAL_TEXTS else "en"


def stage_word(stage: str, lang: str) -> str:
    return STAGES[_lang(lang)].get(stage, stage)


def kind_word(kind: str, lang: str) -> str:
    return KINDS[_lang(lang)].get(kind, kind)


def method_word(method: str, lang: str) -> str:
    if not method:
        return annual_words(lang)["no_method"]
    return METHODS[_lang(lang)].get(method, method)


def counted(key: str, count: int, lang: str) -> str:
    """The words after a count, in the form that goes with it."""
    forms = COUNTED[_lang(lang)][key]
    return forms.get(plural_category(count, _lang(lang)), forms["other"])
