"""The Collaborations list's renewal column and filter, at the paging level:
computed in SQL, the keyset paging unchanged."""

from __future__ import annotations

from datetime import date, timedelta

from collabdesk.domain.enums import Stage
from collabdesk.services.collaboration_lines import ListFilter
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.desk import Desk

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
