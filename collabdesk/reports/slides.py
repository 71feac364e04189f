"""The slides of a presentation, made from the same PitchContent as the
pitch PDF and in the same words (reports.texts), so the screen and the paper
never disagree. Plain data and SVG bytes: the window only lays them out.

Empty sections are left out, as in the PDF; the cover is always there. The
checklist answers a slide quotes are the partner-facing ones only
(services.partner_facing, passed in as `answers`); the timeline holds the
collaboration's start and end and the dated promises of both sides.
`keep_words_together` is the typography the screen applies: no word left
alone on a line."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from collabdesk.domain.checklist import BRAND_VALUE, GOAL, UNIQUE_IDEA, WHY_THIS_COMBINATION
from collabdesk.domain.enums import Direction
from collabdesk.reports.promise_titles import promise_title
from collabdesk.reports.system_line import system_line
from collabdesk.reports.texts import (
    format_date,
    format_number,
    format_period,
    format_quantity,
    words,
)
from collabdesk.services.pitch_model import PitchContent
from collabdesk.services.promise_groups import grouped

MAX_CHARTS = 2  # side by side on one slide; the rest are listed as figures
MAX_LINES = 6  # per slide: large type, so a long list is cut with "and N more"
MAX_EVENTS = 8  # on the timeline: start and end always, the promises between
TEXT_LIMIT = 600  # characters of one paragraph on a slide
NBSP = "\u00a0"
LONG_WORD = 24  # letters: a last word this long may stand alone (it fills the line)
SHORT_WORD = 2  # letters: "в", "и", "на", "a", "of" stay with the word after them

SLIDE_WORDS = {
    "en": {
        "today": "Today",
        "more_events": "The written proposal lists every date ({count} more)",
    },
    "ru": {"today": "Сегодня", "more_events": "Все даты — в письменном предложении (ещё {count})"},
}


@dataclass(frozen=True)
class TimelineEvent:
    """One date on the timeline slide."""

    day: date
    when: str  # the date as the slide prints it
    text: str
    side: str  # "start", "end", "library" (the library gives), "partner"


@dataclass(frozen=True)
class Slide:
    key: str  # cover, idea, numbers, ads, commitments, timeline
    title: str
    subtitle: str = ""
    paragraphs: tuple[str, ...] = ()
    rows: tuple[tuple[str, str], ...] = ()  # (what, how much / when)
    charts: tuple[bytes, ...] = ()  # SVG, drawn by the same code as the PDF charts
    events: tuple[TimelineEvent, ...] = ()  # the timeline slide's dates, in order
    today: date | None = None  # drawn on the timeline when it falls inside it


def keep_words_together(text: str) -> str:
    """No word alone on a line: the last two words of each paragraph, a short
    word and the word after it, and a number and its unit are joined by
    no-break spaces, so a line break falls elsewhere."""
    lines = []
    for line in text.split("\n"):
        parts = line.split(" ")
        glued = [
            len(before.strip("«»\"'(")) <= SHORT_WORD or bool(re.fullmatch(r"[\d.,]+", before))
            for before in parts[:-1]
        ]
        if glued and len(parts[-1]) < LONG_WORD:
            glued[-1] = True  # the last two words share the last line
        joined = parts[0]
        for glue, word in zip(glued, parts[1:], strict=True):
            joined += (NBSP if glue else " ") + word
        lines.append(joined)
    return "\n".join(lines)


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 1].rstrip() + "…"


def _rows(rows: list[tuple[str, str]], lang: str) -> tuple[tuple[str, str], ...]:
    if len(rows) <= MAX_LINES:
        return tuple(rows)
    more = words(lang)["more_items"].format(count=len(rows) - MAX_LINES + 1)
    return (*rows[: MAX_LINES - 1], (more, ""))


def _cover(content: PitchContent, lang: str) -> Slide:
    w = words(lang)
    library = ", ".join(x for x in (content.library.name, content.library.branch) if x)
    partner = content.partner.name if content.partner else w["no_partner"]
    lines = [
        f"{w['from_library']}: {library}" if library else "",
        system_line(content.library, lang),
    ]
    if content.starts_on and content.ends_on:
        period = f"{_when(content.starts_on, lang)} — {_when(content.ends_on, lang)}"
        lines.append(f"{w['dates']}: {period}")
    return Slide(
        "cover", content.title, f"{w['for_partner']}: {partner}", tuple(x for x in lines if x)
    )


def _idea(content: PitchContent, lang: str, answers: Mapping[str, str]) -> Slide | None:
    w = words(lang)
    texts = [answers.get(UNIQUE_IDEA, "") or content.idea]
    for key in (GOAL, WHY_THIS_COMBINATION, BRAND_VALUE):
        texts.append(answers.get(key, ""))
    texts = [_cut(t) for t in texts if t.strip()]
    return Slide("idea", w["idea"], paragraphs=tuple(texts[:3])) if texts else None


def _numbers(content: PitchContent, lang: str) -> Slide | None:
    if not content.figures:
        return None
    from collabdesk.reports.chart import ChartPoint, chart_svg, metric_chart

    w = words(lang)
    charts = tuple(
        chart_svg(
            metric_chart(
                [ChartPoint(p.period_start, p.value) for p in figure.series],
                lang,
                content.library.brand_colour,
                width=320,  # small drawing, scaled up on screen: axis labels stay readable
                height=180,
                title=figure.name,
            )
        )
        for figure in content.figures[:MAX_CHARTS]
    )
    if content.audience:  # a year of each figure, as the pitch's audience case says it
        from collabdesk.reports.pitch_sections import audience_row

        rows = []
        for figure in content.audience:
            name, value, _before, change = audience_row(figure, lang)
            rows.append((name, value if change == "—" else f"{value} ({change})"))
    else:
        rows = [
            (f"{f.name} ({format_period(f.as_of, lang)})", format_quantity(f.value, f.unit, lang))
            for f in content.figures
        ]
    return Slide("numbers", w["in_numbers"], rows=_rows(rows, lang), charts=charts)


def _ads(content: PitchContent, lang: str) -> Slide | None:
    """Each placement with its impressions, said to be gross and never
    added up into a "total reach" (one person sees several placements)."""
    if not content.ads:
        return None
    w = words(lang)
    rows = [
        (
            f"{ad.name} — {format_quantity(ad.quantity, ad.unit, lang)}",
            format_number(ad.reach, lang),
        )
        for ad in content.ads
    ]
    return Slide(
        "ads", w["ad_package"], w["impressions"], (w["impressions_note"],), _rows(rows, lang)
    )


def _commitments(content: PitchContent, lang: str) -> Slide | None:
    if not content.promises:
        return None
    w = words(lang)
    rows: list[tuple[str, str]] = []
    for direction, key in (
        (Direction.LIBRARY_GIVES, "library_gives"),
        (Direction.PARTNER_GIVES, "partner_gives"),
    ):
        lines = grouped(content.side(direction))  # a recurring promise is one line
        if lines:
            rows.append((w[key].upper(), ""))
            rows += [(promise_title(line, lang), _when(line.due_on, lang)) for line in lines[:3]]
            if len(lines) > 3:
                rows.append((w["more_items"].format(count=len(lines) - 3), ""))
    return Slide("commitments", w["commitments"], rows=tuple(rows))


def _when(day: date | None, lang: str) -> str:
    return format_date(day, lang) if day else "—"


def _timeline(content: PitchContent, lang: str) -> Slide | None:
    """Start, end and the promises of both sides with a date, in order; a
    long list keeps the start, the end and the promises nearest the start."""
    w = words(lang)
    events: list[TimelineEvent] = [
        TimelineEvent(
            p.due_on,
            format_date(p.due_on, lang),
            _cut(promise_title(p, lang).split("\n", 1)[0]),
            "library" if p.direction is Direction.LIBRARY_GIVES else "partner",
        )
        for p in grouped(content.promises)
        if p.due_on is not None
    ]
    events.sort(key=lambda event: event.day)
    left_out = max(0, len(events) - (MAX_EVENTS - 2))
    events = events[: MAX_EVENTS - 2]
    if content.starts_on:
        events.insert(
            0,
            TimelineEvent(content.starts_on, _when(content.starts_on, lang), w["starts"], "start"),
        )
    if content.ends_on:
        events.append(
            TimelineEvent(content.ends_on, _when(content.ends_on, lang), w["ends"], "end")
        )
    if len(events) < 2:
        return None  # one date is not a timeline
    events.sort(key=lambda event: (event.day, event.side != "start"))
    more = SLIDE_WORDS.get(lang, SLIDE_WORDS["en"])["more_events"]
    subtitle = more.format(count=left_out) if left_out else ""
    return Slide("timeline", w["timeline"], subtitle, events=tuple(events), today=content.today)


def build_slides(
    content: PitchContent, lang: str, answers: Mapping[str, str] | None = None
) -> tuple[Slide, ...]:
    """The cover, then each section that has something to say. `answers`:
    the partner-facing checklist answers (services.partner_facing) in
    `lang`; without them, the content's own."""
    quoted = dict(content.answers) if answers is None else answers
    parts = (
        _idea(content, lang, quoted),
        _numbers(content, lang),
        _ads(content, lang),
        _commitments(content, lang),
        _timeline(content, lang),
    )
    return (_cover(content, lang), *(slide for slide in parts if slide is not None))
