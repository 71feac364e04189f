"""Meeting mode as the partner across the table would test it: walk every
view and look for anybody else's name, e-mail or phone; try to change
things; check the real file did not change; notes reach the log afterwards."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from collabdesk.config import resolve
from collabdesk.services.contacts import ContactDraft
from collabdesk.services.demo import load_demo
from collabdesk.services.desk import Desk
from collabdesk.services.errors import ReadOnlyError, ServiceError
from collabdesk.services.interactions import InteractionDraft
from collabdesk.services.meeting_copy import make_meeting_copy
from collabdesk.services.partners import PartnerDraft
from collabdesk.store.database import open_database, sqlite_url
from collabdesk.ui.meeting import meeting_mode, meeting_pin
from collabdesk.ui.meeting.meeting_mode import MeetingMode, install_meeting_mode
from collabdesk.ui.shell.main_window import MainWindow
from collabdesk.ui.shell.session import Session

CHOSEN = 1  # "The library in the creative cluster" with Polygon Creative Cluster


def _secrets(db_path: Path, keep: set[int]) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(db_path)
    rows = conn.execute(
        "SELECT p.id, p.name, p.email, p.phone, c.name, c.email, c.phone"
        " FROM partner p LEFT JOIN contact c ON c.partner_id = p.id"
    ).fetchall()
    conn.close()
    return sorted({v for r in rows if r[0] not in keep for v in r[1:] if v and len(v) > 3})


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, list[str], set[int]]:
    """Demo data and a secret partner with a contact, an interaction and a deal."""
    data = tmp_path / "data"
    data.mkdir()
    db = open_database(sqlite_url(data / "collabdesk.sqlite3"))
    load_demo(db.sessions, "en")
    desk = Desk.over(db.sessions)
    secret = desk.partners.create(
        PartnerDraft(name="Zanzibar <b>Secret</b>", email="ceo@zanzibar.example", phone="+7 999 1")
    )
    desk.contacts.add(secret.id, ContactDraft("Ivan Hiddenov", email="ivan@hidden.example"))
    desk.interactions.add(secret.id, InteractionDraft(date(2026, 5, 1), summary="Price talk"))
    main = {p.partner_id for p in desk.collaborations.get(CHOSEN).partners}
    db.close()
    path = data / "collabdesk.sqlite3"
    return data, _secrets(path, main), main


@pytest.fixture
def session(
    qtbot: Any, qapp: Any, office: tuple[Path, list[str], set[int]]
) -> Iterator[tuple[Session, MeetingMode]]:
    data = office[0]
    window = MainWindow(data)
    qtbot.addWidget(window)
    run = Session(qapp, window, resolve(str(data), None))
    assert run.open_store()
    from collabdesk.ui.shell.data_menu import install_data_menu

    install_data_menu(window, run)  # as app.run_gui does: File → Import, Export, Back up…
    window.show()
    mode = install_meeting_mode(window, run)
    yield run, mode
    run.close()


def _columns(model: QAbstractItemModel) -> int:
    try:
        return int(model.columnCount(QModelIndex()))
    except TypeError:  # Qt's internal list models (completers, combo boxes): one column
        return 1


def _model_texts(model: QAbstractItemModel) -> list[str]:
    """Display and tooltip text of every cell (the window's models are flat tables)."""
    parent = QModelIndex()
    while model.canFetchMore(parent):
        model.fetchMore(parent)
    texts: list[str] = []
    for row in range(model.rowCount(parent)):
        for column in range(_columns(model)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value is not None:
                    texts.append(str(value))
    return texts


def _everything_on_screen(window: MainWindow) -> str:
    """Visit every section, select every row of every list, then read every
    model, label, field and combo box of the window."""
    texts: list[str] = [window.windowTitle()]
    for section in range(window.sections.count()):
        window.sections.setCurrentIndex(section)
        for view in window.findChildren(QAbstractItemView):
            items = view.model()
            if items is not None:
                for row in range(min(items.rowCount(), 30)):
                    view.setCurrentIndex(items.index(row, 0))
                    texts.append(_widget_texts(window))
    for model in window.findChildren(QAbstractItemModel):
        texts += _model_texts(model)
    texts.append(_widget_texts(window))
    return "\n".join(texts)


def _widget_texts(window: MainWindow) -> str:
    texts: list[str] = []
    for label in window.findChildren(QLabel):
        texts += [label.text(), label.toolTip()]
    for field in window.findChildren(QLineEdit):
        texts.append(field.text())
    for plain in window.findChildren(QPlainTextEdit):
        texts.append(plain.toPlainText())
    for rich in window.findChildren(QTextEdit):
        texts.append(rich.toPlainText())
    for combo in window.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    return "\n".join(texts)


def _where(window: MainWindow, secrets: list[str]) -> list[str]:
    """Which model or widget shows a secret (the failure message)."""
    found = []
    for model in window.findChildren(QAbstractItemModel):
        text = "\n".join(_model_texts(model))
        found += [f"{type(model).__name__}: {s}" for s in secrets if s in text]
    for widget in window.findChildren(QLabel):
        found += [f"{widget.objectName()}: {s}" for s in secrets if s in widget.text()]
    for combo in window.findChildren(QComboBox):
        items = " ".join(combo.itemText(i) for i in range(combo.count()))
        found += [f"{combo.objectName()}: {s}" for s in secrets if s in items]
    return found


def _double_click(qtbot: Any, window: MainWindow, pos: Any) -> None:
    """A press then a double-click, as a mouse sends them (the view needs both)."""
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.slow
def test_no_other_partner_is_visible_and_nothing_can_change(
    qtbot: Any,
    session: tuple[Session, MeetingMode],
    office: tuple[Path, list[str], set[int]],
    monkeypatch: pytest.MonkeyPatch,
    prompts_log: Any,
) -> None:
    run, mode = session
    window = run.window
    data, secrets, main = office
    real = data / "collabdesk.sqlite3"
    assert "Zanzibar <b>Secret</b>" in secrets and "City Culture Department" in secrets
    assert "Zanzibar <b>Secret</b>" in _everything_on_screen(window)  # the walk does find them

    monkeypatch.setattr(meeting_mode, "choose_collaborations", lambda *_a: [CHOSEN])
    mode.action.trigger()
    assert mode.active and mode.action.isChecked()
    before = _sha(real)
    assert not real.with_name(real.name + "-wal").exists()

    shown = _everything_on_screen(window)
    assert [s for s in secrets if s in shown] == [], _where(window, secrets)
    assert "Polygon Creative Cluster" in shown  # the chosen partner is there
    assert window.findChild(QLabel, "meetingBanner").isVisible()

    # every control that changes data is out of reach…
    for action in window.findChildren(QAction):
        if action.isVisible() and action.menu() is None and not action.isSeparator():
            assert action.objectName() in meeting_mode.ALLOWED, action.text()
    for name in ("newPartnerAction", "deletePartnerAction", "importAction", "exportAction",
                 "undoAction", "newCollaborationAction", "settingsAction"):  # fmt: skip
        assert not window.findChild(QAction, name).isVisible(), name
    for button in window.findChildren(QAbstractButton):
        if button.objectName() in ("newCollaboration", "editPartnerButton", "deletePartnerButton",
                                   "statisticsImportButton", "addInteractionButton"):  # fmt: skip
            assert not button.isVisible(), button.objectName()
    editable = [
        view.objectName()
        for view in window.findChildren(QAbstractItemView)
        if view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
    ]
    assert editable == []  # no cell opens for typing (the statistics table does otherwise)
    trash = window.findChild(QWidget, "trashView")
    assert not window.sections.isTabVisible(window.sections.indexOf(trash))
    tasks = window.findChild(QWidget, "tasksSection")  # who in the office does what
    assert not window.sections.isTabVisible(window.sections.indexOf(tasks))
    # a double-click on a row would open the editor: it does nothing in a meeting
    from collabdesk.ui.partners import partner_dialogs as dialogs

    edits: list[object] = []
    monkeypatch.setattr(dialogs, "edit_partner", lambda *a: edits.append(a))
    window.sections.setCurrentIndex(0)
    rect = window.table.visualRect(window.model.index(0, 0))
    _double_click(qtbot, window, rect.center())
    assert edits == []
    # …and what a bug or a shortcut might still reach is refused by the connection
    assert window.desk is not None
    with pytest.raises(ReadOnlyError):
        window.desk.partners.create(PartnerDraft(name="Added in the meeting"))
    with pytest.raises(ServiceError):  # refused: in use here, read-only anyway
        window.desk.partners.delete(next(iter(main)))
    with pytest.raises(ReadOnlyError):
        window.desk.collaborations.delete(CHOSEN)

    # notes are kept apart, fsynced, and merged after the meeting
    partner = window.findChild(QComboBox, "meetingNotePartner")
    assert partner.count() >= 1 and partner.itemText(0) == "Polygon Creative Cluster"
    window.findChild(QPlainTextEdit, "meetingNoteText").setPlainText("They offer the hall 🙂")
    window.findChild(QAbstractButton, "meetingNoteSave").click()
    notes = data / "meeting-notes.jsonl"
    assert "They offer the hall" in notes.read_text(encoding="utf-8")
    window.findChild(QAbstractButton, "meetingNoteSave").click()  # empty: said, not saved
    assert "empty" in window.findChild(QLabel, "meetingNoteError").text()
    assert _sha(real) == before  # the whole meeting left the real file alone

    prompts_log.confirm_answer = True
    mode.action.trigger()
    assert not mode.active and window.desk is not None
    assert not notes.exists()
    partner_id = partner.itemData(0) if partner.count() else next(iter(main))
    logged = [i.summary for i in window.desk.interactions.for_partner(int(partner_id))]
    assert "They offer the hall 🙂" in logged
    assert window.findChild(QAction, "newPartnerAction").isVisible()
    statistics_table = window.findChild(QAbstractItemView, "statisticsTable")
    assert statistics_table.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
    window.sections.setCurrentIndex(0)
    window.select_row(0)
    rect = window.table.visualRect(window.model.index(0, 0))
    _double_click(qtbot, window, rect.center())
    assert len(edits) == 1  # the test does see a double-click when it is allowed
    assert "Zanzibar <b>Secret</b>" in _everything_on_screen(window)


def test_leaving_needs_the_pin_and_a_confirmation(
    session: tuple[Session, MeetingMode], monkeypatch: pytest.MonkeyPatch, prompts_log: Any
) -> None:
    _run, mode = session
    meeting_pin.set_pin("2468")
    assert mode.enter([CHOSEN])
    monkeypatch.setattr(meeting_mode, "ask_pin", lambda _w: "1111")
    prompts_log.confirm_answer = True
    assert not mode.leave() and mode.active
    assert prompts_log.texts("error") == ["That PIN is not right."]
    monkeypatch.setattr(meeting_mode, "ask_pin", lambda _w: "2468")
    prompts_log.confirm_answer = False
    assert not mode.leave() and mode.active  # said no to the confirmation
    prompts_log.confirm_answer = True
    assert mode.leave() and not mode.active
    stored = str(__import__("PySide6.QtCore").QtCore.QSettings().value(meeting_pin.PIN_KEY))
    assert "2468" not in stored and "$" in stored  # a salted hash, not the PIN
    with pytest.raises(ValueError):
        meeting_pin.set_pin("12a4")


def test_a_meeting_laptop_opens_in_meeting_mode_and_stays(
    qtbot: Any, qapp: Any, office: tuple[Path, list[str], set[int]], tmp_path: Path,
    prompts_log: Any,
) -> None:  # fmt: skip
    data, secrets, _main = office
    laptop = tmp_path / "laptop"
    laptop.mkdir()
    copy = make_meeting_copy(data / "collabdesk.sqlite3", laptop / "collabdesk.sqlite3", [CHOSEN])
    before = _sha(copy)
    window = MainWindow(laptop)
    qtbot.addWidget(window)
    run = Session(qapp, window, resolve(str(laptop), None))
    try:
        assert run.open_store()
        window.show()
        assert run.meeting is not None and run.meeting.active and run.meeting.laptop_copy
        shown = _everything_on_screen(window)
        assert [s for s in secrets if s in shown] == []
        window.sections.setCurrentIndex(0)
        qapp.processEvents()
        visible = [b.objectName() for b in window.findChildren(QAbstractButton) if b.isVisible()]
        assert "editPartnerButton" not in visible and "addContactButton" not in visible
        assert "meetingNoteSave" in visible
        assert not run.meeting.leave()
        assert "stays in meeting mode" in prompts_log.texts("info")[0]
    finally:
        run.close()
    assert _sha(copy) == before


def test_the_pin_is_set_in_settings(qtbot: Any, desk: Desk, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QCheckBox

    from collabdesk.ui.shell.settings_dialog import SettingsDialog

    dialog = SettingsDialog(desk.library, tmp_path)
    qtbot.addWidget(dialog)
    pin = dialog.findChild(QLineEdit, "meetingPinEdit")
    assert pin.echoMode() == QLineEdit.EchoMode.Password
    pin.setText("12ab")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted and not meeting_pin.has_pin()
    assert "4 to 12 digits" in dialog.findChild(QLabel, "meetingPinError").text()
    pin.setText("97531")
    dialog.save()
    assert meeting_pin.check_pin("97531") and not meeting_pin.check_pin("97532")
    assert "97531" not in str(QSettings().value(meeting_pin.PIN_KEY))

    again = SettingsDialog(desk.library, tmp_path)
    qtbot.addWidget(again)
    again.findChild(QCheckBox, "meetingPinClear").setChecked(True)
    again.save()
    assert not meeting_pin.has_pin()


def test_prepare_a_meeting_laptop(
    session: tuple[Session, MeetingMode],
    office: tuple[Path, list[str], set[int]],
    monkeypatch: pytest.MonkeyPatch,
    prompts_log: Any,
    tmp_path: Path,
) -> None:
    _run, mode = session
    _data, secrets, _main = office
    folder = tmp_path / "usb"
    folder.mkdir()
    monkeypatch.setattr(meeting_mode, "choose_collaborations", lambda *_a: [CHOSEN])
    monkeypatch.setattr(meeting_mode, "choose_folder", lambda _w: str(folder))
    mode.window.findChild(QAction, "prepareMeetingAction").trigger()
    target = folder / "collabdesk.sqlite3"
    assert target.exists() and "--data-dir" in prompts_log.texts("info")[0]
    raw = target.read_bytes()
    assert [s for s in secrets if s.encode() in raw] == []
    mode.prepare_laptop()  # the same folder again: refused, the copy is kept
    assert "already exists" in prompts_log.texts("error")[0]
    assert target.read_bytes() == raw


def test_closing_the_window_in_a_meeting_needs_the_pin(
    session: tuple[Session, MeetingMode], monkeypatch: pytest.MonkeyPatch
) -> None:
    run, mode = session
    meeting_pin.set_pin("8080")
    assert mode.enter([CHOSEN])
    monkeypatch.setattr(meeting_mode, "ask_pin", lambda _w: "0000")
    run.window.close()
    assert run.window.isVisible() and mode.active
    monkeypatch.setattr(meeting_mode, "ask_pin", lambda _w: "8080")
    run.window.close()
    assert not run.window.isVisible()


def test_copies_left_by_a_crash_are_removed(
    session: tuple[Session, MeetingMode], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    old, fresh = tmp_path / "collabdesk-meeting-old", tmp_path / "collabdesk-meeting-new"
    for folder in (old, fresh):
        folder.mkdir()
        (folder / "meeting.sqlite3").write_bytes(b"x")
    os.utime(old, (0, 0))
    _run, mode = session
    assert mode.enter([CHOSEN])
    assert not old.exists() and fresh.exists()  # another program's meeting may still run


def _reminder_bars(window: MainWindow) -> list[Any]:
    from collabdesk.ui.commitments.commitments_section import ReminderBanner

    return window.findChildren(ReminderBanner, "reminderBanner")


def test_one_reminder_banner_after_the_meeting_and_none_during_it(
    session: tuple[Session, MeetingMode], prompts_log: Any
) -> None:
    """Leaving reopened the real data, which added its banner beside the one
    hidden for the meeting: two identical banners."""
    run, mode = session
    window = run.window
    before = _reminder_bars(window)
    assert len(before) == 1 and before[0].isVisible()  # the demo data has overdue promises
    text = before[0].findChild(QLabel, "reminderText").text()
    assert mode.enter([CHOSEN])
    assert [bar for bar in _reminder_bars(window) if bar.isVisible()] == []
    prompts_log.confirm_answer = True
    assert mode.leave()
    after = [bar for bar in _reminder_bars(window) if window.isAncestorOf(bar)]
    assert len(after) == 1 and after[0].isVisible()
    assert after[0].findChild(QLabel, "reminderText").text() == text
    run.close_connections(backup_first=False)
    assert run.open_store()  # reopening the data again (a restore does it) adds none
    assert len([bar for bar in _reminder_bars(window) if window.isAncestorOf(bar)]) == 1


def test_meeting_controls_have_accessible_names(
    session: tuple[Session, MeetingMode], qtbot: Any
) -> None:
    from collabdesk.ui.meeting.meeting_dialogs import MeetingChooser
    from collabdesk.ui.meeting.presentation_view import PresentationView
    from tests.ui.accessible_names import accessible_name, unnamed_controls

    run, mode = session
    assert mode.enter([CHOSEN])
    assert unnamed_controls(mode.dock) == []
    assert mode.dock.partner.accessibleName() == "Partner"  # on Linux Name is the current item
    assert accessible_name(mode.dock.text) == "Note"
    assert run.window.desk is not None
    chooser = MeetingChooser(run.window.desk, run.window)
    qtbot.addWidget(chooser)
    chooser.show()
    assert unnamed_controls(chooser) == []
    slides = PresentationView([], "#1F5C99")
    qtbot.addWidget(slides)
    assert unnamed_controls(slides) == []
