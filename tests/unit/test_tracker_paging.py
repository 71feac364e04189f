"""The tracker's keyset paging: every sort, both directions, pages that
cover every commitment once in the one order, missing values last, both
ways of finding a page (sorting a few matches, walking an index for many)
agreeing, and each sort served by an index (no sort of the whole table)."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.dialects import sqlite as sqlite_dialect

from collabdesk.domain.enums import CommitmentStatus, Direction
from collabdesk.services import commitment_tracker, tracker_order
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.commitment_tracker import SortKey, TrackerQuery
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.tracker_where import conditions
from collabdesk.store.database import Database

TODAY = date(2026, 11, 18)
OWNERS = ["Анна", "Борис", "Вера"]


@pytest.fixture
def pdesk(db: Database, tmp_path: Path) -> Desk:
    return Desk.over(db.sessions, data_dir=tmp_path / "data")


@pytest.fixture
def seeded(pdesk: Desk) -> list[int]:
    """40 commitments over two partners, three collaborations, three owners,
    with shared due dates and some without a date, quantity, value or partner."""
    partners = [pdesk.partners.create(PartnerDraft(name=n)).id for n in ("Яблоко", "Арбуз")]
    collabs = [
        pdesk.collaborations.create(CollaborationDraft(title=t, partner_ids=tuple(partners))).id
        for t in ("Весна", "Азбука", "Весна")
    ]
    ids = []
    for i in range(40):
        draft = CommitmentDraft(
            direction=Direction.LIBRARY_GIVES if i % 2 else Direction.PARTNER_GIVES,
            description=f"кофе {i % 7}" if i % 4 else f"зал {i % 5}",
            partner_id=None if i % 5 == 0 else partners[i % 2],
            due_on=None if i % 6 == 0 else date(2026, 11, 1 + i % 9),
            owner=OWNERS[i % 3],
            quantity=None if i % 4 == 1 else Decimal(i % 3),
            value=None if i % 3 == 1 else Decimal(i % 4) * 10,
        )
        ids.append(pdesk.commitments.add(collabs[i % 3], draft).id)
    return ids


def walk(desk: Desk, query: TrackerQuery, size: int) -> list[int]:
    """Every row of `query`, `size` at a time, each page after the last."""
    seen: list[int] = []
    after = None
    while page := desk.tracker.page(query, after, size):
        seen += [row.id for row in page]
        after = page[-1].id
        assert len(seen) <= 1000, "paging does not end"
    return seen


@pytest.mark.parametrize("key", list(SortKey))
def test_pages_cover_every_commitment_once_in_every_sort(
    pdesk: Desk, seeded: list[int], key: SortKey
) -> None:
    for descending in (False, True):
        query = TrackerQuery(today=TODAY, sort=key, descending=descending)
        whole = [row.id for row in pdesk.tracker.page(query, None, 1000)]
        assert sorted(whole) == sorted(seeded)
        assert walk(pdesk, query, 3) == whole  # no gap, no repeat, same order
        assert walk(pdesk, query, 7) == whole


def test_missing_values_sort_after_real_ones_and_descending_is_the_reverse(
    pdesk: Desk, seeded: list[int]
) -> None:
    def rows(key: SortKey, descending: bool = False) -> list[commitment_tracker.TrackerRow]:
        return pdesk.tracker.page(TrackerQuery(today=TODAY, sort=key, descending=descending))

    due = [row.due_on for row in rows(SortKey.DUE)]
    dated = [d for d in due if d is not None]
    assert due == dated + [None] * (len(due) - len(dated))
    assert dated == sorted(dated)
    assert [row.id for row in rows(SortKey.DUE, True)] == [row.id for row in rows(SortKey.DUE)][
        ::-1
    ]
    quantities = [row.quantity for row in rows(SortKey.QUANTITY)]
    assert quantities[-1] is None and quantities[0] == 0
    partners = [row.partner_name for row in rows(SortKey.PARTNER)]
    named = [p for p in partners if p]
    assert named == sorted(named) and partners[len(named) :] == [""] * (len(partners) - len(named))
    by_owner = [(row.owner, row.due_on) for row in rows(SortKey.OWNER)]
    assert [o for o, _ in by_owner] == sorted(o for o, _ in by_owner)
    titles = [row.collaboration_title for row in rows(SortKey.COLLABORATION)]
    assert titles == sorted(titles)


def test_walking_an_index_and_sorting_the_matches_agree(
    pdesk: Desk, seeded: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Small caps make every query "many" (walk the sort's index, a few rows
    at a time, then find the rest by their filters): same pages as sorting."""
    queries = [
        TrackerQuery(today=TODAY, text="кофе"),
        TrackerQuery(today=TODAY, owner="Вера", sort=SortKey.STATUS),
        TrackerQuery(today=TODAY, status=CommitmentStatus.PLANNED, sort=SortKey.PARTNER),
        TrackerQuery(today=TODAY, text="кофе 3", sort=SortKey.VALUE, descending=True),
        TrackerQuery(today=TODAY, direction=Direction.LIBRARY_GIVES, sort=SortKey.COLLABORATION),
        TrackerQuery(today=TODAY, text="яблоко", sort=SortKey.DESCRIPTION),
        TrackerQuery(today=TODAY, window=commitment_tracker.DueWindow.OVERDUE),
    ]
    expected = {q: walk(pdesk, q, 4) for q in queries}
    assert all(expected.values())
    monkeypatch.setattr(commitment_tracker, "COUNT_CAP", 2)
    monkeypatch.setattr(commitment_tracker, "WALK", 3)
    for query in queries:
        assert walk(pdesk, query, 4) == expected[query], query
        assert pdesk.tracker.count(query) == 2  # capped


def test_a_count_past_the_cap_says_so(pdesk: Desk, seeded: list[int]) -> None:
    rows, total = pdesk.tracker.first_page(TrackerQuery(today=TODAY), 5)
    assert len(rows) == 5 and total == 40
    assert commitment_tracker.COUNT_CAP == 1_000


def test_zero_as_the_old_offset_callers_wrote_is_the_top(pdesk: Desk, seeded: list[int]) -> None:
    query = TrackerQuery(today=TODAY)
    assert pdesk.tracker.page(query, 0, 5) == pdesk.tracker.page(query, None, 5)


def test_a_deleted_last_row_ends_paging_quietly(pdesk: Desk, seeded: list[int]) -> None:
    query = TrackerQuery(today=TODAY)
    first = pdesk.tracker.page(query, None, 5)
    pdesk.commitments.delete(first[-1].id)
    assert pdesk.tracker.page(query, first[-1].id, 5) == []
    assert len(pdesk.tracker.page(query, first[-2].id, 5)) == 5


@pytest.mark.parametrize("key", list(SortKey))
def test_each_sort_is_read_from_an_index(db: Database, seeded: list[int], key: SortKey) -> None:
    """The walk of many matches never sorts the table: a temp B-tree for
    ORDER BY means a missing or mismatched index (domain/commitment.py
    and migration 0009b must spell the keys alike)."""
    assert db.sqlite_path is not None
    conn = sqlite3.connect(db.sqlite_path)
    try:
        for descending in (False, True):
            query = TrackerQuery(today=TODAY, sort=key, descending=descending, owner="Вера")
            where = conditions(query, fts=True, scan=True)
            for run in tracker_order.segments(key, descending):
                stmt = tracker_order.ordered_ids(run, where, descending, None, 200)
                compiled = stmt.compile(
                    dialect=sqlite_dialect.dialect(), compile_kwargs={"literal_binds": True}
                )
                plan = " | ".join(
                    r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {compiled}").fetchall()
                )
                assert "TEMP B-TREE" not in plan, (key, descending, plan)
    finally:
        conn.close()


def test_the_migration_creates_the_indexes_the_models_declare(db: Database) -> None:
    assert db.sqlite_path is not None
    conn = sqlite3.connect(db.sqlite_path)
    try:
        made = {
            name: " ".join(sql.split())
            for name, sql in conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                " AND (name LIKE 'ix_commitment_%key' OR name = 'ix_collaboration_title_id')"
            )
        }
    finally:
        conn.close()
    assert made["ix_commitment_due_key"].endswith("(coalesce(due_on, '9999-12-31'))")
    assert made["ix_commitment_owner_due_key"].endswith("(owner, coalesce(due_on, '9999-12-31'))")
    assert made["ix_commitment_quantity_key"].endswith("(coalesce(quantity, 1e999))")
    assert "ix_collaboration_title_id" in made  # (0009_big_lists) the sort by collaboration
    assert len(made) == 7
