"""A TrueType font without its hinting instructions, built in memory for
embedding in PDFs.

Hinting moves outline points onto the pixel grid at small sizes on screens;
PDF viewers and printers draw the outlines as they are. In PT Sans four
fifths of the glyph data are such instructions, so the subset reportlab
embeds in each PDF carries them for nothing: without them a pitch is about
40 KB smaller and builds faster (less to subset and deflate). The outlines,
metrics and names are untouched, and the font files in resources/fonts stay
exactly as ParaType ship them: nothing modified is ever written to disk.
"""

from __future__ import annotations

import struct

# Tables that only drive or describe hinting (the font programs, the control
# values, device metrics), and the signature, which no longer matches.
DROPPED = frozenset({b"fpgm", b"prep", b"cvt ", b"hdmx", b"LTSH", b"VDMX", b"DSIG"})

# Composite glyph component flags (OpenType 'glyf' table).
ARG_1_AND_2_ARE_WORDS = 0x0001
WE_HAVE_A_SCALE = 0x0008
MORE_COMPONENTS = 0x0020
WE_HAVE_AN_X_AND_Y_SCALE = 0x0040
WE_HAVE_A_TWO_BY_TWO = 0x0080
WE_HAVE_INSTRUCTIONS = 0x0100

HEAD_CHECKSUM_ADJUSTMENT = 8
HEAD_INDEX_TO_LOC_FORMAT = 50


class FontFormatError(ValueError):
    """The data is not a TrueType font this module understands."""


def without_hinting(font: bytes) -> bytes:
    """The same font with every glyph's instructions and the hinting tables
    removed; `loca` is rewritten in the long format."""
    try:
        return _rebuilt(font)
    except (struct.error, IndexError) as exc:  # a table shorter than it claims
        raise FontFormatError(f"damaged font data: {exc}") from exc


def _rebuilt(font: bytes) -> bytes:
    tables = _tables(font)
    try:
        head = bytearray(tables[b"head"])
        glyf, loca, maxp = tables[b"glyf"], tables[b"loca"], tables[b"maxp"]
    except KeyError as exc:
        raise FontFormatError(f"no {exc.args[0]!r} table") from exc
    count = struct.unpack_from(">H", maxp, 4)[0]
    if struct.unpack_from(">h", head, HEAD_INDEX_TO_LOC_FORMAT)[0] == 1:
        offsets = list(struct.unpack_from(f">{count + 1}L", loca))
    else:
        offsets = [2 * o for o in struct.unpack_from(f">{count + 1}H", loca)]
    glyphs = bytearray()
    new_offsets = []
    for index in range(count):
        new_offsets.append(len(glyphs))
        glyph = glyf[offsets[index] : offsets[index + 1]]
        if glyph:
            glyphs += _strip(glyph)
            glyphs += b"\0" * (-len(glyphs) % 4)
    new_offsets.append(len(glyphs))
    tables[b"glyf"] = bytes(glyphs)
    tables[b"loca"] = struct.pack(f">{count + 1}L", *new_offsets)
    struct.pack_into(">h", head, HEAD_INDEX_TO_LOC_FORMAT, 1)
    tables[b"head"] = bytes(head)
    for tag in DROPPED:
        tables.pop(tag, None)
    return _assemble(font[:4], tables)


def _tables(font: bytes) -> dict[bytes, bytes]:
    if len(font) < 12 or font[:4] not in (b"\x00\x01\x00\x00", b"true"):
        raise FontFormatError("not a TrueType font")
    count = struct.unpack_from(">H", font, 4)[0]
    tables = {}
    for index in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sLLL", font, 12 + 16 * index)
        if offset + length > len(font):
            raise FontFormatError(f"table {tag!r} runs past the end of the file")
        tables[tag] = font[offset : offset + length]
    return tables


def _strip(glyph: bytes) -> bytes:
    """One glyph record without its instructions."""
    contours = struct.unpack_from(">h", glyph, 0)[0]
    if contours >= 0:  # simple glyph: header, end points, instructions, outline
        at = 10 + 2 * contours
        length = struct.unpack_from(">H", glyph, at)[0]
        outline = at + 2 + length
        return glyph[:at] + b"\0\0" + glyph[outline : _outline_end(glyph, contours, outline)]
    stripped = bytearray(glyph)
    at, flags = 10, MORE_COMPONENTS
    while flags & MORE_COMPONENTS:  # composite glyph: components, then instructions
        flags = struct.unpack_from(">H", glyph, at)[0]
        # The instructions follow the last component; a reader may look for
        # them when any component says so.
        struct.pack_into(">H", stripped, at, flags & ~WE_HAVE_INSTRUCTIONS)
        at += 4 + (4 if flags & ARG_1_AND_2_ARE_WORDS else 2)
        if flags & WE_HAVE_A_SCALE:
            at += 2
        elif flags & WE_HAVE_AN_X_AND_Y_SCALE:
            at += 4
        elif flags & WE_HAVE_A_TWO_BY_TWO:
            at += 8
    return bytes(stripped[:at])


def _outline_end(glyph: bytes, contours: int, at: int) -> int:
    """Where a simple glyph's flags and coordinates end (padding excluded)."""
    if contours == 0:
        return at
    points = struct.unpack_from(">H", glyph, 10 + 2 * (contours - 1))[0] + 1
    x_bytes = y_bytes = seen = 0
    while seen < points:
        flag = glyph[at]
        at += 1
        repeat = 1
        if flag & 0x08:  # REPEAT_FLAG: the next byte says how many more
            repeat += glyph[at]
            at += 1
        x_bytes += repeat * (1 if flag & 0x02 else 0 if flag & 0x10 else 2)
        y_bytes += repeat * (1 if flag & 0x04 else 0 if flag & 0x20 else 2)
        seen += repeat
    return at + x_bytes + y_bytes


def _checksum(data: bytes) -> int:
    padded = data + b"\0" * (-len(data) % 4)
    words: tuple[int, ...] = struct.unpack(f">{len(padded) // 4}L", padded)
    return sum(words) & 0xFFFFFFFF


def _assemble(version: bytes, tables: dict[bytes, bytes]) -> bytes:
    """An sfnt file: header, sorted table directory, 4-byte aligned tables,
    and head.checkSumAdjustment set so the whole file sums to 0xB1B0AFBA."""
    tags = sorted(tables)
    power = 1 << (len(tags).bit_length() - 1)
    header = struct.pack(
        ">4sHHHH", version, len(tags), 16 * power, power.bit_length() - 1, 16 * (len(tags) - power)
    )
    offset = 12 + 16 * len(tags)
    directory, body = bytearray(), bytearray()
    head_at = 0
    for tag in tags:
        data = tables[tag]
        if tag == b"head":
            data = (
                data[:HEAD_CHECKSUM_ADJUSTMENT] + b"\0\0\0\0" + data[HEAD_CHECKSUM_ADJUSTMENT + 4 :]
            )
            head_at = offset + len(body)
        directory += struct.pack(">4sLLL", tag, _checksum(data), offset + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    font = bytearray(header + directory + body)
    adjustment = (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF
    struct.pack_into(">L", font, head_at + HEAD_CHECKSUM_ADJUSTMENT, adjustment)
    return bytes(font)
