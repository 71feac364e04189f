"""The metric chart as the window shows it: reportlab's drawing through SVG
and QtSvg, with the bars in the brand colour, growing the way the figures
grow, and no clip path painting a black box over them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from collabdesk.reports.chart import ChartPoint, chart_svg, metric_chart

BRAND = "#AA2233"


def rendered(points: list[ChartPoint], width: int = 440, height: int = 150) -> QImage:
    svg = chart_svg(metric_chart(points, "ru", BRAND, width, height, title="Посещения"))
    assert b"clipPath" not in svg
    renderer = QSvgRenderer(QByteArray(svg))
    assert renderer.isValid()
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def brand_pixels(image: QImage, left: int, right: int, top: int, bottom: int) -> int:
    brand = QColor(BRAND)
    count = 0
    for x in range(left, right, 2):
        for y in range(top, bottom, 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - brand.red()) < 12
                and abs(pixel.green() - brand.green()) < 12
                and abs(pixel.blue() - brand.blue()) < 12
            ):
                count += 1
    return count


def test_bars_grow_left_to_right_in_the_brand_colour(qapp) -> None:
    rising = [ChartPoint(date(2026, m, 1), Decimal(1000 * m)) for m in range(1, 13)]
    image = rendered(rising)
    upper_left = brand_pixels(image, 45, 150, 20, 70)
    upper_right = brand_pixels(image, 330, 436, 20, 70)
    lower_left = brand_pixels(image, 45, 150, 100, 130)
    assert upper_left == 0  # small early months stay low
    assert upper_right > 50  # the tall late months reach the top half
    assert lower_left > 50  # ...and every bar stands on the axis


def test_empty_series_draws_only_the_title(qapp) -> None:
    image = rendered([])
    assert brand_pixels(image, 0, 440, 0, 150) == 0
