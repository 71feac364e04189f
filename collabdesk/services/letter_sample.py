"""The sample merge data of the letters (letter-follow-up, letter-reminder,
letter-thank-you): exactly the keys reports/letter_docx.letter_fields
fills, so an imported letter template is checked against them
(tests/unit/test_letter_templates.py keeps the two in step)."""

from __future__ import annotations

from typing import Any


def _promise(what: str, overdue: bool = False) -> dict[str, Any]:
    return {
        "what": what,
        "amount": "3 поста",
        "due": "1 марта 2027",
        "value": "15 000 ₽",
        "delivered": "15 февраля 2027",
        "overdue": overdue,
    }


def letter_sample(name: str) -> dict[str, Any]:
    return {
        "letter": {
            "kind": name.removeprefix("letter-"),
            "date": "6 декабря 2026",
            "subject": "Напоминание о сроках: Неделя науки",
            "salutation": "Уважаемая Анна Сергеевна!",
            "opening": "ЦБС приглашает Ромашку к партнёрству: Неделя науки.",
            "offer": "Ваш логотип на всех афишах недели.",
            "total": "Всего — на 45 000 ₽.",
            "reply_by": "20 декабря 2026",
            "until": "20 декабря 2026",
            "closing": "С уважением,",
        },
        "addressee": ["Петрова Анна Сергеевна", "Маркетинг", "Ромашка"],
        "signature": ["Ольга Миронова", "Руководитель проектов", "ЦБС", "+7 495 123-45-67"],
        "library": {
            "name": "ЦБС",
            "contact_name": "Ольга Миронова",
            "contact_role": "Руководитель проектов",
            "contact_email": "olga@example.org",
            "contact_phone": "+7 495 123-45-67",
            "website": "https://library.example.org",
        },
        "partner": {
            "name": "Ромашка",
            "contact_name": "Петрова Анна Сергеевна",
            "contact_email": "anna@example.org",
        },
        "collaboration": {"title": "Неделя науки", "idea": "Лекции для подростков"},
        "promises": [_promise("Публикации о проекте", True), _promise("Призы для конкурса")],
        "library_promises": [_promise("Логотип на афишах")],
        "attachments": ["Неделя науки - Ромашка - предложение (ru).pdf"],
    }
