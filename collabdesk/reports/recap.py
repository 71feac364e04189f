"""The recap PDF after delivery: what each side promised and delivered (with
proof noted), what was missed or waived and why, what was made good, the
value balance and — in the internal version — the partner's reliability,
owners and proof references."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Table, TableStyle

from collabdesk.domain.enums import CommitmentStatus, Direction
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
from collabdesk.reports.texts import format_date, format_money, format_short_date, words
from collabdesk.services.pitch_model import PitchContent, PromiseLine

MAX_LINES = 40  # per side; a recap stays a readable handful of pages
OPEN = (CommitmentStatus.MISSED, CommitmentStatus.WAIVED)


def _when(day: Any, lang: str) -> str:
    return format_short_date(day, lang) if day else "—"


def _what(line: PromiseLine) -> str:
    return line.description


def _proof(line: PromiseLine, lang: str, internal: bool) -> str:
    w = words(lang)
    if not line.has_proof:
        return w["no_proof"]
    if internal:
        return "\n".join([*line.proofs, line.proof_note]).strip()
    return w["proof_noted"]


def _header(content: PitchContent, lang: str, internal: bool, st: Styles) -> list[Any]:
    w = words(lang)
    partner = content.partner.name if content.partner else ""
    story: list[Any] = [
        label((w["recap_internal"] if internal else w["recap_kicker"]).upper(), st.cover_kicker),
        gap(2),
        para(content.title, st.h1, 300),
    ]
    line = " · ".join(
        x
        for x in (
            partner,
            " — ".join(format_date(d, lang) for d in (content.starts_on, content.ends_on) if d),
            format_date(content.today, lang),
        )
        if x
    )
    story.append(para(line, st.small, 400))
    return story


def _status(content: PitchContent, line: PromiseLine, lang: str) -> str:
    w = words(lang)
    return w["overdue"] if content.overdue(line) else w[line.status.value]


def _side_table(
    content: PitchContent, lines: tuple[PromiseLine, ...], lang: str, internal: bool, st: Styles
) -> Any:
    w = words(lang)
    header = [w["item"], w["due"], w["status"], w["delivered_on"], w["proof"]]
    widths = [0.34, 0.14, 0.18, 0.14, 0.20]
    if internal:
        header.insert(1, w["owner"])
        widths = [0.22, 0.17, 0.12, 0.16, 0.14, 0.19]
    rows = []
    for line in lines[:MAX_LINES]:
        row = [
            _what(line),
            _when(line.due_on, lang),
            _status(content, line, lang),
            _when(line.delivered_on, lang),
            _proof(line, lang, internal),
        ]
        if internal:
            row.insert(1, line.owner)
        rows.append(row)
    if len(lines) > MAX_LINES:
        rows.append(
            [w["more_items"].format(count=len(lines) - MAX_LINES)] + [""] * (len(header) - 1)
        )
    return table(header, rows, [TEXT_WIDTH * x for x in widths], st)


def _delivered(content: PitchContent, lang: str, internal: bool, st: Styles) -> list[Any]:
    w = words(lang)
    story: list[Any] = []
    for direction, who in (
        (Direction.LIBRARY_GIVES, "library"),
        (Direction.PARTNER_GIVES, "partner"),
    ):
        lines = content.side(direction)
        if lines:
            # the side's name never stays behind at the foot of a page
            story.append(
                keep(label(w[who], st.h2), _side_table(content, lines, lang, internal, st))
            )
    return [*heading(w["promised_delivered"], st), *story] if story else []


def _missed(content: PitchContent, lang: str, st: Styles) -> list[Any]:
    w = words(lang)
    lines = [p for p in content.promises if p.status in OPEN or content.overdue(p)]
    if not content.promises:
        return []
    if not lines:
        return [*heading(w["missed_waived"], st), label(w["nothing_missed"], st.body)]

    def reason(p: PromiseLine) -> str:
        if content.overdue(p):
            return w["overdue_since"].format(date=_when(p.due_on, lang))
        return p.waived_reason or w["no_reason"]

    rows = [
        (
            w["library"] if p.direction is Direction.LIBRARY_GIVES else w["partner"],
            p.description,
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


def _made_good(content: PitchContent, lang: str, st: Styles) -> list[Any]:
    w = words(lang)
    lines = [p for p in content.promises if p.make_good and p.status is CommitmentStatus.DELIVERED]
    if not lines:
        return []
    rows = [
        (
            w["library"] if p.direction is Direction.LIBRARY_GIVES else w["partner"],
            p.description,
            _when(p.delivered_on, lang),
        )
        for p in lines[:MAX_LINES]
    ]
    return [
        *heading(w["over_delivery"], st),
        table(
            (w["side"], w["item"], w["delivered_on"]),
            rows,
            [TEXT_WIDTH * x for x in (0.2, 0.55, 0.25)],
            st,
        ),
    ]


def _balance(content: PitchContent, lang: str, internal: bool, st: Styles) -> list[Any]:
    w = words(lang)
    if not content.promises:
        return []
    rows = []
    for direction, who in (
        (Direction.LIBRARY_GIVES, "library"),
        (Direction.PARTNER_GIVES, "partner"),
    ):
        b = content.balance(direction)
        rows.append(
            (
                w[who],
                format_money(b.promised, b.currency, lang),
                format_money(b.delivered, b.currency, lang),
                f"{b.kept} / {b.due}" if b.due else "—",
            )
        )
    story: list[Any] = [
        *heading(w["balance"], st),
        table(
            (w["side"], w["promised_value"], w["delivered_value"], w["kept"]),
            rows,
            [TEXT_WIDTH * x for x in (0.25, 0.27, 0.27, 0.21)],
            st,
            right=(1, 2, 3),
        ),
    ]
    if not internal:
        return story
    figures = []  # the partner's reliability and the library's, side by side
    for direction, title, note in (
        (Direction.PARTNER_GIVES, "reputation", "reputation_note"),
        (Direction.LIBRARY_GIVES, "library_reputation", "library_reputation_note"),
    ):
        share = content.balance(direction).kept_share
        if share is not None:
            figures.append(
                [
                    label(w[title], st.h2),
                    label(f"{round(share * 100)} %", st.cover_title),
                    label(w[note], st.small),
                ]
            )
    if figures:
        half = TEXT_WIDTH / 2
        row = Table([figures], colWidths=[half] * len(figures))
        row.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                ]
            )
        )
        story += [gap(3), row]
    return story


def build_recap(content: PitchContent, lang: str = "ru", internal: bool = False) -> bytes:
    """The recap as PDF bytes; the internal version adds owners, proof
    references and the partner's reliability figure."""
    st = make_styles(content.library.brand_colour)
    story: list[Any] = _header(content, lang, internal, st)
    story += _delivered(content, lang, internal, st)
    story += _missed(content, lang, st)
    story += _made_good(content, lang, st)
    story += _balance(content, lang, internal, st)
    if not content.promises:
        story += [gap(6), label(words(lang)["no_promises"], st.body)]
    if not internal:
        story += [gap(6), label(words(lang)["thanks"], st.quote)]
    dress = dress_for(content, st, words(lang)["page"], cover=False)
    return render(story, dress, title=content.title, author=content.library.name)
