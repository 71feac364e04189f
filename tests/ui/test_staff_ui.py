"""Named staff in the window (issue 19): Settings ▸ Staff adds, changes,
refuses and deactivates people and chooses who sits here; the branch
column shows only with several branches; the owner of the library's
promise and a step's assignee offer the staff list, the partner's owner
does not; the banner asks who is here, without a dialog."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from collabdesk.domain.branch import Branch
from collabdesk.domain.enums import Direction
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.staff import StaffDraft
from collabdesk.services.staff_identity import current_staff_id
from collabdesk.store.database import Database
from collabdesk.ui.commitments.commitment_form import CommitmentForm
from collabdesk.ui.commitments.steps_editor import StepsEditor
from collabdesk.ui.shell import me_prompt
from collabdesk.ui.shell.staff_page import StaffPage, StaffTableModel


@pytest.fixture
def page(qtbot: Any, desk: Desk, tmp_path: Path) -> StaffPage:
    shown = StaffPage(desk.staff, tmp_path)
    qtbot.addWidget(shown)
    shown.resize(900, 600)
    shown.show()
    return shown


def names(page: StaffPage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_the_staff_page_adds_changes_and_chooses_me(
    page: StaffPage, desk: Desk, tmp_path: Path
) -> None:
    page.name_edit.setText("  Ольга <b>Петрова</b> 📚 ")
    page.position_edit.setText("Методист")
    page.save_button.click()
    assert names(page) == ["Ольга <b>Петрова</b> 📚"]
    olga = desk.staff.all()[0]
    assert olga.position == "Методист" and olga.branch_id is not None  # the one branch
    assert page.selected() is not None and page.save_button.text() == "&Save person"
    page.phone_edit.setText("+7 913 000-00-00")
    page.save_button.click()
    assert desk.staff.get(olga.id).phone == "+7 913 000-00-00"
    assert "Nobody is chosen" in page.me_label.text()
    page.me_button.click()
    assert current_staff_id(tmp_path) == olga.id
    assert page.me_label.text() == "At this computer: Ольга <b>Петрова</b> 📚"
    assert page.model.index(0, page.model.columns().index("note")).data() == "me"
    page.active_button.click()
    assert not desk.staff.get(olga.id).active
    assert "inactive" in page.model.index(0, page.model.columns().index("note")).data()


def test_bad_input_shows_under_the_field_and_keeps_what_was_typed(
    page: StaffPage, desk: Desk
) -> None:
    page.name_edit.setText("я" * 10_000)
    page.email_edit.setText("not an address")
    page.save_button.click()
    assert desk.staff.all() == []
    assert "at most 200" in page.errors["name"].text()
    assert "not an e-mail" in page.errors["email"].text()
    assert len(page.name_edit.text()) == 10_000  # nothing typed is lost


def test_removing_an_owner_is_refused_in_words_offering_deactivation(
    page: StaffPage, desk: Desk
) -> None:
    anna = desk.staff.add(StaffDraft(name="Анна"))
    partner = desk.partners.create(PartnerDraft(name="Театр")).id
    collab = desk.collaborations.create(CollaborationDraft(title="Ночь", partner_ids=(partner,)))
    desk.commitments.add(
        collab.id,
        CommitmentDraft(
            direction=Direction.LIBRARY_GIVES, description="Афиши", owner="Анна", partner_id=partner
        ),
    )
    page.reload(anna.id)
    page.remove_button.click()
    assert "Deactivate them instead" in page.error.text()
    assert [s.id for s in desk.staff.all()] == [anna.id]


def test_the_branch_column_shows_only_with_several_branches(
    qtbot: Any, desk: Desk, db: Database, tmp_path: Path
) -> None:
    desk.staff.add(StaffDraft(name="Ольга"))
    single = StaffPage(desk.staff, tmp_path)
    qtbot.addWidget(single)
    assert "Branch" not in single.model.titles()
    assert not single.branch_combo.isVisibleTo(single)
    assert not single.coordinator_check.isVisibleTo(single)
    with db.sessions.begin() as session:
        session.add(Branch(name="Северный"))
    several = StaffPage(desk.staff, tmp_path)
    qtbot.addWidget(several)
    assert "Branch" in several.model.titles()
    assert several.branch_combo.isVisibleTo(several)
    several.start_new()
    several.name_edit.setText("Пётр")
    several.branch_combo.setCurrentIndex(several.branch_combo.findText("Северный"))
    several.save_button.click()
    peter = next(s for s in desk.staff.all() if s.name == "Пётр")
    assert peter.branch_name == "Северный"
    column = StaffTableModel.columns(several.model).index("branch")
    row = names(several).index("Пётр")
    assert several.model.index(row, column).data() == "Северный"


def test_the_owner_of_the_librarys_promise_offers_the_staff(qtbot: Any, desk: Desk) -> None:
    desk.staff.add(StaffDraft(name="Ольга Петрова"))
    desk.staff.add(StaffDraft(name="Пётр Иванов"))
    gone = desk.staff.add(StaffDraft(name="Ушедшая"))
    desk.staff.set_active(gone.id, False)
    partner = desk.partners.create(PartnerDraft(name="Кофейня")).id
    collab = desk.collaborations.create(CollaborationDraft(title="Ярмарка", partner_ids=(partner,)))
    form = CommitmentForm(desk, collaboration_id=collab.id, fixed=True)
    qtbot.addWidget(form)
    form.direction_combo.setCurrentIndex(
        form.direction_combo.findData(Direction.LIBRARY_GIVES.value)
    )
    assert form.owner_edit.names() == ["Ольга Петрова", "Пётр Иванов"]
    completer = form.owner_edit.completer()
    assert completer is not None
    completer.setCompletionPrefix("петр")  # any part, any case
    assert completer.currentCompletion() in ("Ольга Петрова", "Пётр Иванов")
    form.owner_edit.setText("Пётр Иванов")
    form.direction_combo.setCurrentIndex(
        form.direction_combo.findData(Direction.PARTNER_GIVES.value)
    )
    assert form.owner_edit.names() == []  # their person: free text
    assert form.owner_edit.text() == "Пётр Иванов"  # what was typed stays
    form.direction_combo.setCurrentIndex(
        form.direction_combo.findData(Direction.LIBRARY_GIVES.value)
    )
    form.description_edit.setPlainText("Баннер")
    form.no_due_check.setChecked(True)
    form._store(None)
    saved = desk.commitments.for_collaboration(collab.id)[0]
    assert saved.owner == "Пётр Иванов"
    peter = desk.staff.find("Пётр Иванов")
    assert peter is not None and saved.owner_staff_id == peter.id


def test_a_steps_assignee_offers_the_staff(qtbot: Any, desk: Desk) -> None:
    desk.staff.add(StaffDraft(name="Ольга"))
    partner = desk.partners.create(PartnerDraft(name="Кофейня")).id
    collab = desk.collaborations.create(CollaborationDraft(title="Ярмарка", partner_ids=(partner,)))
    promise = desk.commitments.add(
        collab.id,
        CommitmentDraft(
            direction=Direction.LIBRARY_GIVES,
            description="Баннер",
            due_on=date.today() + timedelta(days=3),
            partner_id=partner,
        ),
    ).id
    editor = StepsEditor(desk, promise)
    qtbot.addWidget(editor)
    assert editor.who_edit.names() == ["Ольга"]
    editor.what_edit.setText("Макет")
    editor.who_edit.setText("ольга")
    editor.add_step()
    assert desk.steps.for_commitment(promise)[0].who == "ольга"
    # Changing who in the table offers the staff too.
    from PySide6.QtWidgets import QStyleOptionViewItem

    from collabdesk.ui.commitments.steps_editor import StepTableModel
    from collabdesk.ui.widgets.staff_picker import StaffPicker

    cell = editor.model.index(0, StepTableModel.WHO)
    delegate = editor.table.itemDelegateForColumn(StepTableModel.WHO)
    picker = delegate.createEditor(editor.table.viewport(), QStyleOptionViewItem(), cell)
    assert isinstance(picker, StaffPicker) and picker.names() == ["Ольга"]
    delegate.setEditorData(picker, cell)
    assert picker.text() == "ольга"
    picker.setText("Пётр")
    delegate.setModelData(picker, editor.model, cell)
    assert desk.steps.for_commitment(promise)[0].who == "Пётр"


def test_the_banner_asks_who_is_here_and_remembers_the_answer(
    make_window: Any, db: Database, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(db)
    me_prompt.offer(window)
    assert window.banner.line(me_prompt.BANNER_KEY) is None  # no staff list: nobody asked
    olga = desk.staff.add(StaffDraft(name="Ольга Петрова"))
    me_prompt.offer(window)
    line = window.banner.line(me_prompt.BANNER_KEY)
    assert isinstance(line, me_prompt.MeLine)
    assert line.picker.names() == ["Ольга Петрова"]
    line.picker.setText("ольга петрова")
    line.choose_button.click()
    assert current_staff_id(tmp_path) == olga.id
    assert window.banner.line(me_prompt.BANNER_KEY) is None
    me_prompt.offer(window)
    assert window.banner.line(me_prompt.BANNER_KEY) is None  # chosen: not asked again


def test_im_new_adds_me_prefilled_from_the_os_name(
    make_window: Any, db: Database, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.staff.add(StaffDraft(name="Ольга"))
    window = make_window(db)
    me_prompt.offer(window)
    line = window.banner.line(me_prompt.BANNER_KEY)
    assert isinstance(line, me_prompt.MeLine)
    monkeypatch.setattr("collabdesk.services.staff_me.os_full_name", lambda: "Мария Сидорова")
    offered: list[str] = []

    def answer(_parent: QWidget, suggested: str) -> str:
        offered.append(suggested)
        return suggested

    monkeypatch.setattr(me_prompt, "ask_new_name", answer)
    line.new_button.click()
    assert offered == ["Мария Сидорова"]
    maria = desk.staff.find("Мария Сидорова")
    assert maria is not None and current_staff_id(tmp_path) == maria.id


def test_the_history_panel_names_the_person_and_their_branch(
    qtbot: Any, db: Database, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from collabdesk.services import staff_me
    from collabdesk.ui.history.history_panel import HistoryTableModel

    desk = Desk.over(db.sessions, data_dir=tmp_path)  # as the window builds it
    with db.sessions.begin() as session:
        session.add(Branch(name="Северный"))
    north = next(b for b, name in desk.staff.branches() if name == "Северный")
    olga = desk.staff.add(StaffDraft(name="Ольга", branch_id=north))
    staff_me.choose(desk.staff, tmp_path, olga.id)
    partner = desk.partners.create(PartnerDraft(name="Театр"))
    model = HistoryTableModel()
    model.set_items(desk.history.for_record("partner", partner.id))
    who = model.index(0, HistoryTableModel.WHO).data(Qt.ItemDataRole.DisplayRole)
    assert who.startswith("Ольга (Северный)")


def test_every_control_of_the_staff_page_and_the_question_has_a_name(
    qtbot: Any, page: StaffPage, make_window: Any, db: Database, desk: Desk
) -> None:
    from tests.ui.accessible_names import unnamed_controls

    assert unnamed_controls(page) == []
    desk.staff.add(StaffDraft(name="Ольга"))
    window = make_window(db)
    me_prompt.offer(window)
    line = window.banner.line(me_prompt.BANNER_KEY)
    assert line is not None and unnamed_controls(line) == []
