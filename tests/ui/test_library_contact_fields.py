"""Settings → Library: the named contact person and the logo picked from a
file, previewed, kept in the database (not as a path) and removable; the
service's refusals show beside the field they concern."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from collabdesk.services.library import ProfileDraft
from collabdesk.ui.shell import library_contact_fields
from collabdesk.ui.shell.settings_dialog import SettingsDialog

ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "collabdesk-64.png"


@pytest.fixture
def dialog(qtbot, desk, tmp_path) -> SettingsDialog:
    widget = SettingsDialog(desk.library, tmp_path / "data")
    qtbot.addWidget(widget)
    return widget


def pick(monkeypatch: pytest.MonkeyPatch, dialog: SettingsDialog, path: Path | None) -> None:
    monkeypatch.setattr(
        library_contact_fields,
        "choose_logo_file",
        lambda _parent, _start: None if path is None else str(path),
    )
    dialog.tabs.setCurrentIndex(1)  # the library page, where the button is
    dialog.contact.logo.choose.click()


def test_every_mnemonic_on_the_library_page_is_its_own(dialog) -> None:
    from PySide6.QtWidgets import QLabel

    page = dialog.tabs.widget(1)
    keys = [
        label.text().split("&", 1)[1][0].lower()
        for label in page.findChildren(QLabel)
        if "&" in label.text().replace("&&", "")
    ]
    assert len(keys) == len(set(keys)), keys


def test_contact_person_is_saved_and_shown_again(dialog, desk, qtbot, tmp_path) -> None:
    edits = dialog.contact.edits
    edits["contact_name"].setText("Анна <b>Петрова</b> 📚")
    edits["contact_role"].setText("Заместитель директора")
    edits["contact_phone"].setText("+7 495 123-45-67")
    edits["contact_email"].setText("anna@library.example.org")
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    profile = desk.library.profile()
    assert profile.contact_name == "Анна <b>Петрова</b> 📚"
    assert (profile.contact_role, profile.contact_phone, profile.contact_email) == (
        "Заместитель директора",
        "+7 495 123-45-67",
        "anna@library.example.org",
    )
    again = SettingsDialog(desk.library, tmp_path)
    qtbot.addWidget(again)
    assert again.contact.edits["contact_name"].text() == "Анна <b>Петрова</b> 📚"


def test_a_bad_contact_email_is_said_beside_it_and_nothing_is_saved(dialog, desk) -> None:
    dialog.name_edit.setText("Библиотека")
    dialog.contact.edits["contact_email"].setText("anna at library")
    dialog.save()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    error = dialog.errors["contact_email"]
    assert error.isVisibleTo(dialog) and "e-mail address" in error.text()
    assert dialog.contact.edits["contact_email"].hasFocus() or not dialog.isVisible()
    assert desk.library.profile().name == ""
    assert QSettings().value("money/currency") is None


def test_a_picked_logo_is_previewed_and_kept_in_the_database(
    dialog, desk, monkeypatch, tmp_path
) -> None:
    logo = tmp_path / "эмблема.png"
    logo.write_bytes(ICON.read_bytes())
    pick(monkeypatch, dialog, logo)
    picker = dialog.contact.logo
    assert picker.name_label.text() == "эмблема.png"
    assert picker.preview.pixmap() is not None and not picker.preview.pixmap().isNull()
    assert picker.remove.isEnabled()
    assert desk.library.logo() is None  # kept only on Save
    logo.unlink()  # gone before Save: the bytes were read when picked
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    kept = desk.library.logo()
    assert kept is not None and kept.data == ICON.read_bytes() and kept.name == "эмблема.png"


def test_remove_logo_removes_it_on_save(dialog, desk, monkeypatch, qtbot, tmp_path) -> None:
    desk.library.set_logo(ICON)
    again = SettingsDialog(desk.library, tmp_path)
    qtbot.addWidget(again)
    picker = again.contact.logo
    assert picker.name_label.text() == ICON.name
    picker.remove.click()
    assert not picker.remove.isEnabled()
    assert "No logo" in picker.name_label.text()
    assert desk.library.logo() is not None  # until Save
    again.save()
    assert desk.library.logo() is None


def test_a_file_that_is_not_a_picture_is_refused_beside_the_logo(
    dialog, desk, monkeypatch, tmp_path
) -> None:
    desk.library.save(ProfileDraft(name="Библиотека"))
    notes = tmp_path / "logo.png"
    notes.write_text("not really a picture")
    pick(monkeypatch, dialog, notes)
    assert dialog.errors["logo"].isVisibleTo(dialog)
    assert "PNG or JPEG" in dialog.errors["logo"].text()
    assert dialog.contact.logo.chosen is None
    pick(monkeypatch, dialog, None)  # cancelled: nothing changes
    dialog.save()
    assert desk.library.logo() is None


def test_the_page_shows_preview_and_fields_in_one_grab(
    dialog, qtbot, monkeypatch, tmp_path
) -> None:
    pick(monkeypatch, dialog, ICON)
    dialog.contact.edits["contact_name"].setText("Анна Петрова")
    dialog.tabs.setCurrentIndex(1)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(tmp_path / "settings-library.png"))  # looked at by hand
