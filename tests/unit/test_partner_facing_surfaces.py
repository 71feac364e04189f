"""One rule, every surface: the pitch, the slides and the covering letter
(PDF, copied text, e-mail draft) show a partner nothing written for staff
(the meeting copy's raw bytes are checked in test_meeting_copy_internal,
against the same office). The office has an internal string in every
internal place; none may reach any surface, in either language, while the
partner-facing text does."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from collabdesk.domain import checklist as keys
from collabdesk.reports.letter import build_letter
from collabdesk.reports.letter_text import compose_letter, letter_text
from collabdesk.reports.mail_draft import build_mail_draft
from collabdesk.reports.pitch import build_pitch
from collabdesk.reports.slides import build_slides
from collabdesk.services.desk import Desk
from collabdesk.store.database import Database
from tests.unit.test_meeting_copy_internal import INTERNAL, office

__all__ = ["office"]


def _pdf_text(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _squeezed(text: str) -> str:
    """Without whitespace: a PDF's text may break a string across lines."""
    return "".join(text.split())


def _surfaces(desk: Desk, collab: int, lang: str) -> dict[str, str]:
    content = desk.pitch_content.gather(collab, language=lang)
    partner = content.partner.id if content.partner else None
    answers = desk.collaborations.partner_facing(collab, partner, lang).texts
    slides = build_slides(content, lang, answers)
    slide_text = "\n".join(
        [s.title for s in slides]
        + [s.subtitle for s in slides]
        + [p for s in slides for p in s.paragraphs]
        + [cell for s in slides for row in s.rows for cell in row]
        + [e.text for s in slides for e in s.events]
    )
    pitch = build_pitch(content, lang)
    letter = compose_letter(content, lang)
    return {
        "pitch": _squeezed(_pdf_text(pitch)),
        "slides": _squeezed(slide_text),
        "letter": _squeezed(_pdf_text(build_letter(content, lang))),
        "copied letter": _squeezed(letter_text(letter)),
        "e-mail draft": _squeezed(
            build_mail_draft(letter, pitch, "pitch.pdf").decode("utf-8", "replace")
        ),
    }


def test_a_question_the_library_makes_staff_only_leaves_every_surface(
    office: tuple[Database, int],
) -> None:
    """Who may read is data: the goal, partner-facing by default, disappears
    from the pitch, the slides and the letter once the library says so."""
    db, collab = office
    desk = Desk.over(db.sessions)
    assert "ПУБЛИЧНОЕ-цель" in _surfaces(desk, collab, "ru")["pitch"]
    goal = next(q for q in desk.checklist.questions() if q.key == keys.GOAL)
    desk.checklist.update_question(
        goal.key, goal.prompt_en, goal.prompt_ru, goal.required, audience="staff"
    )

    for name, text in _surfaces(desk, collab, "ru").items():
        assert "ПУБЛИЧНОЕ-цель" not in text, name


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_no_surface_shows_a_partner_what_staff_wrote(
    office: tuple[Database, int], lang: str
) -> None:
    db, collab = office
    surfaces = _surfaces(Desk.over(db.sessions), collab, lang)

    for name, text in surfaces.items():
        leaked = [s for s in INTERNAL if _squeezed(s) in text]
        assert leaked == [], f"{name} ({lang}) shows {leaked}"
    goal = "ПУБЛИЧНОЕ-цель" if lang == "ru" else "PUBLIC-goal-en"
    assert goal in surfaces["pitch"]
    assert "ПУБЛИЧНОЕ-выгода" in surfaces["pitch"] + surfaces["slides"] + surfaces["letter"]


def test_an_english_pitch_prints_the_translations_and_names_what_has_none(
    office: tuple[Database, int],
) -> None:
    """The office's title, goal and promise carry English versions; its idea
    does not, so the English pitch prints the idea as written and the gaps
    name it, while the Russian pitch names nothing."""
    db, collab = office
    desk = Desk.over(db.sessions)
    english = desk.pitch_content.gather(collab, language="en")

    assert english.title == "PUBLIC-title-en"
    assert [p.description for p in english.promises if p.description.startswith("PUBLIC")] == [
        "PUBLIC-promise-en"
    ]
    text = _squeezed(_pdf_text(build_pitch(english, "en")))
    assert "PUBLIC-title-en" in text and "PUBLIC-promise-en" in text
    assert "ПУБЛИЧНОЕ-название" not in text
    partner = english.partner.id if english.partner else None
    gaps = desk.pitch_content.gaps(english)
    assert "collaboration.idea" in gaps.untranslated
    assert "collaboration.title" not in gaps.untranslated
    russian = desk.pitch_content.gather(collab, partner, language="ru")
    assert desk.pitch_content.gaps(russian).untranslated == ()
