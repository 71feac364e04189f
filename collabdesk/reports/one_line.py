"""A line of text that usually fits: drawn as a string, not a Paragraph.

Headings, labels and short values are most of a pitch's text blocks, and a
reportlab Paragraph parses its text as markup, breaks it into lines and
measures every word, ~60 µs each time it is laid out. A string that fits
the width in one line needs none of that. When it does not fit (or the
style wants indents, borders or a background), the line becomes a Paragraph
built from the same text, so long text still wraps. The text is never
parsed as markup on the string path, so `<b>` prints as typed there too.
"""

from __future__ import annotations

from typing import Any

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Flowable, Paragraph

from collabdesk.reports.safe_text import markup_of_drawable


def fits_as_string(text: str, style: ParagraphStyle) -> bool:
    """Styles the string path draws exactly as a Paragraph would."""
    plain_style = (
        not style.leftIndent
        and not style.rightIndent
        and not style.firstLineIndent
        and not style.borderWidth
        and style.backColor is None
        and style.alignment in (TA_LEFT, TA_RIGHT, TA_CENTER)
    )
    return plain_style and "\n" not in text and bool(text.strip())


class OneLine(Flowable):  # type: ignore[misc]
    """`drawn` (already through clip and drawable) in `style`."""

    def __init__(self, drawn: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = " ".join(drawn.split())  # Paragraph collapses spaces too
        self.style = style
        self._drawn = drawn
        self._paragraph: Paragraph | None = None
        self.width = 0.0
        self.height = 0.0

    def _fallback(self) -> Paragraph:
        if self._paragraph is None:
            self._paragraph = Paragraph(markup_of_drawable(self._drawn), self.style)
        return self._paragraph

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._paragraph is None:
            size = self.style.fontSize
            if stringWidth(self.text, self.style.fontName, size) <= avail_width:
                self.width, self.height = avail_width, self.style.leading
                return self.width, self.height
        result: tuple[float, float] = self._fallback().wrap(avail_width, avail_height)
        self.width, self.height = result
        return result

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        if self._paragraph is None:
            return []  # one line does not split; the frame moves it on
        parts: list[Any] = self._paragraph.split(avail_width, avail_height)
        return parts

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        if self._paragraph is not None:
            self._paragraph.drawOn(self.canv, 0, 0)
            return
        style, canvas = self.style, self.canv
        # The first baseline where Paragraph puts it (rl_config decides how).
        if rl_config.paraFontSizeHeightOffset:
            baseline = self.height - style.fontSize
        else:
            baseline = self.height - getAscentDescent(style.fontName, style.fontSize)[0]
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        if style.alignment == TA_RIGHT:
            canvas.drawRightString(self.width, baseline, self.text)
        elif style.alignment == TA_CENTER:
            canvas.drawCentredString(self.width / 2, baseline, self.text)
        else:
            canvas.drawString(0, baseline, self.text)
