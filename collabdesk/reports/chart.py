"""One chart code path: a metric's months as a reportlab drawing, placed as
vectors in PDFs and rendered to SVG for the window (QtSvg).

reportlab's SVG wraps shapes in <clipPath>, which QtSvg paints as a black
box; `chart_svg` strips it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from collabdesk.reports.fonts import SANS, register_fonts
from collabdesk.reports.safe_text import drawable
from collabdesk.reports.texts import format_month, format_number

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
) -> Any:
    """Bars per month with the last value labelled; an empty series gives an
    empty frame with the title, never an error."""
    register_fonts()
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    brand = colors.HexColor(safe_colour(colour))
    drawing = Drawing(width, height)
    top = height - (18 if title else 4)
    if title:
        drawing.add(
            String(0, height - 12, drawable(title)[:90], fontName=f"{SANS}-Bold", fontSize=10)
        )
    if not points:
        return drawing
    chart = VerticalBarChart()
    chart.x, chart.y = 42, 22
    chart.width, chart.height = width - 50, top - 30
    values = [float(p.value) for p in points]
    chart.data = [values]
    chart.bars[0].fillColor = brand
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    chart.groupSpacing = 6
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(max(values) * 1.15, 1)
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = colors.HexColor(TEXT_GREY)
    chart.valueAxis.labelTextFormat = lambda v: format_number(Decimal(str(round(v))), lang)
    chart.valueAxis.strokeColor = colors.HexColor(GRID_GREY)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor(GRID_GREY)
    chart.valueAxis.gridStrokeWidth = 0.4
    # Month labels need ~34 pt each; on narrow charts label every n-th bar.
    every = max(1, round(len(points) * 34 / chart.width + 0.49))
    chart.categoryAxis.categoryNames = [
        format_month(p.period_start, lang) if (len(points) - 1 - i) % every == 0 else ""
        for i, p in enumerate(points)
    ]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = colors.HexColor(TEXT_GREY)
    chart.categoryAxis.strokeColor = colors.HexColor(GRID_GREY)
    chart.categoryAxis.tickDown = 0
    drawing.add(chart)
    last = points[-1]
    drawing.add(
        String(
            width - 8,  # room for a wider fallback font when shown through QtSvg
            top - 4,
            format_number(last.value, lang),
            fontName=f"{SANS}-Bold",
            fontSize=9,
            fillColor=brand,
            textAnchor="end",
        )
    )
    return drawing


_CLIP_DEF = re.compile(r"<clipPath\b.*?</clipPath>", re.S)
_CLIP_ATTR = re.compile(r'\s*clip-path="[^"]*"')
_CLIP_STYLE = re.compile(r"clip-path:\s*url\([^)]*\);?\s*")


def strip_clip_paths(svg: str) -> str:
    return _CLIP_STYLE.sub("", _CLIP_ATTR.sub("", _CLIP_DEF.sub("", svg)))


def chart_svg(drawing: Any) -> bytes:
    """The drawing as SVG that QtSvg draws correctly."""
    from reportlab.graphics import renderSVG

    return strip_clip_paths(renderSVG.drawToString(drawing)).encode("utf-8")
