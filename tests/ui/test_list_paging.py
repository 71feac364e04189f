"""The list models page by keyset and keep what a person had: a refresh
(the change channel) reads as many rows as were shown, so a partner or a
commitment selected far down the list stays selected; a new search or
sort starts again at the first page; counts stay right."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex

from collabdesk.domain.enums import Direction
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.commitment_tracker import CommitmentTracker, SortKey, TrackerQuery
from collabdesk.services.desk import Desk
from collabdesk.services.partner_directory import PartnerDirectory, PartnerQuery
from collabdesk.store.database import Database
from collabdesk.ui.commitments.commitment_table_model import CommitmentTableModel
from collabdesk.ui.operations.changes import Changes
from collabdesk.ui.partners.partner_table_model import PartnerTableModel
from collabdesk.ui.shell.main_window import MainWindow


def fetch_all(model: Any) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def add_commitments(desk: Desk, count: int) -> list[int]:
    collab = desk.collaborations.create(CollaborationDraft(title="Фестиваль")).id
    start = date(2026, 1, 1)
    return [
        desk.commitments.add(
            collab,
            CommitmentDraft(
                direction=Direction.LIBRARY_GIVES,
                description=f"Обещание {i:03d}",
                due_on=start + timedelta(days=i % 90),
            ),
        ).id
        for i in range(count)
    ]


def test_partner_model_refresh_keeps_the_rows_shown(
    qtmodeltester: Any, db: Database, add_partners: Any
) -> None:
    add_partners([f"Партнёр {i:03d}" for i in range(450)])
    directory = PartnerDirectory.for_sqlite_file(db.sqlite_path)  # type: ignore[arg-type]
    try:
        model = PartnerTableModel(directory)
        model.fetchMore(QModelIndex())
        assert model.rowCount() == 400
        far = model.partner_id(321)
        assert far is not None

        add_partners(["Аа первый"])  # sorts first: everything moves down one
        model.refresh()
        assert model.rowCount() == 400  # as many as were shown, not one page
        assert model.row_of(far) == 322
        assert model.total == 451
        fetch_all(model)
        names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
        assert len(names) == len(set(names)) == 451

        model.set_query(PartnerQuery(text="партнёр"))  # a new search: the first page
        assert model.rowCount() == 200 and model.total == 450
        qtmodeltester.check(model)  # last: the tester fetches more itself
    finally:
        directory.close()


def test_selected_partner_far_down_stays_selected_after_a_change(
    make_window: Any, db: Database, add_partners: Any, qtbot: Any
) -> None:
    add_partners([f"Партнёр {i:03d}" for i in range(450)])
    window: MainWindow = make_window(db)
    window.model.fetchMore(QModelIndex())
    window.select_row(350)
    chosen = window.selected_partner_id()
    shown = window.model.rowCount()
    assert chosen is not None and shown > 200

    window.changes.announce(Changes.all("test"))  # what an edit elsewhere sends
    assert window.model.rowCount() == shown
    assert window.selected_partner_id() == chosen


def test_commitment_model_pages_refreshes_and_counts(
    qtmodeltester: Any, db: Database, desk: Desk
) -> None:
    ids = add_commitments(desk, 450)
    model = CommitmentTableModel(CommitmentTracker(db.sessions))
    assert model.rowCount() == 200 and model.total == 450 and model.total_exact
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450 and not model.canFetchMore(QModelIndex())
    shown = [
        model.data(model.index(r, 0), CommitmentTableModel.COMMITMENT_ID_ROLE) for r in range(450)
    ]
    assert sorted(shown) == sorted(ids)  # no gap, no repeat across pages

    far = shown[300]
    model.refresh()  # the change channel's refresh
    assert model.rowCount() == 450 and model.row_of(far) == 300
    model.set_query(model.query)  # the pane re-applies the same filters after a change
    assert model.rowCount() == 450 and model.row_of(far) == 300

    model.sort(CommitmentTableModel.DESCRIPTION)  # a new order: the first page
    assert model.rowCount() == 200
    assert model.query.sort is SortKey.DESCRIPTION
    texts = [model.data(model.index(r, CommitmentTableModel.DESCRIPTION)) for r in range(200)]
    assert texts == sorted(texts)
    model.set_query(TrackerQuery(text="обещание 1"))
    assert model.total == 100  # «Обещание 100» to «Обещание 199»
    qtmodeltester.check(model)  # last: the tester fetches more itself


def test_commitment_count_is_capped_and_says_so(db: Database, desk: Desk, monkeypatch: Any) -> None:
    from collabdesk.services import commitment_tracker
    from collabdesk.ui.commitments import commitment_table_model

    add_commitments(desk, 30)
    monkeypatch.setattr(commitment_tracker, "COUNT_CAP", 25)
    monkeypatch.setattr(commitment_table_model, "COUNT_CAP", 25)
    model = CommitmentTableModel(CommitmentTracker(db.sessions))
    assert model.total == 25 and not model.total_exact
    assert model.rowCount() == 30  # every row still comes
