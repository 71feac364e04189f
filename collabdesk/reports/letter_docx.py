"""The three letters to a partner (follow-up, reminder, thank-you) from
their Word templates: the merge data, the filled `.docx`, and the same
letter as plain text for a `.txt`, an e-mail draft's body or the clipboard.

The text is read back from the filled `.docx`, so a library that replaces a
template with its own wording sends that wording by e-mail too. The words
that address and sign the letter come from the covering letter
(reports/letter_text.compose_letter): one salutation rule for all letters.
Keys of the merge data: services/merge_fields.letter_sample."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import timedelta
from decimal import Decimal
from typing import Any

from collabdesk.reports.letter_text import compose_letter, short
from collabdesk.reports.mail_draft import attachment_name
from collabdesk.reports.promise_titles import promise_title
from collabdesk.reports.texts import format_date, format_money, format_quantity
from collabdesk.services.letter_content import (
    DUE_DAYS,
    FOLLOW_UP,
    REMINDER,
    THANK_YOU,
    is_overdue,
    letter_promises,
)
from collabdesk.services.pitch_model import PitchContent, PromiseLine

WHAT_LIMIT = 200  # characters of one promise in a letter

SUBJECTS: dict[str, dict[str, str]] = {
    "ru": {
        FOLLOW_UP: "Предложение о партнёрстве: {title}",
        REMINDER: "Напоминание о сроках: {title}",
        THANK_YOU: "Спасибо за партнёрство: {title}",
    },
    "en": {
        FOLLOW_UP: "Partnership proposal: {title}",
        REMINDER: "A reminder of dates: {title}",
        THANK_YOU: "Thank you for the partnership: {title}",
    },
}
ATTACHMENT_WORDS = {
    "ru": {FOLLOW_UP: "предложение", THANK_YOU: "итоги"},
    "en": {FOLLOW_UP: "proposal", THANK_YOU: "recap"},
}


def attachment_file_name(kind: str, content: PitchContent, lang: str) -> str:
    """ "Title - Partner - recap (en).pdf": the pitch or recap a letter carries."""
    partner = content.partner.name if content.partner else ""
    word = ATTACHMENT_WORDS.get(lang, ATTACHMENT_WORDS["en"]).get(kind, "")
    stem = attachment_name(" - ".join(x for x in (content.title, partner, word) if x.strip()))
    return f"{stem[:90].strip(' .') or word or 'letter'} ({lang}).pdf"


def promise_fields(line: PromiseLine, content: PitchContent, lang: str) -> dict[str, Any]:
    amount = (
        format_quantity(line.quantity, line.unit, lang)
        if line.quantity is not None and line.unit
        else ""
    )
    value = (
        format_money(line.value, line.currency, lang)
        if line.value is not None and line.value > Decimal(0)
        else ""
    )
    return {
        "what": promise_title(line, lang, short(line.description, WHAT_LIMIT)),
        "amount": amount,
        "due": format_date(line.due_on, lang) if line.due_on else "",
        "value": value,
        "delivered": format_date(line.delivered_on, lang) if line.delivered_on else "",
        "overdue": is_overdue(line, content.today),
    }


def letter_fields(
    kind: str,
    content: PitchContent,
    lang: str,
    attachments: Sequence[str] = (),
    days: int = DUE_DAYS,
) -> dict[str, Any]:
    """The merge data of one letter; refuses a letter with nothing to say."""
    partner_lines, library_lines = letter_promises(kind, content, days)
    letter = compose_letter(content, lang)
    partner = content.partner
    contact = partner.contacts[0] if partner and partner.contacts else None
    lib = content.library
    title = short(content.title, 200)
    subjects = SUBJECTS.get(lang, SUBJECTS["en"])
    return {
        "letter": {
            "kind": kind,
            "date": letter.date_line,
            "subject": subjects[kind].format(title=title),
            "salutation": letter.salutation,
            "opening": letter.opening,
            "offer": letter.gets_text,
            "total": letter.gets_total,
            "reply_by": format_date(content.reply_by_date, lang),
            "until": format_date(content.today + timedelta(days=days), lang),
            "closing": letter.closing,
        },
        "addressee": list(letter.addressee),
        "signature": list(letter.signature),
        "library": {
            "name": short(lib.name),
            "contact_name": short(lib.contact_name),
            "contact_role": short(lib.contact_role),
            "contact_email": lib.contact_email or lib.email,
            "contact_phone": lib.contact_phone or lib.phone,
            "website": lib.website,
        },
        "partner": {
            "name": short(partner.name) if partner else "",
            "contact_name": short(contact.name) if contact else "",
            "contact_email": letter.to_email,
        },
        "collaboration": {"title": title, "idea": short(content.idea, 400)},
        "promises": [promise_fields(p, content, lang) for p in partner_lines],
        "library_promises": [promise_fields(p, content, lang) for p in library_lines],
        "attachments": [attachment_name(name) for name in attachments],
    }


def docx_text(docx: bytes) -> str:
    """The filled letter as plain text: its paragraphs (and any table's cells)
    in order, runs of empty lines cut to one."""
    from docx import Document

    document = Document(io.BytesIO(docx))
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for row in child.iter():
                if row.tag.endswith("}tr"):
                    cells = [
                        "".join(t.text or "" for t in cell.iter() if t.tag.endswith("}t"))
                        for cell in row.iterchildren()
                        if cell.tag.endswith("}tc")
                    ]
                    lines.append("\t".join(cells))
    out: list[str] = []
    for line in (line.rstrip() for line in lines):
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def mail_body(text: str, salutation: str) -> str:
    """The e-mail's body: the letter from its salutation on (the date and the
    addressee are the mail's own headers); all of it when a library's
    template has no salutation line."""
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if salutation and line.strip() == salutation.strip():
            return "\n".join(lines[index:]).strip() + "\n"
    return text


__all__ = [
    "FOLLOW_UP",
    "REMINDER",
    "THANK_YOU",
    "attachment_file_name",
    "docx_text",
    "letter_fields",
    "mail_body",
]
