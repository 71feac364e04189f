"""The Reputation tab shows its first partners at once and counts the
library's own record in a worker: the GUI thread never waits for it."""

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


def test_the_first_partners_show_while_the_library_is_counted_in_a_worker(
    qtbot: Any, desk: Desk, monkeypatch: Any
) -> None:
    seed(desk)
    release = threading.Event()
    threads: list[threading.Thread] = []
    counted = ReputationService.library_apart

    def held(service: ReputationService, today: date | None = None) -> Any:
        threads.append(threading.current_thread())
        assert release.wait(30)
        return counted(service, today)

    monkeypatch.setattr(ReputationService, "library_apart", held)
    monkeypatch.setattr(
        ReputationService, "library", lambda *_a, **_k: (_ for _ in ()).throw(AssertionError)
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
    stale = desk.reputation.library()
    dashboard.set_desk(None)  # another database (a restore) while a count ran
    dashboard._on_counted(dashboard._generation - 1, stale)
    assert dashboard.model.partners == []
    assert dashboard.library_label.text() == "Opening the database…"


def test_the_list_reads_more_partners_as_it_scrolls(
    qtbot: Any, desk: Desk, monkeypatch: Any
) -> None:
    from collabdesk.services import reputation

    monkeypatch.setattr(reputation, "PAGE", 3)
    cid = desk.collaborations.create(CollaborationDraft(title="Ярмарка")).id
    for n in range(8):
        pid = desk.partners.create(PartnerDraft(name=f"Партнёр {n}")).id
        desk.commitments.add(
            cid, CommitmentDraft(Direction.PARTNER_GIVES, "Зал", partner_id=pid, owner="Анна")
        )
    dashboard = ReputationDashboard()
    qtbot.addWidget(dashboard)
    dashboard.set_desk(desk)
    dashboard.show()
    assert dashboard.model.rowCount() == 3
    while dashboard.model.canFetchMore():
        dashboard.model.fetchMore()
    assert [dashboard.model.text(r, 0) for r in range(8)] == [f"Партнёр {n}" for n in range(8)]
    qtbot.waitUntil(lambda: not dashboard.counting)
