"""PT Sans without hinting, as embedded in PDFs: no instructions or hinting
tables left, a well-formed file, bad data refused, and a pitch half the size."""

from __future__ import annotations

import struct

import pytest

from collabdesk.reports.fonts import FACES
from collabdesk.reports.unhinted import (
    DROPPED,
    WE_HAVE_INSTRUCTIONS,
    FontFormatError,
    _tables,
    without_hinting,
)
from collabdesk.resources_dir import resource


def glyph_records(font: bytes) -> list[bytes]:
    tables = _tables(font)
    count = struct.unpack_from(">H", tables[b"maxp"], 4)[0]
    assert struct.unpack_from(">h", tables[b"head"], 50)[0] == 1  # long loca
    offsets = struct.unpack_from(f">{count + 1}L", tables[b"loca"])
    return [tables[b"glyf"][offsets[i] : offsets[i + 1]] for i in range(count)]


def checksum(data: bytes) -> int:
    padded = data + b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(padded) // 4}L", padded)) & 0xFFFFFFFF


@pytest.mark.parametrize("file_name", sorted(set(FACES.values())))
def test_every_face_loses_its_instructions_and_nothing_else(file_name: str) -> None:
    original = resource("fonts", file_name).read_bytes()
    font = without_hinting(original)
    assert len(font) < 0.8 * len(original)
    kept = _tables(font)
    assert not DROPPED & kept.keys()
    assert {b"cmap", b"glyf", b"head", b"hhea", b"hmtx", b"loca", b"maxp", b"name", b"OS/2"} <= (
        kept.keys()
    )
    for tag in (b"cmap", b"hmtx", b"name", b"OS/2", b"post"):
        assert kept[tag] == _tables(original)[tag]  # metrics, names and mapping as shipped
    composites = 0
    for glyph in glyph_records(font):
        if not glyph:
            continue
        contours = struct.unpack_from(">h", glyph, 0)[0]
        if contours >= 0:
            assert struct.unpack_from(">H", glyph, 10 + 2 * contours)[0] == 0
        else:
            composites += 1
    assert composites > 0  # Ё, Й and accented letters are built from parts
    assert checksum(font) == 0xB1B0AFBA  # head.checkSumAdjustment is right


def test_composite_glyph_instructions_are_dropped_with_their_flag() -> None:
    from collabdesk.reports.unhinted import _strip

    component = struct.pack(">HHbb", 0x0020 | WE_HAVE_INSTRUCTIONS, 7, 0, 0)  # more follow
    last = struct.pack(">HHbb", WE_HAVE_INSTRUCTIONS, 8, 10, 0)
    header = struct.pack(">hhhhh", -1, 0, 0, 100, 100)
    glyph = header + component + last + struct.pack(">H", 3) + b"\x01\x02\x03"
    stripped = _strip(glyph)
    # no component points at instructions any more, and they are gone
    assert stripped == header + struct.pack(">HHbb", 0x0020, 7, 0, 0) + struct.pack(
        ">HHbb", 0, 8, 10, 0
    )


def test_data_that_is_not_a_truetype_font_is_refused() -> None:
    with pytest.raises(FontFormatError):
        without_hinting(b"%PDF-1.4 not a font at all")
    truncated = resource("fonts", "PTS55F.ttf").read_bytes()[:4000]
    with pytest.raises(FontFormatError):
        without_hinting(truncated)


def test_a_font_claiming_more_glyphs_than_it_has_is_refused() -> None:
    from collabdesk.reports.unhinted import _assemble

    font = resource("fonts", "PTS55F.ttf").read_bytes()
    tables = _tables(font)
    maxp = bytearray(tables[b"maxp"])
    struct.pack_into(">H", maxp, 4, 60000)  # far more glyphs than loca lists
    tables[b"maxp"] = bytes(maxp)
    with pytest.raises(FontFormatError, match="damaged"):
        without_hinting(_assemble(font[:4], tables))


def outline_points(glyph: bytes) -> list[tuple[int, int, bool]]:
    """A simple glyph's points (x, y, on-curve), decoded from its flags and
    coordinate deltas independently of the code under test."""
    contours = struct.unpack_from(">h", glyph, 0)[0] if glyph else 0
    if contours <= 0:
        return []
    ends = struct.unpack_from(f">{contours}H", glyph, 10)
    at = 10 + 2 * contours
    at += 2 + struct.unpack_from(">H", glyph, at)[0]
    flags: list[int] = []
    while len(flags) < ends[-1] + 1:
        flag = glyph[at]
        at += 1
        count = 1
        if flag & 8:
            count += glyph[at]
            at += 1
        flags += [flag] * count
    coordinates = []
    for short, same in ((2, 16), (4, 32)):
        value, values = 0, []
        for flag in flags:
            if flag & short:
                value += glyph[at] if flag & same else -glyph[at]
                at += 1
            elif not flag & same:
                value += struct.unpack_from(">h", glyph, at)[0]
                at += 2
            values.append(value)
        coordinates.append(values)
    return [(x, y, bool(f & 1)) for x, y, f in zip(*coordinates, flags, strict=True)]


@pytest.mark.parametrize("file_name", ["PTS55F.ttf", "PTS75F.ttf", "PTF75F.ttf"])
def test_every_outline_point_is_where_it_was(file_name: str) -> None:
    original = resource("fonts", file_name).read_bytes()
    tables = _tables(original)
    count = struct.unpack_from(">H", tables[b"maxp"], 4)[0]
    offsets = [2 * o for o in struct.unpack_from(f">{count + 1}H", tables[b"loca"])]
    if struct.unpack_from(">h", tables[b"head"], 50)[0] == 1:
        offsets = list(struct.unpack_from(f">{count + 1}L", tables[b"loca"]))
    shipped = [tables[b"glyf"][offsets[i] : offsets[i + 1]] for i in range(count)]
    embedded = glyph_records(without_hinting(original))
    points = 0
    for before, after in zip(shipped, embedded, strict=True):
        assert before[:10] == after[:10]  # contour count and bounding box
        assert outline_points(after) == outline_points(before)
        points += len(outline_points(before))
    assert points > 10_000
