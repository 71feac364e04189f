"""The calendar's reminders in Settings ▸ Library, and File ▸ Export
calendar in the window: written in the interface's language off the GUI
thread, the person told how many events went where."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from icalendar import Calendar

from collabdesk.domain.enums import Direction
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.ui.shell import calendar_export_action
from collabdesk.ui.shell.calendar_export_action import CalendarExportAction
from collabdesk.ui.shell.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(qtbot, desk, tmp_path) -> SettingsDialog:
    widget = SettingsDialog(desk.library, tmp_path / "data")
    qtbot.addWidget(widget)
    return widget


def test_reminders_setting_is_shown_saved_and_normalised(dialog, desk, qtbot, tmp_path) -> None:
    assert dialog.alarms_edit.text() == "1d,7d"  # the default, shown
    dialog.alarms_edit.setText(" 7d, 2h ")
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert desk.library.profile().calendar_alarms == "2h,7d"
    again = SettingsDialog(desk.library, tmp_path)
    qtbot.addWidget(again)
    assert again.alarms_edit.text() == "2h,7d"


@pytest.mark.parametrize("bad", ["tomorrow", "<b>1d</b>", "📅", "400d"])
def test_a_bad_reminder_is_refused_beside_its_field(dialog, desk, bad) -> None:
    dialog.name_edit.setText("Библиотека №5")
    dialog.alarms_edit.setText(bad)
    dialog.show()
    dialog.save()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    error = dialog.errors["calendar_alarms"]
    assert error.isVisibleTo(dialog) and "1d,7d" in error.text()
    assert dialog.tabs.currentIndex() == 1
    assert dialog.alarms_edit.text() == bad and dialog.name_edit.text() == "Библиотека №5"
    assert desk.library.profile().calendar_alarms == "1d,7d"  # nothing saved


def test_none_turns_the_reminders_off(dialog, desk) -> None:
    dialog.alarms_edit.setText("none")
    dialog.save()
    assert desk.library.profile().calendar_alarms == "0"


def test_the_window_exports_in_a_worker(
    make_window, db, desk, qtbot, tmp_path, monkeypatch, prompts_log
) -> None:
    collab = desk.collaborations.create(CollaborationDraft(title="Неделя театра")).id
    due = date.today() + timedelta(days=10)
    desk.commitments.add(
        collab, CommitmentDraft(Direction.LIBRARY_GIVES, "Зал на вечер", due_on=due)
    )
    window = make_window(db)
    target = tmp_path / "out.ics"
    monkeypatch.setattr(calendar_export_action, "choose_calendar_file", lambda _w: target)
    export = CalendarExportAction(window)  # File ▸ Export calendar, as data_menu installs it
    threads: list[str] = []
    write_apart = window.desk.calendar.write_apart

    def watched(*args, **kw):
        import threading

        threads.append(threading.current_thread().name)
        return write_apart(*args, **kw)

    monkeypatch.setattr(window.desk.calendar, "write_apart", watched)
    export.action.trigger()
    assert not export.action.isEnabled()  # one export at a time
    qtbot.waitUntil(lambda: bool(prompts_log.texts("info")), timeout=10000)
    assert threads and threads[0] != "MainThread"
    assert "1 event written to" in prompts_log.texts("info")[-1]
    assert export.action.isEnabled()
    [event] = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == "We give: Зал на вечер"  # the interface speaks English here
    assert len(event.walk("VALARM")) == 2


def test_a_folder_that_cannot_be_written_is_said_and_nothing_breaks(
    make_window, db, qtbot, tmp_path, monkeypatch, prompts_log
) -> None:
    window = make_window(db)
    missing = tmp_path / "gone" / "x.ics"
    monkeypatch.setattr(calendar_export_action, "choose_calendar_file", lambda _w: missing)
    export = CalendarExportAction(window)
    export.action.trigger()
    qtbot.waitUntil(lambda: bool(prompts_log.texts("error")), timeout=10000)
    assert "gone" in prompts_log.texts("error")[-1]
    assert export.action.isEnabled() and not missing.parent.exists()
