"""The merge fields of the shipped document templates, as data.

A template (the shipped default or a library's own) is rendered with a
context of plain strings, lists and dicts built from the ledger; this module
holds a SAMPLE context of each template name with exactly the keys the real
one has (tests/unit/test_document_templates.py keeps the two in step), so an
imported template is checked by rendering it once against the sample: an
unknown or misspelt field is named before anything is stored.
docs/templates.md lists the same fields for the people who edit templates."""

from __future__ import annotations

from typing import Any

from collabdesk.domain.legal_numbers import LEGAL_FIELDS

AGREEMENT = "agreement"
ACKNOWLEDGEMENT = "acknowledgement"
LETTERS = ("letter-follow-up", "letter-reminder", "letter-thank-you")  # issue 17, item 3
TEMPLATE_NAMES = (AGREEMENT, ACKNOWLEDGEMENT, *LETTERS)
LANGUAGES = ("ru", "en")

PARTY_KEYS = ("name", *LEGAL_FIELDS, "contact_name", "contact_email", "contact_phone")
PROMISE_KEYS = ("number", "what", "amount", "due", "responsible", "value")
ITEM_KEYS = ("number", "what", "amount", "delivered", "value", "method")


def _party(name: str, legal: str, inn: str) -> dict[str, str]:
    return {
        "name": name,
        "legal_name": legal,
        "inn": inn,
        "kpp": "773601001",
        "ogrn": "1027700132195",
        "legal_address": "117997, Москва, ул. Вавилова, 19",
        "bank_name": "ПАО Сбербанк",
        "bank_bic": "044525225",
        "bank_account": "40702810938000000001",
        "correspondent_account": "30101810400000000225",
        "signatory_name": "Иванова Ивана Ивановича",
        "signatory_position": "директора",
        "signatory_basis": "действующего на основании Устава",
        "contact_name": "Ольга Миронова",
        "contact_email": "olga@example.org",
        "contact_phone": "+7 495 123-45-67",
    }


def _promise(number: int) -> dict[str, str]:
    return {
        "number": str(number),
        "what": "Публикации о проекте",
        "amount": "3 поста",
        "due": "01.03.2027",
        "responsible": "Анна Петрова",
        "value": "15 000 ₽",
    }


def _item(number: int) -> dict[str, str]:
    return {
        "number": str(number),
        "what": "Призы для конкурса",
        "amount": "20 шт.",
        "delivered": "15.02.2027",
        "value": "30 000 ₽",
        "method": "по цене замещения",
    }


def sample(name: str) -> dict[str, Any]:
    """A context with every field the real one has, filled with examples."""
    common: dict[str, Any] = {
        "library": _party("ЦБС", "МБУК «ЦБС»", "7707083893"),
        "partner": _party("Ромашка", "ООО «Ромашка»", "500100732259"),
        "collaboration": {
            "title": "Неделя науки",
            "idea": "Лекции для подростков",
            "starts": "01.03.2027",
            "ends": "31.03.2027",
        },
        "document": {"number": "1", "date": "06.12.2026", "city": "Москва"},
    }
    if name in LETTERS:
        from collabdesk.services.letter_sample import letter_sample

        return letter_sample(name)
    if name == AGREEMENT:
        return common | {
            "library_promises": [_promise(1), _promise(2)],
            "partner_promises": [_promise(1)],
        }
    return common | {
        "giver": common["partner"],
        "receiver": common["library"],
        "library_gives": False,
        "items": [_item(1), _item(2)],
        "total": "60 000 ₽",
    }
