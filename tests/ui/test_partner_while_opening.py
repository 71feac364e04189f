"""Issue 15: once the file has passed its start-up check, New partner opens
before the services have loaded. The person types; Save waits, says why,
and works as soon as they arrive: nothing typed is lost."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from collabdesk.services.desk import Desk
from collabdesk.services.partner_directory import PartnerDirectory
from collabdesk.store.database import Database
from collabdesk.ui.partners.partner_form import PartnerForm
from collabdesk.ui.shell.main_window import MainWindow


def _window_without_services(qtbot: Any, db: Database, tmp_path: Path) -> MainWindow:
    assert db.sqlite_path is not None
    window = MainWindow(tmp_path)
    qtbot.addWidget(window)
    directory = PartnerDirectory.for_sqlite_file(db.sqlite_path)
    window.attach_directory(directory)
    window.show()
    return window


def test_new_partner_waits_for_the_check_then_opens_before_the_services(
    qtbot: Any, db: Database, tmp_path: Path
) -> None:
    window = _window_without_services(qtbot, db, tmp_path)
    assert not window.new_action.isEnabled()  # the check still runs
    assert window.new_action.toolTip() == "The database is still opening."
    window.store_checked()
    assert window.new_action.isEnabled()
    assert window.edit_action.isEnabled() is False  # the rest waits for the services

    seen: dict[str, object] = {}

    def type_then_save() -> None:
        form = QApplication.activeModalWidget()
        assert isinstance(form, PartnerForm)
        form.findChild(QLineEdit, "nameEdit").setText("Кофейня «Зерно» ☕ <b>")
        save = form.findChild(QPushButton, "saveButton")
        seen["save before"] = save.isEnabled()
        seen["note"] = form.loading_note.isVisible() and form.loading_note.text()
        window.attach_desk(Desk.over(db.sessions))  # the worker's services arrive
        seen["save after"] = save.isEnabled()
        seen["note after"] = form.loading_note.isVisible()
        seen["name kept"] = form.findChild(QLineEdit, "nameEdit").text()
        save.click()

    QTimer.singleShot(0, type_then_save)
    window.new_action.trigger()

    assert seen["save before"] is False
    assert "still loading" in str(seen["note"])
    assert seen["save after"] is True and seen["note after"] is False
    assert seen["name kept"] == "Кофейня «Зерно» ☕ <b>"
    partners = Desk.over(db.sessions).partners
    assert partners.count() == 1  # saved once
    chosen = window.selected_partner_id()  # and selected in the list
    assert chosen is not None and partners.get(chosen).name == "Кофейня «Зерно» ☕ <b>"


def test_enter_before_the_services_saves_nothing_and_keeps_the_text(
    qtbot: Any, db: Database, tmp_path: Path
) -> None:
    window = _window_without_services(qtbot, db, tmp_path)
    window.store_checked()
    seen: dict[str, object] = {}

    def press_enter_then_cancel() -> None:
        form = QApplication.activeModalWidget()
        assert isinstance(form, PartnerForm)
        name = form.findChild(QLineEdit, "nameEdit")
        name.setText("Типография")
        form.save()  # what Enter would ask for
        seen["still open"] = form.isVisible()
        seen["text"] = name.text()
        form.reject()

    QTimer.singleShot(0, press_enter_then_cancel)
    window.new_action.trigger()
    assert seen == {"still open": True, "text": "Типография"}
    window.attach_desk(Desk.over(db.sessions))  # a cancelled form is not saved later
    assert Desk.over(db.sessions).partners.count() == 0
