"""Adding, editing and deleting commitments in the GUI: the CommitmentForm
(amounts in the user's locale, no due date, errors next to the field, an
edit meeting someone else's save) and the tracker's buttons."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDialog

from collabdesk.domain.enums import CommitmentStatus, Direction, ValuationMethod
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.store.database import Database
from collabdesk.ui.commitments import commitment_dialogs
from collabdesk.ui.commitments.commitment_form import CommitmentForm
from collabdesk.ui.commitments.commitment_tracker_pane import CommitmentTrackerPane
from collabdesk.ui.commitments.commitments_section import CommitmentsSection
from collabdesk.ui.shell.main_window import MainWindow
from collabdesk.ui.widgets import conflict_dialog

from .test_commitment_tracker_ui import shot, shown_ids

TODAY = date.today()


@pytest.fixture
def ids(desk: Desk) -> dict[str, int]:
    pid = desk.partners.create(PartnerDraft(name="Типография <b>Север</b>")).id
    other = desk.partners.create(PartnerDraft(name="Кофейня")).id
    fair = desk.collaborations.create(CollaborationDraft(title="Ярмарка", partner_ids=(pid,))).id
    club = desk.collaborations.create(CollaborationDraft(title="Клуб", partner_ids=(other,))).id
    return {"partner": pid, "other": other, "fair": fair, "club": club}


@pytest.fixture
def pane(qtbot: Any, desk: Desk, ids: dict[str, int]) -> CommitmentTrackerPane:
    made = CommitmentTrackerPane()
    qtbot.addWidget(made)
    made.set_desk(desk)
    made.resize(1000, 500)
    made.show()
    return made


Fill = Callable[[CommitmentForm], None]


def run_form(monkeypatch: pytest.MonkeyPatch, *steps: Fill) -> list[CommitmentForm]:
    """Replace the modal run: each step fills the form and presses Save."""
    seen: list[CommitmentForm] = []

    def run(dialog: Any) -> int:
        assert isinstance(dialog, CommitmentForm)
        seen.append(dialog)
        for step in steps:
            step(dialog)
            dialog.save()
        return dialog.result()

    monkeypatch.setattr(commitment_dialogs, "exec_dialog", run)
    return seen


def test_add_a_commitment_with_a_russian_amount_and_no_due_date(
    pane: CommitmentTrackerPane,
    desk: Desk,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
    prompts_log: Any,
) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    try:

        def wrong(form: CommitmentForm) -> None:
            form.collaboration_combo.setCurrentIndex(form.collaboration_combo.findData(ids["fair"]))
            form.direction_combo.setCurrentIndex(
                form.direction_combo.findData(Direction.PARTNER_GIVES.value)
            )
            form.description_edit.setPlainText("Афиши А2 «к ярмарке» 😀")
            form.quantity_edit.setText("200")
            form.unit_edit.setText("штук")
            form.no_due_check.setChecked(True)
            form.owner_edit.setText("Анна")
            form.value_edit.setText("abc")
            form.currency_edit.setText("RUB")
            form.valuation_combo.setCurrentIndex(
                form.valuation_combo.findData(ValuationMethod.QUOTE.value)
            )

        def check_then_fix(form: CommitmentForm) -> None:
            assert form.result() != QDialog.DialogCode.Accepted  # refused, still open
            assert not form.errors["value"].isHidden()
            assert "“abc” is not an amount" in form.errors["value"].text()
            assert form.description_edit.toPlainText() == "Афиши А2 «к ярмарке» 😀"  # kept
            shot(form, "4b-commitment-form-error.png")
            form.value_edit.setText("1 234,50")

        seen = run_form(monkeypatch, wrong, check_then_fix)
        pane.add_button.click()
    finally:
        QLocale.setDefault(previous)
    [form] = seen
    assert form.result() == QDialog.DialogCode.Accepted and prompts_log.calls == []
    # the partners of the chosen collaboration come first, then everyone else
    offered = [form.partner_combo.itemData(i) for i in range(form.partner_combo.count())]
    assert offered == [None, ids["partner"], ids["other"]]
    [saved] = desk.commitments.for_collaboration(ids["fair"])
    assert saved.value == Decimal("1234.50") and saved.currency == "RUB"
    assert saved.quantity == Decimal("200") and saved.unit == "штук"
    assert saved.due_on is None and saved.partner_id == ids["partner"]
    assert saved.direction is Direction.PARTNER_GIVES and saved.status is CommitmentStatus.PLANNED
    assert saved.valuation_method is ValuationMethod.QUOTE
    # the tracker shows and selects the new commitment
    assert shown_ids(pane) == [saved.id] and pane.selected_row().id == saved.id  # type: ignore[union-attr]


def test_required_description_and_bad_currency_are_shown_next_to_their_fields(
    qtbot: Any, desk: Desk, ids: dict[str, int]
) -> None:
    form = CommitmentForm(desk, collaboration_id=ids["club"], fixed=True)
    qtbot.addWidget(form)
    assert not form.collaboration_combo.isEnabled()  # fixed: shown, not chosen
    form.currency_edit.setText("рубли")
    form.value_edit.setText("1234.50")
    form.save()
    assert form.result() != QDialog.DialogCode.Accepted
    assert form.errors["description"].text() and form.errors["currency"].text()
    assert form.value_edit.text() == "1234.50" and form.currency_edit.text() == "рубли"
    assert desk.commitments.for_collaboration(ids["club"]) == []
    form.description_edit.setPlainText("x" * 10_000)
    form.currency_edit.setText("eur")
    form.save()
    assert "5000" in form.errors["description"].text().replace(",", "").replace(" ", "")
    form.description_edit.setPlainText("Кофе для гостей")
    form.save()
    assert form.result() == QDialog.DialogCode.Accepted
    [saved] = desk.commitments.for_collaboration(ids["club"])
    assert saved.currency == "EUR" and saved.value == Decimal("1234.50")


def test_edit_keeps_the_status_and_fills_every_field(
    pane: CommitmentTrackerPane,
    desk: Desk,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    due = TODAY + timedelta(days=10)
    cid = desk.commitments.add(
        ids["fair"],
        CommitmentDraft(
            Direction.LIBRARY_GIVES,
            "Зал на <b>вечер</b>",
            partner_id=ids["partner"],
            quantity=Decimal("3"),
            unit="часа",
            due_on=due,
            owner="Борис",
            value=Decimal("9000"),
            valuation_method=ValuationMethod.REPLACEMENT_COST,
        ),
    ).id
    desk.commitments.start(cid)
    pane.refresh()
    assert pane.select_commitment(cid)
    filled: dict[str, object] = {}

    def edit(form: CommitmentForm) -> None:
        filled.update(
            what=form.description_edit.toPlainText(),
            quantity=form.quantity_edit.text(),
            due=form.due_edit.date(),
            no_due=form.no_due_check.isChecked(),
            value=form.value_edit.text(),
            partner=form.partner_combo.currentData(),
            fixed=not form.collaboration_combo.isEnabled(),
        )
        shot(form, "4b-commitment-form-edit.png")
        form.due_edit.setDate(QDate(2027, 3, 1))
        form.value_edit.setText("12000.5")

    run_form(monkeypatch, edit)
    pane.edit_button.click()
    assert filled == {
        "what": "Зал на <b>вечер</b>",
        "quantity": "3",
        "due": QDate(due.year, due.month, due.day),
        "no_due": False,
        "value": "9000",
        "partner": ids["partner"],
        "fixed": True,
    }
    record = desk.commitments.get(cid)
    assert record.due_on == date(2027, 3, 1) and record.value == Decimal("12000.50")
    assert record.status is CommitmentStatus.IN_PROGRESS  # the form does not reset it


def test_an_edit_saved_by_someone_else_meanwhile_asks_what_to_keep(
    qtbot: Any, desk: Desk, ids: dict[str, int], prompts_log: Any
) -> None:
    cid = desk.commitments.add(ids["fair"], CommitmentDraft(Direction.LIBRARY_GIVES, "Стенд")).id
    form = CommitmentForm(desk, record=desk.commitments.get(cid))
    qtbot.addWidget(form)
    theirs = desk.commitments.get(cid)
    desk.commitments.update(cid, replace(theirs.to_draft(), description="Стенд у входа"))
    form.description_edit.setPlainText("Стенд в зале")
    prompts_log.choose_answer = conflict_dialog.RELOAD
    form.save()
    [(kind, _what, text)] = prompts_log.calls
    assert kind == "conflict" and "Стенд в зале" in text and "Стенд у входа" in text
    assert form.description_edit.toPlainText() == "Стенд у входа"  # reloaded theirs
    assert form.result() != QDialog.DialogCode.Accepted
    form.description_edit.setPlainText("Стенд в зале")
    form.save()  # now against their version: saved
    assert form.result() == QDialog.DialogCode.Accepted
    assert desk.commitments.get(cid).description == "Стенд в зале"


def test_delete_asks_first(
    pane: CommitmentTrackerPane, desk: Desk, ids: dict[str, int], prompts_log: Any
) -> None:
    cid = desk.commitments.add(ids["club"], CommitmentDraft(Direction.PARTNER_GIVES, "Кофе")).id
    pane.refresh()
    assert pane.select_commitment(cid)
    pane.delete_button.click()  # the recorder answers No
    assert prompts_log.kinds() == ["confirm"] and "Кофе" in prompts_log.texts("confirm")[0]
    assert shown_ids(pane) == [cid]
    prompts_log.confirm_answer = True
    pane.delete_button.click()
    assert shown_ids(pane) == [] and desk.commitments.for_collaboration(ids["club"]) == []
    assert not pane.edit_button.isEnabled() and not pane.delete_button.isEnabled()


def test_the_main_window_tracker_offers_add_and_edit(
    make_window: Callable[[Database], MainWindow], db: Database, ids: dict[str, int]
) -> None:
    window = make_window(db)
    dock = window.findChild(CommitmentsSection, "commitmentsSection")
    assert dock is not None
    assert dock.tracker.add_button.isEnabled() and not dock.tracker.edit_button.isEnabled()


def test_no_collaboration_yet_says_what_to_do(qtbot: Any, db: Database, tmp_path: Path) -> None:
    form = CommitmentForm(Desk.over(db.sessions))
    qtbot.addWidget(form)
    assert not form.save_button.isEnabled()
    assert "create one first" in form.errors["collaboration"].text()


def test_a_commitment_as_text_reads_its_date_money_and_unit_as_the_window_does() -> None:
    """The text a conflict shows: no ISO dates, ungrouped money or "2 post"."""
    from datetime import date
    from decimal import Decimal

    from collabdesk.domain.enums import Direction
    from collabdesk.services.commitment_records import CommitmentDraft
    from collabdesk.ui.commitments.commitment_form import describe
    from collabdesk.ui.shell.i18n import format_date, locale_for

    previous = QLocale()
    QLocale.setDefault(locale_for("en"))  # what the program sets at start, even under LANG=C
    draft = CommitmentDraft(
        Direction.LIBRARY_GIVES, "Posts", quantity=Decimal(2), unit="post",
        due_on=date(2026, 11, 2), value=Decimal(1440000), currency="RUB",
    )  # fmt: skip
    text = describe(draft)
    assert "Quantity: 2 posts" in text
    assert f"Due: {format_date(date(2026, 11, 2))}" in text and "2026-11-02" not in text
    QLocale.setDefault(previous)
    assert "Value: ₽1,440,000" in text
