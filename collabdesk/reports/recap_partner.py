"""The partner's recap: a thank-you that shows what the collaboration
achieved and proposes the next one. It reads content already cut to what a
partner may see (services/recap_content.py) and prints no balance, no
kept-promises score and no internal reason: missed and waived promises are
the office's bookkeeping, not the partner's souvenir."""

from __future__ import annotations

from datetime import date
from typing import Any

from collabdesk.domain.enums import CommitmentStatus, Direction
from collabdesk.reports.layout import TEXT_WIDTH, Styles, gap, heading, label, para, table
from collabdesk.reports.promise_titles import promise_title
from collabdesk.reports.recap_gallery import gallery
from collabdesk.reports.recap_parts import goals_and_results, header, quotes
from collabdesk.reports.recap_texts import recap_words
from collabdesk.reports.texts import format_date, format_quantity
from collabdesk.services.pitch_model import PromiseLine
from collabdesk.services.promise_groups import grouped
from collabdesk.services.recap_content import RecapContent

OPEN = (CommitmentStatus.PLANNED, CommitmentStatus.IN_PROGRESS)
MAX_ROWS = 40


def _lead(recap: RecapContent, lang: str, st: Styles) -> list[Any]:
    w = recap_words(lang)
    content = recap.content
    if content.partner is None:
        text = w["thank_you_nobody"].format(title=content.title)
    else:
        key = "thank_you_lead_interim" if recap.interim else "thank_you_lead"
        text = w[key].format(partner=content.partner.name, title=content.title)
    return [gap(5), para(text, st.cover_line, 800)]


def _amount(line: PromiseLine, lang: str) -> str:
    return format_quantity(line.quantity, line.unit, lang) if line.quantity is not None else ""


def _when(line: PromiseLine, today: date, lang: str) -> str:
    w = recap_words(lang)
    if line.status is CommitmentStatus.DELIVERED:
        if line.delivered_on is None:
            return w["delivered"]
        return w["done_on"].format(date=format_date(line.delivered_on, lang))
    if line.due_on is None or line.due_on < today:  # late: under way, not "planned" in the past
        return w["in_progress"] if line.due_on else w["coming"]
    return w["coming_on"].format(date=format_date(line.due_on, lang))


def _shown(line: PromiseLine) -> bool:
    """Delivered, or still to come; missed and waived stay in the office."""
    return line.status is CommitmentStatus.DELIVERED or line.status in OPEN


def _received(recap: RecapContent, lang: str, st: Styles) -> list[Any]:
    w = recap_words(lang)
    lines = grouped(p for p in recap.content.side(Direction.LIBRARY_GIVES) if _shown(p))
    if not lines:
        return []
    today = recap.content.today
    rows = [
        (promise_title(p, lang), _amount(p, lang), _when(p, today, lang)) for p in lines[:MAX_ROWS]
    ]
    return [
        *heading(w["you_received"], st),
        table(
            (w["placement"], w["quantity"], w["when"]),
            rows,
            [TEXT_WIDTH * x for x in (0.54, 0.18, 0.28)],
            st,
        ),
    ]


def _their_part(recap: RecapContent, lang: str, st: Styles) -> list[Any]:
    w = recap_words(lang)
    lines = grouped(
        p
        for p in recap.content.side(Direction.PARTNER_GIVES)
        if p.status is CommitmentStatus.DELIVERED
    )
    if not lines:
        return []
    story: list[Any] = [*heading(w["your_part"], st), label(w["your_part_lead"], st.body), gap(1)]
    for p in lines[:MAX_ROWS]:
        amount = _amount(p, lang)
        text = f"• {promise_title(p, lang)}" + (f" — {amount}" if amount else "")
        when = format_date(p.delivered_on, lang) if p.delivered_on else ""
        story.append(para(f"{text} ({when})" if when else text, st.body, 800))
    return story


def _next_time(recap: RecapContent, lang: str, st: Styles) -> list[Any]:
    w = recap_words(lang)
    content = recap.content
    proposal = recap.results.next_time or (
        w["next_time_interim"] if recap.interim else w["next_time_default"]
    )
    story: list[Any] = [*heading(w["next_time"], st), para(proposal, st.body, 3000)]
    library = content.library
    who = ", ".join(
        x
        for x in (
            library.contact_name,
            library.contact_role,
            library.contact_phone or library.phone,
            library.contact_email or library.email,
        )
        if x
    )
    if who:
        story += [gap(3), para(w["contact_line"].format(who=who), st.body, 600)]
    if library.name:
        story += [gap(6), para(w["closing"].format(library=library.name), st.quote, 400)]
    return story


def partner_story(recap: RecapContent, lang: str, st: Styles) -> list[Any]:
    story = header(recap, lang, st)
    story += _lead(recap, lang, st)
    story += goals_and_results(recap, lang, st)
    story += quotes(recap, lang, st)
    story += _received(recap, lang, st)
    story += _their_part(recap, lang, st)
    story += gallery(recap.pictures, lang, st)
    story += _next_time(recap, lang, st)
    return story
