"""The wizard and the Pitch dialog from the keyboard alone, and a name for
every control a screen reader lands on."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QWidget

from collabdesk.domain import checklist as keys
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.ui.collaborations.checklist_wizard import ChecklistWizard
from collabdesk.ui.documents import pitch_dialog
from collabdesk.ui.documents.pitch_dialog import PitchDialog


@pytest.fixture
def collab(desk: Desk) -> int:
    partner = desk.partners.create(PartnerDraft(name="Atelier")).id
    return desk.collaborations.create(
        CollaborationDraft(title="Uniforms", partner_ids=(partner,))
    ).id


def interactive(root: QWidget) -> list[QWidget]:
    """The controls keyboard focus can reach (scroll areas' viewports and
    the wizard's own frame aside)."""
    found = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if widget.inherits("QScrollArea") or widget.inherits("QScrollBar"):
            continue
        found.append(widget)
    return found


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in interactive(root):
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__}:{widget.objectName()}")
    return missing


def test_every_control_of_the_wizard_has_a_name(desk, collab, qtbot) -> None:
    wizard = ChecklistWizard(desk, collab, lang="en")
    qtbot.addWidget(wizard)
    wizard.show()
    problems = {}
    while True:
        page = wizard.currentPage()
        problems[page.objectName()] = unnamed(wizard)
        if wizard.currentId() == wizard.SUMMARY:
            break
        wizard.next()
    assert all(not names for names in problems.values()), problems


def test_every_control_of_the_pitch_dialog_has_a_name(desk, collab, qtbot) -> None:
    dialog = PitchDialog(desk, collab)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed(dialog) == []


def test_the_wizard_from_the_keyboard_alone(desk, collab, qtbot) -> None:
    wizard = ChecklistWizard(desk, collab, lang="en")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitActive(wizard)  # mnemonics (Alt+N) work in the active window only
    goal = wizard.findChild(QWidget, f"answer:{keys.GOAL}")
    assert wizard.focusWidget() is goal  # typing can start at once
    qtbot.keyClicks(goal, "A uniform for the staff")
    qtbot.keyClick(goal, Qt.Key.Key_Tab)
    assert wizard.focusWidget() is wizard.findChild(QWidget, f"answer:{keys.MEASURABLE_GOALS}")
    qtbot.keyClick(goal, Qt.Key.Key_Return)  # Enter in a one-line answer is Next
    assert wizard.currentId() == wizard.ALTERNATIVES
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    assert wizard.currentId() == wizard.QUALITATIVE
    # Alt+B, through the window as the keyboard sends it: "< &Back" (a
    # mnemonic clicks its button after a short animation, hence the wait).
    qtbot.keyClick(wizard.windowHandle(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.ALTERNATIVES, timeout=2_000)
    answers = {a.question_key: a.answer for a in desk.collaborations.answers(collab)}
    assert answers[keys.GOAL] == "A uniform for the staff"
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # nothing unsaved: closes at once
    assert not wizard.isVisible()


def test_the_pitch_dialog_from_the_keyboard_alone(
    desk, collab, qtbot, monkeypatch, tmp_path, prompts_log
) -> None:
    prompts_log.confirm_answer = True  # "write anyway" to the warning of empty answers
    opened: list[Any] = []
    monkeypatch.setattr(pitch_dialog, "open_document", opened.append)
    dialog = PitchDialog(desk, collab)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert dialog.focusWidget() is dialog.partner
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_L, alt)  # "Language"
    assert dialog.focusWidget() is dialog.language
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    assert dialog.language.currentData() == "en"
    qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_S, alt)  # "Save as"
    assert dialog.focusWidget() is dialog.output
    qtbot.keyClick(dialog.output, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.output, str(tmp_path / "uniforms.pdf"))
    assert dialog.export_button.isDefault()
    qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_Return)  # Enter writes the PDF
    assert dialog.status.text() or dialog.written, "Enter did not start the export"
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    assert dialog.written == tmp_path / "uniforms.pdf" and dialog.written.exists()


def test_escape_closes_the_pitch_dialog(desk, collab, qtbot) -> None:
    dialog = PitchDialog(desk, collab)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.written is None


def test_buttons_of_the_wizard_are_reachable(desk, collab, qtbot) -> None:
    wizard = ChecklistWizard(desk, collab, lang="en")
    qtbot.addWidget(wizard)
    wizard.show()
    buttons = [b for b in wizard.findChildren(QAbstractButton) if b.isVisible()]
    assert all(b.text() for b in buttons)


def test_every_control_of_the_sections_and_their_dialogs_has_a_name(
    make_window, demo_db, qtbot
) -> None:
    from collabdesk.services.desk import Desk
    from collabdesk.ui.collaborations.checklist_template_dialog import ChecklistTemplateDialog
    from collabdesk.ui.collaborations.collaboration_form import CollaborationForm
    from collabdesk.ui.statistics.advertising_dialog import AdvertisingDialog

    window = make_window(demo_db)
    desk = Desk.over(demo_db.sessions)
    view = window.collaborations
    window.show_section(view)
    view.select(view.model.lines[0].id)
    problems = {"list": unnamed(view)}
    view.views.setCurrentIndex(1)
    problems["board"] = unnamed(view)
    statistics = window.findChild(QWidget, "statisticsView")
    window.show_section(statistics)
    problems["statistics"] = unnamed(statistics)
    for dialog in (
        AdvertisingDialog(desk.advertising),
        ChecklistTemplateDialog(desk.checklist),
        CollaborationForm(desk),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        problems[dialog.objectName()] = unnamed(dialog)
    missing = {k: v for k, v in problems.items() if v}
    assert missing == {}


def test_promises_are_added_from_the_keyboard(desk, collab, qtbot) -> None:
    """Enter in the promise form adds the promise and stays on the page (the
    wizard's Next is the default button and must not fire as well); Tab
    walks the form in reading order."""
    wizard = ChecklistWizard(desk, collab, lang="en")
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentId() != wizard.REPUTATION:
        wizard.next()
    page = wizard.reputation
    page.direction.setFocus()
    qtbot.keyClick(page.direction, Qt.Key.Key_Tab)
    assert wizard.focusWidget() is page.description
    qtbot.keyClicks(page.description, "Logo on the website")
    qtbot.keyClick(page.description, Qt.Key.Key_Tab)
    assert wizard.focusWidget() is page.due
    qtbot.keyClicks(page.due, "2027-03-01")
    qtbot.keyClick(page.due, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.owner, "Irina")
    qtbot.keyClick(page.owner, Qt.Key.Key_Return)
    assert wizard.currentId() == wizard.REPUTATION
    assert [c.description for c in desk.commitments.for_collaboration(collab)] == [
        "Logo on the website"
    ]
    assert wizard.focusWidget() is page.description and page.description.text() == ""
    page.add_button.setFocus()
    qtbot.keyClick(page.add_button, Qt.Key.Key_Tab)
    assert wizard.focusWidget() is page.table
