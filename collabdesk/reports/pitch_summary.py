"""The pitch's first page: who proposes what to whom, in one sentence, and
the summary panel a marketing director reads before deciding to read on —
the ask, what the partner gets and its worth, the dates, one named person
to call and the date we hope to hear back by. Never shortened."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle

from collabdesk.domain.checklist_keys import BRAND_VALUE, UNIQUE_IDEA
from collabdesk.reports.chart import axis_month
from collabdesk.reports.fonts import SANS, SERIF
from collabdesk.reports.layout import TEXT_WIDTH, TINT, Styles, gap, label, para
from collabdesk.reports.promise_titles import promise_title
from collabdesk.reports.texts import (
    format_date,
    format_money,
    format_quantity,
    words,
)
from collabdesk.services.audience_case import YEAR
from collabdesk.services.pitch_model import PitchContent, PromiseLine
from collabdesk.services.promise_groups import grouped

LEAD_LIMIT = 260  # characters of the idea on the cover: one sentence, not a page
LINES_PER_BOX = 4  # commitments listed in the panel; the timeline has them all


def month_range(first: date, last: date, lang: str) -> str:
    """ "Dec 2025 – Nov 2026": months named, years in full."""
    a, b = axis_month(first, lang), axis_month(last, lang)
    return f"{a[0]} {a[1]} – {b[0]} {b[1]}"


def period_text(content: PitchContent, lang: str) -> str:
    start, end = content.starts_on, content.ends_on
    if start and end:
        return words(lang)["dates_line"].format(
            start=format_date(start, lang), end=format_date(end, lang)
        )
    if start or end:
        return format_date(start or end, lang)  # type: ignore[arg-type]
    return ""


def first_sentence(text: str, limit: int = LEAD_LIMIT) -> str:
    """The text up to its first full stop, when that is short enough to lead with."""
    flat = " ".join(text.split())
    for mark in (". ", "! ", "? "):
        cut = flat.find(mark)
        if 0 < cut < limit:
            return flat[: cut + 1]
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def promise_text(line: PromiseLine, lang: str) -> str:
    """ "Hall of 120 m² — 12 months, 1 440 000 ₽, by 6 November 2026"."""
    w = words(lang)
    parts: list[str] = []
    if line.quantity is not None:
        parts.append(format_quantity(line.quantity, line.unit, lang))
    if line.value is not None:
        parts.append(format_money(line.value, line.currency, lang))
    if line.delivered_on is not None and line.status.value == "delivered":
        parts.append(w["done_on"].format(date=format_date(line.delivered_on, lang)))
    elif line.due_on is not None:
        parts.append(w["by_date"].format(date=format_date(line.due_on, lang)))
    title = promise_title(line, lang)
    return f"{title} — {', '.join(parts)}" if parts else title


def package_worth(content: PitchContent, lang: str) -> str:
    worth = content.package_value
    if worth is None or worth.amount == Decimal(0):
        return ""
    amount = format_money(worth.amount, worth.currency, lang)
    return words(lang)["package_worth"].format(amount=amount)


def _gets_sentence(content: PitchContent, lang: str) -> str:
    """What the partner gets, in one sentence: their own benefit when it was
    written for them, else the package and its worth."""
    w = words(lang)
    benefit = content.answer(BRAND_VALUE)
    if benefit:
        what = first_sentence(benefit, 200).rstrip(".")
    else:
        items = [f"{ad.name} ({format_quantity(ad.quantity, ad.unit, lang)})" for ad in content.ads]
        what = ", ".join(items[:3])
        worth = package_worth(content, lang)
        if worth:
            what = f"{what} — {worth[:1].lower()}{worth[1:]}" if what else worth
    if not what:
        return ""
    return w["you_get_sentence"].format(what=what)


def contact_lines(content: PitchContent) -> list[str]:
    """The one named person at the library, else the library's own phone and e-mail."""
    lib = content.library
    who = ", ".join(x for x in (lib.contact_name, lib.contact_role) if x)
    reach = " · ".join(x for x in (lib.contact_phone, lib.contact_email) if x)
    if not who and not reach:
        reach = " · ".join(x for x in (lib.phone, lib.email) if x)
    return [x for x in (who, reach) if x]


def cover(content: PitchContent, lang: str, st: Styles) -> list[Any]:
    w = words(lang)
    partner = content.partner.name if content.partner else w["no_partner"]
    lead = first_sentence(content.answer(UNIQUE_IDEA) or content.idea)
    title_style = ParagraphStyle("pitchTitle", parent=st.cover_title, fontSize=26, leading=31)
    lead_style = ParagraphStyle(
        "pitchLead", parent=st.cover_line, fontName=SERIF, fontSize=13.5, leading=19
    )
    story: list[Any] = [
        label(w["pitch_kicker"].upper(), st.cover_kicker),
        gap(2),
        para(content.title, title_style, 300),
        gap(2),
        para(w["proposal_for"].format(partner=partner), st.cover_line, 300),
    ]
    period = period_text(content, lang)
    if period:
        story += [label(period, st.small)]
    if lead:
        story += [gap(4), para(lead, lead_style, LEAD_LIMIT + 10)]
    gets = _gets_sentence(content, lang)
    if gets:
        story += [gap(1), para(gets, lead_style, 400)]
    story += [gap(6), summary_panel(content, lang, st)]
    tiles = key_figures(content, lang, st)
    if tiles is not None:
        story += [gap(4), tiles]
    story += [
        gap(3),
        label(w["prepared_on"].format(date=format_date(content.today, lang)), st.small),
    ]
    return story


KEY_FIGURES = 3  # big numbers under the panel


def key_figures(content: PitchContent, lang: str, st: Styles) -> Table | None:
    """The audience in three big numbers: a year's total (or the month's
    level), with what it counts underneath."""
    w = words(lang)
    shown = content.audience[:KEY_FIGURES]
    if not shown:
        return None
    number = ParagraphStyle(
        "keyNumber", parent=st.cell, fontName=f"{SERIF}-Bold", fontSize=20, leading=24,
        textColor=st.brand,
    )  # fmt: skip
    cells: list[Any] = []
    for figure in shown:
        if figure.level:
            when = w["month_end"]
        elif figure.months == YEAR:
            when = w["last_12"].lower()
        else:
            when = month_range(figure.first_month, figure.last_month, lang)
        cells.append(
            [
                para(format_quantity(figure.value, figure.unit, lang), number),
                para(f"{figure.name}, {when}", st.small, 120),
            ]
        )
    width = TEXT_WIDTH / len(cells)
    grid = Table([cells], colWidths=[width] * len(cells))
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEABOVE", (0, 0), (-1, 0), 1, st.brand),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return grid


def _box(lines: list[str], style: ParagraphStyle) -> list[Any]:
    return [para(line, style, 400) for line in lines]


def summary_panel(content: PitchContent, lang: str, st: Styles) -> Table:
    """The two-minute read: a tinted table of label and content rows."""
    w = words(lang)
    key_style = ParagraphStyle(
        "panelKey", parent=st.cell, fontName=f"{SANS}-Bold", textColor=st.brand
    )
    strong = ParagraphStyle("panelStrong", parent=st.cell, fontName=f"{SANS}-Bold", fontSize=11)
    rows: list[list[Any]] = []

    def row(key: str, cells: list[Any]) -> None:
        if cells:
            rows.append([para(w[key], key_style), cells])

    def listed(lines: tuple[PromiseLine, ...]) -> list[str]:
        lines = grouped(lines)  # a recurring promise is one line
        shown = [promise_text(line, lang) for line in lines[:LINES_PER_BOX]]
        if len(lines) > LINES_PER_BOX:
            shown.append(w["more_items"].format(count=len(lines) - LINES_PER_BOX))
        return shown

    row("the_ask", _box([f"• {t}" for t in listed(content.ask)], st.cell))
    gets = [f"• {t}" for t in listed(content.offer)]
    worth = package_worth(content, lang)
    row("you_get", [*_box(gets, st.cell), *([para(worth, strong)] if worth else [])])
    period = period_text(content, lang)
    row("timeline", [para(period, st.cell)] if period else [])
    row("your_library_contact", _box(contact_lines(content), st.cell))
    row("reply_by", [para(format_date(content.reply_by_date, lang), strong)])
    key_width = TEXT_WIDTH * 0.27
    panel = Table(rows, colWidths=[key_width, TEXT_WIDTH - key_width])
    panel.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LINEBEFORE", (0, 0), (0, -1), 3, st.brand),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return panel
