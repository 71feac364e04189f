"""The pitch's pages after the cover: the idea, the audience case, what
the partner gets, who does what by when, the library's track record and
whom to call. Each builder takes a `Detail` (how much room it may use);
pitch.py decides the detail, these only obey it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from collabdesk.domain.checklist_keys import (
    BRAND_VALUE,
    GOAL,
    MEASURABLE_GOALS,
    UNIQUE_IDEA,
    WHY_THIS_COMBINATION,
)
from collabdesk.domain.enums import CommitmentStatus, Direction
from collabdesk.domain.units import unit_for
from collabdesk.reports.chart import ChartPoint, metric_chart
from collabdesk.reports.layout import TEXT_WIDTH, Styles, gap, heading, keep, label, para, table
from collabdesk.reports.pitch_summary import contact_lines, first_sentence, month_range
from collabdesk.reports.promise_titles import with_details
from collabdesk.reports.safe_text import clip
from collabdesk.reports.system_line import system_line
from collabdesk.reports.texts import (
    MONTHS_GENITIVE_RU,
    format_date,
    format_money,
    format_number,
    format_period,
    format_quantity,
    format_short_date,
    words,
)
from collabdesk.services.audience_case import AudienceFigure, AudienceProfile
from collabdesk.services.pitch_model import PitchContent, PromiseLine
from collabdesk.services.promise_groups import grouped

CONTACT_LINE = 300  # characters of one line of the library's contacts


@dataclass(frozen=True)
class Detail:
    """How much each part may say; pitch.SHORTEN_FIRST lowers these in turn."""

    profile: bool = True
    charts: int = 2
    answer_limit: int = 1200
    past_partners: bool = True
    why: bool = True
    timeline_rows: int = 12
    package_rows: int = 16


def percent(fraction: Decimal, lang: str, signed: bool = False) -> str:
    whole = (fraction * 100).quantize(Decimal(1), ROUND_HALF_UP)
    text = format_number(abs(whole), lang)
    sign = ("+" if whole > 0 else "−" if whole < 0 else "") if signed else ""
    return f"{sign}{text}\u00a0%" if lang == "ru" else f"{sign}{text}%"


def idea(content: PitchContent, lang: str, st: Styles, detail: Detail) -> list[Any]:
    w = words(lang)
    limit = detail.answer_limit
    story: list[Any] = []
    unique = content.answer(UNIQUE_IDEA)
    lead = unique or content.idea
    for text in (lead, content.idea if unique else ""):
        # The cover leads with the idea's first sentence: not printed twice.
        if text and not (text is lead and first_sentence(text) == " ".join(text.split())):
            story += [para(text, st.body, limit), gap(1)]
    goals = [t for t in (content.answer(GOAL), content.answer(MEASURABLE_GOALS)) if t]
    if goals:
        story += [label(w["goal"], st.h2), *(para(t, st.body, limit) for t in goals)]
    why = content.answer(WHY_THIS_COMBINATION)
    if why and detail.why:
        story += [label(w["why_partner"], st.h2), para(why, st.body, limit)]
    return [*heading(w["idea"], st), *story] if story else []


def month_end(day: date, lang: str) -> str:
    """The month after "at the end of": "ноября 2026" / "November 2026"."""
    if lang == "ru":
        return f"{MONTHS_GENITIVE_RU[day.month - 1]} {day.year}"
    return format_period(day, lang)


def audience_row(figure: AudienceFigure, lang: str) -> tuple[str, str, str, str]:
    """Name with its period, the year's figure, the year before, the change:
    the pitch's audience table and the slides say it alike."""
    w = words(lang)
    if figure.level:
        name = (
            f"{figure.name}, {w['at_month_end'].format(month=month_end(figure.last_month, lang))}"
        )
    else:
        name = f"{figure.name}, {month_range(figure.first_month, figure.last_month, lang)}"
    previous = "—" if figure.previous is None else format_number(figure.previous, lang)
    change = "—" if figure.change is None else percent(figure.change, lang, signed=True)
    return (name, format_quantity(figure.value, figure.unit, lang), previous, change)


def _chart(figure: AudienceFigure, lang: str, colour: str, width: float) -> Any:
    w = words(lang)
    unit = unit_for(5, figure.unit) if figure.unit else ""
    how = w["month_end"] if figure.level else w["per_month"]
    subtitle = ", ".join(
        x
        for x in (
            f"{unit} {how}".strip(),
            month_range(figure.first_month, figure.last_month, lang),
        )
        if x
    )
    return metric_chart(
        [ChartPoint(p.period_start, p.value) for p in figure.series],
        lang,
        colour,
        width=width,
        height=48 * mm,
        title=figure.name,
        subtitle=subtitle,
    )


def _charts(content: PitchContent, lang: str, count: int) -> list[Any]:
    figures = [f for f in content.audience if f.series][:count]
    if not figures:
        return []
    half = (TEXT_WIDTH - 6 * mm) / 2
    drawings: list[Any] = [_chart(f, lang, content.library.brand_colour, half) for f in figures]
    if len(drawings) == 1:
        drawings.append("")
    grid = Table([drawings], colWidths=[half + 6 * mm, half])
    grid.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [gap(2), grid]


def _profile(profile: AudienceProfile, lang: str, st: Styles) -> Any:
    w = words(lang)
    total = profile.total
    rows = [
        (
            s.category,
            format_quantity(s.value, profile.unit, lang),
            percent(s.value / total, lang) if total else "—",
        )
        for s in profile.slices
    ]
    title = f"{profile.name}, {format_period(profile.month, lang)}"
    return keep(
        label(title, st.h2),
        table(
            (w["category"], w["value"], w["share"]),
            rows,
            (TEXT_WIDTH * 0.5, TEXT_WIDTH * 0.28, TEXT_WIDTH * 0.22),
            st,
            right=(1, 2),
        ),
    )


def audience(content: PitchContent, lang: str, st: Styles, detail: Detail) -> list[Any]:
    w = words(lang)
    if not content.audience:
        return []
    rows = [audience_row(f, lang) for f in content.audience]
    if all(f.previous is None for f in content.audience):  # no year to compare with
        story: list[Any] = [
            table(
                (w["figure"], w["value"]),
                [r[:2] for r in rows],
                (TEXT_WIDTH * 0.7, TEXT_WIDTH * 0.3),
                st,
                right=(1,),
            )
        ]
    else:
        story = [
            table(
                (w["figure"], w["value"], w["year_before"], w["change"]),
                rows,
                (TEXT_WIDTH * 0.48, TEXT_WIDTH * 0.2, TEXT_WIDTH * 0.17, TEXT_WIDTH * 0.15),
                st,
                right=(1, 2, 3),
            )
        ]
    latest = max(f.last_month for f in content.audience)
    sources = sorted({f.source for f in content.audience if f.source})
    as_of = format_period(latest, lang)
    note = (
        w["source_as_of"].format(source=", ".join(sources), date=as_of)
        if sources
        else w["as_of_only"].format(date=as_of)
    )
    if any(f.level for f in content.audience):
        note = f"{note} {w['level_note']}"
    story += [gap(1), para(note, st.small)]
    story += _charts(content, lang, detail.charts)
    if detail.profile:
        story += [_profile(p, lang, st) for p in content.profiles]
    return [*heading(w["audience_case"], st), *story]


def offer(content: PitchContent, lang: str, st: Styles, detail: Detail) -> list[Any]:
    w = words(lang)
    story: list[Any] = []
    benefit = content.answer(BRAND_VALUE)
    if benefit:
        story += [label(w["brand_value"], st.h2), para(benefit, st.body, detail.answer_limit)]
    if content.ads:
        rows = [
            (
                ad.name,
                format_quantity(ad.quantity, ad.unit, lang),
                format_number(ad.reach, lang) if ad.reach else "—",
                format_money(ad.value, ad.currency, lang) if ad.value is not None else "—",
            )
            for ad in content.ads
        ]
        if len(rows) > detail.package_rows:
            hidden = len(rows) - detail.package_rows
            rows = [
                *rows[: detail.package_rows],
                (w["more_items"].format(count=hidden), "", "", ""),
            ]
        worth = content.package_value
        if worth is not None:
            total = format_money(worth.amount, worth.currency, lang)
            rows.append((w["package_total"], "", "", total))
        story += [
            keep(
                label(w["ad_package"], st.h2),
                table(
                    (w["item"], w["quantity"], w["impressions"], w["worth"]),
                    rows,
                    (TEXT_WIDTH * 0.4, TEXT_WIDTH * 0.2, TEXT_WIDTH * 0.2, TEXT_WIDTH * 0.2),
                    st,
                    right=(1, 2, 3),
                    bold_last=worth is not None,
                ),
                gap(1),
                para(w["impressions_note"], st.small),
            )
        ]
    return [*heading(w["what_you_get"], st), *story] if story else []


def _when(line: PromiseLine, lang: str) -> str:
    if line.status is CommitmentStatus.DELIVERED and line.delivered_on is not None:
        return words(lang)["done_on"].format(date=format_short_date(line.delivered_on, lang))
    return format_short_date(line.due_on, lang) if line.due_on else "—"


def _what(line: PromiseLine, lang: str) -> str:
    extra = [format_quantity(line.quantity, line.unit, lang)] if line.quantity is not None else []
    if line.value is not None:
        extra.append(format_money(line.value, line.currency, lang))
    return with_details(line.description, line, lang, extra)


def commitments(content: PitchContent, lang: str, st: Styles, detail: Detail) -> list[Any]:
    """Both sides on one timeline, by date: who does what by when."""
    w = words(lang)
    lines = sorted(
        grouped((*content.offer, *content.ask)),  # a recurring promise is one line
        key=lambda p: (p.due_on is None, p.due_on or date.max, p.direction.value),
    )
    if not lines:
        return []
    who = {Direction.LIBRARY_GIVES: w["library_short"], Direction.PARTNER_GIVES: w["you"]}
    rows = [(_when(p, lang), who[p.direction], _what(p, lang)) for p in lines]
    limit = detail.timeline_rows
    if len(rows) > limit:
        rows = [*rows[:limit], ("", "", w["more_items"].format(count=len(rows) - limit))]
    return [
        *heading(w["commitments"], st),
        table(
            (w["when"], w["who"], w["item"]),
            rows,
            (TEXT_WIDTH * 0.22, TEXT_WIDTH * 0.16, TEXT_WIDTH * 0.62),
            st,
        ),
    ]


def record(content: PitchContent, lang: str, st: Styles, detail: Detail) -> list[Any]:
    """The library's reliability as evidence (the reputation view's definition)."""
    w = words(lang)
    found = content.track_record
    if found is None or found.is_empty:
        return []
    rows: list[tuple[str, str]] = []
    if found.delivered:
        rows.append((w["delivered_collabs"], format_number(found.delivered, lang)))
    rate = found.promises.on_time_rate
    if rate is not None:
        value = w["on_time_value"].format(
            percent=percent(rate, lang), kept=found.promises.on_time, due=found.promises.due
        )
        if found.promises.waived:
            value = f"{value}; {w['waived_apart'].format(count=found.promises.waived)}"
        rows.append((w["on_time"], value))
    if found.past_partners and detail.past_partners:
        rows.append((w["worked_with"], ", ".join(found.past_partners)))
    if not rows:
        return []
    return [
        *heading(w["track_record"], st),
        table((w["figure"], w["value"]), rows, (TEXT_WIDTH * 0.38, TEXT_WIDTH * 0.62), st),
    ]


def contacts(content: PitchContent, lang: str, st: Styles, detail: Detail) -> list[Any]:
    w = words(lang)
    lib = content.library
    person = contact_lines(content)
    library_lines = [
        clip(line, CONTACT_LINE)  # a long name must not fill the page
        for line in (
            ", ".join(x for x in (lib.name, lib.branch) if x),
            system_line(lib, lang),
            " · ".join(x for x in (lib.phone, lib.email, lib.website, lib.address, lib.city) if x),
        )
        if line
    ]
    # The partner's own people are not printed back to them (issue 19, item 7):
    # a pitch names only the library's contact person.
    blocks: list[Any] = []
    if person:
        blocks += [label(w["your_library_contact"], st.h2), para("\n".join(person), st.body)]
    if library_lines:
        blocks += [label(w["library_contact"], st.h2), para("\n".join(library_lines), st.body)]
    reply = f"{w['reply_by']}: {format_date(content.reply_by_date, lang)}"
    blocks += [gap(2), para(reply, st.h2)]
    page_break, title = heading(w["contacts"], st)
    return [page_break, keep(title, *blocks)]
