"""Parts of a slide that plain labels cannot draw: the PDFs' typeface on
screen, the library's logo, titles broken into balanced lines, and the
timeline.

The timeline is drawn rather than listed: one vertical line, a dot per
date in the side's colour (the library's brand colour for what it gives, a
dark neutral for what the partner gives), the start and end as squares, and
a dashed "today" line when today falls inside; the partner sees at a glance
who does what, when."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from collabdesk.reports.slides import SLIDE_WORDS, TimelineEvent, keep_words_together
from collabdesk.reports.texts import words
from collabdesk.resources_dir import resource

PARTNER_COLOUR = "#3d4650"
PAST_COLOUR = "#8a8f94"
TEXT_COLOUR = "#222222"


@cache
def slide_family() -> str:
    """The PDFs' sans face (reports.fonts) for the screen too; "" when the
    files cannot be read (the window's font stands in)."""
    from collabdesk.reports.fonts import FACES, SANS

    families: list[str] = []
    for name, file_name in FACES.items():
        if name.startswith(SANS):
            font_id = QFontDatabase.addApplicationFont(str(resource("fonts", file_name)))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else ""


def logo_pixmap(logo: bytes | None) -> QPixmap | None:
    """The library's logo kept in the database; None without one or when
    the bytes are not a picture Qt reads."""
    if not logo:
        return None
    pixmap = QPixmap()
    return pixmap if pixmap.loadFromData(logo) and not pixmap.isNull() else None


def balanced(text: str, metrics: QFontMetrics, width: int) -> str:
    """A title that needs two lines, broken where both lines are nearest in
    length (never one word alone below); three lines or more are left to
    the label's wrapping, which the no-break spaces still guide."""
    text = keep_words_together(text)
    if metrics.horizontalAdvance(text) <= width:
        return text
    parts = text.split(" ")
    best: tuple[int, str] | None = None
    for cut in range(1, len(parts)):
        first, second = " ".join(parts[:cut]), " ".join(parts[cut:])
        widest = max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second))
        if widest <= width and (best is None or widest < best[0]):
            best = (widest, f"{first}\n{second}")
    return text if best is None else best[1]


class TimelineWidget(QWidget):
    """The timeline slide's drawing; `unit` is the slide's type size in pixels."""

    def __init__(
        self,
        events: Sequence[TimelineEvent],
        today: date | None,
        brand: str,
        unit: int,
        lang: str,
        family: str,
    ) -> None:
        super().__init__()
        self.setObjectName("slideTimeline")
        self.events = tuple(events)
        self.today = today
        self.brand = QColor(brand)
        self.unit = unit
        self.lang = lang
        self.family = family
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(unit * 4)
        self.setAccessibleName(words(lang)["timeline"])
        lines = [f"{e.when}: {e.text}" for e in self.events]
        self.setAccessibleDescription("\n".join(lines))

    def texts(self) -> list[str]:
        """What the drawing says, for tests and screen readers."""
        w = words(self.lang)
        return [w["library_gives"], w["partner_gives"], *self.description_lines()]

    def description_lines(self) -> list[str]:
        return [f"{e.when} {e.text}" for e in self.events]

    def sizeHint(self) -> QSize:
        return QSize(self.unit * 20, self.unit * (len(self.events) + 2))

    def _font(self, scale: float, bold: bool = False) -> QFont:
        font = QFont(self.family) if self.family else QFont(self.font())
        font.setPixelSize(max(10, round(self.unit * scale)))
        font.setBold(bold)
        return font

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.events:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = self.unit
        text_font, date_font = self._font(0.7), self._font(0.6, bold=True)
        small = self._font(0.42)
        legend_height = self._legend(painter, small)
        top = legend_height + unit * 0.4
        row = min((self.height() - top) / len(self.events), unit * 1.9)
        date_width = max(QFontMetrics(date_font).horizontalAdvance(e.when) for e in self.events)
        axis = date_width + unit * 1.0
        text_left = axis + unit * 0.9
        painter.setPen(QPen(QColor("#c9ced3"), max(2, unit // 10)))
        painter.drawLine(
            round(axis),
            round(top + row / 2),
            round(axis),
            round(top + row * (len(self.events) - 0.5)),
        )
        today_drawn = False
        for index, event in enumerate(self.events):
            y = top + row * index
            if (
                not today_drawn
                and self.today is not None
                and index > 0
                and self.events[index - 1].day < self.today <= event.day
            ):
                self._today_line(painter, y, axis, small)
                today_drawn = True
            past = self.today is not None and event.day < self.today
            colour = self._colour(event, past)
            radius = unit * (0.3 if event.side in ("start", "end") else 0.24)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            centre_y = y + row / 2
            if event.side in ("start", "end"):
                painter.drawRect(QRectF(axis - radius, centre_y - radius, radius * 2, radius * 2))
            elif event.side == "partner":
                painter.setPen(QPen(colour, max(2, unit // 9)))
                painter.setBrush(QColor("white"))
                painter.drawEllipse(
                    QRectF(axis - radius, centre_y - radius, radius * 2, radius * 2)
                )
            else:
                painter.drawEllipse(
                    QRectF(axis - radius, centre_y - radius, radius * 2, radius * 2)
                )
            painter.setPen(QColor(PAST_COLOUR if past else TEXT_COLOUR))
            painter.setFont(date_font)
            painter.drawText(
                QRectF(0, y, date_width, row),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                event.when,
            )
            bold = event.side in ("start", "end")
            font = self._font(0.7, bold=bold) if bold else text_font
            painter.setFont(font)
            width = self.width() - text_left
            shown = QFontMetrics(font).elidedText(
                event.text, Qt.TextElideMode.ElideRight, round(width)
            )
            painter.drawText(
                QRectF(text_left, y, width, row),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )
        painter.end()

    def _colour(self, event: TimelineEvent, past: bool) -> QColor:
        """The side's colour; a date already past keeps it, paler."""
        colour = QColor(PARTNER_COLOUR) if event.side == "partner" else QColor(self.brand)
        if past:
            colour.setAlphaF(0.45)
        return colour

    def _legend(self, painter: QPainter, font: QFont) -> float:
        """Which mark is whose, above the line."""
        w = words(self.lang)
        sides = {e.side for e in self.events}
        items = [
            (self.brand, False, w["library_gives"]) if "library" in sides else None,
            (QColor(PARTNER_COLOUR), True, w["partner_gives"]) if "partner" in sides else None,
        ]
        painter.setFont(font)
        metrics = QFontMetrics(font)
        height = metrics.height()
        x = 0.0
        radius = height * 0.28
        for item in items:
            if item is None:
                continue
            colour, ring, text = item
            centre_y = height / 2
            if ring:
                painter.setPen(QPen(colour, max(2, self.unit // 12)))
                painter.setBrush(QColor("white"))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
            painter.drawEllipse(QRectF(x, centre_y - radius, radius * 2, radius * 2))
            painter.setPen(QColor("#555555"))
            painter.drawText(
                QRectF(x + radius * 3, 0, metrics.horizontalAdvance(text) + 4, height),
                int(Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            x += radius * 3 + metrics.horizontalAdvance(text) + self.unit
        return float(height) if any(items) else 0.0

    def _today_line(self, painter: QPainter, y: float, axis: float, font: QFont) -> None:
        pen = QPen(self.brand, max(1, self.unit // 14), Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(round(axis - self.unit * 0.6), round(y), self.width(), round(y))
        painter.setFont(font)
        label = SLIDE_WORDS.get(self.lang, SLIDE_WORDS["en"])["today"]
        metrics = QFontMetrics(font)
        painter.drawText(
            QRectF(0, y - metrics.height() / 2, axis - self.unit * 0.7, metrics.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            label,
        )
