"""The commitment tracker on the Collaborations section: the tracker for one collaboration
(its commitments, value balance and one-sided flag) opened from the
"Commitments…" button, and "Renew…" for a completed collaboration."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from collabdesk.domain.enums import CommitmentStatus, Direction, Stage
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.ui.collaborations.collaboration_commitments import CollaborationCommitmentsDialog
from collabdesk.ui.commitments import commitment_dialogs
from collabdesk.ui.commitments.commitment_form import CommitmentForm
from collabdesk.ui.commitments.commitment_table_model import CommitmentTableModel

from .test_commitment_tracker_ui import shot, shown_ids


@pytest.fixture
def fair(desk: Desk) -> dict[str, int]:
    pid = desk.partners.create(PartnerDraft(name="Пекарня")).id
    fair = desk.collaborations.create(
        CollaborationDraft(title="Ярмарка 2026", partner_ids=(pid,))
    ).id
    other = desk.collaborations.create(CollaborationDraft(title="Клуб")).id
    gives = desk.commitments.add(
        fair,
        CommitmentDraft(
            Direction.LIBRARY_GIVES,
            "Зал",
            due_on=date(2026, 6, 1),
            value=Decimal("5000"),
        ),
    ).id
    desk.commitments.add(other, CommitmentDraft(Direction.LIBRARY_GIVES, "Другое"))
    return {"partner": pid, "fair": fair, "other": other, "gives": gives}


def open_section(make_window: Any, db: Any) -> Any:
    window = make_window(db)
    window.show_section(window.collaborations)
    return window, window.collaborations


def test_commitments_button_shows_only_that_collaboration_and_refreshes_the_rest(
    make_window: Any, db: Any, desk: Desk, fair: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, view = open_section(make_window, db)
    assert not view.commitments_button.isEnabled()  # nothing selected yet
    view.select(fair["fair"])
    seen: list[Any] = []

    def add_in_dialog(dialog: Any) -> int:
        if isinstance(dialog, CommitmentForm):  # the form opened from the pane
            assert not dialog.collaboration_combo.isEnabled()  # fixed to this one
            dialog.direction_combo.setCurrentIndex(
                dialog.direction_combo.findData(Direction.PARTNER_GIVES.value)
            )
            dialog.description_edit.setPlainText("Выпечка для гостей")
            dialog.value_edit.setText("4 000")
            dialog.save()
            return dialog.result()
        assert isinstance(dialog, CollaborationCommitmentsDialog)
        seen.append(dialog)
        pane = dialog.pane
        assert shown_ids(pane) == [fair["gives"]]  # not the other collaboration's
        assert "one-sided" in pane.balance_label.text()
        pane.add_button.click()
        assert len(shown_ids(pane)) == 2 and "one-sided" not in pane.balance_label.text()
        dialog.resize(1000, 560)
        shot(dialog, "4b-collaboration-commitments.png")
        return 0

    monkeypatch.setattr(commitment_dialogs, "exec_dialog", add_in_dialog)
    view.commitments_button.click()
    assert seen and seen[0].windowTitle().endswith("Ярмарка 2026")
    # the details and the main tracker show the new promise at once
    assert "Выпечка для гостей" in view.details.fields["partner_gives"].text()
    assert window.commitments.tracker.model.total == 3


def test_a_change_in_the_main_tracker_updates_the_details(
    make_window: Any, db: Any, desk: Desk, fair: dict[str, int], prompts_log: Any
) -> None:
    window, view = open_section(make_window, db)
    view.select(fair["fair"])
    assert "Зал" in view.details.fields["library_gives"].text()
    tracker = window.commitments.tracker
    assert tracker.select_commitment(fair["gives"])
    prompts_log.confirm_answer = True
    tracker.delete_button.click()
    assert view.details.fields["library_gives"].text() == "—"


def test_renew_asks_then_selects_the_new_collaboration(
    make_window: Any, db: Any, desk: Desk, fair: dict[str, int], prompts_log: Any
) -> None:
    desk.commitments.deliver(fair["gives"], date(2026, 6, 1), today=date(2026, 6, 2))
    window, view = open_section(make_window, db)
    view.select(fair["fair"])
    assert not view.renew_button.isEnabled()  # not completed yet
    record = desk.collaborations.get(fair["fair"])
    desk.collaborations.update(
        fair["fair"], replace(record.to_draft(), stage=Stage.COMPLETED), record.version_id
    )
    view.stage_filter.setCurrentIndex(view.stage_filter.findData(Stage.COMPLETED.value))
    view.select(fair["fair"])
    assert view.renew_button.isEnabled()
    view.renew_button.click()  # the recorder answers No
    assert prompts_log.kinds() == ["confirm"] and "Ярмарка 2026" in prompts_log.texts("confirm")[0]
    assert len(desk.collaborations.rows()) == 2
    prompts_log.confirm_answer = True
    view.renew_button.click()
    new_id = view.current_id()
    assert new_id not in (None, fair["fair"])
    new = desk.collaborations.get(new_id)
    assert new.title == "Ярмарка 2027" and new.stage is Stage.PREPARING
    assert view.details.title.text() == "Ярмарка 2027"  # selected and shown
    shot(view.window(), "4b-collaborations-renewed.png")
    tracker = window.commitments.tracker
    due_column = [
        tracker.model.index(r, CommitmentTableModel.DUE).data()
        for r in range(tracker.model.rowCount())
        if tracker.model.row_at(r).id == fair["gives"]
    ]
    assert due_column and "late" not in due_column[0]  # delivered is not late
    [copy] = desk.commitments.for_collaboration(new_id)
    assert copy.due_on == date(2027, 6, 1) and copy.status is CommitmentStatus.PLANNED
    assert prompts_log.kinds() == ["confirm", "confirm"]  # no error
