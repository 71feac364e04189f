"""Parts both recaps share: the heading (INTERIM when not completed), the
results as figures, the goals they answer, and the quotes."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from collabdesk.reports.fonts import SANS, SERIF
from collabdesk.reports.layout import TEXT_WIDTH, TINT, Styles, gap, heading, label, para
from collabdesk.reports.pitch_summary import period_text
from collabdesk.reports.recap_texts import recap_words
from collabdesk.reports.texts import format_date, format_number
from collabdesk.services.recap_content import RecapContent

MAX_QUOTES = 6


def kicker(recap: RecapContent, lang: str) -> str:
    w = recap_words(lang)
    if recap.internal:
        text = w["internal_kicker"]
        return f"{w['interim_kicker']} · {text}" if recap.interim else text
    return w["interim_kicker"] if recap.interim else w["recap_kicker"]


def header(recap: RecapContent, lang: str, st: Styles) -> list[Any]:
    content = recap.content
    w = recap_words(lang)
    story: list[Any] = [
        label(kicker(recap, lang).upper(), st.cover_kicker),
        gap(2),
        para(content.title, st.h1, 300),
    ]
    partner = content.partner.name if content.partner else ""
    line = " · ".join(x for x in (partner, period_text(content, lang)) if x)
    if line:
        story.append(para(line, st.small, 400))
    if recap.interim:
        box = Table(
            [[para(w["interim_line"].format(date=format_date(content.today, lang)), st.body)]],
            colWidths=[TEXT_WIDTH],
        )
        box.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), TINT),
                    ("LINEBEFORE", (0, 0), (0, -1), 3, st.brand),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        story += [gap(4), box]
    return story


def figures(recap: RecapContent, lang: str) -> list[tuple[str, str]]:
    """(number, what) of each result recorded; nothing is printed as 0 for
    want of counting."""
    w = recap_words(lang)
    results = recap.results
    return [
        (format_number(value, lang), w[key])
        for value, key in (
            (results.attendance, "attendance"),
            (results.impressions, "impressions"),
            (results.media_pieces, "media_pieces"),
        )
        if value is not None
    ]


def figure_cards(pairs: list[tuple[str, str]], st: Styles, width: float) -> Table:
    """Big numbers side by side, each with its words under it."""
    from reportlab.lib.styles import ParagraphStyle

    big = ParagraphStyle(
        "big", fontName=f"{SERIF}-Bold", fontSize=24, leading=28, textColor=st.brand
    )
    words_style = ParagraphStyle("under", fontName=SANS, fontSize=9.5, leading=12)
    cells = [[label(number, big), label(what, words_style)] for number, what in pairs]
    card = width / len(cells)
    grid = Table([cells], colWidths=[card] * len(cells))
    grid.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEAFTER", (0, 0), (-2, -1), 2, "white"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return grid


def goals_and_results(recap: RecapContent, lang: str, st: Styles) -> list[Any]:
    """The checklist's goals beside what was achieved."""
    w = recap_words(lang)
    pairs = figures(recap, lang)
    goals = [recap.goal] if recap.goal and not recap.goals else []
    goal_lines = [para(f"• {g}", st.body, 600) for g in (*goals, *recap.goals)]
    if not pairs and not goal_lines:
        return (
            [*heading(w["results"], st), label(w["no_results"], st.body)] if recap.internal else []
        )
    if not goal_lines:
        return [*heading(w["results"], st), figure_cards(pairs, st, TEXT_WIDTH)]
    if not pairs:
        right: list[Any] = [label(w["no_results"], st.small)] if recap.internal else []
        if not right:
            return [*heading(w["our_goals"], st), *goal_lines]
    else:
        right = [figure_cards(pairs[i : i + 1], st, TEXT_WIDTH * 0.45) for i in range(len(pairs))]
    left = [label(w["our_goals"], st.h2), *goal_lines]
    grid = Table(
        [[left, [label(w["we_achieved"], st.h2), *_spaced(right)]]],
        colWidths=[TEXT_WIDTH * 0.55, TEXT_WIDTH * 0.45],
    )
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 5 * mm),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ]
        )
    )
    return [*heading(w["goals_results"], st), grid]


def _spaced(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        out += [item, gap(1.5)]
    return out


def quotes(recap: RecapContent, lang: str, st: Styles) -> list[Any]:
    if not recap.results.quotes:
        return []
    w = recap_words(lang)
    story: list[Any] = [*heading(w["quotes"], st)]
    for quote in recap.results.quotes[:MAX_QUOTES]:
        story += [para(f"«{quote}»" if lang == "ru" else f"“{quote}”", st.quote, 1000), gap(2)]
    return story
