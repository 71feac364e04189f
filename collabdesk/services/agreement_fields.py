"""The merge data of an agreement or an act: every value a template or the
PDF prints, as text in the document's language (dates, amounts with units,
money). The same dict fills the .docx template and draws the PDF, so the
two never say different things. Keys: services/merge_fields.py."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from collabdesk.domain.enums import ValuationMethod
from collabdesk.domain.units import plain_number, quantity_with_unit
from collabdesk.services.agreement_content import DocumentContent, Party, Promise

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
SYMBOLS = {"RUB": "₽", "USD": "$", "EUR": "€"}
# How a value was reached, as the document says it.
METHODS = {
    "ru": {
        ValuationMethod.REPLACEMENT_COST: "по цене замещения",
        ValuationMethod.PARTNER_DECLARED: "по оценке партнёра",
        ValuationMethod.QUOTE: "по коммерческому предложению",
        ValuationMethod.REACH_TIMES_RATE: "охват × расценка",
    },
    "en": {
        ValuationMethod.REPLACEMENT_COST: "replacement cost",
        ValuationMethod.PARTNER_DECLARED: "declared by the partner",
        ValuationMethod.QUOTE: "quoted price",
        ValuationMethod.REACH_TIMES_RATE: "reach × rate",
    },
}
WITHIN_TERM = {"ru": "в срок действия соглашения", "en": "within the term"}
NOT_VALUED = {"ru": "не оценено", "en": "not valued"}


def date_text(day: date | None, language: str) -> str:
    if day is None:
        return ""
    if language == "ru":
        return day.strftime("%d.%m.%Y")
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def number_text(number: Decimal, language: str, places: int = 2) -> str:
    plain = plain_number(number)
    whole = plain == plain.to_integral_value()
    text = f"{plain:,.0f}" if whole else f"{plain:,.{places}f}"
    if language == "ru":
        return text.replace(",", "\u00a0").replace(".", ",")
    return text


def money_text(value: Decimal | None, currency: str, language: str) -> str:
    if value is None:
        return ""
    symbol = SYMBOLS.get(currency, currency)
    return f"{number_text(value, language)}\u00a0{symbol}"


def amount_text(promise: Promise, language: str) -> str:
    if promise.quantity is None:
        return promise.unit
    return quantity_with_unit(
        number_text(promise.quantity, language), promise.quantity, promise.unit
    )


def party_fields(party: Party) -> dict[str, str]:
    legal = party.legal
    return {
        "name": party.name,
        "legal_name": legal.legal_name,
        "inn": legal.inn,
        "kpp": legal.kpp,
        "ogrn": legal.ogrn,
        "legal_address": legal.legal_address,
        "bank_name": legal.bank_name,
        "bank_bic": legal.bank_bic,
        "bank_account": legal.bank_account,
        "correspondent_account": legal.correspondent_account,
        "signatory_name": legal.signatory_name,
        "signatory_position": legal.signatory_position,
        "signatory_basis": legal.signatory_basis,
        "contact_name": party.contact_name,
        "contact_email": party.contact_email,
        "contact_phone": party.contact_phone,
    }


def promise_fields(
    number: int, promise: Promise, responsible: str, language: str
) -> dict[str, str]:
    return {
        "number": str(number),
        "what": promise.what,
        "amount": amount_text(promise, language),
        "due": date_text(promise.due_on, language) or WITHIN_TERM[language],
        "responsible": promise.owner or responsible,
        "value": money_text(promise.value, promise.currency, language),
    }


def common_fields(content: DocumentContent, number: int, written_on: date) -> dict[str, Any]:
    language = content.language
    return {
        "library": party_fields(content.library),
        "partner": party_fields(content.partner),
        "collaboration": {
            "title": content.title,
            "idea": content.idea.rstrip(" ."),  # the template ends the sentence
            "starts": date_text(content.starts_on, language),
            "ends": date_text(content.ends_on, language),
        },
        "document": {
            "number": str(number),
            "date": date_text(written_on, language),
            "city": content.city,
        },
    }


def agreement_fields(content: DocumentContent, number: int, written_on: date) -> dict[str, Any]:
    """The merge data of one agreement (`number`: its version)."""
    from collabdesk.domain.enums import CommitmentStatus, Direction

    language = content.language
    promised = [p for p in content.promises if p.status is not CommitmentStatus.WAIVED]
    library_side = content.library.contact_name or content.library.name
    partner_side = content.partner.contact_name or content.partner.name
    return common_fields(content, number, written_on) | {
        "library_promises": [
            promise_fields(index, promise, library_side, language)
            for index, promise in enumerate(
                (p for p in promised if p.direction is Direction.LIBRARY_GIVES), 1
            )
        ],
        "partner_promises": [
            promise_fields(index, promise, partner_side, language)
            for index, promise in enumerate(
                (p for p in promised if p.direction is Direction.PARTNER_GIVES), 1
            )
        ],
    }
