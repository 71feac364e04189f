"""Readiness: one figure everywhere (list, board card, details, the wizard's
summary), items that open the wizard at their question, buttons that say
why they cannot work, and refusals in the interface's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from collabdesk.domain import checklist as keys
from collabdesk.domain.checklist import ChecklistStep
from collabdesk.domain.enums import Stage
from collabdesk.domain.message import Message
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.desk import Desk
from collabdesk.services.errors import ServiceError
from collabdesk.services.partners import PartnerDraft
from collabdesk.ui.collaborations import collaboration_dialogs
from collabdesk.ui.collaborations.checklist_wizard import ChecklistWizard
from collabdesk.ui.collaborations.collaboration_table_model import CollaborationTableModel


def open_section(make_window: Any, database: Any) -> Any:
    window = make_window(database)
    window.show_section(window.collaborations)
    return window, window.collaborations


def wizard_for(qtbot: Any, desk: Desk, collab: int) -> ChecklistWizard:
    wizard = ChecklistWizard(desk, collab, lang="en")
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def to_summary(wizard: ChecklistWizard) -> None:
    while wizard.currentId() != wizard.SUMMARY:
        wizard.next()


def test_the_same_readiness_figure_everywhere(make_window, demo_db, desk, qtbot) -> None:
    _window, view = open_section(make_window, demo_db)
    view.views.setCurrentIndex(view.BOARD_TAB)  # the board reads its cards when shown
    for row, line in enumerate(view.model.lines):
        figure = desk.checklist.readiness(line.id).percent
        listed = view.model.index(row, CollaborationTableModel.READY).data()
        assert listed == f"{figure} %"
        _stage, card = view.board.card(line.id)
        assert f": {figure} %" in card.text()
        view.select(line.id)
        assert view.details.readiness.value() == figure
        assert len(view.details.missing.question_keys()) == len(
            desk.checklist.readiness(line.id).missing
        )
        wizard = wizard_for(qtbot, desk, line.id)
        to_summary(wizard)
        assert wizard.summary.bar.value() == figure
        wizard.done(0)


def test_the_summary_counts_what_was_typed_on_the_last_page(desk, qtbot) -> None:
    """Qt prepares the summary before it reports the page change: the answer
    typed on page 5 must be saved first, or the summary shows an old figure."""
    collab = desk.collaborations.create(CollaborationDraft(title="Uniforms")).id
    own = desk.checklist.add_question(ChecklistStep.REPUTATION, "Who thanks them?", "", True)
    wizard = wizard_for(qtbot, desk, collab)
    while wizard.currentId() != wizard.REPUTATION:
        wizard.next()
    field = wizard.findChild(QPlainTextEdit, f"answer:{own.key}")
    field.setPlainText("The director, in person")
    wizard.next()
    assert own.key not in wizard.summary.missing.question_keys()
    assert wizard.summary.bar.value() == desk.checklist.readiness(collab).percent


def test_a_summary_item_opens_its_question(desk, qtbot) -> None:
    collab = desk.collaborations.create(CollaborationDraft(title="Souvenirs")).id
    wizard = wizard_for(qtbot, desk, collab)
    to_summary(wizard)
    missing = wizard.summary.missing
    row = missing.question_keys().index(keys.GOAL)
    qtbot.mouseClick(
        missing.viewport(),
        Qt.MouseButton.LeftButton,
        pos=missing.visualItemRect(missing.item(row)).center(),
    )
    assert wizard.currentId() == wizard.WHY
    assert wizard.focusWidget() is wizard.findChild(QLineEdit, f"answer:{keys.GOAL}")


def test_a_missing_promise_opens_the_promise_form_on_its_side(desk, qtbot) -> None:
    collab = desk.collaborations.create(CollaborationDraft(title="Hall")).id
    wizard = wizard_for(qtbot, desk, collab)
    to_summary(wizard)
    missing = wizard.summary.missing
    missing.setCurrentRow(missing.question_keys().index(keys.PARTNER_PROMISES))
    missing.setFocus()
    qtbot.keyClick(missing, Qt.Key.Key_Return)
    assert wizard.currentId() == wizard.REPUTATION
    assert wizard.focusWidget() is wizard.reputation.description
    assert wizard.reputation.direction.currentData() == "partner_gives"


def test_a_details_item_opens_the_wizard_there(make_window, db, desk, monkeypatch) -> None:
    collab = desk.collaborations.create(CollaborationDraft(title="Lecture hall")).id
    opened: list[tuple[int, str | None]] = []
    monkeypatch.setattr(
        collaboration_dialogs,
        "run_checklist",
        lambda _parent, _desk, cid, key=None: opened.append((cid, key)),
    )
    _window, view = open_section(make_window, db)
    view.select(collab)
    details = view.details.missing
    assert details.isVisible() and keys.PLAN_B in details.question_keys()
    details.itemClicked.emit(details.item(details.question_keys().index(keys.PLAN_B)))
    assert opened == [(collab, keys.PLAN_B)]


def test_actions_that_cannot_work_are_disabled_and_say_why(make_window, db, desk) -> None:
    lonely = desk.collaborations.create(CollaborationDraft(title="No partner yet")).id
    partner = desk.partners.create(PartnerDraft(name="Atelier")).id
    done = desk.collaborations.create(CollaborationDraft(title="Done", partner_ids=(partner,))).id
    desk.collaborations.set_stage(done, Stage.COMPLETED)
    _window, view = open_section(make_window, db)
    assert not view.pitch_button.isEnabled()
    assert "Select a collaboration" in view.pitch_button.toolTip()
    view.select(lonely)
    assert not view.pitch_button.isEnabled() and not view.present_button.isEnabled()
    assert "has none yet" in view.pitch_button.toolTip()
    assert not view.renew_button.isEnabled() and "end date" in view.renew_button.toolTip()
    assert view.next_button.isEnabled()
    view.select(done)
    assert view.pitch_button.isEnabled() and view.renew_button.isEnabled()
    assert not view.next_button.isEnabled() and "no next stage" in view.next_button.toolTip()
    from PySide6.QtGui import QAction

    window = view.window()
    next_action = window.findChild(QAction, "nextStageAction")
    renew_action = window.findChild(QAction, "renewAction")
    assert not next_action.isEnabled() and "no next stage" in next_action.toolTip()
    assert renew_action.isEnabled()  # the menu follows the buttons
    view.select(lonely)
    assert next_action.isEnabled() and not renew_action.isEnabled()


def test_a_refusal_in_the_russian_interface_is_russian(russian, desk, qtbot, monkeypatch) -> None:
    """Plan B refused by the service: the page says so in Russian."""
    collab = desk.collaborations.create(CollaborationDraft(title="Лекторий")).id
    desk.partners.create(PartnerDraft(name="Музей"))
    wizard = ChecklistWizard(desk, collab, lang="ru")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    refusal = Message("StatisticsImport", "The file holds no table.")

    def refuse(*_args: object) -> None:
        raise ServiceError(refusal)

    monkeypatch.setattr(desk.plan_b, "set_plan_b", refuse)
    wizard.alternatives.add_button.click()
    error = wizard.alternatives.error
    assert error.isVisible() and error.text() and error.text() != refusal.template
    assert any("а" <= ch <= "я" for ch in error.text().lower())
    wizard.alternatives.error.clear_error()
    page = wizard.reputation
    while wizard.currentId() != wizard.REPUTATION:
        wizard.next()
    page.description.setText("Логотип")
    page.due.setText("завтра")
    assert not page.add_promise()
    assert "«завтра»" in page.error.text() or "“завтра”" in page.error.text()
    assert "not a date" not in page.error.text()


def test_the_board_scrolls_and_its_cards_are_not_clipped(make_window, demo_db, qtbot) -> None:
    """At 1366×768 the nine columns do not fit: the board scrolls sideways,
    every column can be brought into view, and each card's wrapped text
    fits inside its card."""
    from PySide6.QtCore import QRect

    window, view = open_section(make_window, demo_db)
    window.resize(1366, 768)
    view.views.setCurrentIndex(1)
    qtbot.wait(200)  # list views lay their items out after a short delay
    board = view.board
    bar = board.scroll_area.horizontalScrollBar()
    assert bar.maximum() > 0  # not squeezed: the columns keep their width
    for stage, column in board.columns.items():
        assert board.titles[stage].text().endswith(f"({column.count()})")
        for row in range(column.count()):
            item = column.item(row)
            box = column.visualItemRect(item)
            assert box.right() <= column.viewport().width()
            needed = column.fontMetrics().boundingRect(
                QRect(0, 0, box.width() - 10, 10_000),
                int(Qt.TextFlag.TextWordWrap),
                item.text(),
            )
            assert needed.height() <= box.height(), item.text()
            assert item.toolTip() == item.text()
    last = view.model.lines[-1]
    board.select(last.id)  # a card of a far column scrolls into view
    stage, _card = board.card(last.id)
    column = board.columns[stage]
    left = column.mapTo(board.scroll_area.widget(), column.rect().topLeft()).x()
    assert bar.value() <= left <= bar.value() + board.scroll_area.viewport().width()
