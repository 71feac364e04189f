"""The Collaborations list's renewal column and filter, at the paging level:
computed in SQL, the keyset paging unchanged."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from collabdesk.domain.collaboration import Collaboration
from collabdesk.domain.enums import Stage
from collabdesk.services.collaboration_lines import ListFilter
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.desk import Desk
from collabdesk.services.renewal_due import renewed, window
from collabdesk.store.database import Database

DUE = ListFilter(renewal_due=True)


def make(desk: Desk, title: str, ends_in: int | None, stage: Stage = Stage.AGREED) -> int:
    ends = None if ends_in is None else date.today() + timedelta(days=ends_in)
    draft = CollaborationDraft(title=title, stage=stage, ends_on=ends)
    return desk.collaborations.create(draft).id


def test_the_filter_pages_through_due_renewals_only(desk: Desk) -> None:
    due = [make(desk, f"Due {n:02}", 10 + n) for n in range(7)]
    make(desk, "Later", 200)
    make(desk, "No end", None)
    make(desk, "Declined", 10, Stage.DECLINED)
    make(desk, "Lapsed", -400, Stage.COMPLETED)
    done = make(desk, "Completed last month", -30, Stage.COMPLETED)
    assert desk.collaborations.count_listed(DUE) == 8
    seen, after = [], None
    while True:
        page = desk.collaborations.page(DUE, after, limit=3)
        if not page:
            break
        seen += [line.id for line in page]
        after = page[-1].after
    assert seen == [done, *due]  # by title, every due one once
    desk.renewals.renew(due[0])
    assert desk.collaborations.count_listed(DUE) == 7  # renewed: no longer due
    renewed_line = desk.collaborations.listed(due[0])
    assert renewed_line is not None and renewed_line.renewed and not renewed_line.renewal_due
    assert desk.collaborations.listed(due[0], DUE) is None
    # The renewal itself (ends a year later) is not due; with a stage, both filters apply.
    assert desk.collaborations.count_listed(ListFilter(Stage.COMPLETED, renewal_due=True)) == 1


def test_each_line_carries_its_renewal_date_and_state(desk: Desk) -> None:
    later = make(desk, "Later", 200)
    soon = make(desk, "Soon", 30)
    lines = {line.id: line for line in desk.collaborations.page(ListFilter())}
    assert lines[later].renewal_due_on == date.today() + timedelta(days=110)
    assert not lines[later].renewal_due and not lines[later].renewed
    assert lines[soon].renewal_due and lines[soon].renewal_due_on == date.today() - timedelta(
        days=60
    )
    declined = make(desk, "Said no", 30, Stage.DECLINED)
    line = desk.collaborations.listed(declined)
    assert line is not None and line.renewal_due_on is None and not line.renewal_due


def test_the_board_keeps_the_renewal_filter(desk: Desk) -> None:
    make(desk, "Soon", 30, Stage.AGREED)
    make(desk, "Later", 200, Stage.AGREED)
    make(desk, "Finished", -5, Stage.COMPLETED)
    stages = {s.stage: s for s in desk.collaborations.board(DUE)}
    assert [c.title for c in stages[Stage.AGREED].cards] == ["Soon"]
    assert stages[Stage.AGREED].total == 1 and stages[Stage.COMPLETED].total == 1


def test_the_lead_setting_moves_the_filter(desk: Desk) -> None:
    make(desk, "In 100 days", 100)
    assert desk.collaborations.count_listed(DUE) == 0
    desk.renewals.set_lead_days("120, 30")
    assert desk.collaborations.count_listed(DUE) == 1


def test_renewals_are_looked_up_once_whatever_statistics_the_file_holds(
    desk: Desk, db: Database
) -> None:
    """With statistics taken while nothing was renewed (ANALYZE, as a meeting
    copy runs), SQLite judged the renewed_from_id index useless and scanned
    the whole table for every row: the banner's list froze the window for 46 s
    at 20,000 collaborations. The renewed ids are now read once per statement."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's planner and its statistics")
    for n in range(30):
        make(desk, f"Due {n:02}", 10 + n)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.exec_driver_sql(  # what a big library with no renewal yet would hold
            "UPDATE sqlite_stat1 SET stat = '20000 20000' "
            "WHERE idx = 'ix_collaboration_renewed_from_id'"
        )
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE sqlite_schema")  # the planner reads the edited figures
        with Session(conn) as session:
            shown = window(session)
            statements = [
                select(Collaboration.id).where(shown.due()),
                select(Collaboration.id, renewed()),
            ]
            for statement in statements:
                sql = str(statement.compile(conn, compile_kwargs={"literal_binds": True}))
                rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)
                plan = " | ".join(row[3] for row in rows)
                assert "CORRELATED" not in plan, plan
                assert "LIST SUBQUERY" in plan, plan


def test_the_banner_reads_the_count_and_the_first_few(desk: Desk) -> None:
    for n in range(12):
        make(desk, f"Due {n:02}", 10 + n)
    make(desk, "Later", 200)
    total, first = desk.renewals.due_summary(3)
    assert total == 12
    assert [line.title for line in first] == ["Due 00", "Due 01", "Due 02"]  # soonest end first
    assert desk.renewals.due_summary(20)[0] == 12
    assert len(desk.renewals.due()) == 12  # the command line still lists them all
