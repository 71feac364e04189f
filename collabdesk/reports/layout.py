"""The look shared by pitch and recap: page templates with the library's
brand colour, paragraph styles on PT Sans / PT Serif, and small builders
for headings, text and tables. Imports reportlab: load this module only
when a document is actually exported."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from collabdesk.reports.chart import safe_colour
from collabdesk.reports.fonts import SANS, SERIF, register_fonts
from collabdesk.reports.one_line import OneLine, fits_as_string
from collabdesk.reports.safe_text import clip, drawable, fit_width, markup_of_drawable
from collabdesk.reports.system_line import system_line
from collabdesk.services.pitch_model import PitchContent

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
BAND_HEIGHT = 40 * mm  # the coloured block of a cover page: the summary needs the room
INK = colors.HexColor("#1E252B")
MUTED = colors.HexColor("#5F6B76")
RULE = colors.HexColor("#D9DEE3")
TINT = colors.HexColor("#F3F5F7")
CELL_LIMIT = 600  # characters per table cell: a cell cannot split across pages


@dataclass(frozen=True)
class Styles:
    brand: Any
    cover_title: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_line: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    quote: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle


def make_styles(brand_colour: str) -> Styles:
    register_fonts()
    brand = colors.HexColor(safe_colour(brand_colour))
    body = ParagraphStyle("body", fontName=SANS, fontSize=10.5, leading=15, textColor=INK)
    cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12.5)
    return Styles(
        brand=brand,
        cover_title=ParagraphStyle(
            "coverTitle", fontName=f"{SERIF}-Bold", fontSize=30, leading=36, textColor=INK
        ),
        cover_kicker=ParagraphStyle(
            "coverKicker", fontName=f"{SANS}-Bold", fontSize=11, leading=14, textColor=brand
        ),
        cover_line=ParagraphStyle("coverLine", parent=body, fontSize=13, leading=19),
        h1=ParagraphStyle(
            "h1",
            fontName=f"{SERIF}-Bold",
            fontSize=19,
            leading=24,
            textColor=brand,
            spaceBefore=10,
            spaceAfter=6,
        ),
        h2=ParagraphStyle(
            "h2",
            fontName=f"{SANS}-Bold",
            fontSize=11.5,
            leading=15,
            textColor=INK,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,  # a subheading never ends a page alone
        ),
        body=body,
        quote=ParagraphStyle(
            "quote",
            parent=body,
            fontName=f"{SANS}-Italic",
            leftIndent=10,
            borderPadding=(0, 0, 0, 6),
        ),
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=MUTED),
        cell=cell,
        cell_right=ParagraphStyle("cellRight", parent=cell, alignment=TA_RIGHT),
        cell_head=ParagraphStyle(
            "cellHead", parent=cell, fontName=f"{SANS}-Bold", textColor=colors.white
        ),
    )


def para(text: str, style: ParagraphStyle, limit: int = 2000) -> Flowable:
    """User text, escaped and made drawable; a short one is drawn as a
    string (one_line), a longer one wraps as a Paragraph."""
    drawn = drawable(clip(text, limit))
    if fits_as_string(drawn, style):
        return OneLine(drawn, style)
    return Paragraph(markup_of_drawable(drawn), style)


def label(text: str, style: ParagraphStyle) -> Flowable:
    """The document's own words, as `para` draws them."""
    return para(text, style)


def heading(text: str, styles: Styles) -> list[Any]:
    return [CondPageBreak(45 * mm), label(text, styles.h1)]


PADDING = 6  # reportlab's default left and right cell padding


def _cell(text: str, style: ParagraphStyle, width: float, limit: int = CELL_LIMIT) -> Any:
    """A one-line cell as a plain string (drawn, never parsed as markup, a
    tenth of a Paragraph's cost); anything longer wraps as a Paragraph."""
    drawn = drawable(clip(text, limit))
    plain = " ".join(drawn.split())  # tabs and runs of spaces read as one space, as in a Paragraph
    if "\n" not in drawn and stringWidth(plain, style.fontName, style.fontSize) <= width:
        return plain
    return Paragraph(markup_of_drawable(drawn), style)


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    styles: Styles,
    right: Sequence[int] = (),
    bold_last: bool = False,
) -> Table:
    """A zebra table with a brand-coloured header; cells wrap and are capped."""
    room = [w - 2 * PADDING for w in widths]
    data: list[list[Any]] = [[_cell(h, styles.cell_head, room[i]) for i, h in enumerate(header)]]
    for row in rows:
        data.append(
            [
                _cell(cell, styles.cell_right if i in right else styles.cell, room[i])
                for i, cell in enumerate(row)
            ]
        )
    result = Table(data, colWidths=list(widths), repeatRows=1)
    cell, head = styles.cell, styles.cell_head
    commands: list[tuple[Any, ...]] = [
        # plain-string cells take the paragraph styles' look from these
        ("FONT", (0, 0), (-1, -1), cell.fontName, cell.fontSize, cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), cell.textColor),
        ("FONT", (0, 0), (-1, 0), head.fontName, head.fontSize, head.leading),
        ("TEXTCOLOR", (0, 0), (-1, 0), head.textColor),
        ("BACKGROUND", (0, 0), (-1, 0), styles.brand),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
    ]
    for column in right:
        commands.append(("ALIGN", (column, 1), (column, -1), "RIGHT"))
    for index in range(2, len(data), 2):
        commands.append(("BACKGROUND", (0, index), (-1, index), TINT))
    if bold_last and len(data) > 1:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 1, styles.brand))
    result.setStyle(TableStyle(commands))
    return result


def keep(*flowables: Any) -> KeepTogether:
    return KeepTogether(list(flowables))


def gap(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


def _logo(data: bytes | None) -> ImageReader | None:
    """The library's logo from the bytes kept in the database (so a document
    made on another computer has it too), or None when absent or broken."""
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()
        return reader
    except Exception:  # a broken logo must not stop the export
        return None


@dataclass(frozen=True)
class PageDress:
    """What every page shows around the text."""

    brand: Any
    library_name: str
    footer: str  # e.g. the collaboration's title
    page_word: str
    logo: bytes | None
    cover: bool  # the first page carries the coloured band
    subline: str = ""  # under the library's name in the band: city, website


def dress_for(
    content: PitchContent, st: Styles, page_word: str, *, cover: bool, lang: str = "ru"
) -> PageDress:
    """Band, footer and page numbers of a pitch or recap for `content`; the
    whole system's band says what the system is (reports/system_line)."""
    partner = content.partner.name if content.partner else ""
    library = content.library
    system = system_line(library, lang)
    return PageDress(
        brand=st.brand,
        library_name=content.library.name,
        footer=" · ".join(x for x in (content.title, partner) if x),
        page_word=page_word,
        logo=content.library.logo,
        cover=cover,
        subline=system
        or " · ".join(x for x in (library.branch, library.city, library.website) if x),
    )


def _draw_band(canvas: Any, dress: PageDress, height: float) -> None:
    canvas.setFillColor(dress.brand)
    canvas.rect(0, PAGE_HEIGHT - height, PAGE_WIDTH, height, stroke=0, fill=1)
    logo = _logo(dress.logo)
    x = MARGIN
    box = min(22 * mm, height - 12 * mm)
    if logo is not None:
        width, tall = logo.getSize()
        scale = min(box / max(width, 1), box / max(tall, 1))
        # On a white card, so a logo drawn for white paper stays legible.
        pad = 2 * mm
        top = PAGE_HEIGHT - (height - box) / 2
        canvas.setFillColor(colors.white)
        canvas.roundRect(
            MARGIN - pad, top - box - pad, width * scale + 2 * pad, box + 2 * pad, 2 * mm,
            stroke=0, fill=1,
        )  # fmt: skip
        canvas.drawImage(
            logo,
            MARGIN,
            top - box + (box - tall * scale) / 2,
            width * scale,
            tall * scale,
            mask="auto",
        )
        x += width * scale + 7 * mm
    canvas.setFillColor(colors.white)
    canvas.setFont(f"{SANS}-Bold", 15)
    name = fit_width(dress.library_name, f"{SANS}-Bold", 15, PAGE_WIDTH - MARGIN - x)
    middle = PAGE_HEIGHT - height / 2
    canvas.drawString(x, middle + (1 * mm if dress.subline else -2 * mm), name)
    if dress.subline:
        canvas.setFont(SANS, 9.5)
        sub = fit_width(dress.subline, SANS, 9.5, PAGE_WIDTH - MARGIN - x)
        canvas.drawString(x, middle - 5 * mm, sub)


def _first_page(dress: PageDress) -> Callable[[Any, Any], None]:
    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        _draw_band(canvas, dress, BAND_HEIGHT if dress.cover else 34 * mm)
        _footer(canvas, doc, dress)
        canvas.restoreState()

    return draw


def _later_page(dress: PageDress) -> Callable[[Any, Any], None]:
    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(dress.brand)
        canvas.rect(0, PAGE_HEIGHT - 6 * mm, PAGE_WIDTH, 6 * mm, stroke=0, fill=1)
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS, 8.5)
        name = fit_width(dress.library_name, SANS, 8.5, PAGE_WIDTH - 2 * MARGIN)
        canvas.drawString(MARGIN, PAGE_HEIGHT - 13 * mm, name)
        _footer(canvas, doc, dress)
        canvas.restoreState()

    return draw


def _footer(canvas: Any, doc: Any, dress: PageDress) -> None:
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, 14 * mm, PAGE_WIDTH - MARGIN, 14 * mm)
    canvas.setFillColor(MUTED)
    canvas.setFont(SANS, 8)
    # The page number keeps 25 mm on the right; the title gets the rest.
    footer = fit_width(dress.footer, SANS, 8, PAGE_WIDTH - 2 * MARGIN - 25 * mm)
    canvas.drawString(MARGIN, 9 * mm, footer)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, 9 * mm, f"{dress.page_word} {doc.page}")


def render(story: list[Any], dress: PageDress, title: str, author: str) -> bytes:
    """The finished PDF as bytes (callers write the file in one go)."""
    return render_counted(story, dress, title, author)[0]


def render_counted(
    story: list[Any], dress: PageDress, title: str, author: str
) -> tuple[bytes, int]:
    """The finished PDF and its number of pages (the pitch shortens to fit)."""
    buffer = io.BytesIO()
    top_first = BAND_HEIGHT + 9 * mm if dress.cover else 34 * mm + 10 * mm
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=drawable(title),
        author=drawable(author),
        creator="CollabDesk",
    )
    first = Frame(
        MARGIN,
        20 * mm,
        TEXT_WIDTH,
        PAGE_HEIGHT - top_first - 20 * mm,
        id="first",
        leftPadding=0,
        rightPadding=0,
    )
    later = Frame(
        MARGIN,
        20 * mm,
        TEXT_WIDTH,
        PAGE_HEIGHT - 40 * mm,
        id="later",
        leftPadding=0,
        rightPadding=0,
    )
    doc.addPageTemplates(
        [
            PageTemplate("first", [first], onPage=_first_page(dress)),
            PageTemplate("later", [later], onPage=_later_page(dress)),
        ]
    )
    doc.build([NextPageTemplate("later"), *story])
    return buffer.getvalue(), int(doc.page)
