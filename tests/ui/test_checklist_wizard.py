"""The checklist wizard driven through its widgets: what a person types ends
up in the database, drafts resume where they stopped, and nothing typed is
lost on Cancel without asking."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QRadioButton, QSpinBox, QWizard

from collabdesk.domain import checklist as keys
from collabdesk.domain.enums import Direction
from collabdesk.services.advertising import AdItemDraft
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.ui.collaborations.checklist_wizard import ChecklistWizard
from collabdesk.ui.partners import partner_dialogs as dialogs

WHY_TEXT = {
    keys.GOAL: "A rent-free hall for the library <b>branch</b> 🚀",
    keys.MEASURABLE_GOALS: "Hall of 120 m² from March\n5,000 visits a month",
    keys.COLLEAGUES: "Irina (director), 3 March",
    keys.PARTNER_VALUES: "Science, young people",
    keys.LIBRARY_VALUES: "Open knowledge",
    keys.VALUES_NOTE: "",
}
QUALITATIVE_TEXT = {
    keys.UNIQUE_IDEA: "A library inside a planetarium cluster",
    keys.WHY_THIS_COMBINATION: "Only they have the hall; only we have the readers",
    keys.BRAND_VALUE: "Daily weekday visitors",
}
ALTERNATIVES_TEXT = {
    keys.FALLBACK_IDEA: "A reading corner of 20 m²",
    keys.IF_DECLINED: "Ask the city culture office",
}


@pytest.fixture
def setup(desk: Desk) -> dict[str, int]:
    main = desk.partners.create(PartnerDraft(name="Polygon cluster")).id
    other = desk.partners.create(PartnerDraft(name="City culture office")).id
    collab = desk.collaborations.create(
        CollaborationDraft(title="Library in the cluster", partner_ids=(main,))
    ).id
    desk.advertising.add_item(AdItemDraft("Post", "post", 8300))
    desk.advertising.add_item(AdItemDraft("Newsletter", "issue", 2400))
    desk.metrics.record("Visits", date(2026, 10, 1), Decimal(5200), "people")
    return {"main": main, "other": other, "collab": collab}


@pytest.fixture
def open_wizard(qtbot: Any, desk: Desk) -> Any:
    def make(collab: int) -> ChecklistWizard:
        wizard = ChecklistWizard(desk, collab, lang="en")
        qtbot.addWidget(wizard)
        wizard.show()
        return wizard

    return make


def editor(wizard: QWizard, key: str) -> Any:
    found = wizard.findChild(QPlainTextEdit, f"answer:{key}") or wizard.findChild(
        QLineEdit, f"answer:{key}"
    )
    assert found is not None, key
    return found


def type_into(wizard: QWizard, texts: dict[str, str]) -> None:
    for key, text in texts.items():
        field = editor(wizard, key)
        if isinstance(field, QPlainTextEdit):
            field.setPlainText(text)
        else:
            field.setText(text)


def click(wizard: QWizard, which: QWizard.WizardButton) -> None:
    wizard.button(which).click()


def saved_answers(desk: Desk, collab: int) -> dict[str, str]:
    return {a.question_key: a.answer for a in desk.collaborations.answers(collab) if a.answer}


def add_promise(wizard: ChecklistWizard, side: int, text: str, due: str, owner: str) -> None:
    page = wizard.reputation
    page.direction.setCurrentIndex(side)
    page.description.setText(text)
    page.due.setText(due)
    page.owner.setText(owner)
    page.add_button.click()


def test_fill_all_five_steps(
    qtbot: Any, desk: Desk, setup: dict[str, int], open_wizard: Any
) -> None:
    collab = setup["collab"]
    wizard = open_wizard(collab)
    assert wizard.currentId() == wizard.WHY
    type_into(wizard, WHY_TEXT)
    wizard.findChild(QRadioButton, "valuesMatchYes").click()
    click(wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentId() == wizard.ALTERNATIVES
    page = wizard.alternatives
    page.picker.setCurrentIndex(page.picker.findData(setup["other"]))
    page.add_button.click()
    assert [page.plan_b_list.item(i).text() for i in range(page.plan_b_list.count())] == [
        "City culture office"
    ]
    type_into(wizard, ALTERNATIVES_TEXT)
    click(wizard, QWizard.WizardButton.NextButton)
    type_into(wizard, QUALITATIVE_TEXT)
    # Back and forward keeps what was typed.
    click(wizard, QWizard.WizardButton.BackButton)
    click(wizard, QWizard.WizardButton.BackButton)
    assert editor(wizard, keys.GOAL).text() == WHY_TEXT[keys.GOAL]
    click(wizard, QWizard.WizardButton.NextButton)
    click(wizard, QWizard.WizardButton.NextButton)
    assert editor(wizard, keys.BRAND_VALUE).toPlainText() == QUALITATIVE_TEXT[keys.BRAND_VALUE]
    click(wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentId() == wizard.QUANTITATIVE
    quantitative = wizard.quantitative
    assert not quantitative.no_statistics.isVisibleTo(wizard)
    quantitative.statistics.item(0).setCheckState(Qt.CheckState.Checked)
    spins = quantitative.advertising.findChildren(QSpinBox)
    spins[0].setValue(3)
    spins[1].setValue(1)
    assert QLocale().toString(3 * 8300 + 2400) in quantitative.total.text()
    assert quantitative.total_reach() == 3 * 8300 + 2400
    click(wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentId() == wizard.REPUTATION
    add_promise(wizard, 0, "Logo on the website for a year", "2027-03-01", "Pyotr")
    add_promise(wizard, 1, "Rent-free hall of 120 m²", "01.03.2027", "Sergei")
    assert wizard.reputation.model.rowCount() == 2
    assert not wizard.reputation.warning.isVisibleTo(wizard)
    click(wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentId() == wizard.SUMMARY
    assert "100" in wizard.summary.label.text()
    assert wizard.summary.missing.count() == 0
    click(wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QWizard.DialogCode.Accepted

    expected = {k: v for k, v in {**WHY_TEXT, **ALTERNATIVES_TEXT, **QUALITATIVE_TEXT}.items() if v}
    expected[keys.VALUES_MATCH] = "yes"
    assert saved_answers(desk, collab) == expected
    record = desk.collaborations.get(collab)
    assert [p.name for p in record.alternatives] == ["City culture office"]
    assert [p.name for p in record.partners] == ["Polygon cluster"]
    promises = desk.commitments.for_collaboration(collab)
    assert sorted((c.direction, c.description, c.due_on, c.owner) for c in promises) == sorted(
        [
            (Direction.LIBRARY_GIVES, "Logo on the website for a year", date(2027, 3, 1), "Pyotr"),
            (Direction.PARTNER_GIVES, "Rent-free hall of 120 m²", date(2027, 3, 1), "Sergei"),
        ]
    )
    assert desk.advertising.picked_metrics(collab) == ["Visits"]
    assert desk.advertising.total_reach(collab) == 3 * 8300 + 2400
    assert desk.checklist.readiness(collab).percent == 100


def test_close_half_way_and_resume(
    desk: Desk, setup: dict[str, int], open_wizard: Any, prompts_log: Any
) -> None:
    collab = setup["collab"]
    wizard = open_wizard(collab)
    type_into(wizard, {keys.GOAL: "Half-way goal"})
    click(wizard, QWizard.WizardButton.NextButton)
    assert saved_answers(desk, collab) == {keys.GOAL: "Half-way goal"}  # draft on page change
    type_into(wizard, {keys.FALLBACK_IDEA: "Smaller version"})
    prompts_log.choose_answer = "save"
    click(wizard, QWizard.WizardButton.CancelButton)
    assert not wizard.isVisible()
    assert prompts_log.kinds() == ["choose"]

    again = open_wizard(collab)
    assert again.currentId() == again.ALTERNATIVES
    assert editor(again, keys.FALLBACK_IDEA).toPlainText() == "Smaller version"
    assert editor(again, keys.GOAL).text() == "Half-way goal"
    # Closing without changes asks nothing.
    click(again, QWizard.WizardButton.CancelButton)
    assert prompts_log.kinds() == ["choose"]
    assert not again.isVisible()


def test_cancel_with_unsaved_text_asks(
    desk: Desk, setup: dict[str, int], open_wizard: Any, prompts_log: Any
) -> None:
    collab = setup["collab"]
    wizard = open_wizard(collab)
    type_into(wizard, {keys.GOAL: "Not saved yet"})
    prompts_log.choose_answer = "cancel"  # keep editing
    click(wizard, QWizard.WizardButton.CancelButton)
    assert wizard.isVisible()
    assert editor(wizard, keys.GOAL).text() == "Not saved yet"
    assert saved_answers(desk, collab) == {}
    prompts_log.choose_answer = "discard"
    click(wizard, QWizard.WizardButton.CancelButton)
    assert not wizard.isVisible()
    assert saved_answers(desk, collab) == {}


def test_values_mismatch_warns_before_going_on(
    setup: dict[str, int], open_wizard: Any, prompts_log: Any
) -> None:
    wizard = open_wizard(setup["collab"])
    wizard.findChild(QRadioButton, "valuesMatchNo").click()
    prompts_log.confirm_answer = False
    click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == wizard.WHY
    assert "do not match" in prompts_log.calls[-1][1]
    prompts_log.confirm_answer = True
    click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == wizard.ALTERNATIVES
    # The summary names the missing note.
    for _ in range(4):
        click(wizard, QWizard.WizardButton.NextButton)
    texts = [wizard.summary.missing.item(i).text() for i in range(wizard.summary.missing.count())]
    assert any("do not fully match" in t for t in texts)


def test_plan_b_partner_created_on_the_spot(
    desk: Desk, setup: dict[str, int], open_wizard: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def create(_parent: Any, partners: Any, _record: Any) -> Any:
        return partners.create(PartnerDraft(name="Науч-поп блогер 📻"))

    monkeypatch.setattr(dialogs, "edit_partner", create)
    wizard = open_wizard(setup["collab"])
    click(wizard, QWizard.WizardButton.NextButton)
    wizard.alternatives.create_button.click()
    assert wizard.alternatives.plan_b_list.item(0).text() == "Науч-поп блогер 📻"
    record = desk.collaborations.get(setup["collab"])
    assert [p.name for p in record.alternatives] == ["Науч-поп блогер 📻"]
    # Cancelling the partner form adds nothing.
    monkeypatch.setattr(dialogs, "edit_partner", lambda *_args: None)
    wizard.alternatives.create_button.click()
    assert wizard.alternatives.plan_b_list.count() == 1


def test_bad_date_and_missing_owner(desk: Desk, setup: dict[str, int], open_wizard: Any) -> None:
    collab = setup["collab"]
    wizard = open_wizard(collab)
    for _ in range(4):
        click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == wizard.REPUTATION
    add_promise(wizard, 0, "Interview", "next spring", "Pyotr")
    page = wizard.reputation
    assert page.error.isVisibleTo(wizard) and "next spring" in page.error.text()
    assert page.description.text() == "Interview"  # nothing lost
    assert desk.commitments.for_collaboration(collab) == []
    # Next with the promise still typed does not lose it either.
    click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == wizard.REPUTATION
    page.due.setText("")
    page.owner.setText("")
    page.add_button.click()
    assert page.warning.isVisibleTo(wizard) and "Interview" in page.warning.text()
    [promise] = desk.commitments.for_collaboration(collab)
    assert promise.due_on is None and promise.owner == ""
    click(wizard, QWizard.WizardButton.NextButton)
    texts = [wizard.summary.missing.item(i).text() for i in range(wizard.summary.missing.count())]
    assert any("“Interview” has no due date" in t for t in texts)


def test_long_text_is_kept(desk: Desk, setup: dict[str, int], open_wizard: Any) -> None:
    collab = setup["collab"]
    wizard = open_wizard(collab)
    long_text = "Цель " * 2_000
    type_into(wizard, {keys.MEASURABLE_GOALS: long_text})
    click(wizard, QWizard.WizardButton.NextButton)
    assert saved_answers(desk, collab)[keys.MEASURABLE_GOALS] == long_text.strip()


def test_without_statistics_the_page_says_what_to_do(desk: Desk, open_wizard: Any) -> None:
    collab = desk.collaborations.create(CollaborationDraft(title="Empty library")).id
    wizard = open_wizard(collab)
    for _ in range(3):
        click(wizard, QWizard.WizardButton.NextButton)
    page = wizard.quantitative
    assert page.no_statistics.isVisibleTo(wizard)
    assert "Statistics" in page.no_statistics.text()
    assert page.no_catalogue.isVisibleTo(wizard)
    assert not page.statistics.isVisibleTo(wizard)


def test_template_changes_show_in_the_wizard(
    desk: Desk, setup: dict[str, int], open_wizard: Any
) -> None:
    from collabdesk.domain.checklist import ChecklistStep

    collab = setup["collab"]
    desk.collaborations.save_answer(collab, "why", keys.COLLEAGUES, "Old answer", True)
    desk.checklist.update_question(keys.COLLEAGUES, "Who agreed?", "Кто согласовал?", True)
    added = desk.checklist.add_question(ChecklistStep.WHY, "Director's approval?", "")
    wizard = open_wizard(collab)
    assert editor(wizard, keys.COLLEAGUES).toPlainText() == "Old answer"
    labels = [label.text() for label in wizard.why.body.findChildren(type(wizard.summary.label))]
    assert "Who agreed? *" in labels
    type_into(wizard, {added.key: "Yes"})
    click(wizard, QWizard.WizardButton.NextButton)
    assert saved_answers(desk, collab)[added.key] == "Yes"
