"""The glyphs a PDF embeds without hinting have the shapes and widths of
the shipped PT Sans, read by Qt's own font engine at 1000 px to the em."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QRawFont

from collabdesk.reports.fonts import FACES
from collabdesk.reports.unhinted import without_hinting
from collabdesk.resources_dir import resource

TEXT = "Ёлка й Щ ъ № «Полигон» Quick fox 0123456789 ₽ — @ Äé"


@pytest.mark.parametrize("file_name", ["PTS55F.ttf", "PTS75F.ttf", "PTF75F.ttf"])
def test_outlines_and_advances_are_unchanged(qapp, file_name: str) -> None:
    assert file_name in FACES.values()
    data = resource("fonts", file_name).read_bytes()
    shipped = QRawFont(QByteArray(data), 1000, QFont.HintingPreference.PreferNoHinting)
    embedded = QRawFont(
        QByteArray(without_hinting(data)), 1000, QFont.HintingPreference.PreferNoHinting
    )
    assert shipped.isValid() and embedded.isValid()
    assert shipped.familyName() == embedded.familyName()
    glyphs = shipped.glyphIndexesForString(TEXT)
    assert embedded.glyphIndexesForString(TEXT) == glyphs
    assert embedded.advancesForGlyphIndexes(glyphs) == shipped.advancesForGlyphIndexes(glyphs)
    assert sum(shipped.pathForGlyph(g).elementCount() for g in glyphs) > 500
    for glyph in glyphs:
        ours, theirs = embedded.pathForGlyph(glyph), shipped.pathForGlyph(glyph)
        assert ours.elementCount() == theirs.elementCount(), glyph
        for index in range(theirs.elementCount()):
            a, b = ours.elementAt(index), theirs.elementAt(index)
            # FreeType still applies the shipped font's hints (a point moves by
            # up to 2 units of 1000 here); a lost or misread point is off by
            # dozens. tests/unit/test_unhinted.py compares the points exactly.
            assert a.type == b.type and abs(a.x - b.x) <= 4 and abs(a.y - b.y) <= 4, glyph
