"""The recap's gallery: proof pictures re-encoded, never embedded as filed.

A phone photo carries GPS and camera EXIF and weighs megabytes; reportlab
would embed those original bytes. Pillow re-reads each picture, turns it
upright, bounds it to 1600 px and writes a fresh JPEG (quality 80) that
keeps no metadata. iPhone photos (HEIC/HEIF) are read through pillow-heif;
where it is missing (a build without it), such a photo, a broken file or a
missing copy is named under the gallery — never silently dropped."""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Image, Table, TableStyle

from collabdesk.reports.layout import TEXT_WIDTH, Styles, gap, heading, keep, label, para
from collabdesk.reports.recap_texts import recap_words
from collabdesk.reports.texts import format_date
from collabdesk.services.recap_content import ProofPicture

MAX_SIDE = 1600  # pixels: sharp in print at the gallery's size, small in the mail
QUALITY = 80
MAX_PICTURES = 12  # a recap shows the best handful; the rest stay with the collaboration
BOX_HEIGHT = 62 * mm  # the partner's gallery: two pictures a row
COLUMNS = 2
SMALL_COLUMNS = 3  # the internal recap's: proof at a glance, fewer pages


@dataclass(frozen=True)
class Encoded:
    picture: ProofPicture
    jpeg: bytes
    width: int
    height: int


@cache
def heif_reader() -> bool:
    """Whether Pillow can read HEIC/HEIF here (pillow-heif registered once)."""
    try:
        import pillow_heif
    except ImportError:
        return False
    pillow_heif.register_heif_opener()
    return True


def reencode(data: bytes) -> tuple[bytes, int, int]:
    """`data` as a fresh JPEG without metadata, at most MAX_SIDE px a side.
    Raises on anything Pillow cannot read."""
    from PIL import Image as Pil
    from PIL import ImageOps

    with Pil.open(io.BytesIO(data)) as opened:
        opened.draft("RGB", (MAX_SIDE, MAX_SIDE))  # JPEG: decode at a smaller scale
        picture = ImageOps.exif_transpose(opened)  # upright before the EXIF goes
        picture.thumbnail((MAX_SIDE, MAX_SIDE))
        if picture.mode in ("RGBA", "LA", "P"):
            rgba = picture.convert("RGBA")
            flat = Pil.new("RGB", rgba.size, "white")
            flat.paste(rgba, mask=rgba.getchannel("A"))
            picture = flat
        elif picture.mode != "RGB":
            picture = picture.convert("RGB")
        out = io.BytesIO()
        picture.save(out, "JPEG", quality=QUALITY, optimize=True)  # no exif=, no icc_profile=
        return out.getvalue(), picture.width, picture.height


def prepare(pictures: tuple[ProofPicture, ...]) -> tuple[list[Encoded], list[tuple[str, str]]]:
    """The pictures that can be shown, and (name, reason) of those that cannot."""
    shown: list[Encoded] = []
    not_shown: list[tuple[str, str]] = []
    for picture in pictures:
        if picture.heic and not heif_reader():
            not_shown.append((picture.name, "heic"))
            continue
        if picture.path is None or not picture.path.is_file():
            not_shown.append((picture.name, "missing"))
            continue
        if len(shown) >= MAX_PICTURES:
            shown.append(Encoded(picture, b"", 0, 0))  # counted, not encoded
            continue
        try:
            jpeg, width, height = reencode(picture.path.read_bytes())
        except Exception:  # any unreadable picture is named, never stops the recap
            not_shown.append((picture.name, "broken"))
            continue
        shown.append(Encoded(picture, jpeg, width, height))
    return shown, not_shown


def _cell(item: Encoded, lang: str, st: Styles, width: float, height: float) -> list[Any]:
    scale = min(width / item.width, height / item.height)
    image = Image(io.BytesIO(item.jpeg), item.width * scale, item.height * scale)
    image.hAlign = "LEFT"
    day = format_date(item.picture.day, lang) if item.picture.day else ""
    return [image, gap(1.5), para(item.picture.caption, st.cell, 300), label(day, st.small)]


def gallery(
    pictures: tuple[ProofPicture, ...], lang: str, st: Styles, *, small: bool = False
) -> list[Any]:
    """The gallery section, or nothing when there is no picture at all."""
    if not pictures:
        return []
    w = recap_words(lang)
    shown, not_shown = prepare(pictures)
    drawn = [item for item in shown if item.jpeg]
    story: list[Any] = [*heading(w["gallery"], st)]
    columns = SMALL_COLUMNS if small else COLUMNS
    space = 6 * mm
    column = (TEXT_WIDTH - space * (columns - 1)) / columns
    height = BOX_HEIGHT * (0.6 if small else 1)
    for start in range(0, len(drawn), columns):
        row: list[Any] = [
            _cell(item, lang, st, column, height) for item in drawn[start : start + columns]
        ]
        row += [""] * (columns - len(row))
        grid = Table([row], colWidths=[column + space] * (columns - 1) + [column])
        grid.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), space),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm),
                ]
            )
        )
        story.append(keep(grid))
    extra = len(shown) - len(drawn)
    if extra:
        story.append(label(w["more_pictures"].format(count=extra), st.small))
    if not_shown:
        names = ", ".join(w[reason].format(name=name) for name, reason in not_shown)
        story.append(para(w["not_shown"].format(names=names), st.small, 1500))
    return story if drawn or extra or not_shown else []
