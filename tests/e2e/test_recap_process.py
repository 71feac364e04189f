"""The installed command line records results and writes both recaps as
processes: a delivered photo (with GPS in its EXIF) shows re-encoded in the
gallery, the partner's recap carries the results and no balance, the
internal one does, an unfinished collaboration is interim, and results
before delivery are refused in one line in the person's language."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

from PIL import Image as Pil
from pypdf import PdfReader

from tests.e2e.conftest import Program


def _text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(re.sub(r"[ \u00a0]+", " ", text).split())


def _images(path: Path) -> list[bytes]:
    """The JPEGs drawn (the library's logo is drawn from its PNG pixels)."""
    found = []
    for page in PdfReader(path).pages:
        for obj in page["/Resources"].get("/XObject", {}).values():
            obj = obj.get_object()
            filters = obj.get("/Filter", [])
            filters = filters if isinstance(filters, list) else [filters]
            if obj["/Subtype"] == "/Image" and "/DCTDecode" in filters:
                found.append(obj.get_data())
    return found


def test_results_and_recaps_from_the_cli(program: Program) -> None:
    program.cli("demo", "--lang", "ru")
    interim = program.home / "interim.pdf"
    done = program.cli("recap", "1", "--out", str(interim))
    assert "interim" in done.stdout
    assert "ПРОМЕЖУТОЧНЫЕ ИТОГИ" in _text(interim)

    photo = program.home / "IMG_3120.jpg"
    exif = Pil.Exif()
    exif[0x8825] = {1: "N", 2: (56.0, 29.0, 0.0)}  # GPS
    Pil.new("RGB", (2400, 1800), (30, 90, 160)).save(photo, "JPEG", exif=exif.tobytes())
    program.cli("commitments", "deliver", "3", "--proof", str(photo), "--note", "Отчёт за ноябрь")
    # The monthly report is a schedule of twelve: the rest are waived before completing.
    for item in json.loads(program.cli("commitments", "list", "--json").stdout):
        if item["series_id"] is not None and item["status"] == "planned":
            program.cli("commitments", "waive", str(item["id"]), "--reason", "Сезон закрыт")
    program.cli("collaborations", "stage", "1", "completed")
    program.cli(
        "collaborations", "answer", "1", "why.measurable_goals", "2 000 посетителей за сезон"
    )
    saved = program.cli(
        "results", "1", "--attendance", "2150", "--impressions", "126000", "--media", "7",
        "--quote", "Лучшее место в городе для субботы с детьми",
        "--next-time", "Планетарий под открытым небом летом 2027",
    )  # fmt: skip
    assert "Attendance: 2150" in saved.stdout

    partner, internal = program.home / "partner.pdf", program.home / "internal.pdf"
    program.cli("recap", "1", "--lang", "ru", "--out", str(partner))
    program.cli("recap", "1", "--internal", "--lang", "en", "--out", str(internal))
    text = _text(partner)
    for expected in (
        "ИТОГИ СОТРУДНИЧЕСТВА",
        "2 000 посетителей за сезон",
        "2 150",
        "Лучшее место в городе для субботы с детьми",
        "Планетарий под открытым небом летом 2027",
        "Ежемесячный отчёт о посещаемости — Отчёт за ноябрь",
    ):
        assert expected in text, expected
    assert "ПРОМЕЖУТОЧН" not in text and "₽" not in text and "Надёжность" not in text
    pictures = _images(partner)
    assert pictures
    biggest = max(pictures, key=len)
    with Pil.open(io.BytesIO(biggest)) as shown:
        assert max(shown.size) <= 1600 and not shown.getexif()
    english = _text(internal)
    assert "INTERNAL RECAP" in english and "Value balance per currency" in english
    assert "Partner reliability" in english

    refused = program.cli("results", "5", "--attendance", "3", check=False, lang="ru_RU.UTF-8")
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert "после начала выполнения" in refused.stderr
