"""Legal details in the window: the dialog shows a wrong INN under its
field and keeps the typing; saves good details; the partner form and
Settings ▸ Library open it when the window has data."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.ui.legal import legal_details_dialog
from collabdesk.ui.legal.legal_details_dialog import LegalDetailsDialog
from collabdesk.ui.partners.partner_form import PartnerForm


def _save(dialog: LegalDetailsDialog, qtbot: Any) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_wrong_inn_is_shown_under_its_field_and_nothing_saved(qtbot: Any, desk: Desk) -> None:
    partner = desk.partners.create(PartnerDraft(name="Ромашка"))
    dialog = LegalDetailsDialog(desk.legal, partner.id, "Ромашка")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QLineEdit, "innEdit").setText("7707083894")
    dialog.findChild(QLineEdit, "legalNameEdit").setText('ООО "Ромашка"')
    _save(dialog, qtbot)
    error = dialog.findChild(QLabel, "innError")
    assert error.isVisible() and "7707083894" in error.text()
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.findChild(QLineEdit, "legalNameEdit").text() == 'ООО "Ромашка"'
    assert desk.legal.get(partner.id).legal_name == ""


def test_good_details_are_saved_and_shown_again(qtbot: Any, desk: Desk) -> None:
    dialog = LegalDetailsDialog(desk.legal, None, "the library")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QLineEdit, "innEdit").setText("7707 083893")
    dialog.findChild(QPlainTextEdit, "legalAddressEdit").setPlainText("Москва,\nул. Ленина, 1")
    dialog.findChild(QLineEdit, "signatoryBasisEdit").setText("действующего на основании Устава")
    _save(dialog, qtbot)
    assert dialog.saved is not None and not dialog.isVisible()
    saved = desk.legal.get(None)
    assert (saved.inn, saved.legal_address) == ("7707083893", "Москва, ул. Ленина, 1")
    again = LegalDetailsDialog(desk.legal, None, "the library")
    qtbot.addWidget(again)
    assert again.findChild(QLineEdit, "innEdit").text() == "7707083893"


def test_the_partner_form_offers_legal_details_over_a_window(
    make_window: Any, db: Any, monkeypatch: Any, qtbot: Any
) -> None:
    window = make_window(db)
    record = window.desk.partners.create(PartnerDraft(name="Ромашка"))
    opened: list[tuple[Any, ...]] = []
    monkeypatch.setattr(
        legal_details_dialog, "edit_legal_details", lambda *args: opened.append(args)
    )
    form = PartnerForm(window.desk.partners, record, window)
    qtbot.addWidget(form)
    button = form.findChild(QPushButton, "legalDetailsButton")
    assert button is not None
    button.click()
    assert opened and opened[0][2:] == (record.id, "Ромашка")
    new = PartnerForm(window.desk.partners, None, window)  # not saved yet: nothing to attach to
    qtbot.addWidget(new)
    assert new.findChild(QPushButton, "legalDetailsButton") is None


def test_settings_library_page_opens_the_library_details(
    make_window: Any, db: Any, monkeypatch: Any, qtbot: Any
) -> None:
    from collabdesk.ui.shell.settings_dialog import SettingsDialog

    window = make_window(db)
    opened: list[tuple[Any, ...]] = []
    monkeypatch.setattr(
        legal_details_dialog, "edit_legal_details", lambda *args: opened.append(args)
    )
    dialog = SettingsDialog(window.desk.library, None, window)
    qtbot.addWidget(dialog)
    button = dialog.findChild(QPushButton, "libraryLegalButton")
    assert button.isEnabled()
    button.click()
    assert opened and opened[0][1] is window.desk.legal and opened[0][2] is None
