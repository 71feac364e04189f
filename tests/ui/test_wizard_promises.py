"""Wizard step 5 (issue 18, item 3): a promise gets the collaboration's
partner (picked on the form when there are several), is changed in place in
the table, and the tracker, the reputation and the details follow at once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from collabdesk.domain.enums import Direction
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.ui.collaborations import collaboration_dialogs
from collabdesk.ui.collaborations.checklist_wizard import ChecklistWizard
from collabdesk.ui.commitments.commitments_section import CommitmentsSection


def collaboration(desk: Desk, *names: str) -> tuple[int, list[int]]:
    pids = [desk.partners.create(PartnerDraft(name=name)).id for name in names]
    cid = desk.collaborations.create(
        CollaborationDraft(title="Библиотека в кластере", partner_ids=tuple(pids))
    ).id
    return cid, pids


def at_step_five(qtbot: Any, desk: Desk, cid: int, parent: Any = None) -> ChecklistWizard:
    wizard = ChecklistWizard(desk, cid, parent, lang="en")
    qtbot.addWidget(wizard) if parent is None else None
    wizard.show()
    desk.checklist.set_resume_page(cid, wizard.REPUTATION)
    while wizard.currentId() < wizard.REPUTATION:
        wizard.next()
    return wizard


def type_promise(wizard: ChecklistWizard, text: str, due: str = "2027-03-01") -> None:
    page = wizard.reputation
    page.description.setText(text)
    page.due.setText(due)
    page.owner.setText("Анна")
    assert page.add_promise()


def test_the_only_partner_is_the_promises_by_default(qtbot: Any, desk: Desk) -> None:
    cid, [pid] = collaboration(desk, "Кластер «Полигон»")
    wizard = at_step_five(qtbot, desk, cid)
    assert not wizard.reputation.partner.isVisibleTo(wizard)  # nothing to choose
    type_promise(wizard, "Логотип на сайте")
    [saved] = desk.commitments.for_collaboration(cid)
    assert saved.partner_id == pid
    model = wizard.reputation.model
    assert model.index(0, model.PARTNER).data() == "Кластер «Полигон»"


def test_with_several_partners_the_row_picks_one(qtbot: Any, desk: Desk) -> None:
    cid, pids = collaboration(desk, "Кластер «Полигон»", "Театр <b>Луч</b> 🎭")
    wizard = at_step_five(qtbot, desk, cid)
    page = wizard.reputation
    assert page.partner.isVisibleTo(wizard)
    assert [page.partner.itemText(i) for i in range(page.partner.count())] == [
        "Кластер «Полигон»",
        "Театр <b>Луч</b> 🎭",
    ]
    page.partner.setCurrentIndex(page.partner.findData(pids[1]))
    type_promise(wizard, "Зал на вечер")
    assert [c.partner_id for c in desk.commitments.for_collaboration(cid)] == [pids[1]]
    assert page.partner.currentData() == pids[1]  # the next promise is likely theirs too
    # The partner is changed in place, from the list of those taking part.
    model, table = page.model, page.table
    table.setFocus()
    table.setCurrentIndex(model.index(0, model.PARTNER))
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QComboBox, "promiseCellChoice")
    assert editor is not None and editor.count() == 2
    editor.setCurrentIndex(editor.findData(pids[0]))
    table.commitData(editor)
    assert desk.commitments.for_collaboration(cid)[0].partner_id == pids[0]


def edit_cell(table: Any, index: Any, text: str) -> None:
    table.setFocus()
    table.setCurrentIndex(index)
    table.edit(index)
    editors = [e for e in table.findChildren(QLineEdit, "promiseCellText") if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.setText(text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_a_promise_is_edited_in_place(qtbot: Any, desk: Desk) -> None:
    cid, _pids = collaboration(desk, "Кластер")
    wizard = at_step_five(qtbot, desk, cid)
    type_promise(wizard, "Логтип на сайте")
    page = wizard.reputation
    model, table = page.model, page.table
    edit_cell(table, model.index(0, model.PROMISE), "Логотип на сайте <b>на год</b>")
    edit_cell(table, model.index(0, model.DUE), "15.04.2027")
    edit_cell(table, model.index(0, model.OWNER), "Пётр")
    [saved] = desk.commitments.for_collaboration(cid)
    assert (saved.description, saved.due_on, saved.owner) == (
        "Логотип на сайте <b>на год</b>",
        date(2027, 4, 15),
        "Пётр",
    )
    assert model.index(0, model.PROMISE).data() == "Логотип на сайте <b>на год</b>"
    # A wrong date is refused in words and changes nothing.
    edit_cell(table, model.index(0, model.DUE), "31.02.2027")
    assert "is not a date" in page.error.text()
    assert desk.commitments.for_collaboration(cid)[0].due_on == date(2027, 4, 15)
    # 10,000 characters are refused by the service, the old text kept.
    edit_cell(table, model.index(0, model.PROMISE), "я" * 10_000)
    assert page.error.text() != ""
    assert desk.commitments.for_collaboration(cid)[0].description.startswith("Логотип")
    # Changed elsewhere meanwhile: refused, not overwritten.
    [saved] = desk.commitments.for_collaboration(cid)
    desk.commitments.update(saved.id, replace(saved.to_draft(), unit="шт."), saved.version_id)
    edit_cell(table, model.index(0, model.OWNER), "Ирина")
    assert desk.commitments.for_collaboration(cid)[0].owner == "Пётр"
    assert page.error.text() != ""


def test_an_older_promise_without_partner_can_get_one(qtbot: Any, desk: Desk) -> None:
    cid, [pid] = collaboration(desk, "Кластер")
    desk.commitments.add(cid, CommitmentDraft(Direction.PARTNER_GIVES, "Зал"))
    wizard = at_step_five(qtbot, desk, cid)
    model = wizard.reputation.model
    assert model.index(0, model.PARTNER).data() == "— choose"
    assert model.setData(model.index(0, model.PARTNER), pid)
    assert desk.commitments.for_collaboration(cid)[0].partner_id == pid


def test_tracker_reputation_and_details_follow_the_wizard(
    make_window: Any, db: Any, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    """Before, a promise typed here had no partner: the tracker filtered on
    that partner, the partner's reputation and the partner filter left it out."""
    window = make_window(db)
    desk = window.desk
    cid, [pid] = collaboration(desk, "Кластер «Полигон»")
    desk.commitments.add(
        cid, CommitmentDraft(Direction.PARTNER_GIVES, "Зал", partner_id=pid, due_on=date.today())
    )
    section = window.findChild(CommitmentsSection, "commitmentsSection")
    tracker = section.tracker
    tracker.refresh()
    assert tracker.filters.partner_filter.set_partner_id(pid)
    tracker.apply_filters()
    assert tracker.model.rowCount() == 1

    def run_wizard(parent: Any, the_desk: Desk, collab: int, _key: Any = None) -> None:
        wizard = at_step_five(qtbot, the_desk, collab, parent)
        type_promise(wizard, "Логотип на сайте", due=date.today().isoformat())
        # The tracker already shows it, without a manual refresh.
        assert tracker.model.rowCount() == 2
        wizard.accept()

    monkeypatch.setattr(collaboration_dialogs, "run_checklist", run_wizard)
    view = window.collaborations
    window.show_section(view)
    view.select(cid)
    view.open_checklist()
    texts = [
        tracker.model.index(r, 0).data(Qt.ItemDataRole.DisplayRole)
        for r in range(tracker.model.rowCount())
    ]
    assert tracker.model.rowCount() == 2, texts
    assert "Логотип на сайте" in view.details.fields["library_gives"].text()
    board = desk.reputation.board()
    mine = board.for_partner(pid)
    assert mine is not None and mine.library.due == 1  # the library's promise counts for them
