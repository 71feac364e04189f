"""Erase personal data… on a partner's contacts: the confirmation says who,
which fields, where and that it cannot be undone; Cancel changes nothing;
Erase for good erases and the list shows the erased name; Help → Erasure log
shows the log without the data. COLLABDESK_SHOTS=DIR saves 1366x768 pictures."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from collabdesk.services.contacts import ContactDraft
from collabdesk.services.desk import Desk
from collabdesk.services.interactions import InteractionDraft
from collabdesk.services.partners import PartnerDraft
from collabdesk.ui.partners import erase_dialog
from collabdesk.ui.partners.erase_dialog import EraseContactDialog
from collabdesk.ui.shell.erasure_log import ErasureLogDialog

EMAIL = "maria@private.example"


def seed(desk: Desk) -> tuple[int, int]:
    partner = desk.partners.create(PartnerDraft(name="Кофейня «Зерно»"))
    contact = desk.contacts.add(
        partner.id,
        ContactDraft("Мария Зернова", "Управляющая", EMAIL, "+7 913 555-12-34", "Личное"),
    )
    desk.interactions.add(
        partner.id, InteractionDraft(date(2026, 11, 2), summary="Звонила Мария Зернова")
    )
    return partner.id, contact.id


def texts(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def first_row(log: ErasureLogDialog) -> str:
    cells = (log.table.item(0, c) for c in range(log.table.columnCount()))
    return " ".join(cell.text() for cell in cells if cell is not None)


def shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("COLLABDESK_SHOTS")
    if not folder:
        return
    widget.grab().save(str(Path(folder) / name))


def test_confirmation_says_what_goes_and_that_it_is_final(qtbot: Any, desk: Desk) -> None:
    _partner, contact = seed(desk)
    dialog = EraseContactDialog(desk.privacy.plan_contact(contact))
    qtbot.addWidget(dialog)
    said = texts(dialog)
    assert "Мария Зернова (Кофейня «Зерно»)" in said
    assert "Name, E-mail, Phone, Notes" in said
    assert "the record itself: 1" in said and "interactions that name them: 1" in said
    assert "cannot be undone, not even with Undo" in said
    assert "The name becomes “(удалено)”" in said  # what the library's language stores
    assert dialog.erase_button.autoDefault() is False  # Enter cancels


def test_cancel_keeps_everything_and_erase_for_good_erases(
    make_window: Any, db: Any, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    partner, contact = seed(desk)
    window = make_window(db)
    window.select_partner(partner)
    details = window.details
    details.contact_list.setCurrentItem(details.contact_list.topLevelItem(0))
    asked: list[str] = []

    def answer(reason: str | None) -> Any:
        def confirm(_parent: Any, plan: Any) -> str | None:
            asked.append(plan.name)
            return reason

        return confirm

    monkeypatch.setattr(erase_dialog, "confirm_erasure", answer(None))
    details.erase_contact_button.click()
    assert asked == ["Мария Зернова"] and desk.privacy.log() == []
    assert desk.contacts.for_partner(partner)[0].email == EMAIL

    monkeypatch.setattr(erase_dialog, "confirm_erasure", answer("письмо"))
    details.erase_contact_button.click()
    assert details.contact_list.topLevelItem(0).text(0) == "(удалено)"
    assert details.contact_list.topLevelItem(0).text(2) == ""
    (entry,) = desk.privacy.log()
    assert entry.reason == "письмо"
    log = ErasureLogDialog(desk.privacy.log())
    window_log_text = first_row(log)
    assert f"contact person {contact}" in window_log_text and "письмо" in window_log_text
    assert "Зернова" not in window_log_text and EMAIL not in window_log_text


@pytest.mark.parametrize("language", ["en", "ru"])
def test_pictures_of_the_confirmation_and_the_log(
    qtbot: Any,
    desk: Desk,
    db: Any,
    make_window: Any,
    language: str,
    request: pytest.FixtureRequest,
) -> None:
    if language == "ru":
        request.getfixturevalue("russian")
    partner, contact = seed(desk)
    window = make_window(db)
    window.resize(1366, 768)
    window.select_partner(partner)
    button = window.details.erase_contact_button
    assert button.isVisible() and button.width() >= button.sizeHint().width()  # not clipped
    shot(window, f"erase-contacts-tab-{language}.png")
    confirm = EraseContactDialog(desk.privacy.plan_contact(contact))
    qtbot.addWidget(confirm)
    confirm.reason.setText("Письмо от 01.12.2026" if language == "ru" else "E-mail of 1 Dec")
    confirm.show()
    confirm.adjustSize()
    assert confirm.width() <= 1366 and confirm.height() <= 768
    shot(confirm, f"erase-confirm-{language}.png")
    desk.privacy.erase_contact(contact, reason="Письмо от 01.12.2026")
    log = ErasureLogDialog(desk.privacy.log())
    qtbot.addWidget(log)
    log.show()
    assert log.result() == QDialog.DialogCode.Rejected  # only shown
    assert "Зернова" not in first_row(log)
    shot(log, f"erasure-log-{language}.png")


def test_undo_after_the_erasure_brings_nothing_back(
    make_window: Any, db: Any, desk: Desk, monkeypatch: pytest.MonkeyPatch, prompts_log: Any
) -> None:
    from collabdesk.ui.history.history_actions import HistoryUi
    from collabdesk.ui.partners import partner_dialogs as dialogs

    partner, contact = seed(desk)
    window = make_window(db)
    ui = window.findChild(HistoryUi, "historyUi")
    assert isinstance(ui, HistoryUi)
    ui.undo_stack.clear()
    window.select_partner(partner)
    details = window.details
    details.contact_list.setCurrentItem(details.contact_list.topLevelItem(0))

    def new_email(_parent: Any, contacts: Any, _partner: int, record: Any = None) -> Any:
        return contacts.update(
            record.id, ContactDraft(record.name, record.role, "new@private.example", record.phone)
        )

    monkeypatch.setattr(dialogs, "edit_contact", new_email)
    details.edit_contact_button.click()
    undo_text = ui.undo_action.text()
    assert "contact" in undo_text
    monkeypatch.setattr(erase_dialog, "confirm_erasure", lambda _parent, _plan: "")
    details.contact_list.setCurrentItem(details.contact_list.topLevelItem(0))
    details.erase_contact_button.click()
    assert ui.undo_action.text() == undo_text  # the erasure is no step of its own

    ui.undo_action.trigger()  # undo the e-mail change: only erased values to go back to
    (after,) = desk.contacts.for_partner(partner)
    assert (after.name, after.email, after.phone, after.notes) == ("(удалено)", "", "", "")
    assert after.id == contact
    assert prompts_log.calls == []  # undone quietly, no conflict or error
    assert "new@private.example" not in str(desk.history.for_record("contact", contact))


def test_markup_and_a_long_name_show_as_plain_text(qtbot: Any, desk: Desk) -> None:
    partner = desk.partners.create(PartnerDraft(name="<i>Кафе</i>"))
    name = "<b>Ира</b> 🌸 " + "очень длинное имя " * 10
    contact = desk.contacts.add(partner.id, ContactDraft(name[:200]))
    dialog = EraseContactDialog(desk.privacy.plan_contact(contact.id))
    qtbot.addWidget(dialog)
    heading = dialog.findChild(QLabel, "eraseHeading")
    assert heading is not None
    assert heading.text().startswith("Erase the personal data of <b>Ира</b> 🌸")
    assert "…" in heading.text() and "(<i>Кафе</i>)" in heading.text()
    for name in ("eraseHeading", "eraseDetails", "eraseWarning"):  # the ones with data
        label = dialog.findChild(QLabel, name)
        assert label is not None and label.textFormat() == Qt.TextFormat.PlainText
