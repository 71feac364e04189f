"""The annual portfolio report as a PDF in the house style (layout.py):
a cover line, the headline figures, charts of stages and values, the
tables, the per-branch tables with the system total (whole system only),
and how the figures are counted. Long tables break across pages with
their header repeated (layout.table)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak

from collabdesk.domain.enums import STAGE_PATH, Direction, Stage
from collabdesk.reports.annual_chart import bar_chart
from collabdesk.reports.annual_texts import (
    NOTES,
    annual_words,
    counted,
    kind_word,
    method_word,
    stage_word,
)
from collabdesk.reports.fonts import SANS
from collabdesk.reports.layout import (
    TEXT_WIDTH,
    PageDress,
    Styles,
    gap,
    heading,
    keep,
    label,
    make_styles,
    para,
    render,
    table,
)
from collabdesk.reports.recap_parts import figure_cards
from collabdesk.reports.texts import format_date, format_money, format_number, format_short_date
from collabdesk.services.annual_report import AnnualReport
from collabdesk.services.reputation_sql import Reputation

KEEP_ROWS = 12
PERCENT = ("%", "\u00a0%")  # 75% in English, 75 % in Russian
PDF_ROWS = 80  # renewals and new partners listed in the PDF; the XLSX has them all
SECOND_COLOUR = "#8FA9C4"  # "given" beside the brand's "received"
STAGES = (*STAGE_PATH, *(s for s in Stage if s not in STAGE_PATH))


def _table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    shares: Sequence[float],
    st: Styles,
    right: tuple[int, ...] = (),
    total: bool = False,
) -> Any:
    """layout.table with the numbers' headers on the right and the total
    row in bold."""
    from reportlab.platypus import TableStyle

    result = table(header, rows, [TEXT_WIDTH * x for x in shares], st, right=right,
                   bold_last=total)  # fmt: skip
    commands: list[tuple[Any, ...]] = [("ALIGN", (c, 0), (c, 0), "RIGHT") for c in right]
    if total and rows:
        commands.append(("FONT", (0, -1), (-1, -1), f"{SANS}-Bold", st.cell.fontSize))
    result.setStyle(TableStyle(commands))
    # A short table is never split (a last row alone on the next page).
    return keep(result) if len(rows) <= KEEP_ROWS else result


def _titled(text: str, st: Styles, body: Any) -> list[Any]:
    """A table under its own title: moved to the next page together when
    they do not fit here, split only when longer than a page (a plain h2
    would pull the whole of a long table after it to the next page)."""
    from reportlab.lib.styles import ParagraphStyle

    loose = ParagraphStyle("h2Loose", parent=st.h2, keepWithNext=0)
    inner = getattr(body, "_content", [body])  # a short table comes kept already
    return [CondPageBreak(25 * mm), keep(label(text, loose), *inner)]


def rate_text(figures: Reputation, lang: str) -> str:
    rate = figures.on_time_rate
    if rate is None:
        return annual_words(lang)["none"]
    return format_number((rate * 100).quantize(Decimal(1), ROUND_HALF_UP), lang)


def scope_line(report: AnnualReport, lang: str) -> str:
    w = annual_words(lang)
    if report.scope is not None:
        return w["branch_line"].format(name=report.branch_name(report.scope.id))
    count = len(report.branches)
    if count > 1:
        return w["whole_system"].format(count=f"{count} {counted('branches', count, lang)}")
    return w["one_library"]


def build_annual_pdf(report: AnnualReport, lang: str = "ru") -> bytes:
    w = annual_words(lang)
    st = make_styles(report.brand_colour)
    made_on = w["made_on"].format(date=format_date(report.made_on, lang))
    story: list[Any] = [
        label(w["kicker"].upper(), st.cover_kicker),
        gap(2),
        label(w["title"].format(year=report.year), st.cover_title),
        gap(2),
        para(f"{scope_line(report, lang)} · {made_on}", st.cover_line),
    ]
    story += _headline(report, lang, st)
    story += _stages(report, lang, st)
    story += _values(report, lang, st)
    story += _top(report, lang, st)
    story += _promises(report, lang, st)
    story += _listed(report, lang, st, "renewals")
    story += _listed(report, lang, st, "new_partners")
    if report.per_branch:
        story += _branches(report, lang, st)
    story += heading(w["notes"], st)
    for note in NOTES[lang]:
        story += [para(note, st.small), gap(1.5)]
    dress = PageDress(
        brand=st.brand,
        library_name=report.library_name or w["kicker"],
        footer=f"{w['kicker']} · {report.year} · {scope_line(report, lang)}",
        page_word=w["page"],
        logo=report.logo,
        cover=True,
        subline=scope_line(report, lang),
    )
    title = f"{w['kicker']} {report.year}"
    return render(story, dress, title=title, author=report.library_name)


def _headline(report: AnnualReport, lang: str, st: Styles) -> list[Any]:
    w = annual_words(lang)
    active, new, renewed = report.total_active(), len(report.new_partners), len(report.renewals)
    cards = [
        (format_number(active, lang), counted("active", active, lang)),
        (format_number(new, lang), counted("new", new, lang)),
        (format_number(renewed, lang), counted("renewals", renewed, lang)),
    ]
    kept = [
        (
            f"{rate_text(report.promises_of(side), lang)}{PERCENT[lang == 'ru']}",
            f"{w['rate'].split(',')[0]}: {w[key].lower()}",
        )
        for side, key in (
            (Direction.LIBRARY_GIVES, "library_side"),
            (Direction.PARTNER_GIVES, "partner_side"),
        )
    ]
    story: list[Any] = [gap(6), label(w["headline"], st.h2), figure_cards(cards, st, TEXT_WIDTH)]
    story += [gap(2), figure_cards(kept, st, TEXT_WIDTH)]
    for currency in report.currencies()[:3]:
        money = [
            (
                format_money(report.value_of(side, currency), currency, lang),
                f"{w[key].lower()}, {currency}",
            )
            for side, key in (
                (Direction.PARTNER_GIVES, "received"),
                (Direction.LIBRARY_GIVES, "given"),
            )
        ]
        story += [gap(2), figure_cards(money, st, TEXT_WIDTH)]
    return story


def _stages(report: AnnualReport, lang: str, st: Styles) -> list[Any]:
    w = annual_words(lang)
    stages = report.total_stages()
    bars = [
        (stage_word(s.value, lang), float(stages.get(s, 0)), format_number(stages.get(s, 0), lang))
        for s in STAGES
    ]
    kinds = sorted(report.total_kinds().items(), key=lambda item: -item[1])
    rows = [(kind_word(k, lang), format_number(n, lang)) for k, n in kinds]
    story: list[Any] = [*heading(w["stages"], st), bar_chart(bars, TEXT_WIDTH, report.brand_colour)]
    if rows:
        body = _table((w["kind"], w["collaborations"]), rows, (0.6, 0.4), st, right=(1,))
        story += _titled(w["kinds"], st, body)
    return story


def _values(report: AnnualReport, lang: str, st: Styles) -> list[Any]:
    w = annual_words(lang)
    story: list[Any] = heading(w["values"], st)
    currencies = report.currencies()
    if not currencies:
        return [*story, label(w["no_values"], st.body)]
    bars: list[tuple[str, float, str]] = []
    rows: list[tuple[str, ...]] = []
    for currency in currencies:
        for side, key in (
            (Direction.PARTNER_GIVES, "received"),
            (Direction.LIBRARY_GIVES, "given"),
        ):
            amount = report.value_of(side, currency)
            bars.append(
                (f"{w[key]}, {currency}", float(amount), format_money(amount, currency, lang))
            )
            for method, value in report.methods_of(side, currency).items():
                rows.append(
                    (
                        currency,
                        w[key],
                        method_word(method, lang),
                        format_money(value, currency, lang),
                    )
                )
    story.append(bar_chart(bars, TEXT_WIDTH, report.brand_colour, w["values_chart"], SECOND_COLOUR))
    story += [
        gap(3),
        _table(
            (w["currency"], w["side"], w["method"], w["value"]),
            rows,
            (0.14, 0.2, 0.4, 0.26),
            st,
            right=(3,),
        ),
    ]
    return story


def _top(report: AnnualReport, lang: str, st: Styles) -> list[Any]:
    w = annual_words(lang)
    if not report.top_partners:
        return []
    story: list[Any] = heading(w["top_partners"], st)
    for currency in report.currencies():
        rows = [
            (
                str(t.place),
                t.name,
                kind_word(t.kind, lang),
                format_money(t.amount, currency, lang),
                format_number(t.count, lang),
            )
            for t in report.top_partners
            if t.currency == currency
        ]
        if rows:
            body = _table(
                (w["place"], w["partner"], w["kind"], w["value"], w["deliveries"]),
                rows,
                (0.07, 0.43, 0.18, 0.19, 0.13),
                st,
                right=(0, 3, 4),
            )
            story += _titled(currency, st, body)
    return story


PROMISE_KEYS = ("due", "on_time", "late", "missed", "waived", "overdue", "rate")


def _promise_cells(figures: Reputation, lang: str) -> list[str]:
    numbers = (figures.due, figures.on_time, figures.late, figures.missed, figures.waived)
    return [
        *(format_number(n, lang) for n in numbers),
        format_number(figures.overdue, lang),
        rate_text(figures, lang),
    ]


def _promises(report: AnnualReport, lang: str, st: Styles) -> list[Any]:
    """One row per figure, a column per side: the words fit, the sides compare."""
    w = annual_words(lang)
    library = _promise_cells(report.promises_of(Direction.LIBRARY_GIVES), lang)
    partners = _promise_cells(report.promises_of(Direction.PARTNER_GIVES), lang)
    rows = [(w[k], a, b) for k, a, b in zip(PROMISE_KEYS, library, partners, strict=True)]
    return [
        *heading(w["promises"], st),
        _table((w["figure"], w["library_side"], w["partner_side"]), rows, (0.5, 0.25, 0.25), st,
               right=(1, 2)),
    ]  # fmt: skip


def _listed(report: AnnualReport, lang: str, st: Styles, what: str) -> list[Any]:
    w = annual_words(lang)
    with_branch = report.per_branch
    rows: list[tuple[str, ...]]
    if what == "renewals":
        header: tuple[str, ...] = (w["renewal"], w["renewed_from"], w["stage"])
        rows = [
            (
                r.title,
                r.renewed_from_title,
                stage_word(r.stage.value, lang),
                report.branch_name(r.branch_id),
            )
            for r in report.renewals
        ]
        shares, empty = [0.36, 0.36, 0.28], w["no_renewals"]
    else:
        header = (w["partner"], w["kind"], w["first_collaboration"], w["begins"])
        rows = [
            (n.name, kind_word(n.kind, lang), n.first_title, format_short_date(n.first_on, lang),
             report.branch_name(n.branch_id))
            for n in report.new_partners
        ]  # fmt: skip
        shares, empty = [0.3, 0.16, 0.34, 0.2], w["no_new_partners"]
    story: list[Any] = heading(w[what], st)
    if not rows:
        return [*story, label(empty, st.body)]
    if with_branch:
        header = (*header, w["branch"])
        shares = [s * 0.8 for s in shares] + [0.2]
    else:
        rows = [r[:-1] for r in rows]
    story.append(_table(header, rows[:PDF_ROWS], shares, st))
    if len(rows) > PDF_ROWS:
        more = format_number(len(rows) - PDF_ROWS, lang)
        story += [gap(1), label(w["more_rows"].format(count=more), st.small)]
    return story


def _branches(report: AnnualReport, lang: str, st: Styles) -> list[Any]:
    w = annual_words(lang)
    lib, part = Direction.LIBRARY_GIVES, Direction.PARTNER_GIVES
    rows = [
        (
            report.branch_name(b.id),
            format_number(report.active.get(b.id, 0), lang),
            format_number(report.new_partners_of(b.id), lang),
            format_number(report.renewals_of(b.id), lang),
            rate_text(report.promises_of(lib, b.id), lang),
            rate_text(report.promises_of(part, b.id), lang),
        )
        for b in report.branches
    ]
    rows.append(
        (
            w["total"],
            format_number(report.total_active(), lang),
            format_number(len(report.new_partners), lang),
            format_number(len(report.renewals), lang),
            rate_text(report.promises_of(lib), lang),
            rate_text(report.promises_of(part), lang),
        )
    )
    story: list[Any] = [
        *heading(w["branches"], st),
        _table(
            (
                w["branch"],
                w["active"],
                w["new"],
                w["renewals"],
                w["library_rate"],
                w["partner_rate"],
            ),
            rows,
            (0.34, 0.12, 0.13, 0.13, 0.14, 0.14),
            st,
            right=(1, 2, 3, 4, 5),
            total=True,
        ),
    ]
    for currency in report.currencies():
        money = [
            (
                report.branch_name(b.id),
                format_money(report.value_of(part, currency, b.id), currency, lang),
                format_money(report.value_of(lib, currency, b.id), currency, lang),
            )
            for b in report.branches
        ]
        money.append(
            (
                w["total"],
                format_money(report.value_of(part, currency), currency, lang),
                format_money(report.value_of(lib, currency), currency, lang),
            )
        )
        body = _table((w["branch"], w["received"], w["given"]), money, (0.46, 0.27, 0.27), st,
                      right=(1, 2), total=True)  # fmt: skip
        story += _titled(f"{w['branch_values']}, {currency}", st, body)
    return story
