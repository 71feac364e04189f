"""One chart code path: a metric's months as a reportlab drawing, placed as
vectors in PDFs and rendered to SVG for the window (QtSvg).

reportlab's SVG wraps shapes in <clipPath>, which QtSvg paints as a black
box; `chart_svg` strips it."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from collabdesk.reports.fonts import SANS, register_fonts
from collabdesk.reports.safe_text import drawable
from collabdesk.reports.texts import MONTHS_EN, MONTHS_SHORT_RU, format_number

DEFAULT_COLOUR = "#1F5C99"
TEXT_GREY = "#55606B"
GRID_GREY = "#D9DEE3"


@dataclass(frozen=True)
class ChartPoint:
    period_start: date
    value: Decimal


def safe_colour(value: str) -> str:
    return value if re.fullmatch(r"#[0-9A-Fa-f]{6}", value or "") else DEFAULT_COLOUR


def metric_chart(
    points: Sequence[ChartPoint],
    lang: str,
    colour: str = DEFAULT_COLOUR,
    width: float = 440,
    height: float = 150,
    title: str = "",
    subtitle: str = "",
) -> Any:
    """Bars per month with the last value labelled; an empty series gives an
    empty frame with the title, never an error."""
    register_fonts()
    from reportlab.graphics.shapes import Drawing, Path, String
    from reportlab.lib import colors

    # Drawn from plain shapes rather than reportlab's chart widgets: the
    # widgets cost half a pitch's build time for the same twelve bars.
    brand = colors.HexColor(safe_colour(colour))
    grey, grid = colors.HexColor(TEXT_GREY), colors.HexColor(GRID_GREY)
    drawing = Drawing(width, height)
    top = height - (18 if title else 4) - (11 if subtitle else 0)
    if title:
        drawing.add(
            String(0, height - 12, drawable(title)[:90], fontName=f"{SANS}-Bold", fontSize=10)
        )
    if subtitle:  # unit and period: "people per month, Dec 2025 – Nov 2026"
        drawing.add(
            String(0, height - 23, drawable(subtitle)[:110], fontName=SANS, fontSize=8,
                   fillColor=grey)
        )  # fmt: skip
    if not points:
        return drawing
    left, bottom = 42.0, 24.0
    plot_width, plot_height = width - left - 4, top - bottom - 14
    values = [float(p.value) for p in points]
    step = _nice_step(max(max(values), 1) / 4)
    ceiling = step * (int(max(values) / step) + 1)
    # Grid lines and bars are one path each: a shape per line or bar costs
    # the PDF renderer a state change apiece for the same picture.
    rules = Path(strokeColor=grid, strokeWidth=0.4, fillColor=None)
    bars = Path(fillColor=brand, strokeColor=None)
    mark = 0.0
    while mark <= ceiling + step / 2:
        y = bottom + plot_height * mark / ceiling
        rules.moveTo(left, y)
        rules.lineTo(left + plot_width, y)
        label = format_number(Decimal(str(round(mark))), lang)
        drawing.add(
            String(left - 4, y - 2.5, label, fontName=SANS, fontSize=7, fillColor=grey,
                   textAnchor="end")
        )  # fmt: skip
        mark += step
    slot = plot_width / len(points)
    every = max(1, round(len(points) * 34 / plot_width + 0.49))
    shown_year = False
    for index, (point, value) in enumerate(zip(points, values, strict=True)):
        x = left + slot * index
        tall = plot_height * value / ceiling
        x0, x1 = x + slot * 0.15, x + slot * 0.85
        bars.moveTo(x0, bottom)
        bars.lineTo(x1, bottom)
        bars.lineTo(x1, bottom + tall)
        bars.lineTo(x0, bottom + tall)
        bars.closePath()
        if (len(points) - 1 - index) % every == 0:
            month, year = axis_month(point.period_start, lang)
            drawing.add(
                String(x + slot / 2, bottom - 10, month,
                       fontName=SANS, fontSize=7, fillColor=grey, textAnchor="middle")
            )  # fmt: skip
            if not shown_year or point.period_start.month == 1:
                # The year under the first month and each January: "мар 26"
                # could be read as the 26th of March.
                drawing.add(
                    String(x + slot / 2, bottom - 19, year,
                           fontName=SANS, fontSize=7, fillColor=grey, textAnchor="middle")
                )  # fmt: skip
                shown_year = True
    drawing.add(rules)
    drawing.add(bars)
    drawing.add(
        String(
            width - 8,  # room for a wider fallback font when shown through QtSvg
            top - 4,
            format_number(points[-1].value, lang),
            fontName=f"{SANS}-Bold",
            fontSize=9,
            fillColor=brand,
            textAnchor="end",
        )
    )
    return drawing


def axis_month(day: date, lang: str) -> tuple[str, str]:
    """A month's axis label and its year in full: ("мар", "2026")."""
    name = MONTHS_SHORT_RU[day.month - 1] if lang == "ru" else MONTHS_EN[day.month - 1][:3]
    return name, str(day.year)


def _nice_step(rough: float) -> float:
    """1, 2, 2.5 or 5 times a power of ten, at least `rough`."""
    power = 10 ** math.floor(math.log10(rough)) if rough > 0 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= rough:
            return float(factor * power)
    return float(10 * power)


_CLIP_DEF = re.compile(r"<clipPath\b.*?</clipPath>", re.S)
_CLIP_ATTR = re.compile(r'\s*clip-path="[^"]*"')
_CLIP_STYLE = re.compile(r"clip-path:\s*url\([^)]*\);?\s*")


def strip_clip_paths(svg: str) -> str:
    return _CLIP_STYLE.sub("", _CLIP_ATTR.sub("", _CLIP_DEF.sub("", svg)))


def chart_svg(drawing: Any) -> bytes:
    """The drawing as SVG that QtSvg draws correctly."""
    from reportlab.graphics import renderSVG

    return strip_clip_paths(renderSVG.drawToString(drawing)).encode("utf-8")
