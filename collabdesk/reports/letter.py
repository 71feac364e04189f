"""The covering letter as a one-page PDF in the pitch's fonts and brand: the
band with the logo and the library's name, the date and the addressee, a
short letter, and the library's named contact as the signature. The words
come from letter_text.compose_letter, so the PDF, the e-mail draft and the
copied text say the same thing."""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from collabdesk.reports.layout import (
    Styles,
    dress_for,
    gap,
    keep,
    label,
    make_styles,
    para,
    render,
)
from collabdesk.reports.letter_text import Letter, compose_letter
from collabdesk.reports.safe_text import drawable, markup_of_drawable
from collabdesk.reports.texts import words
from collabdesk.services.pitch_model import PitchContent

LINE_LIMIT = 500  # characters of one bullet: the letter stays on its page


def _bullet(text: str, st: Styles) -> Flowable:
    style = ParagraphStyle(
        "letterBullet", parent=st.body, leftIndent=12, bulletIndent=2, spaceAfter=1
    )
    return Paragraph(markup_of_drawable(drawable(text[:LINE_LIMIT])), style, bulletText="–")


def _section(
    heading: str, text: str, lines: tuple[str, ...], st: Styles, total: str = ""
) -> list[Any]:
    if not text and not lines:
        return []
    lead = [para(text, st.body, 900)] if text else []
    last = [gap(1), para(total, st.h2)] if total else []
    bullets = [_bullet(line, st) for line in lines]
    return [keep(label(heading, st.h2), *lead, *bullets, *last)]


def letter_story(letter: Letter, st: Styles) -> list[Any]:
    """The flowables of one letter (what `build_letter` lays out)."""
    right = ParagraphStyle("letterDate", parent=st.small, alignment=TA_RIGHT)
    story: list[Any] = [para(letter.date_line, right), gap(2)]
    for index, line in enumerate(letter.addressee):
        story.append(para(line, st.h2 if index == 0 else st.body, 200))
    story += [
        gap(5),
        para(letter.subject, st.h2, 260),
        gap(2),
        para(letter.salutation, st.body, 200),
        gap(1.5),
        para(letter.opening, st.body, 900),
    ]
    story += _section(letter.gets_heading, letter.gets_text, letter.gets, st, letter.gets_total)
    story += _section(letter.ask_heading, "", letter.ask, st)
    story += [
        gap(2),
        para(letter.attached, st.body),
        gap(1.5),
        para(letter.reply, st.body),
        gap(4),
        para(letter.closing, st.body),
        gap(6),
    ]
    for index, line in enumerate(letter.signature):
        story.append(para(line, st.h2 if index == 0 else st.body, 200))
    return story


def build_letter(content: PitchContent, lang: str = "ru") -> bytes:
    """The covering letter to `content`'s partner as PDF bytes (one page)."""
    st = make_styles(content.library.brand_colour)
    letter = compose_letter(content, lang)
    story = letter_story(letter, st)
    # The band of a later page (34 mm), not the pitch's tall cover band.
    dress = dress_for(content, st, words(lang)["page"], cover=False, lang=lang)
    return render([gap(0.1 * mm), *story], dress, title=letter.subject, author=content.library.name)
