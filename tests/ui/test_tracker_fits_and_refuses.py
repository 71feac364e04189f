"""Partners and commitments on a small screen: the tracker fits a 1366×768
laptop (columns readable without scrolling sideways, eight rows and more),
actions are disabled when they cannot succeed and say why, a partner in use
is refused before the question, counts have plurals, refusals speak
Russian in a Russian interface, and the tracker works from the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog

from collabdesk.domain.enums import CommitmentStatus, Direction
from collabdesk.domain.message import Message
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.services.errors import StorageBusyError
from collabdesk.services.partners import PartnerDraft
from collabdesk.ui.commitments import commitment_dialogs
from collabdesk.ui.commitments.commitment_form import CommitmentForm
from collabdesk.ui.commitments.commitment_table_model import CommitmentTableModel
from collabdesk.ui.commitments.commitment_tracker_pane import CommitmentTrackerPane
from collabdesk.ui.partners import partner_dialogs
from collabdesk.ui.shell.i18n import load_translators, locale_for

TODAY = date.today()


@pytest.fixture
def russian(qapp: Any) -> Iterator[QLocale]:
    locale = locale_for("ru")
    previous = QLocale()
    QLocale.setDefault(locale)
    translators = load_translators(qapp, locale)
    yield locale
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


@pytest.fixture
def ids(desk: Desk) -> dict[str, int]:
    pid = desk.partners.create(PartnerDraft(name="Креативный кластер «Полигон»")).id
    cid = desk.collaborations.create(
        CollaborationDraft(title="Библиотека в креативном кластере", partner_ids=(pid,))
    ).id
    made = {"partner": pid, "collab": cid}
    for n in range(12):
        made[f"c{n}"] = desk.commitments.add(
            cid,
            CommitmentDraft(
                Direction.LIBRARY_GIVES if n % 2 else Direction.PARTNER_GIVES,
                f"Ежемесячный отчёт о посещаемости кластера № {n}",
                partner_id=pid,
                due_on=TODAY + timedelta(days=n - 3),
                owner="Ирина Ёлкина",
            ),
        ).id
    return made


def make_pane(qtbot: Any, desk: Desk | None, width: int = 1366, height: int = 600) -> Any:
    pane = CommitmentTrackerPane()
    qtbot.addWidget(pane)
    pane.set_desk(desk)
    pane.resize(width, height)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def test_at_1366_every_column_fits_and_eight_rows_show(
    qtbot: Any, desk: Desk, ids: dict[str, int], russian: QLocale
) -> None:
    # A tracker with its own tab at 1366×768: about 600 pixels are left
    # under the title bar, menu, tabs and status bar.
    pane = make_pane(qtbot, desk)
    table = pane.table
    widths = sum(table.columnWidth(c) for c in range(pane.model.columnCount()))
    assert widths <= table.viewport().width()  # no sideways scrolling
    assert table.columnWidth(CommitmentTableModel.DESCRIPTION) >= 150
    rows_shown = table.viewport().height() // table.rowHeight(0)
    assert rows_shown >= 8
    metrics = table.fontMetrics()
    model = pane.model
    for column in (
        CommitmentTableModel.DUE,
        CommitmentTableModel.STATUS,
        CommitmentTableModel.SIDE,
    ):
        for row in range(model.rowCount()):
            text = model.data(model.index(row, column))
            assert metrics.horizontalAdvance(text) < table.columnWidth(column), text
    # a long description is elided in the cell and whole in its tooltip
    description = model.index(0, CommitmentTableModel.DESCRIPTION)
    assert model.data(description, Qt.ItemDataRole.ToolTipRole).startswith("Ежемесячный отчёт")


def test_add_is_disabled_without_a_collaboration_and_says_why(qtbot: Any, desk: Desk) -> None:
    pane = make_pane(qtbot, desk)
    assert not pane.add_button.isEnabled()
    assert "Create a collaboration first" in pane.add_button.toolTip()
    desk.collaborations.create(CollaborationDraft(title="Ярмарка"))
    pane.refresh()
    assert pane.add_button.isEnabled()
    assert "Create a collaboration" not in pane.add_button.toolTip()


def test_status_actions_follow_the_selected_commitment(
    qtbot: Any, desk: Desk, ids: dict[str, int]
) -> None:
    pane = make_pane(qtbot, desk)
    assert not pane.deliver_button.isEnabled() and not pane.edit_button.isEnabled()
    assert pane.deliver_button.toolTip() == "Select a commitment first."
    desk.commitments.miss(ids["c0"])
    pane.refresh()
    pane.select_commitment(ids["c0"])
    assert pane.selected_row().status is CommitmentStatus.MISSED  # type: ignore[union-attr]
    assert not pane.deliver_button.isEnabled() and not pane.start_button.isEnabled()
    assert "planned or started" in pane.deliver_button.toolTip()
    assert pane.make_good_button.isEnabled() and pane.edit_button.isEnabled()
    pane.select_commitment(ids["c1"])
    assert pane.deliver_button.isEnabled() and pane.start_button.isEnabled()
    assert not pane.make_good_button.isEnabled()
    assert "missed" in pane.make_good_button.toolTip()


def test_keyboard_enter_edits_and_ctrl_d_delivers(
    qtbot: Any, desk: Desk, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def run(dialog: QDialog) -> int:
        opened.append(dialog.objectName())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(commitment_dialogs, "exec_dialog", run)
    pane = make_pane(qtbot, desk)
    with qtbot.waitActive(pane):
        pane.activateWindow()
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_Down)
    assert pane.selected_row() is not None
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    qtbot.keyClick(pane.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["commitmentForm", "deliverDialog"]
    # Tab goes from the table to the first action, not from cell to cell
    qtbot.keyClick(pane.table, Qt.Key.Key_Tab)
    assert pane.focusWidget() is pane.add_button


def test_count_says_commitment_in_the_singular(qtbot: Any, desk: Desk) -> None:
    cid = desk.collaborations.create(CollaborationDraft(title="Ярмарка")).id
    desk.commitments.add(cid, CommitmentDraft(Direction.PARTNER_GIVES, "Кофе"))
    pane = make_pane(qtbot, desk)
    assert pane.count_label.text() == "1 commitment"


def test_count_in_russian_plural(qtbot: Any, desk: Desk, russian: QLocale) -> None:
    cid = desk.collaborations.create(CollaborationDraft(title="Ярмарка")).id
    for n in range(2):
        desk.commitments.add(cid, CommitmentDraft(Direction.PARTNER_GIVES, f"Кофе {n}"))
    pane = make_pane(qtbot, desk)
    assert pane.count_label.text() == "2 обязательства"


def test_partner_in_use_is_refused_before_the_question(
    qtbot: Any, desk: Desk, ids: dict[str, int], prompts_log: Any
) -> None:
    prompts_log.confirm_answer = True
    deleted = partner_dialogs.delete_partner(None, desk.partners, ids["partner"], "Полигон")
    assert not deleted
    assert prompts_log.kinds() == ["error"]  # no "Delete?" first
    [text] = prompts_log.texts("error")
    assert "Библиотека в креативном кластере" in text and "Former" in text
    assert desk.partners.get(ids["partner"]).name.startswith("Креативный")


def test_partner_with_commitments_only_is_refused_too(
    qtbot: Any, desk: Desk, prompts_log: Any
) -> None:
    pid = desk.partners.create(PartnerDraft(name="A%2 B")).id
    cid = desk.collaborations.create(CollaborationDraft(title="Ярмарка")).id
    desk.commitments.add(cid, CommitmentDraft(Direction.PARTNER_GIVES, "Кофе", partner_id=pid))
    prompts_log.confirm_answer = True
    assert not partner_dialogs.delete_partner(None, desk.partners, pid, "A%2 B")
    [text] = prompts_log.texts("error")
    assert text.startswith("“A%2 B” has 1 commitment in the tracker. Move or delete it first")


def test_a_free_partner_is_asked_about_then_deleted(
    qtbot: Any, desk: Desk, prompts_log: Any
) -> None:
    pid = desk.partners.create(PartnerDraft(name="Свободный")).id
    prompts_log.confirm_answer = True
    assert partner_dialogs.delete_partner(None, desk.partners, pid, "Свободный")
    assert prompts_log.kinds() == ["confirm"]
    assert desk.partners.count() == 0


def test_a_refused_commitment_form_speaks_russian(
    qtbot: Any, desk: Desk, ids: dict[str, int], russian: QLocale, monkeypatch: Any
) -> None:
    form = CommitmentForm(desk, collaboration_id=ids["collab"])
    qtbot.addWidget(form)
    form.description_edit.setPlainText("")
    form.currency_edit.setText("рубли")
    form.save()
    assert form.result() != QDialog.DialogCode.Accepted
    assert form.errors["description"].text() == "Это поле нужно заполнить."
    assert "трёх" in form.errors["currency"].text() or "RUB" in form.errors["currency"].text()
    # a refusal of the service (here: the data is busy) in Russian, with its argument
    busy = Message("CommitmentForm", "Collaboration %1", ("«Ярмарка»",))

    def refuse(*_args: Any) -> Any:
        raise StorageBusyError(busy)

    monkeypatch.setattr(desk.commitments, "add", refuse)
    form.description_edit.setPlainText("Афиши")
    form.currency_edit.setText("RUB")
    form.save()
    assert form.form_error.text() == "Проект «Ярмарка»"
