"""The PDF agreement's and act's own words in Russian and English: the same
wording as the shipped Word templates (packaging/make_templates.py), filled
from the same merge data. No reportlab here."""

from __future__ import annotations

from typing import Any

WORDS: dict[str, dict[str, str]] = {
    "ru": {
        "title": "Соглашение о сотрудничестве № {number}",
        "city": "г. {city}",
        "represented": "{legal_name}, в лице {signatory_position} {signatory_name}, "
        "{signatory_basis}",
        "preamble": "{library} (далее — Библиотека), с одной стороны, и {partner} (далее — "
        "Партнёр), с другой стороны, вместе именуемые Стороны, заключили настоящее "
        "соглашение о нижеследующем.",
        "subject": "1. Предмет соглашения",
        "subject_text": "1.1. Стороны сотрудничают в проекте «{title}»{idea}.",
        "barter": "1.2. Стороны обмениваются услугами и материальными ресурсами, "
        "перечисленными в разделах 2 и 3, без денежных расчётов; оценка указана для учёта.",
        "library_promises": "2. Библиотека обязуется",
        "partner_promises": "3. Партнёр обязуется",
        "columns": "№|Что|Сколько|Срок|Ответственный|Оценка",
        "none": "Обязательств нет.",
        "term": "4. Срок действия",
        "term_text": "4.1. Соглашение вступает в силу с момента подписания и действует "
        "с {starts} по {ends}.",
        "contacts": "5. Контактные лица",
        "library": "Библиотека",
        "partner": "Партнёр",
        "other": "6. Прочие условия",
        "other_text": "6.1. Изменения и дополнения к соглашению действительны, если оформлены "
        "письменно и подписаны обеими Сторонами. 6.2. Соглашение составлено в двух "
        "экземплярах, по одному для каждой Стороны.",
        "signatures": "7. Реквизиты и подписи Сторон",
        "inn": "ИНН {inn}",
        "kpp": ", КПП {kpp}",
        "ogrn": "ОГРН {ogrn}",
        "bank": "р/с {bank_account} в {bank_name}, БИК {bank_bic}, к/с {correspondent_account}",
        "page": "Стр.",
        "act": "Акт приёма-передачи № {number}",
        "act_library": "Акт приёма-передачи № {number} (передача Библиотекой)",
        "act_text": "{g_legal_name} (Передающая сторона), в лице {g_signatory_position} "
        "{g_signatory_name}, {g_signatory_basis}, передала, а {r_legal_name} (Принимающая "
        "сторона), в лице {r_signatory_position} {r_signatory_name}, {r_signatory_basis}, "
        "приняла в рамках сотрудничества по проекту «{title}» следующее:",
        "act_columns": "№|Наименование|Количество|Дата передачи|Оценка|Способ оценки",
        "total": "Итого оценка: {total}.",
        "no_claims": "Передача произведена безвозмездно в рамках соглашения о сотрудничестве. "
        "Стороны претензий друг к другу не имеют.",
        "sign": "Подпись ____________________",
        "seal": "М. П.",
        "gave": "Передал",
        "received": "Принял",
    },
    "en": {
        "title": "Cooperation agreement No. {number}",
        "city": "{city}",
        "represented": "{legal_name}, represented by {signatory_position} {signatory_name}, "
        "{signatory_basis}",
        "preamble": "{library} (the Library), and {partner} (the Partner), together the "
        "Parties, agree as follows.",
        "subject": "1. Subject",
        "subject_text": "1.1. The Parties cooperate in the project “{title}”{idea}.",
        "barter": "1.2. The Parties exchange the services and goods listed in sections 2 and 3 "
        "without payment; the values are given for the record.",
        "library_promises": "2. The Library undertakes",
        "partner_promises": "3. The Partner undertakes",
        "columns": "No.|What|How much|By|Responsible|Value",
        "none": "No commitments.",
        "term": "4. Term",
        "term_text": "4.1. This agreement takes effect when signed and runs from {starts} "
        "to {ends}.",
        "contacts": "5. Contacts",
        "library": "The Library",
        "partner": "The Partner",
        "other": "6. Other terms",
        "other_text": "6.1. Changes to this agreement are valid only in writing, signed by both "
        "Parties. 6.2. This agreement is made in two copies, one for each Party.",
        "signatures": "7. Details and signatures of the Parties",
        "inn": "INN {inn}",
        "kpp": ", KPP {kpp}",
        "ogrn": "OGRN {ogrn}",
        "bank": "Account {bank_account} at {bank_name}, BIC {bank_bic}, "
        "corr. account {correspondent_account}",
        "page": "Page",
        "act": "Acknowledgement of transfer No. {number}",
        "act_library": "Acknowledgement of transfer No. {number} (delivered by the Library)",
        "act_text": "{g_legal_name} (the Giver), represented by {g_signatory_position} "
        "{g_signatory_name}, {g_signatory_basis}, has handed over, and {r_legal_name} (the "
        "Receiver), represented by {r_signatory_position} {r_signatory_name}, "
        "{r_signatory_basis}, has received, within the cooperation in the project “{title}”:",
        "act_columns": "No.|Description|Quantity|Date handed over|Value|Valuation method",
        "total": "Total value: {total}.",
        "no_claims": "The transfer is made free of charge under the cooperation agreement. "
        "The Parties have no claims against each other.",
        "sign": "Signature ____________________",
        "seal": "Stamp",
        "gave": "Handed over",
        "received": "Received",
    },
}


def say(language: str, key: str, **values: Any) -> str:
    """One phrase with user values put in as they are (never re-read as a
    pattern: format() reads only the phrase)."""
    return WORDS[language if language in WORDS else "en"][key].format(**values)


def represented(language: str, party: dict[str, str]) -> str:
    return say(language, "represented", **party)


def party_lines(language: str, party: dict[str, str]) -> list[str]:
    """The legal block of one party, as the signature table prints it."""
    lines = [party["legal_name"], party["legal_address"]]
    lines.append(
        say(language, "inn", **party) + (say(language, "kpp", **party) if party["kpp"] else "")
    )
    if party["ogrn"]:
        lines.append(say(language, "ogrn", **party))
    if party["bank_name"]:
        lines.append(say(language, "bank", **party))
    return lines


def contact_line(party: dict[str, str]) -> str:
    return ", ".join(
        value
        for value in (party["contact_name"], party["contact_email"], party["contact_phone"])
        if value
    )
