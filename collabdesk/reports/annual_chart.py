"""Horizontal bars with their labels and figures, for the annual report
(stages; value per currency): drawn from plain shapes in the house colours,
as chart.py draws a metric's months."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from collabdesk.reports.chart import DEFAULT_COLOUR, GRID_GREY, TEXT_GREY, safe_colour
from collabdesk.reports.fonts import SANS, register_fonts
from collabdesk.reports.safe_text import drawable, fit_width

BAR = 13.0  # height of one bar's row
LABEL_SHARE = 0.34  # of the width, for the labels on the left


def bar_chart(
    bars: Sequence[tuple[str, float, str]],
    width: float,
    colour: str = DEFAULT_COLOUR,
    title: str = "",
    second_colour: str = "",
) -> Any:
    """One bar per (label, value, figure as printed); `second_colour` paints
    every other bar in it (received / given pairs). Empty: the title alone."""
    register_fonts()
    from reportlab.graphics.shapes import Drawing, Path, String
    from reportlab.lib import colors

    top_room = 18.0 if title else 2.0
    height = top_room + BAR * len(bars) + 4
    drawing = Drawing(width, height)
    if title:
        drawing.add(
            String(0, height - 12, drawable(title)[:100], fontName=f"{SANS}-Bold", fontSize=10)
        )
    if not bars:
        return drawing
    brand = colors.HexColor(safe_colour(colour))
    other = colors.HexColor(safe_colour(second_colour)) if second_colour else brand
    grey = colors.HexColor(TEXT_GREY)
    left = width * LABEL_SHARE
    room = width - left - 70  # figures printed after the bar
    biggest = max((value for _l, value, _f in bars), default=0.0) or 1.0
    paths = [Path(fillColor=brand, strokeColor=None), Path(fillColor=other, strokeColor=None)]
    axis = Path(strokeColor=colors.HexColor(GRID_GREY), strokeWidth=0.6, fillColor=None)
    y = height - top_room - BAR
    for index, (text, value, figure) in enumerate(bars):
        name = fit_width(drawable(text), SANS, 8.5, left - 8)
        drawing.add(String(left - 6, y + 3.5, name, fontName=SANS, fontSize=8.5, textAnchor="end"))
        length = max(room * max(value, 0.0) / biggest, 0.8 if value > 0 else 0.0)
        path = paths[index % 2 if second_colour else 0]
        path.moveTo(left, y + 2)
        path.lineTo(left + length, y + 2)
        path.lineTo(left + length, y + BAR - 2)
        path.lineTo(left, y + BAR - 2)
        path.closePath()
        drawing.add(
            String(left + length + 4, y + 3.5, drawable(figure), fontName=SANS, fontSize=8,
                   fillColor=grey)
        )  # fmt: skip
        y -= BAR
    axis.moveTo(left, height - top_room)
    axis.lineTo(left, y + BAR)
    drawing.add(axis)
    drawing.add(paths[0])
    drawing.add(paths[1])
    return drawing
