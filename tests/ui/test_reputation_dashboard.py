"""The Reputation tab shows its first partners at once and counts the
whole in a worker: the GUI thread never waits for the whole board."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from typing import Any

from collabdesk.domain.enums import Direction
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.reputation import ReputationService
from collabdesk.ui.commitments.reputation_dashboard import ReputationDashboard


def seed(desk: Desk) -> None:
    pid = desk.partners.create(PartnerDraft(name="Пекарня")).id
    cid = desk.collaborations.create(CollaborationDraft(title="Ярмарка", partner_ids=(pid,))).id
    desk.commitments.add(
        cid,
        CommitmentDraft(
            Direction.LIBRARY_GIVES,
            "Зал",
            partner_id=pid,
            due_on=date.today() - timedelta(days=3),
            owner="Анна",
        ),
    )


def test_the_first_partners_show_while_the_whole_is_counted_in_a_worker(
    qtbot: Any, desk: Desk, monkeypatch: Any
) -> None:
    seed(desk)
    release = threading.Event()
    threads: list[threading.Thread] = []
    counted = ReputationService.board_apart

    def held(service: ReputationService, today: date | None = None) -> Any:
        threads.append(threading.current_thread())
        assert release.wait(30)
        return counted(service, today)

    monkeypatch.setattr(ReputationService, "board_apart", held)
    monkeypatch.setattr(
        ReputationService, "board", lambda *_a, **_k: (_ for _ in ()).throw(AssertionError)
    )
    dashboard = ReputationDashboard()
    qtbot.addWidget(dashboard)
    dashboard.set_desk(desk)
    dashboard.show()  # returns while the worker is held: the GUI thread did not wait
    assert dashboard.model.text(0, 0) == "Пекарня"
    assert dashboard.counting and dashboard.library_label.text() == "Counting every commitment…"
    qtbot.waitUntil(lambda: bool(threads))
    assert threads[0] is not threading.main_thread()
    release.set()
    qtbot.waitUntil(lambda: not dashboard.counting)
    assert dashboard.overdue_label.text().startswith("The library is late on 1")
    assert dashboard.library_label.text().startswith("0% on time")


def test_an_answer_about_data_since_replaced_is_dropped(qtbot: Any, desk: Desk) -> None:
    seed(desk)
    dashboard = ReputationDashboard()
    qtbot.addWidget(dashboard)
    dashboard.set_desk(desk)
    dashboard.show()
    qtbot.waitUntil(lambda: not dashboard.counting)
    stale = desk.reputation.board()
    dashboard.set_desk(None)  # another database (a restore) while a count ran
    dashboard._on_counted(dashboard._generation - 1, stale)
    assert dashboard.model.partners == ()
