"""The pitch PDF: what a partner holds in their hands. A cover, the idea and
why this partner, what they get (in words and in numbers), who does what
by when, and whom to call. Sections without content are left out."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Table, TableStyle

from collabdesk.domain.checklist import (
    BRAND_VALUE,
    GOAL,
    PARTNER_VALUES,
    UNIQUE_IDEA,
    WHY_THIS_COMBINATION,
)
from collabdesk.domain.enums import Direction
from collabdesk.reports.chart import ChartPoint, metric_chart
from collabdesk.reports.layout import (
    TEXT_WIDTH,
    Styles,
    dress_for,
    gap,
    heading,
    keep,
    label,
    make_styles,
    para,
    render,
    table,
)
from collabdesk.reports.texts import (
    format_date,
    format_number,
    format_period,
    format_quantity,
    words,
)
from collabdesk.services.pitch_model import PitchContent, PromiseLine

SECTIONS = ("idea", "offer", "commitments", "contacts")
ANSWER_LIMIT = 1200  # characters of one checklist answer in a pitch
MAX_PROMISES = 8  # per side; more are summarised as "and N more"
MAX_CHARTS = 2  # charts of the first two figures; the table lists them all


def _period(content: PitchContent, lang: str) -> str:
    start, end = content.starts_on, content.ends_on
    if start and end:
        return f"{format_date(start, lang)} — {format_date(end, lang)}"
    if start or end:
        return format_date(start or end, lang)  # type: ignore[arg-type]
    return ""


def _cover(content: PitchContent, lang: str, st: Styles) -> list[Any]:
    w = words(lang)
    partner = content.partner.name if content.partner else w["no_partner"]
    story: list[Any] = [
        label(w["pitch_kicker"].upper(), st.cover_kicker),
        gap(3),
        para(content.title, st.cover_title, 300),
        gap(8),
        label(w["for_partner"], st.small),
        para(partner, st.cover_line, 300),
        gap(3),
        label(w["from_library"], st.small),
        para(
            ", ".join(x for x in (content.library.name, content.library.branch) if x) or "—",
            st.cover_line,
            300,
        ),
    ]
    period = _period(content, lang)
    if period:
        story += [gap(3), label(w["dates"], st.small), label(period, st.cover_line)]
    story += [gap(10), label(format_date(content.today, lang), st.small)]
    return story


def _idea(content: PitchContent, lang: str, st: Styles) -> list[Any]:
    w = words(lang)
    story: list[Any] = []
    idea = content.answer(UNIQUE_IDEA) or content.idea
    if idea:
        story += [para(idea, st.body, ANSWER_LIMIT)]
    if content.idea and content.answer(UNIQUE_IDEA):
        story += [gap(2), para(content.idea, st.body, ANSWER_LIMIT)]
    if content.answer(GOAL):
        story += [label(w["goal"], st.h2), para(content.answer(GOAL), st.body, ANSWER_LIMIT)]
    why = [t for t in (content.answer(WHY_THIS_COMBINATION), content.answer(PARTNER_VALUES)) if t]
    if why:
        story += [label(w["why_partner"], st.h2)]
        story += [
            para(text, st.quote if i else st.body, ANSWER_LIMIT) for i, text in enumerate(why)
        ]
    return [*heading(w["idea"], st), *story] if story else []


def _charts(content: PitchContent, lang: str, st: Styles) -> list[Any]:
    figures = content.figures[:MAX_CHARTS]
    if not figures:
        return []
    half = (TEXT_WIDTH - 6 * mm) / 2
    colour = content.library.brand_colour
    drawings = [
        metric_chart(
            [ChartPoint(p.period_start, p.value) for p in f.series],
            lang,
            colour,
            width=half,
            height=42 * mm,
            title=f.name,
        )
        for f in figures
    ]
    rows = [drawings[i : i + 2] for i in range(0, len(drawings), 2)]
    if len(rows[-1]) == 1:
        rows[-1].append("")
    grid = Table(rows, colWidths=[half + 6 * mm, half])
    grid.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [gap(3), grid]


def _offer(content: PitchContent, lang: str, st: Styles) -> list[Any]:
    w = words(lang)
    story: list[Any] = []
    if content.answer(BRAND_VALUE):
        story += [label(w["brand_value"], st.h2)]
        story += [para(content.answer(BRAND_VALUE), st.body, ANSWER_LIMIT)]
    if content.figures:
        rows = [
            (
                f.name,
                format_quantity(f.value, f.unit, lang),
                format_period(f.as_of, lang),
            )
            for f in content.figures
        ]
        story += [
            keep(
                label(w["in_numbers"], st.h2),
                table(
                    (w["figure"], w["value"], w["as_of_head"]),
                    rows,
                    (TEXT_WIDTH * 0.5, TEXT_WIDTH * 0.22, TEXT_WIDTH * 0.28),
                    st,
                    right=(1,),
                ),
            ),
            *_charts(content, lang, st),
        ]
    if content.ads:
        rows = [
            (
                ad.name,
                format_quantity(ad.quantity, ad.unit, lang),
                format_number(ad.reach, lang),
            )
            for ad in content.ads
        ]
        rows.append(("", w["total_reach"], format_number(content.total_reach, lang)))
        story += [
            keep(
                label(w["ad_package"], st.h2),
                table(
                    (w["item"], w["quantity"], w["reach"]),
                    rows,
                    (TEXT_WIDTH * 0.5, TEXT_WIDTH * 0.28, TEXT_WIDTH * 0.22),
                    st,
                    right=(1, 2),
                    bold_last=True,
                ),
            )
        ]
    return [*heading(w["what_you_get"], st), *story] if story else []


def promise_rows(lines: tuple[PromiseLine, ...], lang: str, limit: int) -> list[tuple[str, str]]:
    w = words(lang)
    rows = []
    for line in lines[:limit]:
        what = line.description
        if line.quantity is not None:
            what = f"{what} ({format_quantity(line.quantity, line.unit, lang)})"
        rows.append((what, format_date(line.due_on, lang) if line.due_on else "—"))
    if len(lines) > limit:
        rows.append((w["more_items"].format(count=len(lines) - limit), ""))
    return rows


def _commitments(content: PitchContent, lang: str, st: Styles) -> list[Any]:
    w = words(lang)
    story: list[Any] = []
    for direction, key in (
        (Direction.LIBRARY_GIVES, "library_gives"),
        (Direction.PARTNER_GIVES, "partner_gives"),
    ):
        lines = content.side(direction)
        if lines:
            story.append(
                keep(
                    label(w[key], st.h2),
                    table(
                        (w["item"], w["due"]),
                        promise_rows(lines, lang, MAX_PROMISES),
                        (TEXT_WIDTH * 0.72, TEXT_WIDTH * 0.28),
                        st,
                    ),
                )
            )
    return [*heading(w["commitments"], st), *story] if story else []


def _contacts(content: PitchContent, lang: str, st: Styles) -> list[Any]:
    w = words(lang)
    lib = content.library
    # Two lines: who, and how to reach them (the phone and e-mail first).
    library_lines = [
        line
        for line in (
            ", ".join(x for x in (lib.name, lib.branch) if x),
            " · ".join(x for x in (lib.phone, lib.email, lib.website, lib.city) if x),
        )
        if line
    ]
    partner_lines: list[str] = []
    if content.partner:
        for contact in content.partner.contacts[:3]:
            partner_lines.append(
                ", ".join(
                    x for x in (contact.name, contact.role, contact.email, contact.phone) if x
                )
            )
        if not partner_lines:
            p = content.partner
            partner_lines = [x for x in (p.name, p.email, p.phone, p.website) if x]
    if not library_lines and not partner_lines:
        return []
    blocks: list[Any] = []
    if library_lines:
        blocks += [label(w["library_contact"], st.h2), para("\n".join(library_lines), st.body)]
    if partner_lines:
        blocks += [label(w["your_contact"], st.h2), para("\n".join(partner_lines), st.body)]
    # One block with its heading: a contact left alone at the top of a page,
    # or a heading at the foot of one, reads as a mistake.
    page_break, title = heading(w["contacts"], st)
    return [page_break, keep(title, *blocks)]


def build_pitch(
    content: PitchContent, lang: str = "ru", sections: Collection[str] = SECTIONS
) -> bytes:
    """The pitch as PDF bytes: a cover page and 1–3 pages of content."""
    st = make_styles(content.library.brand_colour)
    story: list[Any] = [*_cover(content, lang, st), PageBreak()]
    builders = {
        "idea": _idea,
        "offer": _offer,
        "commitments": _commitments,
        "contacts": _contacts,
    }
    body: list[Any] = []
    for name in SECTIONS:
        if name in sections:
            body += builders[name](content, lang, st)
    if not body:  # a bare collaboration still gets a second page saying what it is
        body = [*heading(words(lang)["idea"], st), para(content.title, st.body)]
    story += body
    dress = dress_for(content, st, words(lang)["page"], cover=True)
    return render(story, dress, title=content.title, author=content.library.name)
