"""Scrolling the tracker never reads SQL on the GUI thread: each next page
is read on a worker over a second, read-only connection and the one after
it is read ahead (widgets/page_ahead.py); a page read for a filter that has
changed since is dropped. And a page costs a bounded number of statements."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QModelIndex
from sqlalchemy import event

from collabdesk.services.commitment_tracker import CommitmentTracker, TrackerQuery
from collabdesk.services.desk import Desk
from collabdesk.store.database import Database
from collabdesk.ui.commitments.commitment_table_model import CommitmentTableModel

from .test_list_paging import add_commitments


class SpyTracker(CommitmentTracker):
    """Notes which thread each read ran on."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.gui_pages: list[int | None] = []
        self.aside_threads: list[int] = []

    def page(self, query: TrackerQuery, after: int | None = None, limit: int = 200) -> Any:
        self.gui_pages.append(after)
        return super().page(query, after, limit)

    def page_aside(self, query: TrackerQuery, after: int | None = None, limit: int = 200) -> Any:
        self.aside_threads.append(threading.get_native_id())
        return super().page_aside(query, after, limit)


def test_next_pages_are_read_on_a_worker_and_ahead(qtbot: Any, db: Database, desk: Desk) -> None:
    ids = add_commitments(desk, 650)
    tracker = SpyTracker(db.sessions)
    model = CommitmentTableModel(tracker)
    model.read_ahead()
    assert model.rowCount() == 200

    model.fetchMore(QModelIndex())  # the view scrolled to the end of the first page
    assert model.rowCount() == 200  # nothing read here: the worker reads it
    assert not model.canFetchMore(QModelIndex())  # waiting for it, not asking again
    qtbot.waitUntil(lambda: model.rowCount() == 400)
    qtbot.waitUntil(lambda: model.page_ready)  # the third page, read ahead
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 600  # was ready: shown at once
    qtbot.waitUntil(lambda: model.canFetchMore(QModelIndex()) or model.rowCount() == 650)
    while model.rowCount() < 650:
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: model.rowCount() == 650 or model.canFetchMore(QModelIndex()))
    qtbot.wait(50)
    assert not model.canFetchMore(QModelIndex())

    gui = threading.get_native_id()
    assert tracker.gui_pages == []  # no next page was read on the GUI thread
    assert tracker.aside_threads and gui not in tracker.aside_threads
    shown = [model.row_at(r).id for r in range(650)]  # type: ignore[union-attr]
    assert sorted(shown) == sorted(ids)  # no gap, no repeat


def test_a_page_read_for_an_old_filter_is_dropped(qtbot: Any, db: Database, desk: Desk) -> None:
    add_commitments(desk, 450)
    model = CommitmentTableModel(CommitmentTracker(db.sessions))
    model.read_ahead()
    model.fetchMore(QModelIndex())  # a read starts …
    model.set_query(TrackerQuery(text="обещание 1"))  # … and the person types meanwhile
    qtbot.wait(300)
    assert model.rowCount() == 100 and model.total == 100
    assert all("Обещание 1" in model.row_at(r).description for r in range(100))  # type: ignore[union-attr]


def test_without_a_second_connection_the_model_reads_itself(
    qtbot: Any, db: Database, desk: Desk, monkeypatch: Any
) -> None:
    add_commitments(desk, 250)
    tracker = CommitmentTracker(db.sessions)
    monkeypatch.setattr(tracker, "page_aside", lambda *args: None)  # a meeting copy
    model = CommitmentTableModel(tracker)
    model.read_ahead()
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 250)


def test_a_page_costs_a_bounded_number_of_statements(db: Database, desk: Desk) -> None:
    add_commitments(desk, 450)
    tracker = CommitmentTracker(db.sessions)
    first = tracker.page(TrackerQuery(), None, 200)
    statements: list[str] = []

    def note(*args: Any) -> None:
        statements.append(args[2])

    engine = db.sessions.kw["bind"]
    event.listen(engine, "before_cursor_execute", note)
    try:
        tracker.page(TrackerQuery(), first[-1].id, 200)
    finally:
        event.remove(engine, "before_cursor_execute", note)
    # count, cursor, walk boundary, ids, rows, proofs: never one per row
    assert 1 <= len(statements) <= 8, statements


def test_rows_taken_in_leave_the_collectors_full_passes(
    db: Database, desk: Desk, monkeypatch: Any
) -> None:
    """A full pass of the garbage collector over 400,000 objects froze the
    window for half a second while scrolling: rows kept are frozen out of it."""
    import gc

    from collabdesk.ui.widgets import long_lived_rows

    add_commitments(desk, 450)
    monkeypatch.setattr(long_lived_rows, "FREEZE_EVERY", 240)
    monkeypatch.setattr(long_lived_rows, "_taken", 0)
    frozen = gc.get_freeze_count()
    model = CommitmentTableModel(CommitmentTracker(db.sessions))
    model.fetchMore(QModelIndex())
    assert gc.get_freeze_count() == frozen  # 200 rows taken in: not yet
    model.fetchMore(QModelIndex())
    assert gc.get_freeze_count() > frozen  # 250 taken in: frozen
    row = model.row_at(300)
    assert row is not None and not any(row is o for o in gc.get_objects())


def test_a_text_search_is_read_on_a_worker(qtbot: Any, db: Database, desk: Desk) -> None:
    """Each keystroke of a tracker search reads its first page off the GUI
    thread; the rows shown stay until the new ones come, and only the last
    keystroke's page is shown."""
    add_commitments(desk, 250)
    tracker = SpyTracker(db.sessions)
    gui_first: list[str] = []
    first_page = tracker.first_page

    def spy_first(query: TrackerQuery, limit: int = 200) -> Any:
        gui_first.append(query.text)
        return first_page(query, limit)

    tracker.first_page = spy_first  # type: ignore[method-assign]
    model = CommitmentTableModel(tracker)
    model.read_ahead()
    gui_first.clear()
    loaded: list[int] = []
    model.loaded.connect(lambda: loaded.append(model.total))
    for typed in ("о", "об", "обещание 02"):
        model.set_query(TrackerQuery(text=typed))
    assert model.searching and model.rowCount() == 200  # the old rows, until the new come
    assert not model.canFetchMore(QModelIndex())  # not with the old rows and the new query
    qtbot.waitUntil(lambda: not model.searching)
    assert gui_first == []  # not one read on the GUI thread
    assert model.total == 10 and loaded[-1] == 10  # «Обещание 020» … «029»
    assert all("Обещание 02" in model.row_at(r).description for r in range(10))  # type: ignore[union-attr]


def test_a_search_read_again_after_a_change_stays_off_the_gui_thread(
    qtbot: Any, db: Database, desk: Desk
) -> None:
    """After a change (an import, a delivery) the pane reads its search again:
    on the worker too (150-270 ms at 500,000 commitments on the GUI thread
    before), the rows shown stay meanwhile and the selected one stays selected."""
    from collabdesk.ui.commitments.commitment_tracker_pane import CommitmentTrackerPane

    ids = add_commitments(desk, 250)
    pane = CommitmentTrackerPane()
    qtbot.addWidget(pane)
    pane.set_desk(desk)
    pane.filters.search.setText("обещание 02")
    qtbot.waitUntil(lambda: not pane.model.searching and pane.model.total == 10)
    chosen = pane.model.row_at(3)
    assert chosen is not None
    pane.select_commitment(chosen.id)

    gui_first: list[str] = []
    tracker = pane.model._tracker
    assert tracker is not None
    real_first = tracker.first_page

    def spy_first(query: TrackerQuery, limit: int = 200) -> Any:
        gui_first.append(query.text)
        return real_first(query, limit)

    tracker.first_page = spy_first  # type: ignore[method-assign]
    desk.commitments.delete(ids[20])  # «Обещание 020» goes
    pane.refresh()  # what the change channel calls
    assert pane.model.searching and pane.model.rowCount() == 10  # the old rows meanwhile
    qtbot.waitUntil(lambda: not pane.model.searching)
    assert gui_first == []
    assert pane.model.total == 9
    assert pane.selected_row() is not None and pane.selected_row().id == chosen.id  # type: ignore[union-attr]
