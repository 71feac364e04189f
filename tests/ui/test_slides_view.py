"""The slides on screen: the library's colour, logo and the PDFs' typeface,
no word alone on a line, a drawn timeline, and only what the partner may
read. Every slide is grabbed at 1366×768 in Russian and English."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel

from collabdesk.domain import checklist as keys
from collabdesk.domain.enums import Audience
from collabdesk.reports.slides import NBSP
from collabdesk.services.desk import Desk
from collabdesk.store.database import Database
from collabdesk.ui.meeting.presentation_view import PresentationView, deck_for
from collabdesk.ui.meeting.slide_parts import TimelineWidget, balanced

INTERNAL = "Apply to the city youth grant if they decline"


def _logo(path: Path) -> Path:
    image = QImage(240, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#c0392b"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    path.write_bytes(bytes(buffer.data()))
    return path


def _view(qtbot: Any, desk: Desk, lang: str) -> PresentationView:
    deck = deck_for(desk, 1, lang)
    view = PresentationView(deck.slides, deck.colour, logo=deck.logo, lang=deck.lang)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    return view


def _shown(view: PresentationView, wrapping: bool = False) -> list[str]:
    """Visible labels' text (`wrapping`: only those whose lines may break)."""
    return [
        label.text()
        for label in view.findChildren(QLabel)
        if label.isVisible() and (label.wordWrap() or not wrapping)
    ]


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_every_slide_at_1366x768_wears_the_brand_and_keeps_words_together(
    qtbot: Any, demo_db: Database, tmp_path: Path, lang: str
) -> None:
    desk = Desk.over(demo_db.sessions)
    desk.library.set_logo(_logo(tmp_path / "logo.png"))
    view = _view(qtbot, desk, lang)
    assert view.font().family() == "PT Sans"  # the PDFs' face, from reports.fonts
    logo = view.findChild(QLabel, "slideLogo")
    for index, slide in enumerate(view.slides):
        view.show_slide(index)
        qtbot.wait(10)
        assert logo.isVisible() and not logo.pixmap().isNull(), slide.key
        assert view.title.font().family() == "PT Sans"
        for text in _shown(view, wrapping=True):
            for line in text.split("\n"):
                words = line.split(" ")  # ordinary spaces: where a line may break
                assert len(words) == 1 or NBSP in words[-1] or len(words[-1]) >= 24, line
        view.grab().save(str(tmp_path / f"{lang}-{index}-{slide.key}.png"))
    band = view.findChild(QLabel, "slideTitle")
    assert view._brand.lower() in band.styleSheet().lower()
    assert {s.key for s in view.slides} >= {"cover", "timeline"}


def test_a_long_title_is_broken_into_balanced_lines(qtbot: Any, demo_db: Database) -> None:
    view = _view(qtbot, Desk.over(demo_db.sessions), "en")
    metrics = view.title.fontMetrics()
    title = "Science evenings for teenagers in the planetarium cluster next door"
    width = metrics.horizontalAdvance(title) * 2 // 3
    two = balanced(title, metrics, width).split("\n")
    assert len(two) == 2
    first, second = (metrics.horizontalAdvance(line) for line in two)
    assert abs(first - second) < width // 3  # near equal, not a full line and a stub
    assert len(two[1].replace(NBSP, " ").split()) >= 2


def test_the_timeline_is_drawn_with_both_sides(qtbot: Any, demo_db: Database) -> None:
    view = _view(qtbot, Desk.over(demo_db.sessions), "en")
    view.show_slide([s.key for s in view.slides].index("timeline"))
    qtbot.wait(10)
    [timeline] = [t for t in view.findChildren(TimelineWidget) if t.isVisible()]
    texts = "\n".join(timeline.texts())
    assert "Start" in texts and "End" in texts and "Ежемесячный отчёт о посещаемости" in texts
    assert timeline.height() > view.height() // 3


def test_slides_quote_only_what_the_partner_may_read(qtbot: Any, demo_db: Database) -> None:
    desk = Desk.over(demo_db.sessions)
    desk.collaborations.save_answer(1, "alternatives", keys.IF_DECLINED, INTERNAL, True)
    desk.collaborations.save_answer(1, "why", keys.GOAL, "A science library in the cluster", True)
    desk.collaborations.save_answer(1, "qualitative", keys.BRAND_VALUE, "They need clicks", True)
    question = next(q for q in desk.checklist.questions() if q.key == keys.BRAND_VALUE)
    desk.checklist.update_question(
        question.key, question.prompt_en, question.prompt_ru, question.required,
        audience=Audience.STAFF,
    )  # fmt: skip
    view = _view(qtbot, desk, "en")
    seen: list[str] = []
    for index in range(len(view.slides)):
        view.show_slide(index)
        qtbot.wait(10)
        seen += [t.replace(NBSP, " ") for t in _shown(view)]
    everything = "\n".join(seen)
    assert "A science library in the cluster" in everything
    assert INTERNAL not in everything and "They need clicks" not in everything
