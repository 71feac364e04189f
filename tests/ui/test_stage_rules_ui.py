"""Stage rules in the window (issue 18, item 4): "completed" with promises
open asks what became of each and applies every answer with the move;
"declined" and "on hold" ask why; the details show the time in the stage
(Russian plurals), the reason and the path taken."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from collabdesk.domain.enums import CommitmentStatus, Direction, Stage
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.stage_settlement import OpenPromise, Settle, Settlement
from collabdesk.ui.collaborations import stage_dialogs
from collabdesk.ui.collaborations.stage_dialogs import CompletionDialog, StageReasonDialog
from collabdesk.ui.collaborations.stage_time import stage_since


def open_section(make_window: Any, database: Any) -> Any:
    window = make_window(database)
    view = window.collaborations
    window.show_section(view)
    return window, view


def delivering_with_promises(desk: Desk) -> tuple[int, list[int]]:
    pid = desk.partners.create(PartnerDraft(name="Театр «Луч»")).id
    cid = desk.collaborations.create(
        CollaborationDraft(title="Неделя театра", partner_ids=(pid,), stage=Stage.DELIVERING)
    ).id
    ids = [
        desk.commitments.add(cid, CommitmentDraft(Direction.LIBRARY_GIVES, what, partner_id=pid)).id
        for what in ("Пять постов", "Афиша <b>в фойе</b> 🎭")
    ]
    return cid, ids


def test_completing_asks_for_each_open_promise_and_applies_every_answer(
    make_window: Any, db: Any, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid, ids = delivering_with_promises(desk)
    asked: list[list[int]] = []

    def answer(_parent: Any, title: str, promises: Any, renewal: str | None) -> Any:
        asked.append([p.id for p in promises])
        assert title == "Неделя театра" and renewal is None
        return (
            Settlement(ids[0], Settle.DELIVER, delivered_on=date.today()),
            Settlement(ids[1], Settle.WAIVE, reason="Фойе закрыто на ремонт"),
        )

    monkeypatch.setattr(stage_dialogs, "ask_settlements", answer)
    _window, view = open_section(make_window, db)
    view.select(cid)
    view.next_button.click()  # delivering → completed
    assert asked == [ids]
    assert desk.collaborations.get(cid).stage is Stage.COMPLETED
    assert [desk.commitments.get(i).status for i in ids] == [
        CommitmentStatus.DELIVERED,
        CommitmentStatus.WAIVED,
    ]
    assert "Completed" in view.details.fields["stage"].text()


def test_cancelling_the_question_moves_nothing(
    make_window: Any, db: Any, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid, ids = delivering_with_promises(desk)
    monkeypatch.setattr(stage_dialogs, "ask_settlements", lambda *_args: None)
    _window, view = open_section(make_window, db)
    view.views.setCurrentIndex(view.BOARD_TAB)
    view.select(cid)
    view.board.columns[Stage.COMPLETED].card_dropped.emit(cid, Stage.COMPLETED)
    assert desk.collaborations.get(cid).stage is Stage.DELIVERING
    assert {desk.commitments.get(i).status for i in ids} == {CommitmentStatus.PLANNED}
    assert view.board.columns[Stage.DELIVERING].count() == 1


def test_declined_asks_why_and_the_details_show_it(
    make_window: Any, db: Any, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = desk.collaborations.create(CollaborationDraft(title="Кофе и книги")).id
    answers: list[str | None] = [None, "слишком дорого"]
    monkeypatch.setattr(stage_dialogs, "ask_reason", lambda *_args: answers.pop(0))
    _window, view = open_section(make_window, db)
    view.views.setCurrentIndex(view.BOARD_TAB)
    view.select(cid)
    view.board.columns[Stage.DECLINED].card_dropped.emit(cid, Stage.DECLINED)  # cancelled
    assert desk.collaborations.get(cid).stage is Stage.IDEA
    view.board.columns[Stage.DECLINED].card_dropped.emit(cid, Stage.DECLINED)
    record = desk.collaborations.get(cid)
    assert (record.stage, record.stage_reason) == (Stage.DECLINED, "слишком дорого")
    stage_text = view.details.fields["stage"].text()
    assert "Declined" in stage_text and "(0 days)" in stage_text
    assert "Reason: слишком дорого" in stage_text
    path = view.details.fields["stage_history"].text().splitlines()
    assert path[0].endswith("Idea → Declined — слишком дорого")
    assert path[1].endswith(": Idea")
    view.details.set_meeting(True)  # the partner across the table reads no reason
    view.details.show_collaboration(view.desk, cid)
    assert "слишком дорого" not in view.details.fields["stage"].text()


def test_the_reason_dialog_needs_a_reason(qtbot: Any) -> None:
    dialog = StageReasonDialog("Кофе", Stage.ON_HOLD)
    qtbot.addWidget(dialog)
    dialog.reason.setPlainText("   ")
    dialog.accept()
    assert dialog.result() == 0 and "required" in dialog.error.text()
    dialog.reason.setPlainText("ждём бюджет")
    dialog.accept()
    assert dialog.result() == 1 and dialog.text() == "ждём бюджет"


def test_the_completion_dialog_row_by_row(qtbot: Any) -> None:
    today = date(2027, 3, 15)
    promises = [
        OpenPromise(7, Direction.LIBRARY_GIVES, "Пять постов", None, CommitmentStatus.PLANNED, ""),
        OpenPromise(
            8,
            Direction.PARTNER_GIVES,
            "Зал <b>на вечер</b> " + "x" * 10_000,
            date(2027, 3, 1),
            CommitmentStatus.IN_PROGRESS,
            "Театр",
        ),
    ]
    dialog = CompletionDialog("Неделя", promises, "Неделя 2028", today=today)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert "Неделя 2028" in dialog.combos[0].itemText(3)
    # Delivered today by default.
    assert dialog.settlements()[0] == Settlement(7, Settle.DELIVER, delivered_on=today)
    dialog.all_choice.setCurrentIndex(dialog.all_choice.findData(Settle.MISS.value))
    dialog.all_choice.activated.emit(dialog.all_choice.currentIndex())
    assert [s.action for s in dialog.settlements()] == [Settle.MISS, Settle.MISS]
    dialog.choose(8, Settle.WAIVE)
    dialog.accept()  # a waiver without a reason is refused, row named
    assert dialog.result() == 0 and "Зал <b>на вечер</b>" in dialog.error.text()
    dialog.choose(8, Settle.WAIVE, reason="зал занят")
    dialog.choose(7, Settle.RENEWAL)
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.settlements() == (
        Settlement(7, Settle.RENEWAL),
        Settlement(8, Settle.WAIVE, reason="зал занят"),
    )


def test_time_in_stage_in_english() -> None:
    since = date(2027, 3, 12)
    assert stage_since(since, since + timedelta(days=1)) == "since 12 Mar 2027 (1 day)"
    assert stage_since(since, since + timedelta(days=24)) == "since 12 Mar 2027 (24 days)"


@pytest.mark.parametrize(
    ("days", "said"),
    [(1, "1 день"), (2, "2 дня"), (5, "5 дней"), (11, "11 дней"), (21, "21 день"), (24, "24 дня")],
)
def test_time_in_stage_in_russian(russian: None, days: int, said: str) -> None:
    since = date(2027, 3, 12)
    assert stage_since(since, since + timedelta(days=days)) == f"с 12.03.2027 ({said})"


def test_the_list_and_the_board_say_how_long_in_the_stage(
    make_window: Any, db: Any, desk: Desk
) -> None:
    cid = desk.collaborations.create(CollaborationDraft(title="Кофе и книги")).id
    desk.collaborations.move(cid, Stage.PREPARING, today=date.today() - timedelta(days=24))
    _window, view = open_section(make_window, db)
    model = view.model
    tip = model.index(0, model.STAGE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("(24 days)")
    view.views.setCurrentIndex(view.BOARD_TAB)
    card = view.board.columns[Stage.PREPARING].item(0)
    assert card.toolTip().endswith("(24 days)")


def test_the_undo_step_is_named_after_the_collaboration(desk: Desk) -> None:
    from collabdesk.ui.history.history_labels import describe

    committed: list[Any] = []
    stop = desk.history.subscribe(committed.append)
    cid = desk.collaborations.create(CollaborationDraft(title="Кофе")).id
    desk.collaborations.move(cid, Stage.ON_HOLD, "позже")
    stop()
    names = [describe(c, lambda _t, _i: "Кофе") for c in committed]
    assert names == ["create collaboration “Кофе”", "edit collaboration “Кофе”: stage"]
