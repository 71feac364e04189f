"""Repeat… in the tracker: the dialog previews the due dates, refuses what
cannot be, and saves a schedule whose occurrences the tracker labels
"(3/12)"; undo takes the whole schedule back."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu

from collabdesk.domain.enums import Direction, Recurrence
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.commitment_series import Schedule
from collabdesk.services.commitment_tracker import SortKey
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.store.database import Database
from collabdesk.ui.commitments import commitment_dialogs
from collabdesk.ui.commitments.commitment_table_model import CommitmentTableModel
from collabdesk.ui.commitments.repeat_dialog import RepeatDialog
from collabdesk.ui.shell.main_window import MainWindow
from tests.ui.test_commitment_tracker_ui import pane_of, select, shot
from tests.ui.test_history_ui import history_ui

FIRST_DUE = date.today() + timedelta(days=10)
REPORT = "Monthly attendance report"


@pytest.fixture
def seeded(desk: Desk) -> dict[str, int]:
    pid = desk.partners.create(PartnerDraft(name="Книжный клуб «Тёплые страницы»")).id
    cid = desk.collaborations.create(
        CollaborationDraft(title="Отчёты о посещаемости", partner_ids=(pid,))
    ).id
    report = desk.commitments.add(
        cid,
        CommitmentDraft(
            Direction.LIBRARY_GIVES,
            REPORT,
            partner_id=pid,
            quantity=Decimal(12),
            unit="reports",
            due_on=FIRST_DUE,
            owner="Анна",
        ),
    ).id
    undated = desk.commitments.add(
        cid, CommitmentDraft(Direction.PARTNER_GIVES, "Зал без даты", partner_id=pid)
    ).id
    return {"report": report, "undated": undated, "collab": cid}


@pytest.fixture
def window(make_window: Any, db: Database, seeded: Any, tmp_path: Path) -> MainWindow:
    made = make_window(db)
    made.attach_desk(Desk.over(db.sessions, data_dir=tmp_path / "data"))
    return made


def descriptions(window: MainWindow) -> list[str]:
    model = pane_of(window).model
    column = CommitmentTableModel.DESCRIPTION
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_repeat_previews_the_dates_and_makes_labelled_occurrences(
    window: MainWindow, seeded: dict[str, int], desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = pane_of(window)
    select(pane, seeded["undated"])
    assert not pane.repeat_button.isEnabled()  # no due date: nothing to repeat from
    assert "due date" in pane.repeat_button.toolTip()
    select(pane, seeded["report"])
    assert pane.repeat_button.isEnabled()

    seen: dict[str, Any] = {}

    def fill_and_accept(dialog: Any) -> int:
        assert isinstance(dialog, RepeatDialog)
        dialog.times.setValue(1 + 1)  # the spin box allows 2 to 120
        assert "2 occurrences" in dialog.preview.text()
        dialog.by_until.setChecked(True)
        dialog.until.setDate(QDate(FIRST_DUE.year - 1, 1, 1))  # before the first date
        seen["refusal"] = dialog.preview.text()
        seen["ok_when_refused"] = dialog.ok.isEnabled()
        dialog.by_times.setChecked(True)
        dialog.times.setValue(12)
        seen["preview"] = dialog.preview.text()
        shot(dialog, "repeat-dialog-en.png")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(commitment_dialogs, "exec_dialog", fill_and_accept)
    pane.repeat_button.click()

    assert "before the first due date" in seen["refusal"] and not seen["ok_when_refused"]
    assert "12 occurrences" in seen["preview"] and "… and 5 more, until" in seen["preview"]
    assert "shared out" in seen["preview"]  # 12 reports: one each
    rows = [r for r in desk.commitments.for_collaboration(seeded["collab"]) if r.series_id]
    assert len(rows) == 12 and {r.quantity for r in rows} == {1}

    # Sorted by description, the series reads as one promise, in order.
    pane.table.sortByColumn(CommitmentTableModel.DESCRIPTION, Qt.SortOrder.AscendingOrder)
    assert pane.model.query.sort is SortKey.DESCRIPTION
    labels = [d for d in descriptions(window) if d.endswith(REPORT)]
    assert labels == [f"({n}/12) {REPORT}" for n in range(1, 13)]
    select(pane, seeded["report"])
    assert not pane.repeat_button.isEnabled()  # already repeating
    shot(window, "tracker-schedule-en.png")


def test_repeat_from_the_context_menu_and_undo_takes_the_series_back(
    window: MainWindow, seeded: dict[str, int], desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = pane_of(window)
    select(pane, seeded["report"])
    rect = pane.table.visualRect(pane.table.currentIndex())
    pane._context_menu(QPoint(rect.center()))
    menu = pane.findChild(QMenu, "commitmentMenu")
    assert menu is not None
    repeat = next(a for a in menu.actions() if a.text() == "Repeat…")
    assert repeat.isEnabled()

    def quarterly(dialog: Any) -> int:
        dialog.every.setCurrentIndex(2)  # quarter
        dialog.times.setValue(4)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(commitment_dialogs, "exec_dialog", quarterly)
    repeat.trigger()
    menu.close()
    assert sum(1 for d in descriptions(window) if d.endswith(REPORT)) == 4
    assert f"(4/4) {REPORT}" in descriptions(window)

    undo = history_ui(window).undo_action
    # One step for the whole schedule, named so in the Edit menu.
    assert undo.text() == "&Undo: create schedule and 4 commitments"
    undo.trigger()
    QApplication.processEvents()
    assert [d for d in descriptions(window) if d.endswith(REPORT)] == [REPORT]
    assert desk.commitments.get(seeded["report"]).series_id is None


def test_a_refused_schedule_says_why_in_the_dialog(
    window: MainWindow, seeded: dict[str, int], desk: Desk
) -> None:
    row = pane_of(window).model.row_at(0)
    assert row is not None
    dialog = RepeatDialog(desk.series, row)
    desk.series.schedule(seeded["report"], Schedule(Recurrence.WEEK, times=2))  # meanwhile
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.isVisibleTo(dialog) and "already" in dialog.error.text()
