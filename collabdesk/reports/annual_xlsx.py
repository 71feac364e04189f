"""The annual portfolio report as an XLSX workbook, one sheet per section:
numbers as numbers with number formats (money per currency in its own
column, never added across currencies), the header row frozen, columns as
wide as their contents. Written by xlsxwriter (write-only, fast, no
dependencies) into memory, so the caller writes the file in one go."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from collabdesk.domain.enums import Direction
from collabdesk.reports.annual_pdf import STAGES, scope_line
from collabdesk.reports.annual_texts import (
    NOTES,
    annual_words,
    kind_word,
    method_word,
    stage_word,
)
from collabdesk.reports.safe_text import drawable
from collabdesk.services.annual_report import AnnualReport
from collabdesk.services.reputation_sql import Reputation

MAX_WIDTH = 60  # characters: a long title wraps rather than making a wall-wide column
SHEET_NAME = 31  # Excel's limit

Cell = str | int | Decimal | date | float | None


def _text(value: str) -> str:
    # A cell starting with "=" would be read as a formula by a spreadsheet.
    cleaned = drawable(value)[:2000]
    return f"'{cleaned}" if cleaned[:1] in ("=", "+", "-", "@") else cleaned


class _Book:
    def __init__(self, lang: str) -> None:
        import xlsxwriter

        self.lang = lang
        self.buffer = io.BytesIO()
        self.book = xlsxwriter.Workbook(self.buffer, {"in_memory": True})
        self.head = self.book.add_format({"bold": True, "bg_color": "#D9DEE3", "text_wrap": True,
                                          "valign": "top"})  # fmt: skip
        self.whole = self.book.add_format({"num_format": "#,##0"})
        self.money = self.book.add_format({"num_format": "#,##0.00"})
        self.percent = self.book.add_format({"num_format": "0%"})
        self.day = self.book.add_format(
            {"num_format": "dd.mm.yyyy" if lang == "ru" else "d mmm yyyy"}
        )
        self.bold = self.book.add_format({"bold": True})
        self.wrap = self.book.add_format({"text_wrap": True, "valign": "top"})

    def sheet(
        self,
        name: str,
        header: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        formats: Sequence[str] = (),
        total_last: bool = False,
    ) -> None:
        """One section: a frozen header, typed cells, fitted widths.
        `formats` per column: "text", "int", "money", "percent", "date"."""
        sheet = self.book.add_worksheet(name[:SHEET_NAME])
        widths = [len(h) for h in header]
        for col, title in enumerate(header):
            sheet.write_string(0, col, title, self.head)
        for r, row in enumerate(rows, start=1):
            last = total_last and r == len(rows)
            for c, value in enumerate(row):
                kind = formats[c] if c < len(formats) else "text"
                shown = self.write_cell(sheet, r, c, value, kind, last)
                widths[c] = max(widths[c], shown)
        for col, width in enumerate(widths):
            wrapped = width > MAX_WIDTH
            sheet.set_column(col, col, min(width, MAX_WIDTH) + 2, self.wrap if wrapped else None)
        sheet.freeze_panes(1, 0)

    def write_cell(self, sheet: Any, r: int, c: int, value: Cell, kind: str, bold: bool) -> int:
        """Write one cell; return how many characters it shows."""
        if value is None:
            return 0
        if kind == "text" or isinstance(value, str):
            text = _text(str(value))
            sheet.write_string(r, c, text, self.bold if bold else None)
            return len(text)
        if kind == "date" and isinstance(value, date):
            sheet.write_datetime(r, c, value, self.day)
            return 12
        fmt = {"int": self.whole, "money": self.money, "percent": self.percent}[kind]
        number = float(value) if isinstance(value, Decimal) else value
        sheet.write_number(r, c, number, fmt)
        return len(f"{number:,.2f}") if kind == "money" else len(f"{number:,.0f}") + 1

    def close(self) -> bytes:
        self.book.close()
        return self.buffer.getvalue()


def _rate(figures: Reputation) -> Cell:
    rate = figures.on_time_rate
    return None if rate is None else rate


def build_annual_xlsx(report: AnnualReport, lang: str = "ru") -> bytes:
    w = annual_words(lang)
    book = _Book(lang)
    lib, part = Direction.LIBRARY_GIVES, Direction.PARTNER_GIVES
    currencies = report.currencies()
    summary: list[tuple[str, Cell, str]] = [  # figure, value, its format
        (w["year"], report.year, "year"),
        (w["scope"], scope_line(report, lang), "text"),
        (w["active"], report.total_active(), "int"),
        (w["new"], len(report.new_partners), "int"),
        (w["renewals"], len(report.renewals), "int"),
        (w["library_rate"], _rate(report.promises_of(lib)), "percent"),
        (w["partner_rate"], _rate(report.promises_of(part)), "percent"),
    ]
    for currency in currencies:
        summary.append((f"{w['received']}, {currency}", report.value_of(part, currency), "money"))
        summary.append((f"{w['given']}, {currency}", report.value_of(lib, currency), "money"))
    sheet = book.book.add_worksheet(w["sheet_summary"][:SHEET_NAME])
    sheet.write_string(0, 0, w["figure"], book.head)
    sheet.write_string(0, 1, w["value"], book.head)
    for r, (name, value, kind) in enumerate(summary, start=1):
        sheet.write_string(r, 0, name)
        if kind == "year":
            sheet.write_number(r, 1, report.year)  # 2026, not "2,026"
        else:
            book.write_cell(sheet, r, 1, value, kind, False)
    sheet.set_column(0, 0, max(len(row[0]) for row in summary) + 2)
    sheet.set_column(1, 1, max(24, len(scope_line(report, lang)) + 2))
    sheet.freeze_panes(1, 0)

    branches = list(report.branches)
    per_branch = report.per_branch
    branch_cols = [report.branch_name(b.id) for b in branches] if per_branch else []
    stage_rows: list[list[Cell]] = []
    for stage in STAGES:
        counts = [report.stages.get(b.id, {}).get(stage, 0) for b in branches]
        stage_rows.append(
            [stage_word(stage.value, lang), *(counts if per_branch else []), sum(counts)]
        )
    book.sheet(
        w["sheet_stages"],
        (w["stage"], *branch_cols, w["total"] if per_branch else w["collaborations"]),
        stage_rows,
        ("text", *["int"] * (len(branch_cols) + 1)),
    )
    kinds = sorted(report.total_kinds().items(), key=lambda item: -item[1])
    kind_rows: list[list[Cell]] = []
    for kind, total in kinds:
        counts = [report.kinds.get(b.id, {}).get(kind, 0) for b in branches]
        kind_rows.append([kind_word(kind, lang), *(counts if per_branch else []), total])
    book.sheet(
        w["sheet_kinds"],
        (w["kind"], *branch_cols, w["total"] if per_branch else w["collaborations"]),
        kind_rows,
        ("text", *["int"] * (len(branch_cols) + 1)),
    )
    order = {b.id: n for n, b in enumerate(branches)}
    value_rows: list[list[Cell]] = [
        [
            report.branch_name(v.branch_id),
            v.currency,
            w["received"] if v.direction == part else w["given"],
            method_word(v.method, lang),
            v.amount,
            v.count,
        ]
        for v in sorted(
            report.values,
            key=lambda v: (order.get(v.branch_id, 0), v.currency, v.direction != part, v.method),
        )
    ]
    book.sheet(
        w["sheet_values"],
        (w["branch"], w["currency"], w["side"], w["method"], w["value"], w["deliveries"]),
        value_rows,
        ("text", "text", "text", "text", "money", "int"),
    )
    book.sheet(
        w["sheet_top"],
        (w["currency"], w["place"], w["partner"], w["kind"], w["value"], w["deliveries"]),
        [
            [t.currency, t.place, t.name, kind_word(t.kind, lang), t.amount, t.count]
            for t in report.top_partners
        ],
        ("text", "int", "text", "text", "money", "int"),
    )
    promise_rows: list[list[Cell]] = []
    for b in [*branches, None] if per_branch else [None]:
        for side, key in ((lib, "library_side"), (part, "partner_side")):
            f = report.promises_of(side, None if b is None else b.id)
            name = w["total"] if b is None else report.branch_name(b.id)
            promise_rows.append(
                [name, w[key], f.due, f.on_time, f.late, f.missed, f.waived, f.overdue, _rate(f)]
            )
    if not per_branch:
        promise_rows = [row[1:] for row in promise_rows]
    keys = ("due", "on_time", "late", "missed", "waived", "overdue", "rate")
    book.sheet(
        w["sheet_promises"],
        ((w["branch"],) if per_branch else ()) + (w["side"], *(w[k] for k in keys)),
        promise_rows,
        (("text",) if per_branch else ()) + ("text", *["int"] * 6, "percent"),
    )
    book.sheet(
        w["sheet_renewals"],
        (w["renewal"], w["renewed_from"], w["stage"], w["branch"]),
        [
            [
                r.title,
                r.renewed_from_title,
                stage_word(r.stage.value, lang),
                report.branch_name(r.branch_id),
            ]
            for r in report.renewals
        ],
    )
    book.sheet(
        w["sheet_new"],
        (w["partner"], w["kind"], w["first_collaboration"], w["begins"], w["branch"]),
        [
            [
                n.name,
                kind_word(n.kind, lang),
                n.first_title,
                n.first_on,
                report.branch_name(n.branch_id),
            ]
            for n in report.new_partners
        ],
        ("text", "text", "text", "date", "text"),
    )
    if per_branch:
        money_cols = [f"{w[key]}, {c}" for c in currencies for key in ("received", "given")]
        rows: list[list[Cell]] = []
        for b in [*branches, None]:
            bid = None if b is None else b.id
            rows.append(
                [
                    w["total"] if b is None else report.branch_name(b.id),
                    report.total_active() if b is None else report.active.get(b.id, 0),
                    len(report.new_partners) if b is None else report.new_partners_of(b.id),
                    len(report.renewals) if b is None else report.renewals_of(b.id),
                    _rate(report.promises_of(lib, bid)),
                    _rate(report.promises_of(part, bid)),
                    *(report.value_of(side, c, bid) for c in currencies for side in (part, lib)),
                ]
            )
        book.sheet(
            w["sheet_branches"],
            (w["branch"], w["active"], w["new"], w["renewals"], w["library_rate"],
             w["partner_rate"], *money_cols),
            rows,
            ("text", "int", "int", "int", "percent", "percent", *["money"] * len(money_cols)),
            total_last=True,
        )  # fmt: skip
    notes = book.book.add_worksheet(w["sheet_notes"][:SHEET_NAME])
    notes.set_column(0, 0, 110, book.wrap)
    for r, note in enumerate(NOTES[lang]):
        notes.write_string(r, 0, note)
    return book.close()
