"""The partner form: the service validates, the form shows each problem
under its field, keeps what was typed, and saves what is valid."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from collabdesk.domain.enums import PartnerKind, PartnerStatus
from collabdesk.domain.message import Message
from collabdesk.services.desk import Desk
from collabdesk.services.errors import StorageBusyError
from collabdesk.services.partners import PartnerDraft
from collabdesk.ui.partners.partner_form import PartnerForm


@pytest.fixture
def form_for(qtbot: Any, desk: Desk):
    def make(record: Any = None) -> PartnerForm:
        form = PartnerForm(desk.partners, record)
        qtbot.addWidget(form)
        form.show()
        return form

    return make


def field(form: PartnerForm, name: str) -> Any:
    widget = form.findChild(QLineEdit, name) or form.findChild(QPlainTextEdit, name)
    return widget if widget is not None else form.findChild(QComboBox, name)


def save(form: PartnerForm, qtbot: Any) -> None:
    qtbot.mouseClick(form.findChild(QPushButton, "saveButton"), Qt.MouseButton.LeftButton)


def error_text(form: PartnerForm, name: str) -> str:
    label = form.findChild(QLabel, name)
    assert label is not None, name
    return label.text() if label.isVisible() else ""


def test_form_has_named_fields(form_for) -> None:
    form = form_for()
    assert form.objectName() == "partnerForm"
    for name in (
        "nameEdit",
        "kindCombo",
        "statusCombo",
        "cityEdit",
        "websiteEdit",
        "emailEdit",
        "phoneEdit",
        "ownerEdit",
        "tagsEdit",
        "valuesEdit",
        "notesEdit",
    ):
        assert field(form, name) is not None, name


def test_empty_name_is_refused_and_nothing_saved(form_for, desk: Desk, qtbot) -> None:
    form = form_for()
    qtbot.keyClicks(field(form, "cityEdit"), "Kazan")
    save(form, qtbot)
    assert "required" in error_text(form, "nameError")
    assert form.isVisible() and form.result() != QDialog.DialogCode.Accepted
    assert field(form, "cityEdit").text() == "Kazan"
    assert desk.partners.count() == 0


def test_bad_email_and_url_are_shown_under_their_fields(form_for, desk: Desk, qtbot) -> None:
    form = form_for()
    qtbot.keyClicks(field(form, "nameEdit"), "Studio")
    qtbot.keyClicks(field(form, "emailEdit"), "not-an-email")
    qtbot.keyClicks(field(form, "websiteEdit"), "bad url")
    save(form, qtbot)
    assert "e-mail" in error_text(form, "emailError")
    assert "web address" in error_text(form, "websiteError")
    assert error_text(form, "nameError") == ""
    assert field(form, "emailEdit").text() == "not-an-email"
    assert desk.partners.count() == 0


def test_ten_thousand_character_name_says_too_long(form_for, desk: Desk) -> None:
    form = form_for()
    name = "Я" * 10_000
    field(form, "nameEdit").setText(name)
    form.save_button.click()
    message = error_text(form, "nameError")
    digits = "".join(ch if ch.isdigit() else " " for ch in message.replace(",", "")).split()
    assert "too long" in message.lower()
    assert digits == ["10000", "200"]  # how long it is, and the limit
    assert field(form, "nameEdit").text() == name  # nothing was cut off
    assert desk.partners.count() == 0


def test_markup_and_emoji_name_saves_and_shows_literally(
    form_for, desk: Desk, db, make_window, qtbot
) -> None:
    form = form_for()
    field(form, "nameEdit").setText("<b>bold</b> 🎉")
    save(form, qtbot)
    assert form.result() == QDialog.DialogCode.Accepted
    assert form.saved is not None
    assert desk.partners.get(form.saved.id).name == "<b>bold</b> 🎉"

    window = make_window(db)
    assert window.select_partner(form.saved.id)
    label = window.details.findChild(QLabel, "detailName")
    assert label.text() == "<b>bold</b> 🎉"
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert window.model.data(window.model.index(0, 0)) == "<b>bold</b> 🎉"


def test_save_writes_every_field(form_for, desk: Desk, qtbot) -> None:
    form = form_for()
    qtbot.keyClicks(field(form, "nameEdit"), "Design Bureau")
    kind = field(form, "kindCombo")
    kind.setCurrentIndex(kind.findData(PartnerKind.DESIGNER))
    status = field(form, "statusCombo")
    status.setCurrentIndex(status.findData(PartnerStatus.ACTIVE))
    qtbot.keyClicks(field(form, "cityEdit"), "Kazan")
    qtbot.keyClicks(field(form, "websiteEdit"), "design.example.org")
    qtbot.keyClicks(field(form, "emailEdit"), "hello@design.example.org")
    qtbot.keyClicks(field(form, "phoneEdit"), "+7 843 000-00-00")
    qtbot.keyClicks(field(form, "ownerEdit"), "Anna")
    qtbot.keyClicks(field(form, "tagsEdit"), "uniforms, design , ")
    field(form, "valuesEdit").setPlainText("Craft and books")
    field(form, "notesEdit").setPlainText("Met at the fair")
    save(form, qtbot)
    assert form.result() == QDialog.DialogCode.Accepted

    (record,) = [desk.partners.get(form.saved.id)]
    assert record.name == "Design Bureau"
    assert record.kind is PartnerKind.DESIGNER and record.status is PartnerStatus.ACTIVE
    assert record.city == "Kazan"
    assert record.website == "https://design.example.org"
    assert record.email == "hello@design.example.org"
    assert record.phone == "+7 843 000-00-00"
    assert record.owner == "Anna"
    assert set(record.tags) == {"uniforms", "design"}
    assert record.values_notes == "Craft and books"
    assert record.notes == "Met at the fair"


def test_edit_updates_the_partner(form_for, desk: Desk, qtbot) -> None:
    record = desk.partners.create(PartnerDraft(name="Old", city="Perm", tags=("x",)))
    form = form_for(record)
    assert field(form, "nameEdit").text() == "Old"
    assert field(form, "tagsEdit").text() == "x"
    field(form, "nameEdit").setText("New")
    save(form, qtbot)
    assert form.result() == QDialog.DialogCode.Accepted
    stored = desk.partners.get(record.id)
    assert stored.name == "New" and stored.city == "Perm" and stored.tags == ("x",)


def test_conflict_offers_overwrite(form_for, desk: Desk, prompts_log, qtbot) -> None:
    record = desk.partners.create(PartnerDraft(name="Shared"))
    form = form_for(record)
    desk.partners.update(record.id, PartnerDraft(name="Theirs"), record.version_id)
    field(form, "nameEdit").setText("Mine")

    prompts_log.choose_answer = "cancel"
    save(form, qtbot)
    assert prompts_log.kinds() == ["conflict"]
    assert "Name: Mine\n---\nName: Theirs" in prompts_log.texts("conflict")[0]
    assert form.isVisible() and field(form, "nameEdit").text() == "Mine"
    assert desk.partners.get(record.id).name == "Theirs"

    prompts_log.choose_answer = "overwrite"
    save(form, qtbot)
    assert form.result() == QDialog.DialogCode.Accepted
    assert desk.partners.get(record.id).name == "Mine"


def test_conflict_reload_shows_their_version(form_for, desk: Desk, prompts_log, qtbot) -> None:
    record = desk.partners.create(PartnerDraft(name="Shared"))
    form = form_for(record)
    desk.partners.update(record.id, PartnerDraft(name="Theirs"), record.version_id)
    field(form, "nameEdit").setText("Mine")
    prompts_log.choose_answer = "reload"
    save(form, qtbot)
    assert field(form, "nameEdit").text() == "Theirs"
    field(form, "nameEdit").setText("Mine again")
    save(form, qtbot)  # now based on their version: no conflict
    assert desk.partners.get(record.id).name == "Mine again"


def test_busy_storage_keeps_the_dialog_open(
    form_for, desk: Desk, prompts_log, monkeypatch, qtbot
) -> None:
    def busy(_draft: Any) -> Any:
        raise StorageBusyError(
            Message("Store", "The database is busy: another program is writing to it.")
        )

    form = form_for()
    monkeypatch.setattr(desk.partners, "create", busy)
    field(form, "nameEdit").setText("Patient")
    save(form, qtbot)
    assert form.isVisible() and form.result() != QDialog.DialogCode.Accepted
    assert "busy" in error_text(form, "formError")
    assert prompts_log.kinds() == ["error"]
    assert field(form, "nameEdit").text() == "Patient"


def test_dialog_function_runs_the_form_modally(desk: Desk, qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from collabdesk.ui.partners import partner_dialogs as dialogs

    def fill_and_save() -> None:
        form = QApplication.activeModalWidget()
        assert isinstance(form, PartnerForm)
        form.findChild(QLineEdit, "nameEdit").setText("Через диалог")
        form.save_button.click()

    QTimer.singleShot(0, fill_and_save)
    saved = dialogs.edit_partner(None, desk.partners, None)
    assert saved is not None and saved.name == "Через диалог"
    assert desk.partners.get(saved.id).name == "Через диалог"


def test_read_only_data_keeps_the_dialog_open_with_a_message(qtbot, prompts_log, tmp_path) -> None:
    """A folder on a disc or a locked stick: the save is refused in words,
    what was typed stays, and the program does not crash."""
    from collabdesk.store.database import open_database, sqlite_url
    from collabdesk.store.read_only import open_read_only

    path = tmp_path / "collabdesk.sqlite3"
    open_database(sqlite_url(path)).close()
    db = open_read_only(path)
    try:
        form = PartnerForm(Desk.over(db.sessions).partners, None)
        qtbot.addWidget(form)
        form.show()
        field(form, "nameEdit").setText("Not on a disc")
        save(form, qtbot)
        assert form.isVisible() and form.result() != QDialog.DialogCode.Accepted
        assert "read-only" in error_text(form, "formError")
        assert field(form, "nameEdit").text() == "Not on a disc"
    finally:
        db.close()
