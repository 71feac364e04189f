"""Write the shipped letter templates (follow-up after a pitch, reminder of
dates, thank-you after delivery; Russian and English) with python-docx, byte
for byte the same on every run:

    python packaging/make_letter_templates.py   (make_templates.py runs it too)

Merge fields: docs/templates.md, "Letters". Each promise is a paragraph of
its own between `{%p for %}` and `{%p endfor %}`, so the letter reads the
same as plain text (the e-mail's body is read back from the filled file)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_templates import HERE, ROOT, _document, _para, reproducible

WORDS: dict[str, dict[str, str]] = {
    "ru": {
        "gets": "Что вы получаете{% if letter.offer %}: {{ letter.offer }}{% endif %}",
        "ask": "О чём мы просим:",
        "by": ", до {{ p.due }}",
        "worth": ", стоимостью {{ p.value }}",
        "follow_attached": (
            "Подробности — в приложенном предложении: наша аудитория в цифрах, "
            "рекламный пакет и кто что делает к какому сроку."
        ),
        "follow_reply": (
            "Будем рады ответу до {{ letter.reply_by }} — достаточно короткого письма "
            "или звонка, чтобы договориться о встрече."
        ),
        "remind_opening": (
            "Напоминаем о сроках по нашему совместному проекту «{{ collaboration.title }}». "
            "С вашей стороны до {{ letter.until }} ожидается:"
        ),
        "term": " — срок {{ p.due }}{% if p.overdue %} (срок прошёл){% endif %}",
        "remind_close": (
            "Если что-то уже сделано или срок нужно перенести, просто ответьте на это "
            "письмо — мы поправим план. Спасибо!"
        ),
        "thanks_opening": (
            "Спасибо за участие в проекте «{{ collaboration.title }}». Вместе мы сделали "
            "его лучше, чем могли бы сделать поодиночке."
        ),
        "thanks_partner": "От вас мы получили:",
        "thanks_library": "С нашей стороны сделано:",
        "on": ", {{ p.delivered }}",
        "thanks_close": (
            "Итоги проекта — в приложенном отчёте. Будем рады продолжить сотрудничество "
            "и обсудить планы на следующий год."
        ),
        "attachments": "Приложения: {{ attachments|join('; ') }}",
    },
    "en": {
        "gets": "What you get{% if letter.offer %}: {{ letter.offer }}{% endif %}",
        "ask": "What we ask of you:",
        "by": ", by {{ p.due }}",
        "worth": ", worth {{ p.value }}",
        "follow_attached": (
            "The attached proposal has the details: our audience in figures, "
            "the advertising package and who does what by when."
        ),
        "follow_reply": (
            "We would be glad to hear from you by {{ letter.reply_by }} — a short reply "
            "or a call is enough to arrange a meeting."
        ),
        "remind_opening": (
            "A reminder of the dates in our joint project “{{ collaboration.title }}”. "
            "By {{ letter.until }} we are counting on your part:"
        ),
        "term": " — due {{ p.due }}{% if p.overdue %} (overdue){% endif %}",
        "remind_close": (
            "If something is done already or a date needs to move, just reply to this "
            "e-mail and we will adjust the plan. Thank you!"
        ),
        "thanks_opening": (
            "Thank you for taking part in “{{ collaboration.title }}”. Together we made "
            "it better than either of us could have alone."
        ),
        "thanks_partner": "What we received from you:",
        "thanks_library": "What we did on our side:",
        "on": ", {{ p.delivered }}",
        "thanks_close": (
            "The attached recap has the results. We would be glad to work together again "
            "and to talk about next year's plans."
        ),
        "attachments": "Attached: {{ attachments|join('; ') }}",
    },
}
AMOUNT = "{% if p.amount %} ({{ p.amount }}){% endif %}"


def _bullets(document: Any, items: str, line: str) -> None:
    _para(document, "{%p for p in " + items + " %}")
    _para(document, "– {{ p.what }}" + AMOUNT + line)
    _para(document, "{%p endfor %}")


def _gap(document: Any) -> None:
    """An empty paragraph: the blank line between blocks, in Word and in the e-mail."""
    _para(document, "")


def _head(document: Any) -> None:
    _para(document, "{{ library.name }}", bold=True)
    _para(document, "{{ letter.date }}")
    _para(document, "{%p for line in addressee %}")
    _para(document, "{{ line }}")
    _para(document, "{%p endfor %}")
    _para(document, "")
    _para(document, "{{ letter.subject }}", bold=True)
    _para(document, "")
    _para(document, "{{ letter.salutation }}")
    _gap(document)


def _foot(document: Any, words: dict[str, str]) -> None:
    _para(document, "{%p if attachments %}")
    _gap(document)
    _para(document, words["attachments"])
    _para(document, "{%p endif %}")
    _para(document, "")
    _para(document, "{{ letter.closing }}")
    _para(document, "{%p for line in signature %}")
    _para(document, "{{ line }}")
    _para(document, "{%p endfor %}")


def follow_up(language: str) -> Any:
    words = WORDS[language]
    document = _document()
    _head(document)
    _para(document, "{{ letter.opening }}")
    _para(document, "{%p if library_promises or letter.offer %}")
    _gap(document)
    _para(document, words["gets"])
    _para(document, "{%p endif %}")
    _bullets(document, "library_promises", "{% if p.value %}" + words["worth"] + "{% endif %}")
    _para(document, "{%p if letter.total %}")
    _para(document, "{{ letter.total }}")
    _para(document, "{%p endif %}")
    _para(document, "{%p if promises %}")
    _gap(document)
    _para(document, words["ask"])
    _para(document, "{%p endif %}")
    _bullets(document, "promises", "{% if p.due %}" + words["by"] + "{% endif %}")
    _gap(document)
    _para(document, words["follow_attached"])
    _gap(document)
    _para(document, words["follow_reply"])
    _foot(document, words)
    return document


def reminder(language: str) -> Any:
    words = WORDS[language]
    document = _document()
    _head(document)
    _para(document, words["remind_opening"])
    _bullets(document, "promises", words["term"])
    _gap(document)
    _para(document, words["remind_close"])
    _foot(document, words)
    return document


def thank_you(language: str) -> Any:
    words = WORDS[language]
    document = _document()
    _head(document)
    _para(document, words["thanks_opening"])
    for caption, items in (
        (words["thanks_partner"], "promises"),
        (words["thanks_library"], "library_promises"),
    ):
        _para(document, "{%p if " + items + " %}")
        _gap(document)
        _para(document, caption)
        _para(document, "{%p endif %}")
        _bullets(document, items, "{% if p.delivered %}" + words["on"] + "{% endif %}")
    _gap(document)
    _para(document, words["thanks_close"])
    _foot(document, words)
    return document


LETTERS = {
    "letter-follow-up": follow_up,
    "letter-reminder": reminder,
    "letter-thank-you": thank_you,
}


def main() -> None:
    for language in WORDS:
        for name, build in LETTERS.items():
            path = HERE / f"{name}_{language}.docx"
            path.write_bytes(reproducible(build(language)))
            print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
