"""Meeting mode keeps the office's bookkeeping off the screen turned to the
partner: money values, owners, internal notes, the OVERDUE and no-proof
flags, plan B, the checklist's progress and the reputation dashboard. Read
as the partner would: only what is visible counts, every section and tab
walked, every row selected. After the meeting all of it is back."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
)

from collabdesk.config import resolve
from collabdesk.services.demo import load_demo
from collabdesk.store.database import open_database, sqlite_url
from collabdesk.ui.meeting import meeting_mode
from collabdesk.ui.meeting.meeting_mode import MeetingMode, install_meeting_mode
from collabdesk.ui.shell.i18n import format_money
from collabdesk.ui.shell.main_window import MainWindow
from collabdesk.ui.shell.session import Session

CHOSEN = 1  # the demo's "library in the creative cluster": overdue, no-proof and valued rows


@pytest.fixture
def office(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    db = open_database(sqlite_url(data / "collabdesk.sqlite3"))
    load_demo(db.sessions, "en")
    db.close()
    return data


@pytest.fixture
def meeting(qtbot: Any, qapp: Any, office: Path) -> Iterator[tuple[MainWindow, MeetingMode]]:
    window = MainWindow(office)
    qtbot.addWidget(window)
    run = Session(qapp, window, resolve(str(office), None))
    assert run.open_store()
    window.resize(1366, 768)
    window.show()
    mode = install_meeting_mode(window, run)
    yield window, mode
    run.close()


def _staff_texts(data: Path) -> dict[str, list[str]]:
    """What only staff may read about the chosen collaboration, as the window writes it."""
    conn = sqlite3.connect(data / "collabdesk.sqlite3")
    money = [
        format_money(Decimal(str(value)), currency)
        for value, currency in conn.execute(
            "SELECT value, currency FROM commitment"
            " WHERE collaboration_id = ? AND value IS NOT NULL",
            (CHOSEN,),
        )
    ]
    owners = [
        row[0]
        for row in conn.execute(
            "SELECT owner FROM commitment WHERE collaboration_id = ? AND owner != ''"
            " UNION SELECT p.owner FROM partner p JOIN collaboration_partner cp"
            " ON cp.partner_id = p.id WHERE cp.collaboration_id = ? AND p.owner != ''",
            (CHOSEN, CHOSEN),
        )
    ]
    conn.close()
    assert money and owners, "the demo's chosen collaboration has values and owners"
    return {
        "money": money,
        "owners": owners,
        "flags": ["OVERDUE", "no proof", "days late", "Without proof", "Any owner"],
        "reputation": ["on time", "Reputation"],
        "preparation": ["Plan B:", "Still to prepare", "Not answered:", "Checklist"],
    }


def _visible_cells(view: QAbstractItemView) -> list[str]:
    model = view.model()
    texts: list[str] = []
    if model is None:
        return texts
    columns = model.columnCount(QModelIndex()) if isinstance(view, QTableView) else 1
    for row in range(min(model.rowCount(QModelIndex()), 50)):
        for column in range(columns):
            if isinstance(view, QTableView) and view.isColumnHidden(column):
                continue
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value is not None:
                    texts.append(str(value))
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
        for column in range(columns):
            if not header.isSectionHidden(column):
                texts.append(str(model.headerData(column, Qt.Orientation.Horizontal)))
    return texts


def _visible_texts(window: MainWindow) -> str:
    """Text of every visible label, field, list cell in a shown column,
    combo box item and tab title."""
    texts: list[str] = []
    for label in window.findChildren(QLabel):
        if label.isVisible():
            texts += [label.text(), label.toolTip()]
    for field in window.findChildren(QLineEdit):
        if field.isVisible():
            texts.append(field.text())
    for plain in window.findChildren(QPlainTextEdit):
        if plain.isVisible():
            texts.append(plain.toPlainText())
    for combo in window.findChildren(QComboBox):
        if combo.isVisible():
            texts += [combo.itemText(i) for i in range(combo.count())]
    for view in window.findChildren(QAbstractItemView):
        if view.isVisible():
            texts += _visible_cells(view)
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisible():
            texts += [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]
    return "\n".join(texts)


def _walk(qtbot: Any, window: MainWindow) -> str:
    """Every section, every visible sub-tab, every row of every visible list selected."""
    shown: list[str] = []
    for section in range(window.sections.count()):
        if not window.sections.isTabVisible(section):
            continue
        window.sections.setCurrentIndex(section)
        qtbot.wait(20)
        page = window.sections.widget(section)
        inner = [t for t in page.findChildren(QTabWidget) if t.isVisible()] or [None]
        for tabs in inner:
            for tab in range(tabs.count()) if tabs is not None else [None]:
                if tabs is not None:
                    if not tabs.isTabVisible(tab):
                        continue
                    tabs.setCurrentIndex(tab)
                    qtbot.wait(20)
                for view in page.findChildren(QAbstractItemView):
                    model = view.model()
                    if not view.isVisible() or model is None:
                        continue
                    for row in range(min(model.rowCount(), 20)):
                        view.setCurrentIndex(model.index(row, 0))
                        shown.append(_visible_texts(window))
                shown.append(_visible_texts(window))
    return "\n".join(shown)


def test_meeting_mode_hides_money_owners_flags_and_reputation_and_brings_them_back(
    qtbot: Any,
    meeting: tuple[MainWindow, MeetingMode],
    office: Path,
    monkeypatch: pytest.MonkeyPatch,
    prompts_log: Any,
    tmp_path: Path,
) -> None:
    window, mode = meeting
    staff = _staff_texts(office)
    before = _walk(qtbot, window)
    for kind in ("money", "owners", "flags", "reputation"):  # the walk does find them
        assert any(text in before for text in staff[kind]), (kind, staff[kind])

    monkeypatch.setattr(meeting_mode, "choose_collaborations", lambda *_a: [CHOSEN])
    mode.action.trigger()
    assert mode.active
    shown = _walk(qtbot, window)
    leaks = {kind: [text for text in texts if text in shown] for kind, texts in staff.items()}
    assert leaks == {kind: [] for kind in staff}, leaks
    # what the partner may see is still there
    for text in ("Polygon Creative Cluster", "Rent-free", "Monthly attendance report", "We give"):
        assert text in shown, text
    # the board's cards drop their checklist progress; the search stops
    # offering owners
    assert "Ready:" not in shown
    search = window.findChild(QLineEdit, "commitmentSearch")
    assert search is not None and "owner" not in search.placeholderText()
    tracker = window.findChild(QTableView, "commitmentTable")
    window.sections.setCurrentWidget(window.commitments)
    window.grab().save(str(tmp_path / "meeting-tracker.png"))
    assert tracker.isVisible()

    prompts_log.confirm_answer = True
    mode.action.trigger()
    assert not mode.active
    after = _walk(qtbot, window)
    for kind in ("money", "owners", "flags", "reputation"):
        assert any(text in after for text in staff[kind]), (kind, staff[kind])
    assert "Ready:" in after
    assert "owners" in search.placeholderText()
