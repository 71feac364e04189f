"""The tracker's partner filter searches SQL as the person types: a page of
names (services.commitment_tracker.partners_named), never every partner
(at 100,000 partners reading them all took seconds on the GUI thread)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from collabdesk.domain.enums import Direction
from collabdesk.domain.partner import Partner
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.commitment_tracker import PARTNER_CHOICES
from collabdesk.services.desk import Desk
from collabdesk.store.database import Database
from collabdesk.ui.commitments.tracker_filters import TrackerFilters
from collabdesk.ui.widgets.partner_picker import TYPING_PAUSE_MS


def partners_with_promises(db: Database, desk: Desk, names: list[str]) -> dict[str, int]:
    with db.sessions.begin() as session:
        made = [Partner(name=name) for name in names]
        session.add_all(made)
        session.flush()
        ids = {p.name: p.id for p in made}
    cid = desk.collaborations.create(
        CollaborationDraft(title="Фестиваль", partner_ids=tuple(ids.values()))
    ).id
    for pid in ids.values():
        desk.commitments.add(
            cid,
            CommitmentDraft(Direction.PARTNER_GIVES, "Зал", partner_id=pid, due_on=date.today()),
        )
    return ids


class Spy:
    """Counts what the filter asks the tracker for."""

    def __init__(self, desk: Desk, monkeypatch: Any) -> None:
        self.calls: list[str] = []
        search = desk.tracker.partners_named

        def partners_named(text: str = "", limit: int = PARTNER_CHOICES) -> Any:
            self.calls.append(text)
            assert limit <= PARTNER_CHOICES
            return search(text, limit)

        monkeypatch.setattr(desk.tracker, "partners_named", partners_named)

        def everyone(*_args: Any) -> Any:
            raise AssertionError("the partner filter read every partner")

        monkeypatch.setattr(desk.plan_b, "choices", everyone)


def test_the_filter_lists_a_page_and_finds_the_rest_by_typing(
    qtbot: Any, db: Database, desk: Desk, monkeypatch: Any
) -> None:
    names = [f"Партнёр {i:03d}" for i in range(PARTNER_CHOICES + 20)] + ["Ярмарка «Rowan»"]
    ids = partners_with_promises(db, desk, names)
    spy = Spy(desk, monkeypatch)
    filters = TrackerFilters()
    qtbot.addWidget(filters)
    filters.refill(desk)
    picker = filters.partner_filter
    assert spy.calls == []  # nothing read until the person reaches for it
    filters.show()
    picker.setFocus()
    qtbot.waitUntil(lambda: spy.calls == [""])
    assert picker.count() == 1 + PARTNER_CHOICES  # "All partners" and a page of names
    assert picker.findData(ids["Ярмарка «Rowan»"]) < 0  # beyond the first page …

    changes: list[int] = []
    filters.changed.connect(lambda: changes.append(1))
    picker.lineEdit().selectAll()  # the box shows "All partners": typing replaces it
    qtbot.keyClicks(picker.lineEdit(), "rowan")  # … found by typing
    qtbot.waitUntil(lambda: spy.calls[-1:] == ["rowan"], timeout=TYPING_PAUSE_MS * 20)
    assert len(spy.calls) == 2  # one search per pause, not one per key
    assert picker.lineEdit().text() == "rowan"  # the typing is kept
    assert changes == []  # the list changed, not the filter
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    picker.clearFocus()
    qtbot.waitUntil(lambda: picker.partner_id() == ids["Ярмарка «Rowan»"])
    assert (
        filters.query(None, filters.query(None, *_sort()).sort, False).partner_id
        == picker.partner_id()
    )


def _sort() -> Any:
    from collabdesk.services.tracker_query import SortKey

    return (SortKey.DUE, False)


def test_partners_named_is_a_bounded_page(db: Database, desk: Desk) -> None:
    names = [f"Партнёр {i:03d}" for i in range(PARTNER_CHOICES + 5)] + ["<b>Кафе</b> 🎨"]
    ids = partners_with_promises(db, desk, names)
    with db.sessions.begin() as session:
        session.add(Partner(name="Партнёр без обещаний"))
    first = desk.tracker.partners_named("")
    assert len(first) == PARTNER_CHOICES
    assert [c.name for c in first] == sorted(c.name for c in first)
    assert [c.id for c in desk.tracker.partners_named("кафе")] == [ids["<b>Кафе</b> 🎨"]]
    assert [c.name for c in desk.tracker.partners_named("пар", 3)] == [
        "Партнёр 000", "Партнёр 001", "Партнёр 002"
    ]  # fmt: skip
    assert desk.tracker.partners_named("без обещаний") == []  # only partners with promises
    assert desk.tracker.partners_named("x" * 10_000) == []
