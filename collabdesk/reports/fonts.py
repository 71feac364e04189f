"""The PT Sans / PT Serif families embedded in every PDF (Cyrillic and Latin),
registered once per process so `<b>` and `<i>` pick the right face.

The faces are embedded as ParaType ship them, TrueType hinting included. A
pitch without the hinting programs was 33 KB instead of 73 KB, but stripping
them meant parsing TrueType by hand (or fontTools, ~340 ms of rebuilding six
faces on the first chart or PDF, on the GUI thread for the Statistics chart);
40 KB per PDF is not worth either. docs/performance.md has the figures."""

from __future__ import annotations

import threading
from functools import cache

from collabdesk.resources_dir import resource

SANS = "PTSans"
SERIF = "PTSerif"

FACES = {
    SANS: "PTS55F.ttf",
    f"{SANS}-Bold": "PTS75F.ttf",
    f"{SANS}-Italic": "PTS56F.ttf",
    f"{SANS}-BoldItalic": "PTS76F.ttf",
    SERIF: "PTF55F.ttf",
    f"{SERIF}-Bold": "PTF75F.ttf",
}


_REGISTERING = threading.Lock()


def register_fonts() -> frozenset[int]:
    """Register the faces with reportlab; returns the code points PT Sans draws.

    The first call takes ~40 ms and may come at once from the window (a
    chart) and the PDF worker thread: one of them registers, the other waits
    for the same fonts instead of swapping in its own half-way."""
    with _REGISTERING:
        return _register()


@cache
def _register() -> frozenset[int]:
    from reportlab import rl_config
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    # Attribute validation of every chart shape costs a third of a pitch's
    # build time and only helps while writing chart code; ASCII85 only makes
    # PDFs 25 % bigger and slower for 7-bit channels nobody uses any more.
    # Without `asciiReadable` a subset holds only the glyphs a document uses
    # instead of all of ASCII besides: half the font bytes to compress, and
    # text still copies out right through the ToUnicode map.
    rl_config.shapeChecking = 0
    rl_config.useA85 = 0
    _compress_quickly()
    for name, file_name in FACES.items():
        path = str(resource("fonts", file_name))
        pdfmetrics.registerFont(TTFont(name, path, asciiReadable=False))
    pdfmetrics.registerFontFamily(
        SANS,
        normal=SANS,
        bold=f"{SANS}-Bold",
        italic=f"{SANS}-Italic",
        boldItalic=f"{SANS}-BoldItalic",
    )
    # The serif has no italic here; italic headings fall back to its upright faces.
    addMapping(SERIF, 0, 0, SERIF)
    addMapping(SERIF, 1, 0, f"{SERIF}-Bold")
    addMapping(SERIF, 0, 1, SERIF)
    addMapping(SERIF, 1, 1, f"{SERIF}-Bold")
    font = pdfmetrics.getFont(SANS)
    return frozenset(font.face.charToGlyph)


def _compress_quickly() -> None:
    """Deflate PDF streams at zlib level 1 instead of 6: half the time
    (~0.4 ms a pitch) for a file about 5 % bigger. reportlab looks its one
    Flate filter up by name each time it writes a stream, so this replaces
    that object; the output is ordinary FlateDecode. A reportlab without
    these names keeps its own filter."""
    import zlib

    from reportlab.pdfbase import pdfdoc

    base = getattr(pdfdoc, "PDFStreamFilterZCompress", None)
    if base is None or not hasattr(pdfdoc, "PDFZCompress"):
        return

    class QuickFlate(base):  # type: ignore[misc, valid-type]
        def encode(self, text: str | bytes) -> bytes:
            data = text.encode("utf8") if isinstance(text, str) else text
            return zlib.compress(data, 1)

    pdfdoc.PDFZCompress = QuickFlate()
