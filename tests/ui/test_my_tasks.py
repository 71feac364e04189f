"""My tasks, This week and the steps editor, as a person uses them: a step
assigned to me shows, ticking it takes it off; without a name the empty
queue says how to set one; Enter opens the promise in its collaboration;
steps are added, ticked, moved and removed from the keyboard."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from collabdesk.domain.enums import Direction
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.services.my_name import my_name, save_my_name
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.steps import StepDraft
from collabdesk.store.database import Database
from collabdesk.ui.commitments import commitment_dialogs
from collabdesk.ui.commitments.steps_editor import StepsEditor, StepTableModel
from collabdesk.ui.shell.settings_dialog import SettingsDialog
from collabdesk.ui.tasks import tasks_view
from collabdesk.ui.tasks.task_table_model import TaskTableModel

TODAY = date.today()


@pytest.fixture
def promise(desk: Desk) -> int:
    partner = desk.partners.create(PartnerDraft(name="Кофейня «Зерно»")).id
    draft = CollaborationDraft(title="Фестиваль", partner_ids=(partner,))
    collab = desk.collaborations.create(draft).id
    return desk.commitments.add(
        collab,
        CommitmentDraft(
            direction=Direction.LIBRARY_GIVES,
            description="Баннер у входа",
            due_on=TODAY + timedelta(days=20),
            owner="Анна",
            partner_id=partner,
        ),
    ).id


def whats(model: TaskTableModel) -> list[str]:
    rows = (model.task_at(row) for row in range(model.rowCount()))
    return [row.what for row in rows if row is not None]


def test_a_step_assigned_to_me_shows_and_ticking_it_takes_it_off(
    make_window: Any, db: Database, desk: Desk, promise: int, tmp_path: Path, qtbot: Any
) -> None:
    step = desk.steps.add(promise, StepDraft(what="Печать", who="Ольга", due_on=TODAY))
    desk.steps.add(promise, StepDraft(what="Монтаж", who="Пётр"))
    save_my_name(tmp_path, "ольга")
    window = make_window(db)
    tasks_view.refresh_my_tasks_line(window)  # as ui/shell/session.py does on opening the data
    section = window.tasks
    section.show_queue(section.mine)
    queue = section.mine
    assert whats(queue.model) == ["Печать"]
    assert queue.name_label.text() == "My name: ольга"
    assert "Assigned to you (ольга): 1 open; overdue: 0, due this week: 1." in window.banner.texts()
    queue.table.setCurrentIndex(queue.model.index(0, TaskTableModel.WHAT))
    assert queue.done_button.isEnabled()
    with qtbot.waitActive(window):
        window.activateWindow()
    queue.table.setFocus()
    qtbot.keyClick(queue.table, Qt.Key.Key_Space)
    assert whats(queue.model) == []
    assert desk.steps.get(step.id).done_on == TODAY
    assert queue.stack.currentWidget() is queue.empty
    assert "Nothing is assigned to ольга" in queue.empty.text()
    assert not any("Assigned to you" in text for text in window.banner.texts())


def test_without_a_name_the_queue_says_how_to_set_it(
    make_window: Any,
    db: Database,
    desk: Desk,
    promise: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(db)
    section = window.tasks
    section.show_queue(section.mine)
    queue = section.mine
    assert queue.stack.currentWidget() is queue.empty
    assert "your name is not set" in queue.empty.text()
    assert "Set my name" in queue.empty.text()
    monkeypatch.setattr(tasks_view, "ask_name", lambda _parent, _current: "  АННА ")
    queue.name_button.click()
    assert my_name(tmp_path) == "АННА"
    assert whats(queue.model) == ["Баннер у входа"]  # she owns the promise itself
    assert queue.model.task_at(0) is not None
    assert not queue.done_button.isEnabled()  # a promise is delivered with its proof
    assert "Mark delivered" in queue.done_button.toolTip()


def test_this_week_is_everybodys_unless_only_mine(
    make_window: Any, db: Database, desk: Desk, promise: int, tmp_path: Path
) -> None:
    desk.steps.add(promise, StepDraft(what="Макет", who="Пётр", due_on=TODAY - timedelta(days=2)))
    desk.steps.add(promise, StepDraft(what="Печать", who="Ольга", due_on=TODAY + timedelta(3)))
    desk.steps.add(promise, StepDraft(what="Потом", who="Ольга", due_on=TODAY + timedelta(30)))
    save_my_name(tmp_path, "Ольга")
    window = make_window(db)
    section = window.tasks
    section.show_queue(section.week)
    week = section.week
    assert whats(week.model) == ["Макет", "Печать"]
    late = week.model.index(0, TaskTableModel.DUE).data()
    assert "late" in late
    week.mine_check.setChecked(True)
    assert whats(week.model) == ["Печать"]


def test_enter_opens_the_promise_in_its_collaboration(
    make_window: Any,
    db: Database,
    desk: Desk,
    promise: int,
    tmp_path: Path,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk.steps.add(promise, StepDraft(what="Печать", who="Ольга"))
    save_my_name(tmp_path, "Ольга")
    window = make_window(db)
    section = window.tasks
    section.show_queue(section.mine)
    queue = section.mine
    queue.table.setCurrentIndex(queue.model.index(0, 0))
    with qtbot.waitActive(window):
        window.activateWindow()
    queue.table.setFocus()
    opened: list[Any] = []

    def look(dialog: QDialog) -> int:
        row = dialog.pane.selected_row()  # type: ignore[attr-defined]
        opened.append((dialog.objectName(), row.id if row else None))
        return 0

    monkeypatch.setattr(commitment_dialogs, "exec_dialog", look)
    qtbot.keyClick(queue.table, Qt.Key.Key_Return)
    assert opened == [("collaborationCommitmentsDialog", promise)]


def test_the_steps_editor_works_from_the_keyboard(
    qtbot: Any, desk: Desk, promise: int, prompts_log: Any
) -> None:
    editor = StepsEditor(desk, promise)
    qtbot.addWidget(editor)
    editor.show()
    with qtbot.waitActive(editor):
        editor.activateWindow()
    for what, who, due in (("Макет", "Ольга", "01.12.2030"), ("Печать", "Пётр", "")):
        editor.what_edit.setText(what)
        editor.who_edit.setText(who)
        editor.due_edit.setText(due)
        qtbot.keyClick(editor.what_edit, Qt.Key.Key_Return)
    assert [s.what for s in desk.steps.for_commitment(promise)] == ["Макет", "Печать"]
    assert desk.steps.for_commitment(promise)[0].due_on == date(2030, 12, 1)
    assert editor.who_edit.text() == "Пётр"  # kept: the same person often does the next one

    editor.what_edit.setText("Монтаж")
    editor.due_edit.setText("32.13.2030")
    qtbot.keyClick(editor.what_edit, Qt.Key.Key_Return)
    assert "is not a date" in editor.error.text()
    assert editor.what_edit.text() == "Монтаж"  # nothing typed is lost
    assert len(desk.steps.for_commitment(promise)) == 2
    editor.due_edit.clear()
    editor.what_edit.setText("   ")
    qtbot.keyClick(editor.what_edit, Qt.Key.Key_Return)
    assert "required" in editor.error.text()

    editor.table.setFocus()
    editor.table.setCurrentIndex(editor.model.index(0, StepTableModel.WHAT))
    qtbot.keyClick(editor.table, Qt.Key.Key_Space)
    assert desk.steps.for_commitment(promise)[0].done_on == date.today()
    assert editor.model.index(0, StepTableModel.DONE).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [s.what for s in desk.steps.for_commitment(promise)] == ["Печать", "Макет"]
    assert editor.selected() is not None and editor.selected().what == "Макет"
    assert editor.model.setData(editor.model.index(1, StepTableModel.WHO), "  Анна ")
    assert desk.steps.for_commitment(promise)[1].who == "Анна"
    assert not editor.model.setData(editor.model.index(1, StepTableModel.DUE), "завтра")
    assert "is not a date" in editor.error.text()

    prompts_log.confirm_answer = False
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert len(desk.steps.for_commitment(promise)) == 2  # asked, and the answer was no
    prompts_log.confirm_answer = True
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert [s.what for s in desk.steps.for_commitment(promise)] == ["Печать"]


def test_the_settings_dialog_keeps_my_name_on_this_computer(
    qtbot: Any, desk: Desk, tmp_path: Path
) -> None:
    dialog = SettingsDialog(desk.library, tmp_path / "data")
    qtbot.addWidget(dialog)
    assert dialog.my_name_edit.text() == ""
    dialog.my_name_edit.setText("  Ольга <b>Петрова</b> 😀 ")
    dialog.save()
    assert my_name(tmp_path / "data") == "Ольга <b>Петрова</b> 😀"
    again = SettingsDialog(desk.library, tmp_path / "data")
    qtbot.addWidget(again)
    assert again.my_name_edit.text() == "Ольга <b>Петрова</b> 😀"
