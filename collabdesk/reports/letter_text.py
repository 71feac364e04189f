"""What the covering letter says, composed once from the pitch's content and
then drawn as a one-page PDF (reports/letter.py), written into an e-mail
draft (reports/mail_draft.py) or copied as plain text for webmail.

No reportlab here: copying the letter's text must not load the PDF stack.
Only partner-facing content is used: the idea, what the partner gets, the
promises both ways (description, quantity, value, date — never an owner,
a valuation method or a note) and the library's named contact."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from collabdesk.domain.checklist import BRAND_VALUE, UNIQUE_IDEA
from collabdesk.domain.enums import CommitmentStatus, Direction
from collabdesk.reports.promise_titles import with_details
from collabdesk.reports.system_line import system_line
from collabdesk.reports.texts import format_date, format_money, format_quantity
from collabdesk.services.pitch_model import PitchContent, PromiseLine
from collabdesk.services.promise_groups import grouped

NAME_LIMIT = 120  # characters of a name in a salutation or a header
TEXT_LIMIT = 420  # characters of one quoted answer: the letter stays one page
MAX_LINES = 4  # promises listed per side; the pitch has the rest

LETTER_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "subject": "Partnership proposal: {title}",
        "dear": "Dear {name},",
        "dear_team": "Dear {name} team,",
        "opening": "{library} would like to invite {partner} to a partnership: {title}.",
        "you_get": "What you get",
        "we_ask": "What we ask of you",
        "attached": "The attached proposal has the details: our audience in figures, "
        "the advertising package and who does what by when.",
        "reply": "We would be glad to hear from you by {date} — a short reply or a call "
        "is enough to arrange a meeting.",
        "closing": "Kind regards,",
        "more": "and {count} more in the proposal",
        "by": "by {date}",
        "worth": "worth {amount}",
        "in_all": "In all, worth {amount}.",
    },
    "ru": {
        "subject": "Предложение о партнёрстве: {title}",
        "dear": "{greeting} {name}!",
        "dear_team": "Уважаемые коллеги ({name})!",
        "opening": "{library} приглашает {partner} к партнёрству: {title}.",
        "you_get": "Что вы получаете",
        "we_ask": "О чём мы просим",
        "attached": "Подробности — в приложенном предложении: наша аудитория в цифрах, "
        "рекламный пакет и кто что делает к какому сроку.",
        "reply": "Будем рады ответу до {date} — достаточно короткого письма или звонка, "
        "чтобы договориться о встрече.",
        "closing": "С уважением,",
        "more": "и ещё {count} — в предложении",
        "by": "до {date}",
        "worth": "стоимостью {amount}",
        "in_all": "Всего — на {amount}.",
    },
}


@dataclass(frozen=True)
class Letter:
    """One covering letter, as words; the PDF and the e-mail draw these."""

    lang: str
    date_line: str
    addressee: tuple[str, ...]  # the contact person, their role, the partner
    to_email: str  # "" when the partner has no e-mail to write to
    addressed_to_person: bool  # False: "Dear … team", no named contact
    subject: str
    salutation: str
    opening: str
    gets_heading: str
    gets_text: str  # what the partner gets, in the library's words
    gets: tuple[str, ...]  # the library's promises
    gets_total: str  # "In all, worth ₽118,000." ("" when none is valued)
    ask_heading: str
    ask: tuple[str, ...]  # the partner's promises with quantities, values, dates
    attached: str
    reply: str
    closing: str
    signature: tuple[str, ...]  # the library's contact: name, role, library, phone, e-mail


def letter_words(lang: str) -> dict[str, str]:
    return LETTER_WORDS.get(lang, LETTER_WORDS["en"])


def short(text: str, limit: int = NAME_LIMIT) -> str:
    """One line of at most `limit` characters: names can be anything."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _clipped(text: str, limit: int = TEXT_LIMIT) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[limit - 40 : limit] else text[:limit]
    return cut.rstrip(" ,.;:") + "…"


_PATRONYMIC = re.compile(r"(вич|вна|чна|ична|ич|кызы|оглы)$", re.IGNORECASE)


def russian_greeting(name: str) -> tuple[str, str]:
    """("Уважаемая", "Анна Сергеевна") from "Петрова Анна Сергеевна".

    A Russian name with a patronymic is addressed by first name and
    patronymic, and the patronymic tells the form of «Уважаемый»; any
    other name is addressed as written, with «Уважаемый(ая)»."""
    parts = name.split()
    for index, part in enumerate(parts):
        if index and _PATRONYMIC.search(part):
            female = part.lower().endswith(("на", "кызы"))
            return ("Уважаемая" if female else "Уважаемый", f"{parts[index - 1]} {part}")
    return "Уважаемый(ая)", name


def salutation(content: PitchContent, lang: str) -> tuple[str, bool]:
    """The greeting, and whether it names a person (the partner's first contact)."""
    w = letter_words(lang)
    partner = content.partner
    contact = partner.contacts[0] if partner and partner.contacts else None
    if contact is not None and contact.name.strip():
        name = short(contact.name)
        if lang == "ru":
            greeting, addressed = russian_greeting(name)
            return w["dear"].format(greeting=greeting, name=addressed), True
        return w["dear"].format(name=name), True
    team = short(partner.name) if partner else ""
    if lang == "ru":
        return (w["dear_team"].format(name=team) if team else "Уважаемые коллеги!"), False
    return (w["dear_team"].format(name=team) if team else "Dear colleagues,"), False


def promise_line(line: PromiseLine, lang: str) -> str:
    """ "Posts on your channels (6 posts), worth ₽30,000, by 1 March 2027"."""
    w = letter_words(lang)
    amount = (
        [format_quantity(line.quantity, line.unit, lang)] if line.quantity and line.unit else []
    )
    what = with_details(_clipped(line.description, 160), line, lang, amount)
    extras = []
    if line.value is not None and line.value > Decimal(0):
        extras.append(w["worth"].format(amount=format_money(line.value, line.currency, lang)))
    if line.due_on is not None:
        extras.append(w["by"].format(date=format_date(line.due_on, lang)))
    return ", ".join([what, *extras])


def _upcoming(content: PitchContent, direction: Direction) -> list[PromiseLine]:
    """Open, upcoming promises only: one dated before the letter is no offer."""
    return [
        p
        for p in content.side(direction)
        if p.status in (CommitmentStatus.PLANNED, CommitmentStatus.IN_PROGRESS)
        and (p.due_on is None or p.due_on >= content.today)
    ]


def _total(content: PitchContent, lang: str) -> str:
    """The value of what the library offers, when it is valued in one currency."""
    valued = [p for p in _upcoming(content, Direction.LIBRARY_GIVES) if p.value]
    currencies = {p.currency for p in valued}
    if len(valued) < 2 or len(currencies) != 1:
        return ""
    amount = sum((p.value or Decimal(0) for p in valued), Decimal(0))
    return letter_words(lang)["in_all"].format(amount=format_money(amount, currencies.pop(), lang))


def _promises(content: PitchContent, direction: Direction, lang: str) -> tuple[str, ...]:
    lines = grouped(_upcoming(content, direction))  # a recurring promise is one line
    shown = tuple(promise_line(p, lang) for p in lines[:MAX_LINES])
    if len(lines) > MAX_LINES:
        shown += (letter_words(lang)["more"].format(count=len(lines) - MAX_LINES),)
    return shown


def _addressee(content: PitchContent) -> tuple[tuple[str, ...], str]:
    partner = content.partner
    if partner is None:
        return (), ""
    contact = partner.contacts[0] if partner.contacts else None
    lines: list[str] = []
    email = ""
    if contact is not None:
        lines += [short(x) for x in (contact.name, contact.role) if x.strip()]
        email = contact.email.strip()
    lines.append(short(partner.name))
    return tuple(lines), email or partner.email.strip()


def _signature(content: PitchContent, lang: str) -> tuple[str, ...]:
    lib = content.library
    return tuple(
        short(x)
        for x in (
            lib.contact_name,
            lib.contact_role,
            ", ".join(x for x in (lib.name, lib.branch) if x.strip()),
            system_line(lib, lang),
            lib.contact_phone or lib.phone,
            lib.contact_email or lib.email,
        )
        if x.strip()
    )


def compose_letter(content: PitchContent, lang: str = "ru") -> Letter:
    """The letter to the partner `content` is addressed to, in `lang`."""
    w = letter_words(lang)
    title = short(content.title, 200)
    partner = short(content.partner.name) if content.partner else ""
    library = short(content.library.name) or ("Библиотека" if lang == "ru" else "Our library")
    opening = w["opening"].format(library=library, partner=partner or "…", title=title)
    idea = _clipped(content.answer(UNIQUE_IDEA) or content.idea)
    if idea:
        opening = f"{opening} {idea}" if idea[-1] in ".!?…" else f"{opening} {idea}."
    addressee, email = _addressee(content)
    greeting, personal = salutation(content, lang)
    return Letter(
        lang=lang,
        date_line=format_date(content.today, lang),
        addressee=addressee,
        to_email=email,
        addressed_to_person=personal,
        subject=w["subject"].format(title=title),
        salutation=greeting,
        opening=opening,
        gets_heading=w["you_get"],
        gets_text=_clipped(content.answer(BRAND_VALUE)),
        gets=_promises(content, Direction.LIBRARY_GIVES, lang),
        gets_total=_total(content, lang),
        ask_heading=w["we_ask"],
        ask=_promises(content, Direction.PARTNER_GIVES, lang),
        attached=w["attached"],
        reply=w["reply"].format(date=format_date(content.reply_by_date, lang)),
        closing=w["closing"],
        signature=_signature(content, lang),
    )


def letter_text(letter: Letter) -> str:
    """The letter as plain text: the e-mail's body and what is copied for webmail."""
    blocks: list[str] = [letter.salutation, letter.opening]
    if letter.gets_text or letter.gets:
        gets = [letter.gets_text] if letter.gets_text else []
        total = [letter.gets_total] if letter.gets_total else []
        blocks.append("\n".join([f"{letter.gets_heading}:", *gets, *_bullets(letter.gets), *total]))
    if letter.ask:
        blocks.append("\n".join([f"{letter.ask_heading}:", *_bullets(letter.ask)]))
    blocks += [letter.attached, letter.reply, "\n".join([letter.closing, *letter.signature])]
    return "\n\n".join(blocks) + "\n"


def _bullets(lines: tuple[str, ...]) -> list[str]:
    return [f"– {line}" for line in lines]
