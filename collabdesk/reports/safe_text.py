"""User text on its way into reportlab: characters the font cannot draw are
replaced by readable stand-ins, markup is escaped, and lengths are capped so
one answer cannot push a table cell taller than a page (LayoutError)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from collabdesk.reports.fonts import register_fonts


def escape(text: str) -> str:
    """`xml.sax.saxutils.escape` without its import of urllib, http and ssl
    (a pitch from the command line pays for every module it loads)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


REPLACEMENT = "?"
# Typographic characters PT Sans lacks, with what a reader would accept instead.
STAND_INS = {"\u202f": "\u00a0", "\u2009": " ", "\u200b": "", "\ufeff": "", "\u2011": "-"}


@cache
def _kept_as_is() -> frozenset[str]:
    """Characters `drawable` passes through unchanged."""
    kept = {chr(code) for code in register_fonts()} | {"\n", "\t"}
    return frozenset(kept - STAND_INS.keys())


def drawable(text: str) -> str:
    """Only characters PT Sans has. Emoji and other symbols it lacks are left
    out ("Пицца 🍕 и книги" prints "Пицца и книги": a "?" in a proposal reads
    as a mistake), joiners and variation selectors vanish, and a letter of a
    script it lacks becomes `?`, so the reader sees that something is there."""
    if _kept_as_is().issuperset(text) and unicodedata.is_normalized("NFC", text):
        return text  # the usual case, at C speed: a document has ~50 strings
    glyphs = register_fonts()
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    dropped = False
    for char in text:
        category = unicodedata.category(char)
        if char in STAND_INS:
            out.append(STAND_INS[char])
        elif char in "\n\t" or ord(char) in glyphs:
            out.append(char)
        elif category in ("Mn", "Cf", "Sk") or 0x1F3FB <= ord(char) <= 0x1F3FF:
            continue  # combining marks, joiners, selectors, skin tones
        elif category == "Cc":
            out.append(" ")
        elif category.startswith("S"):
            dropped = True  # a symbol: emoji, pictographs, dingbats
        elif not out or out[-1] != REPLACEMENT:
            out.append(REPLACEMENT)
    result = "".join(out)
    if dropped:  # "Пицца  и книги": close the gap the symbol left
        result = re.sub(r"(?<=\S) {2,}(?=\S)", " ", result).strip(" ")
        if not result.strip():
            result = REPLACEMENT  # nothing but emoji: still show that something is there
    return result


def clip(text: str, limit: int) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[limit - 40 : limit] else text[:limit]
    return cut.rstrip() + "…"


def fit_width(text: str, font: str, size: float, width: float) -> str:
    """`text` shortened with "…" so that it fits `width` points in one line
    (page bands and footers are drawn, not flowed, so nothing would wrap)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = drawable(text)
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with its ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def markup_of_drawable(drawn: str) -> str:
    """Paragraph markup that shows `drawn` (text already through `clip` and
    `drawable`) literally: `<b>`, `&`, `<img src=…>` and `<a href=…>` print
    as typed and never load a file or add a link."""
    return "<br/>".join(escape(drawn).splitlines())
