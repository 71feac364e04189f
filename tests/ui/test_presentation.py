"""The presentation: slides from the pitch content, keys and clickers, type
that scales with the screen, Present… on the Collaborations view, and
`collabdesk --meeting present ID` starting straight into it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QLabel, QPushButton

from collabdesk.config import resolve
from collabdesk.reports.slides import build_slides
from collabdesk.services.demo import load_demo
from collabdesk.services.desk import Desk
from collabdesk.store.database import Database, open_database, sqlite_url
from collabdesk.ui.meeting import meeting_mode, presentation_view
from collabdesk.ui.meeting.presentation_view import PresentationView, slides_for
from collabdesk.ui.shell.main_window import MainWindow
from collabdesk.ui.shell.session import Session

SHOTS = Path("/tmp/shots")


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[PresentationView]:
    """Presentations open in a window of the test's size, not full screen."""
    opened: list[PresentationView] = []

    def show(view: PresentationView) -> None:
        opened.append(view)
        view.resize(1366, 768)
        view.show()

    monkeypatch.setattr(presentation_view, "show_presentation", show)
    return opened


def _texts(view: PresentationView) -> str:
    # no-break spaces and balanced title lines are typography, not words
    shown = [label.text() for label in view.findChildren(QLabel) if label.isVisible()]
    return "\n".join(text.replace("\u00a0", " ").replace("\n", " ") for text in shown)


def test_slides_follow_the_pitch_and_the_keys(qtbot: Any, demo_db: Database) -> None:
    desk = Desk.over(demo_db.sessions)
    colour, slides = slides_for(desk, 1, "en")
    content = desk.pitch_content.gather(1)
    assert [s.key for s in slides] == [s.key for s in build_slides(content, "en")]
    assert slides[0].title == content.title and "numbers" in [s.key for s in slides]
    view = PresentationView(slides, colour)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    assert view.objectName() == "presentationView"
    assert content.title in _texts(view) and f"1 / {len(slides)}" in _texts(view)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
        qtbot.keyClick(view, key)
    assert view.index == 3
    qtbot.keyClick(view, Qt.Key.Key_PageUp)  # a clicker's "back"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.index == 1
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.index == len(slides) - 1
    qtbot.keyClick(view, Qt.Key.Key_Right)  # past the end stays on the last slide
    assert view.index == len(slides) - 1
    qtbot.keyClick(view, Qt.Key.Key_Home)
    numbers = [s.key for s in slides].index("numbers")
    view.show_slide(numbers)
    charts = [c for c in view.findChildren(QSvgWidget) if view.body.isAncestorOf(c)]
    assert len(charts) == 2 and all(c.renderer().isValid() for c in charts)
    with qtbot.waitSignal(view.left):
        qtbot.keyClick(view, Qt.Key.Key_Escape)


def test_type_scales_with_the_screen(qtbot: Any, qapp: Any, demo_db: Database) -> None:
    colour, slides = slides_for(Desk.over(demo_db.sessions), 1, "ru")
    view = PresentationView(slides, colour)
    qtbot.addWidget(view)
    sizes = {}
    SHOTS.mkdir(exist_ok=True)
    for width, height in ((1366, 768), (1920, 1080), (3840, 2160)):
        view.resize(width, height)
        view.show()
        qapp.processEvents()
        assert view.size() == QSize(width, height)
        sizes[height] = view.title.font().pixelSize()
        # the title and every line fit inside the slide
        assert view.title.sizeHint().width() <= width
        view.grab().save(str(SHOTS / f"9-test-ru-{width}.png"))
    assert sizes[768] < sizes[1080] < sizes[2160]
    assert 50 <= sizes[1080] <= 110  # large enough to read across a table


def test_markup_in_names_prints_literally(qtbot: Any, db: Database) -> None:
    from collabdesk.services.collaborations import CollaborationDraft
    from collabdesk.services.partners import PartnerDraft

    desk = Desk.over(db.sessions)
    partner = desk.partners.create(PartnerDraft(name="<b>Bold</b> & Co 🙂"))
    collab = desk.collaborations.create(
        CollaborationDraft(
            title="<img src=x> title", idea="long " * 2000, partner_ids=(partner.id,)
        )
    )
    colour, slides = slides_for(desk, collab.id, "en")
    assert [s.key for s in slides] == ["cover", "idea"]  # nothing else recorded yet
    idea = slides[1].paragraphs[0]
    assert len(idea) <= 600 and idea.endswith("…")  # a 10,000-character idea is cut
    view = PresentationView(slides, colour)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in view.findChildren(QLabel))
    assert "<b>Bold</b> & Co 🙂" in _texts(view) and "<img src=x> title" in _texts(view)


def test_present_button_on_collaborations(
    make_window: Any, demo_db: Database, shown: list[PresentationView]
) -> None:
    window = make_window(demo_db)
    view = window.collaborations
    window.show_section(view)
    button = view.findChild(QPushButton, "presentButton")
    assert not button.isEnabled()  # nothing chosen yet
    view.select(2)
    assert button.isEnabled()
    button.click()
    assert len(shown) == 1
    assert shown[0].slides[0].title == Desk.over(demo_db.sessions).collaborations.get(2).title


def test_present_refuses_a_missing_collaboration(
    qtbot: Any, db: Database, prompts_log: Any, shown: list[PresentationView]
) -> None:
    assert presentation_view.present(None, Desk.over(db.sessions), 404) is None
    assert shown == [] and "no collaboration with id 404" in prompts_log.texts("error")[0]


@pytest.fixture
def office_run(qtbot: Any, qapp: Any, tmp_path: Path) -> Iterator[Session]:
    """A window and its run over a data folder with the demo data, as app.py builds them."""
    data = tmp_path / "data"
    data.mkdir()
    office = open_database(sqlite_url(data / "collabdesk.sqlite3"))
    load_demo(office.sessions, "en")
    office.close()
    window = MainWindow(data)
    qtbot.addWidget(window)
    window.show()
    run = Session(qapp, window, resolve(str(data), None))
    assert run.open_store()
    yield run
    run.close()


def test_meeting_present_starts_in_meeting_mode_with_the_slides(
    office_run: Session, shown: list[PresentationView]
) -> None:
    """`collabdesk --meeting present 2`: only collaboration 2, and its slides on screen."""
    window = office_run.window
    office_run.start_meeting(True, ("present", 2, "en"))
    assert office_run.in_meeting() and window.desk is not None and window.isVisible()
    assert [r.id for r in window.desk.collaborations.rows()] == [2]
    assert len(shown) == 1 and shown[0].slides[0].key == "cover"


def test_meeting_start_with_nothing_chosen_shows_nothing(
    office_run: Session, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []

    def cancel(parent: Any, _desk: Any) -> None:
        seen.append(parent.isVisible())  # the staff member chooses; the window waits hidden
        return None

    monkeypatch.setattr(meeting_mode, "choose_collaborations", cancel)
    quits: list[bool] = []
    monkeypatch.setattr(qapp, "quit", lambda: quits.append(True))
    office_run.start_meeting(True, None)
    assert seen == [False] and quits == [True] and not office_run.in_meeting()
    assert not office_run.window.isVisible()
