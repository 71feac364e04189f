"""Settings: the library profile goes to the database, local preferences to
QSettings; bad input is refused next to its field and nothing is lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit

from collabdesk.ui.shell import settings_dialog
from collabdesk.ui.shell.settings_dialog import SettingsDialog

ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "collabdesk-64.png"


@pytest.fixture
def dialog(qtbot, desk, tmp_path) -> SettingsDialog:
    widget = SettingsDialog(desk.library, tmp_path / "data")
    qtbot.addWidget(widget)
    return widget


def test_saves_profile_and_local_settings(dialog, desk, prompts_log) -> None:
    dialog.name_edit.setText("Центральная библиотека <b>№1</b> 📚")
    dialog.branch_edit.setText("Детский филиал")
    dialog.city_edit.setText("Тверь")
    dialog.website_edit.setText("library.example.org")
    dialog.email_edit.setText("partners@library.example.org")
    dialog.phone_edit.setText("+7 495 123-45-67")
    dialog.set_colour("#AA3300")
    dialog.pitch_language_combo.setCurrentIndex(dialog.pitch_language_combo.findData("en"))
    dialog.currency_combo.setCurrentIndex(dialog.currency_combo.findData("EUR"))
    dialog.keep_daily.setValue(10)
    dialog.keep_weekly.setValue(2)
    dialog.keep_monthly.setValue(0)
    dialog.backup_on_close.setChecked(False)

    dialog.save()

    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    profile = desk.library.profile()
    assert profile.name == "Центральная библиотека <b>№1</b> 📚"
    assert (profile.branch, profile.city) == ("Детский филиал", "Тверь")
    assert (profile.email, profile.phone) == ("partners@library.example.org", "+7 495 123-45-67")
    assert profile.brand_colour == "#AA3300"
    assert profile.default_language == "en"
    settings = QSettings()
    assert settings.value("money/currency") == "EUR"
    assert int(settings.value("backup/keep_daily")) == 10
    assert int(settings.value("backup/keep_weekly")) == 2
    assert int(settings.value("backup/keep_monthly")) == 0
    assert settings.value("backup/on_close") in (False, "false")
    assert prompts_log.calls == []  # the language did not change: nothing to say


def test_reopening_shows_what_was_saved(dialog, desk, qtbot, tmp_path) -> None:
    dialog.name_edit.setText("Библиотека им. Чехова")
    dialog.keep_daily.setValue(3)
    dialog.save()

    again = SettingsDialog(desk.library, tmp_path)
    qtbot.addWidget(again)
    assert again.name_edit.text() == "Библиотека им. Чехова"
    assert again.keep_daily.value() == 3


def test_language_change_is_stored_and_explained(dialog, prompts_log) -> None:
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ru"))
    dialog.save()
    assert QSettings().value("ui/language") == "ru"
    assert prompts_log.kinds() == ["choose"]  # closed without an answer: no restart
    assert "starts again" in prompts_log.texts("choose")[0]
    assert dialog.result() == SettingsDialog.DialogCode.Accepted and not dialog.restart_requested


def test_a_10000_character_name_is_refused_and_kept(dialog, desk) -> None:
    long_name = "Б" * 10_000
    dialog.name_edit.setMaxLength(20_000)
    dialog.name_edit.setText(long_name)
    dialog.save()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.errors["name"].isVisibleTo(dialog)
    assert dialog.name_edit.text() == long_name
    assert desk.library.profile().name == ""


def test_pickers_fill_the_fields(dialog, monkeypatch) -> None:
    monkeypatch.setattr(settings_dialog, "choose_colour", lambda _parent, _current: "#123456")
    dialog.pick_colour()
    assert dialog.colour_button.text() == "#123456"

    monkeypatch.setattr(settings_dialog, "choose_colour", lambda _parent, _current: None)
    dialog.pick_colour()  # cancelled: the colour stays
    assert dialog.brand_colour == "#123456"


def test_open_folder_shows_the_data_folder(dialog, monkeypatch, prompts_log, tmp_path) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(
        settings_dialog, "open_folder", lambda folder: opened.append(folder) or True
    )
    assert dialog.folder_label.text() == str(tmp_path / "data")
    dialog.open_folder_button.click()
    assert opened == [tmp_path / "data"]

    monkeypatch.setattr(settings_dialog, "open_folder", lambda _folder: False)
    dialog.open_folder_button.click()
    assert prompts_log.kinds() == ["error"]


def test_settings_action_in_the_main_window(make_window, db, monkeypatch) -> None:
    calls = []
    monkeypatch.setattr(settings_dialog, "edit_settings", lambda *args: calls.append(args) or True)
    window = make_window(db)
    action = window.findChild(type(window.new_action), "settingsAction")
    assert action is not None
    action.trigger()
    assert len(calls) == 1
    assert calls[0][1] is window.desk.library


def test_backup_policy_from_settings_reaches_the_rotation(qapp) -> None:
    from PySide6.QtCore import QSettings

    from collabdesk.store.backup import KeepPolicy
    from collabdesk.ui.shell.app_settings import (
        BACKUP_KEEP_DAILY,
        BACKUP_KEEP_MONTHLY,
        BACKUP_KEEP_WEEKLY,
        BACKUP_ON_CLOSE,
        backup_on_close,
        backup_policy,
    )

    settings = QSettings()
    settings.setValue(BACKUP_KEEP_DAILY, 3)
    settings.setValue(BACKUP_KEEP_WEEKLY, 2)
    settings.setValue(BACKUP_KEEP_MONTHLY, "not a number")
    settings.setValue(BACKUP_ON_CLOSE, False)
    assert backup_policy() == KeepPolicy(daily=3, weekly=2, monthly=12)
    assert backup_on_close() is False


def test_every_control_has_an_accessible_name(dialog) -> None:
    from tests.ui.accessible_names import accessible_name, unnamed_controls

    dialog.show()
    assert unnamed_controls(dialog) == []
    assert accessible_name(dialog.name_edit) == "Name"  # the label, not the error box around it
    assert accessible_name(dialog.keep_daily) == "Keep daily backups"
    assert accessible_name(dialog.findChild(QLineEdit, "meetingPinEdit")) == "Meeting PIN"


def test_the_label_mnemonic_reaches_the_field_inside_its_error_box(dialog) -> None:
    from PySide6.QtWidgets import QLabel

    buddies = {label.text(): label.buddy() for label in dialog.findChildren(QLabel)}
    assert buddies["&Name:"] is dialog.name_edit
    assert buddies["&Logo:"] is dialog.contact.logo.choose


def test_a_language_change_offers_to_restart_with_the_same_arguments(
    make_window, db, monkeypatch, prompts_log
) -> None:
    import sys

    from collabdesk.ui.shell import restart

    registered: list[object] = []
    launched: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(restart, "register_at_exit", registered.append)
    monkeypatch.setattr(restart, "launch", lambda program, args: launched.append((program, args)))
    monkeypatch.setattr(restart, "_pending", [])
    window = make_window(db)
    window.show()

    def answer(dialog: SettingsDialog) -> bool:
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ru"))
        dialog.save()
        return dialog.result() == SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(settings_dialog, "run_dialog", answer)
    prompts_log.choose_answer = "later"
    assert settings_dialog.edit_settings(window, window.desk.library, None)
    assert prompts_log.kinds() == ["choose"] and "Restart now" in prompts_log.texts("choose")[0]
    assert window.isVisible() and restart.pending() == [] and registered == []

    QSettings().setValue("ui/language", "en")
    prompts_log.choose_answer = "restart"
    assert settings_dialog.edit_settings(window, window.desk.library, None)
    assert QSettings().value("ui/language") == "ru"
    assert not window.isVisible()  # the program closes first: it holds the database lock
    assert restart.pending() == [(sys.executable, list(sys.orig_argv[1:]))]
    assert registered == [restart.start_pending] and launched == []
    restart.start_pending()  # what happens as the process ends
    assert launched == [(sys.executable, list(sys.orig_argv[1:]))] and restart.pending() == []


def test_no_restart_when_the_window_refuses_to_close(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QWidget

    from collabdesk.ui.shell import restart

    class Stubborn(QWidget):
        def closeEvent(self, event) -> None:  # meeting mode without its PIN does this
            event.ignore()

    registered: list[object] = []
    monkeypatch.setattr(restart, "register_at_exit", registered.append)
    monkeypatch.setattr(restart, "_pending", [])
    window = Stubborn()
    qtbot.addWidget(window)
    window.show()
    assert not restart.request_restart(window)
    assert window.isVisible() and restart.pending() == [] and registered == []


def test_a_frozen_bundle_restarts_its_own_executable(monkeypatch) -> None:
    import sys

    from collabdesk.ui.shell import restart

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/Applications/CollabDesk.app/Contents/MacOS/CollabDesk")
    monkeypatch.setattr(sys, "argv", [sys.executable, "--data-dir", "/Volumes/USB/data"])
    assert restart.restart_command() == (
        "/Applications/CollabDesk.app/Contents/MacOS/CollabDesk",
        ["--data-dir", "/Volumes/USB/data"],
    )
