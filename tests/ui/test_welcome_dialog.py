"""First start: the welcome asks for the library's name once, offers demo
data, and never comes back after it was answered."""

from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtWidgets import QLabel

from collabdesk.services.demo import is_empty, load_demo
from collabdesk.ui.shell import welcome_dialog
from collabdesk.ui.shell.welcome_dialog import WelcomeDialog, maybe_welcome


@pytest.fixture
def shown(monkeypatch) -> list[WelcomeDialog]:
    """Record the dialogs instead of running them; each test sets what the user does."""
    dialogs: list[WelcomeDialog] = []
    monkeypatch.setattr(welcome_dialog, "run_welcome", lambda dialog: dialogs.append(dialog))
    return dialogs


def welcome(db, desk):
    return maybe_welcome(
        None, desk.library, partial(load_demo, db.sessions), lambda: is_empty(db.sessions)
    )


def answer(monkeypatch, action) -> None:
    def run(dialog: WelcomeDialog):
        action(dialog)
        return dialog.answer

    monkeypatch.setattr(welcome_dialog, "run_welcome", run)


def test_start_saves_the_name_and_loads_demo(db, desk, monkeypatch, qtbot) -> None:
    def fill(dialog: WelcomeDialog) -> None:
        qtbot.addWidget(dialog)
        dialog.name_edit.setText("  Библиотека «Тургеневка» 📖 ")
        dialog.branch_edit.setText("Филиал №2")
        dialog.demo_check.setChecked(True)
        dialog.start_button.click()

    answer(monkeypatch, fill)
    result = welcome(db, desk)
    assert result is not None
    assert result.demo_partners > 0
    assert desk.library.profile().name == "Библиотека «Тургеневка» 📖"
    assert desk.library.profile().branch == "Филиал №2"
    assert not is_empty(db.sessions)


def test_never_shown_again_after_later(db, desk, monkeypatch, shown, qtbot) -> None:
    answer(monkeypatch, lambda dialog: (qtbot.addWidget(dialog), dialog.later_button.click()))
    assert welcome(db, desk) is None
    assert desk.library.profile().name == ""
    assert is_empty(db.sessions)

    monkeypatch.setattr(welcome_dialog, "run_welcome", lambda dialog: shown.append(dialog))
    welcome(db, desk)
    assert shown == []


def test_empty_name_asks_again_and_keeps_the_dialog_open(db, desk, monkeypatch, qtbot) -> None:
    seen = {}

    def press_start(dialog: WelcomeDialog) -> None:
        qtbot.addWidget(dialog)
        dialog.name_edit.setText("   ")
        dialog.start_button.click()
        seen["error"] = dialog.errors["name"].text()
        seen["result"] = dialog.result()

    answer(monkeypatch, press_start)
    assert welcome(db, desk) is None
    assert "Later" in seen["error"]
    assert seen["result"] != WelcomeDialog.DialogCode.Accepted


def test_too_long_name_is_shown_under_the_field(db, desk, monkeypatch, qtbot) -> None:
    seen = {}

    def press_start(dialog: WelcomeDialog) -> None:
        qtbot.addWidget(dialog)
        dialog.name_edit.setText("Б" * 1000)
        dialog.start_button.click()
        seen["error"] = dialog.errors["name"].isVisibleTo(dialog)
        seen["kept"] = dialog.name_edit.text()

    answer(monkeypatch, press_start)
    welcome(db, desk)
    assert seen == {"error": True, "kept": "Б" * 1000}
    assert desk.library.profile().name == ""


def test_not_shown_when_the_database_has_partners(db, desk, shown) -> None:
    load_demo(db.sessions, "en")
    assert welcome(db, desk) is None
    assert shown == []


def test_not_shown_when_the_library_has_a_name(db, desk, shown) -> None:
    from dataclasses import replace

    desk.library.save(replace(desk.library.profile(), name="Городская библиотека"))
    assert welcome(db, desk) is None
    assert shown == []


def test_first_start_of_the_program_shows_the_welcome(qapp, tmp_path, monkeypatch) -> None:
    """run_gui on a new data folder: the window opens, then the welcome."""
    from PySide6.QtCore import QTimer

    from collabdesk.app import run_gui
    from collabdesk.config import resolve

    asked = []

    def record(dialog: WelcomeDialog) -> None:
        asked.append(dialog.windowTitle())
        QTimer.singleShot(0, qapp.quit)

    monkeypatch.setattr(welcome_dialog, "run_welcome", record)
    assert run_gui(resolve(str(tmp_path / "data")), ["collabdesk"]) == 0
    assert asked == ["Welcome to CollabDesk"]
    assert (tmp_path / "data" / "logs" / "collabdesk.log").exists()


def test_a_new_empty_database_gets_its_own_welcome(
    db, desk, monkeypatch, shown, qtbot, tmp_path
) -> None:
    from collabdesk.services.desk import Desk
    from collabdesk.store.database import open_database, sqlite_url

    def later(dialog: WelcomeDialog):
        qtbot.addWidget(dialog)
        dialog.later_button.click()
        return dialog.answer

    monkeypatch.setattr(welcome_dialog, "run_welcome", later)
    first_url = str(db.url)
    maybe_welcome(None, desk.library, None, lambda: is_empty(db.sessions), first_url)
    (tmp_path / "second").mkdir()
    other = open_database(sqlite_url(tmp_path / "second" / "db.sqlite3"))
    try:
        other_desk = Desk.over(other.sessions)
        monkeypatch.setattr(welcome_dialog, "run_welcome", lambda dialog: shown.append(dialog))
        # The first database was answered: no second welcome there...
        maybe_welcome(None, desk.library, None, lambda: is_empty(db.sessions), first_url)
        assert shown == []
        # ...but a new data folder is asked about its library too.
        maybe_welcome(
            None, other_desk.library, None, lambda: is_empty(other.sessions), str(other.url)
        )
        assert len(shown) == 1
    finally:
        other.close()


def test_the_error_line_gets_room_instead_of_covering_the_text(db, desk, qtbot) -> None:
    dialog = WelcomeDialog(desk.library, None, "ru")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    dialog.start_button.click()  # no name typed
    assert dialog.errors["name"].isVisible()
    assert dialog.height() > before
    assert dialog.height() >= dialog.sizeHint().height()
    intro = dialog.findChild(QLabel, "welcomeIntro")
    name_top = dialog.name_edit.mapTo(dialog, dialog.name_edit.rect().topLeft()).y()
    assert intro.geometry().bottom() < name_top  # the question is not overlapped


def test_welcome_controls_have_accessible_names(qtbot, desk) -> None:
    from collabdesk.ui.shell.welcome_dialog import WelcomeDialog
    from tests.ui.accessible_names import accessible_name, unnamed_controls

    dialog = WelcomeDialog(desk.library, None, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []
    assert accessible_name(dialog.name_edit) == "Library name"
