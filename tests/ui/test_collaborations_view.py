"""The Collaborations section: list with readiness and filters, the stage
board, details, and the dialogs for the catalogue and the template."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from collabdesk.domain.checklist import GOAL
from collabdesk.domain.enums import Stage
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.desk import Desk
from collabdesk.ui.collaborations import collaboration_dialogs
from collabdesk.ui.collaborations.checklist_template_dialog import (
    PROMPT_EN,
    REQUIRED,
    ChecklistTemplateDialog,
)
from collabdesk.ui.collaborations.collaboration_table_model import CollaborationTableModel
from collabdesk.ui.statistics.advertising_dialog import AdvertisingDialog


def open_section(make_window: Any, database: Any) -> Any:
    window = make_window(database)
    view = window.collaborations
    window.show_section(view)
    return window, view


def column_texts(view: Any, column: int) -> list[str]:
    model = view.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_list_shows_collaborations_with_readiness(make_window: Any, demo_db: Any) -> None:
    _window, view = open_section(make_window, demo_db)
    table = view.findChild(QTableView, "collaborationList")
    assert table is view.table and table.isVisible()
    assert view.model.rowCount() == 6
    assert all(t.endswith("%") for t in column_texts(view, CollaborationTableModel.READY))
    view.stage_filter.setCurrentIndex(view.stage_filter.findData(Stage.PREPARING.value))
    assert view.model.rowCount() == 1
    view.stage_filter.setCurrentIndex(view.stage_filter.findData(Stage.COMPLETED.value))
    assert view.model.rowCount() == 0
    assert view.empty.isVisible() and "filters" in view.empty.text()


def test_partner_filter(make_window: Any, demo_db: Any) -> None:
    _window, view = open_section(make_window, demo_db)
    assert view.partner_filter.count() == 1  # read when the person opens it
    view.partner_filter.showPopup()
    view.partner_filter.hidePopup()
    index = view.partner_filter.findText("Креативный кластер «Полигон»")
    view.partner_filter.setCurrentIndex(index)
    assert column_texts(view, CollaborationTableModel.TITLE) == ["Библиотека в креативном кластере"]


def test_empty_database_says_what_to_do(make_window: Any, db: Any) -> None:
    _window, view = open_section(make_window, db)
    assert view.empty.isVisible()
    assert "New collaboration" in view.empty.text()


def test_next_stage_button_and_board(make_window: Any, db: Any, desk: Desk) -> None:
    collab = desk.collaborations.create(CollaborationDraft(title="Coffee <b>and</b> books")).id
    _window, view = open_section(make_window, db)
    view.views.setCurrentIndex(view.BOARD_TAB)  # the board reads its cards when shown
    view.select(collab)
    assert view.board.columns[Stage.IDEA].count() == 1
    assert view.board.columns[Stage.IDEA].item(0).text().startswith("Coffee <b>and</b> books")
    assert view.details.title.text() == "Coffee <b>and</b> books"
    assert view.details.title.textFormat() == Qt.TextFormat.PlainText
    view.next_button.click()
    assert desk.collaborations.get(collab).stage is Stage.PREPARING
    assert view.board.columns[Stage.PREPARING].count() == 1
    assert view.board.columns[Stage.IDEA].count() == 0
    # Dropping a card on another column moves it there.
    view.board.columns[Stage.NEGOTIATING].card_dropped.emit(collab, Stage.NEGOTIATING)
    assert desk.collaborations.get(collab).stage is Stage.NEGOTIATING
    view.views.setCurrentIndex(view.LIST_TAB)
    assert column_texts(view, CollaborationTableModel.STAGE) == ["Negotiating"]
    desk.collaborations.set_stage(collab, Stage.COMPLETED)
    view.refresh()
    assert not view.next_button.isEnabled()


def test_details_show_partners_plan_b_and_exchange(make_window: Any, demo_db: Any) -> None:
    _window, view = open_section(make_window, demo_db)
    row = column_texts(view, CollaborationTableModel.TITLE).index(
        "Библиотека в креативном кластере"
    )
    view.table.selectRow(row)
    fields = view.details.fields
    assert fields["partners"].text() == "Креативный кластер «Полигон»"
    assert fields["plan_b"].text() == "Управление культуры города"
    assert "Зал 120 м²" in fields["partner_gives"].text()
    assert "Логотип" in fields["library_gives"].text()


def test_new_collaboration_offers_the_wizard(
    make_window: Any, db: Any, desk: Desk, monkeypatch: Any, prompts_log: Any
) -> None:
    opened: list[int] = []

    def create(_parent: Any, the_desk: Desk) -> int:
        return the_desk.collaborations.create(CollaborationDraft(title="Science talks")).id

    monkeypatch.setattr(collaboration_dialogs, "new_collaboration", create)
    monkeypatch.setattr(
        collaboration_dialogs, "run_checklist", lambda _p, _d, cid, _key=None: opened.append(cid)
    )
    _window, view = open_section(make_window, db)
    prompts_log.confirm_answer = True
    view.new_button.click()
    assert prompts_log.kinds() == ["confirm"]
    assert opened == [view.current_id()]
    assert column_texts(view, CollaborationTableModel.TITLE) == ["Science talks"]


def test_new_collaboration_form_requires_a_title(qtbot: Any, desk: Desk) -> None:
    from collabdesk.ui.collaborations.collaboration_form import CollaborationForm

    form = CollaborationForm(desk)
    qtbot.addWidget(form)
    form.save()
    assert form.saved_id is None and form.error.isVisibleTo(form)
    form.title.setText("Кофе и книги ☕")
    form.save()
    assert desk.collaborations.get(form.saved_id).title == "Кофе и книги ☕"


def test_advertising_dialog_keeps_bad_rows(qtbot: Any, desk: Desk) -> None:
    dialog = AdvertisingDialog(desk.advertising)
    qtbot.addWidget(dialog)
    dialog.add_row()
    dialog.table.item(0, 0).setText("Post on VK")
    dialog.table.item(0, 2).setText("lots")
    assert not dialog.save()
    assert "lots" in dialog.error.text()
    assert dialog.table.item(0, 0).text() == "Post on VK"
    assert desk.advertising.catalogue() == []
    dialog.table.item(0, 2).setText("8 300")
    dialog.table.item(0, 3).setText("2500,50")
    assert dialog.save()
    [item] = desk.advertising.catalogue()
    assert (item.name, item.reach_per_unit, str(item.rate)) == ("Post on VK", 8300, "2500.50")


def test_template_dialog_rewords_and_adds(qtbot: Any, desk: Desk) -> None:
    collab = desk.collaborations.create(CollaborationDraft(title="X")).id
    desk.collaborations.save_answer(collab, "why", GOAL, "Keep me", True)
    dialog = ChecklistTemplateDialog(desk.checklist)
    qtbot.addWidget(dialog)
    row = next(
        r
        for r in range(dialog.table.rowCount())
        if dialog.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == GOAL
    )
    dialog.table.item(row, PROMPT_EN).setText("The goal, briefly")
    dialog.table.item(row, REQUIRED).setCheckState(Qt.CheckState.Unchecked)
    dialog.add_row()
    new_row = dialog.table.rowCount() - 1
    assert not dialog.save()  # the new question is blank
    assert dialog.error.isVisibleTo(dialog)
    dialog.table.item(new_row, PROMPT_EN).setText("Any risks?")
    assert dialog.save()
    goal = next(q for q in desk.checklist.questions() if q.key == GOAL)
    assert (goal.prompt_en, goal.required) == ("The goal, briefly", False)
    why = [q for q in desk.checklist.questions() if q.step.value == "why"]
    assert why[-1].key.startswith("custom.why.") and why[-1].prompt_en == "Any risks?"
    assert [a.answer for a in desk.collaborations.answers(collab)] == ["Keep me"]


def test_menu_actions_reach_the_view(
    make_window: Any, db: Any, desk: Desk, monkeypatch: Any
) -> None:
    from PySide6.QtGui import QAction

    opened: list[str] = []
    monkeypatch.setattr(collaboration_dialogs, "edit_catalogue", lambda *_a: opened.append("ads"))
    monkeypatch.setattr(collaboration_dialogs, "edit_template", lambda *_a: opened.append("tpl"))
    collab = desk.collaborations.create(CollaborationDraft(title="Kiosk")).id
    window, view = open_section(make_window, db)
    view.select(collab)
    next_action = window.findChild(QAction, "nextStageAction")
    assert next_action.shortcut().toString() == "Ctrl+Shift+Right"
    next_action.trigger()
    assert desk.collaborations.get(collab).stage is Stage.PREPARING
    window.findChild(QAction, "advertisingAction").trigger()
    window.findChild(QAction, "checklistTemplateAction").trigger()
    assert opened == ["ads", "tpl"]


def test_pitch_button_opens_the_pitch_dialog_for_the_selected_collaboration(
    make_window: Any, demo_db: Any, monkeypatch: Any, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QPushButton

    from collabdesk.ui.documents import pitch_dialog

    _window, view = open_section(make_window, demo_db)
    button = view.findChild(QPushButton, "pitchButton")
    assert button is view.pitch_button and not button.isEnabled()  # nothing selected yet
    chosen = view.model.lines[0].id
    view.select(chosen)
    assert button.isEnabled()
    calls: list[int] = []
    monkeypatch.setattr(pitch_dialog, "open_pitch_dialog", lambda _p, _d, cid: calls.append(cid))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert calls == [chosen]


def test_titles_keep_a_readable_width(make_window: Any, demo_db: Any) -> None:
    from collabdesk.ui.collaborations.collaboration_list import TITLE_WIDTH

    window, view = open_section(make_window, demo_db)
    window.resize(950, 700)  # a small laptop window, long Russian stage names
    assert view.table.columnWidth(CollaborationTableModel.TITLE) >= TITLE_WIDTH


def test_history_of_a_collaboration_restores_its_title(
    make_window: Any, db: Any, desk: Desk, monkeypatch: Any, qtbot: Any
) -> None:
    from collabdesk.ui.history import history_panel
    from collabdesk.ui.history.history_panel import HistoryDialog

    collab = desk.collaborations.create(CollaborationDraft(title="Ночь в библиотеке"))
    desk.collaborations.update(collab.id, CollaborationDraft(title="Ночь <b>книг</b>"))
    _window, view = open_section(make_window, db)
    view.select(collab.id)
    opened: list[HistoryDialog] = []

    def run_dialog(parent, history, table, record_id, title, on_changed=None) -> None:
        dialog = HistoryDialog(history, table, record_id, title, on_changed, parent)
        qtbot.addWidget(dialog)
        opened.append(dialog)
        for row in range(dialog.model.rowCount()):  # the title edit: put the old one back
            item = dialog.model.item(row)
            if item is not None and item.field == "title":
                dialog.view.setCurrentIndex(dialog.model.index(row, 0))
                dialog.restore_selected()
                break

    monkeypatch.setattr(history_panel, "show_history", run_dialog)
    assert view.history_button.isEnabled()
    view.history_button.click()
    assert len(opened) == 1
    assert desk.collaborations.get(collab.id).title == "Ночь в библиотеке"


def test_columns_fit_what_they_hold_at_1366(make_window: Any, demo_db: Any) -> None:
    """Stage, readiness and dates are never cut to "…"; the title keeps a
    typical title's width and the partners take the rest."""
    from collabdesk.ui.collaborations.collaboration_list import title_width

    window, view = open_section(make_window, demo_db)
    window.resize(1366, 768)
    table, model = view.table, view.model
    metrics = table.fontMetrics()
    for column in (
        CollaborationTableModel.STAGE,
        CollaborationTableModel.READY,
        CollaborationTableModel.STARTS,
        CollaborationTableModel.ENDS,
    ):
        widest = max(metrics.horizontalAdvance(t or "") for t in column_texts(view, column))
        assert table.columnWidth(column) >= widest, column
    assert table.columnWidth(CollaborationTableModel.TITLE) >= title_width(table)
    assert table.columnWidth(CollaborationTableModel.PARTNERS) > 0
    assert model.rowCount() == 6


def test_details_without_a_collaboration_show_only_what_to_do(qtbot: Any, desk: Desk) -> None:
    from PySide6.QtWidgets import QLabel

    from collabdesk.ui.collaborations.collaboration_details import CollaborationDetails

    details = CollaborationDetails()
    qtbot.addWidget(details)
    details.show()

    def shown_texts() -> list[str]:
        return [
            label.text() for label in details.findChildren(QLabel) if label.isVisibleTo(details)
        ]

    assert shown_texts() == [
        "No collaboration selected",
        "Pick one in the list or on the board, or create a new one.",
    ]
    cid = desk.collaborations.create(CollaborationDraft(title="Ярмарка")).id
    details.show_collaboration(desk, cid)
    assert {"Ярмарка", "Stage:", "Dates:", "Partners:"} <= set(shown_texts())
    assert details.readiness.isVisibleTo(details)
    details.show_collaboration(desk, None)
    assert not any(text.endswith(":") for text in shown_texts())
    assert not details.readiness.isVisibleTo(details)
