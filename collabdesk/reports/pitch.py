"""The pitch PDF: what a partner holds in their hands, built to be read in
two minutes. Page one: who proposes what, the ask, what the partner gets
and its worth, the dates, one named person and a reply-by date. Then the
idea, the audience case, the package, the timeline, the library's track
record and contacts, in at most four pages.

When the whole does not fit in four pages, the parts named in
SHORTEN_FIRST give way in that order (the README states it); the first
page never shortens."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from typing import Any

from collabdesk.reports.layout import Styles, dress_for, heading, make_styles, para, render_counted
from collabdesk.reports.pitch_sections import (
    Detail,
    audience,
    commitments,
    contacts,
    idea,
    offer,
    record,
)
from collabdesk.reports.pitch_summary import cover
from collabdesk.reports.promise_titles import promise_title
from collabdesk.reports.texts import format_date, format_quantity, words
from collabdesk.services.pitch_model import PitchContent, PromiseLine
from collabdesk.services.promise_groups import grouped

SECTIONS = ("idea", "audience", "offer", "commitments", "record", "contacts")
MAX_PAGES = 4

# THE order in which a pitch too long for MAX_PAGES shortens, least
# essential first; each step keeps the ones before it. The cover with the
# summary panel (the ask, the offer and its worth, the contact, the reply-by
# date) never shortens.
SHORTEN_FIRST: tuple[tuple[str, dict[str, Any]], ...] = (
    ("audience profile", {"profile": False}),
    ("second chart", {"charts": 1}),
    ("long answers clipped", {"answer_limit": 400}),
    ("past partners' names", {"past_partners": False}),
    ("why this partner", {"why": False}),
    ("charts", {"charts": 0}),
    ("timeline rows", {"timeline_rows": 6}),
    ("advertising package rows", {"package_rows": 6}),
)

Builder = Callable[[PitchContent, str, Styles, Detail], list[Any]]
BUILDERS: dict[str, Builder] = {
    "idea": idea,
    "audience": audience,
    "offer": offer,
    "commitments": commitments,
    "record": record,
    "contacts": contacts,
}


def details() -> list[Detail]:
    """Full detail, then each shortening step added in SHORTEN_FIRST's order."""
    levels = [Detail()]
    for _name, change in SHORTEN_FIRST:
        levels.append(replace(levels[-1], **change))
    return levels


def _story(
    content: PitchContent, lang: str, sections: Collection[str], st: Styles, detail: Detail
) -> list[Any]:
    # No page break after the cover: the idea and the audience follow on the
    # same page, so page one is never two-thirds empty.
    story: list[Any] = [*cover(content, lang, st)]
    body: list[Any] = []
    for name in SECTIONS:
        if name in sections:
            body += BUILDERS[name](content, lang, st, detail)
    if not body:  # a bare collaboration still gets a second page saying what it is
        body = [*heading(words(lang)["idea"], st), para(content.title, st.body)]
    return story + body


def build_pitch(
    content: PitchContent, lang: str = "ru", sections: Collection[str] = SECTIONS
) -> bytes:
    """The pitch as PDF bytes: the cover with its summary and 1–3 pages more."""
    st = make_styles(content.library.brand_colour)
    dress = dress_for(content, st, words(lang)["page"], cover=True, lang=lang)
    data = b""
    for detail in details():
        story = _story(content, lang, sections, st, detail)
        data, count = render_counted(story, dress, title=content.title, author=content.library.name)
        if count <= MAX_PAGES:
            break
    return data


def promise_rows(lines: tuple[PromiseLine, ...], lang: str, limit: int) -> list[tuple[str, str]]:
    """(what, due) rows of one side, "and N more" past `limit` (the slides' form)."""
    w = words(lang)
    rows = []
    lines = grouped(lines)  # a recurring promise is one line
    for line in lines[:limit]:
        what = promise_title(line, lang)
        if line.quantity is not None:
            what = f"{what} ({format_quantity(line.quantity, line.unit, lang)})"
        rows.append((what, format_date(line.due_on, lang) if line.due_on else "—"))
    if len(lines) > limit:
        rows.append((w["more_items"].format(count=len(lines) - limit), ""))
    return rows
