"""The internal recap, for colleagues: every promise of both sides with its
owner and proofs, what was missed, overdue or waived and why, make-goods
beside what they replace, the value balance per currency, and each side's
reliability by THE one rule of reputation.reputation_figures."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from reportlab.platypus import Table, TableStyle

from collabdesk.domain.enums import CommitmentStatus, Direction
from collabdesk.reports.layout import TEXT_WIDTH, Styles, gap, heading, keep, label, table
from collabdesk.reports.promise_titles import progress_text, promise_title
from collabdesk.reports.recap_gallery import gallery
from collabdesk.reports.recap_parts import goals_and_results, header, quotes
from collabdesk.reports.recap_texts import recap_words
from collabdesk.reports.texts import format_money, format_number, format_short_date
from collabdesk.services.pitch_model import PitchContent, PromiseLine
from collabdesk.services.promise_groups import grouped
from collabdesk.services.recap_content import RecapContent
from collabdesk.services.reputation import Reputation

MAX_LINES = 40  # per side; a recap stays a readable handful of pages
OPEN = (CommitmentStatus.MISSED, CommitmentStatus.WAIVED)


def _when(day: Any, lang: str) -> str:
    return format_short_date(day, lang) if day else "—"


def _status(content: PitchContent, line: PromiseLine, lang: str) -> str:
    w = recap_words(lang)
    status = w["overdue"] if content.overdue(line) else w[line.status.value]
    progress = progress_text(line, lang)
    return f"{status} ({progress})" if progress else status


def _proof(line: PromiseLine, lang: str) -> str:
    if not line.has_proof:
        return recap_words(lang)["no_proof"]
    return "\n".join([*line.proofs, line.proof_note]).strip()


def _side_table(
    content: PitchContent, lines: tuple[PromiseLine, ...], lang: str, st: Styles
) -> Any:
    w = recap_words(lang)
    header_row = [w["item"], w["owner"], w["due"], w["status"], w["delivered_on"], w["proof"]]
    lines = grouped(lines)  # a recurring promise is one line
    rows = [
        [
            promise_title(line, lang),
            line.owner,
            _when(line.due_on, lang),
            _status(content, line, lang),
            _when(line.delivered_on, lang),
            _proof(line, lang),
        ]
        for line in lines[:MAX_LINES]
    ]
    if len(lines) > MAX_LINES:
        rows.append([w["more_items"].format(count=len(lines) - MAX_LINES)] + [""] * 5)
    widths = [0.22, 0.17, 0.12, 0.16, 0.14, 0.19]
    return table(header_row, rows, [TEXT_WIDTH * x for x in widths], st)


def _delivered(content: PitchContent, lang: str, st: Styles) -> list[Any]:
    w = recap_words(lang)
    story: list[Any] = []
    for direction, who in (
        (Direction.LIBRARY_GIVES, "library"),
        (Direction.PARTNER_GIVES, "partner"),
    ):
        lines = content.side(direction)
        if lines:  # the side's name never stays behind at the foot of a page
            story.append(keep(label(w[who], st.h2), _side_table(content, lines, lang, st)))
    return [*heading(w["promised_delivered"], st), *story] if story else []


def _missed(content: PitchContent, lang: str, st: Styles) -> list[Any]:
    w = recap_words(lang)
    if not content.promises:
        return []
    lines = grouped(p for p in content.promises if p.status in OPEN or content.overdue(p))
    if not lines:
        return [*heading(w["missed_waived"], st), label(w["nothing_missed"], st.body)]

    def reason(p: PromiseLine) -> str:
        if content.overdue(p):
            return w["overdue_since"].format(date=_when(p.due_on, lang))
        return p.waived_reason or w["no_reason"]

    rows = [
        (
            w["library"] if p.direction is Direction.LIBRARY_GIVES else w["partner"],
            promise_title(p, lang),
            _status(content, p, lang),
            reason(p),
        )
        for p in lines[:MAX_LINES]
    ]
    return [
        *heading(w["missed_waived"], st),
        table(
            (w["side"], w["item"], w["status"], w["reason"]),
            rows,
            [TEXT_WIDTH * x for x in (0.15, 0.35, 0.15, 0.35)],
            st,
        ),
    ]


def _made_good(recap: RecapContent, lang: str, st: Styles) -> list[Any]:
    w = recap_words(lang)
    if not recap.made_good:
        return []
    rows = [
        (
            w["library"] if m.direction is Direction.LIBRARY_GIVES else w["partner"],
            m.description,
            m.replaces,
            _when(m.delivered_on, lang)
            if m.status is CommitmentStatus.DELIVERED
            else w[m.status.value],
        )
        for m in recap.made_good[:MAX_LINES]
    ]
    return [
        *heading(w["made_good"], st),
        table(
            (w["side"], w["item"], w["replaces"], w["delivered_on"]),
            rows,
            [TEXT_WIDTH * x for x in (0.14, 0.35, 0.35, 0.16)],
            st,
        ),
    ]


def _balance(recap: RecapContent, lang: str, st: Styles) -> list[Any]:
    w = recap_words(lang)
    if not recap.balances:
        return []
    rows = [
        (
            b.currency,
            format_money(b.gives_promised, b.currency, lang),
            format_money(b.gives_delivered, b.currency, lang),
            format_money(b.gets_promised, b.currency, lang),
            format_money(b.gets_delivered, b.currency, lang),
        )
        for b in recap.balances
    ]
    return [
        *heading(w["balance_currency"], st),
        table(
            (
                w["currency"],
                w["library_promised"],
                w["library_delivered"],
                w["partner_promised"],
                w["partner_delivered"],
            ),
            rows,
            [TEXT_WIDTH * x for x in (0.12, 0.22, 0.22, 0.22, 0.22)],
            st,
            right=(1, 2, 3, 4),
        ),
    ]


def reliability_lines(figures: Reputation, lang: str) -> list[str]:
    """One side's figures in words: on time of due, late, missed, waived apart."""
    w = recap_words(lang)
    rate = figures.on_time_rate
    if rate is None:
        lines = [w["no_record"]]
    else:
        percent = f"{(rate * 100).quantize(Decimal(1), ROUND_HALF_UP)} %"
        lines = [w["on_time_of"].format(percent=percent, kept=figures.on_time, due=figures.due)]
    if figures.late:
        days = format_number(figures.average_days_late or 0, lang)
        lines.append(w["late_line"].format(count=figures.late, days=days))
    if figures.missed:
        lines.append(w["missed_line"].format(count=figures.missed))
    if figures.waived:
        lines.append(w["waived_line"].format(count=figures.waived))
    return lines


def _reliability(content: PitchContent, lang: str, st: Styles) -> list[Any]:
    w = recap_words(lang)
    sides = dict(content.reliability)
    if not content.promises or not sides:
        return []
    cells = []
    for direction, title in (
        (Direction.PARTNER_GIVES, "reputation"),
        (Direction.LIBRARY_GIVES, "library_reputation"),
    ):
        figures = sides.get(direction, Reputation())
        lines = reliability_lines(figures, lang)
        cells.append(
            [
                label(w[title], st.h2),
                label(lines[0], st.body),
                *(label(x, st.small) for x in lines[1:]),
            ]
        )
    row = Table([cells], colWidths=[TEXT_WIDTH / 2] * 2)
    row.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 12),
            ]
        )
    )
    return [*heading(w["reliability"], st), row, gap(2), label(w["rule_note"], st.small)]


def internal_story(recap: RecapContent, lang: str, st: Styles) -> list[Any]:
    content = recap.content
    story = header(recap, lang, st)
    story += goals_and_results(recap, lang, st)
    story += _reliability(content, lang, st)
    story += _delivered(content, lang, st)
    story += _missed(content, lang, st)
    story += _made_good(recap, lang, st)
    story += _balance(recap, lang, st)
    story += quotes(recap, lang, st)
    story += gallery(recap.pictures, lang, st, small=True)
    if not content.promises:
        story += [gap(6), label(recap_words(lang)["no_promises"], st.body)]
    return story
