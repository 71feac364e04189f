"""Recurring commitments (issue 18, item 1): a schedule makes dated
occurrences, each kept or missed on its own, in one undoable change."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from collabdesk.domain.enums import CommitmentStatus, Direction, Recurrence
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.commitment_series import Schedule, due_dates, shifted, split
from collabdesk.services.desk import Desk
from collabdesk.services.errors import NotFoundError, ValidationError
from collabdesk.services.partners import PartnerDraft
from collabdesk.store.history import ChangeSet

JAN_31 = date(2027, 1, 31)


@pytest.fixture
def partner_id(desk: Desk) -> int:
    return desk.partners.create(PartnerDraft(name="Книжный клуб «Тёплые страницы»")).id


@pytest.fixture
def collab_id(desk: Desk, partner_id: int) -> int:
    return desk.collaborations.create(
        CollaborationDraft(title="Отчёты о посещаемости", partner_ids=(partner_id,))
    ).id


def _report(
    desk: Desk,
    collab_id: int,
    partner_id: int,
    due_on: date | None = date(2027, 1, 15),
    quantity: str | None = "12",
    value: str | None = None,
) -> int:
    return desk.commitments.add(
        collab_id,
        CommitmentDraft(
            Direction.LIBRARY_GIVES,
            "Monthly attendance report",
            partner_id=partner_id,
            quantity=Decimal(quantity) if quantity else None,
            unit="reports",
            due_on=due_on,
            owner="Анна",
            value=Decimal(value) if value else None,
        ),
    ).id


def test_a_twelve_month_schedule_makes_twelve_dated_occurrences_and_one_delivery_keeps_one(
    desk: Desk, collab_id: int, partner_id: int
) -> None:
    first = _report(desk, collab_id, partner_id)
    series = desk.series.schedule(first, Schedule(Recurrence.MONTH, times=12))

    rows = desk.commitments.for_collaboration(collab_id)
    assert len(rows) == 12
    assert [r.due_on for r in series.occurrences] == [date(2027, m, 15) for m in range(1, 13)]
    assert [r.occurrence for r in series.occurrences] == list(range(1, 13))
    assert series.occurrences[0].id == first
    assert {r.series_id for r in rows} == {series.id}
    assert all(r.quantity == Decimal(1) and r.unit == "reports" for r in rows)
    assert series.total_quantity == Decimal(12)
    assert {r.partner_id for r in rows} == {partner_id}
    assert {r.owner for r in rows} == {"Анна"}

    desk.commitments.deliver(first, date(2027, 1, 14), today=date(2027, 1, 20))
    statuses = [r.status for r in desk.commitments.for_collaboration(collab_id)]
    assert statuses.count(CommitmentStatus.DELIVERED) == 1
    assert statuses.count(CommitmentStatus.PLANNED) == 11

    # Reputation counts occurrences: one kept of one due by 20 January, the
    # other eleven still open (not due yet); on 1 March one more is overdue.
    january = desk.reputation.for_partner(partner_id, today=date(2027, 1, 20)).library
    assert (january.due, january.on_time, january.overdue) == (1, 1, 0)
    march = desk.reputation.for_partner(partner_id, today=date(2027, 3, 1)).library
    assert (march.due, march.on_time, march.overdue) == (2, 1, 1)


def test_month_ends_clamp_against_the_first_due_day() -> None:
    dates = due_dates(JAN_31, Schedule(Recurrence.MONTH, times=4))
    assert dates == [JAN_31, date(2027, 2, 28), date(2027, 3, 31), date(2027, 4, 30)]
    assert shifted(date(2028, 1, 31), Recurrence.MONTH, 1) == date(2028, 2, 29)  # leap year
    assert due_dates(date(2027, 11, 30), Schedule(Recurrence.QUARTER, times=3)) == [
        date(2027, 11, 30),
        date(2028, 2, 29),
        date(2028, 5, 30),
    ]
    assert due_dates(date(2027, 1, 1), Schedule(Recurrence.WEEK, until=date(2027, 1, 22))) == [
        date(2027, 1, 1),
        date(2027, 1, 8),
        date(2027, 1, 15),
        date(2027, 1, 22),
    ]


def test_until_counts_the_occurrences_up_to_and_including_the_last_date(
    desk: Desk, collab_id: int, partner_id: int
) -> None:
    first = _report(desk, collab_id, partner_id, due_on=JAN_31, quantity=None)
    series = desk.series.schedule(first, Schedule(Recurrence.MONTH, until=date(2027, 6, 30)))
    assert series.times == 6
    assert series.until == date(2027, 6, 30)
    assert series.occurrences[-1].due_on == date(2027, 6, 30)
    assert all(r.quantity is None for r in series.occurrences)


def test_quantities_and_values_split_so_they_add_up_to_the_total() -> None:
    # 12 reports over 12 months: one each.
    assert split(Decimal(12), 12) == [Decimal(1)] * 12
    # 10 reports over 4 quarters do not divide: whole reports, the first
    # occurrences take the extra one (3, 3, 2, 2), and the total stays 10.
    assert split(Decimal(10), 4) == [Decimal(3), Decimal(3), Decimal(2), Decimal(2)]
    # Less than one each (or a fraction): hundredths, the remainder first.
    assert split(Decimal(1), 3) == [Decimal("0.34"), Decimal("0.33"), Decimal("0.33")]
    # Money always splits in kopecks.
    assert split(Decimal("1000.00"), 3, whole=False) == [
        Decimal("333.34"),
        Decimal("333.33"),
        Decimal("333.33"),
    ]
    assert sum(split(Decimal("99.99"), 7, whole=False)) == Decimal("99.99")  # type: ignore[arg-type]
    assert split(None, 3) == [None, None, None]


def test_value_splits_across_occurrences(desk: Desk, collab_id: int, partner_id: int) -> None:
    first = _report(desk, collab_id, partner_id, quantity="10", value="1000")
    series = desk.series.schedule(first, Schedule(Recurrence.QUARTER, times=4))
    assert [r.quantity for r in series.occurrences] == [3, 3, 2, 2]
    assert [r.value for r in series.occurrences] == [
        Decimal("250.00"),
        Decimal("250.00"),
        Decimal("250.00"),
        Decimal("250.00"),
    ]
    assert series.total_quantity == Decimal(10)


def _refusal(desk: Desk, commitment_id: int, schedule: Schedule) -> str:
    with pytest.raises(ValidationError) as caught:
        desk.series.schedule(commitment_id, schedule)
    [problem] = caught.value.problems
    return problem.code


def test_refusals_say_why_and_change_nothing(desk: Desk, collab_id: int, partner_id: int) -> None:
    undated = _report(desk, collab_id, partner_id, due_on=None)
    assert _refusal(desk, undated, Schedule(Recurrence.MONTH, times=3)) == "no_due_date"

    dated = _report(desk, collab_id, partner_id)
    month = Recurrence.MONTH
    assert _refusal(desk, dated, Schedule(month)) == "times_or_until"
    assert _refusal(desk, dated, Schedule(month, 3, date(2027, 5, 1))) == "times_or_until"
    assert _refusal(desk, dated, Schedule(month, times=1)) == "times_range"
    assert _refusal(desk, dated, Schedule(month, times=121)) == "times_range"
    assert _refusal(desk, dated, Schedule(month, until=date(2026, 12, 31))) == "until_before_first"
    assert _refusal(desk, dated, Schedule(month, until=date(2027, 2, 1))) == "until_too_near"
    assert _refusal(desk, dated, Schedule(Recurrence.WEEK, until=date(2030, 1, 1))) == (
        "until_too_far"
    )

    delivered = _report(desk, collab_id, partner_id)
    desk.commitments.deliver(delivered, date(2027, 1, 10), today=date(2027, 1, 20))
    assert _refusal(desk, delivered, Schedule(month, times=3)) == "closed"
    waived = _report(desk, collab_id, partner_id)
    desk.commitments.waive(waived, "Партнёр отказался")
    assert _refusal(desk, waived, Schedule(month, times=3)) == "closed"

    desk.series.schedule(dated, Schedule(month, times=3))
    assert _refusal(desk, dated, Schedule(month, times=3)) == "already_in_series"
    assert len(desk.commitments.for_collaboration(collab_id)) == 4 + 2  # only the schedule's

    with pytest.raises(NotFoundError):
        desk.series.schedule(999_999, Schedule(month, times=3))


def test_the_refusal_reads_in_words(desk: Desk, collab_id: int, partner_id: int) -> None:
    dated = _report(desk, collab_id, partner_id)
    with pytest.raises(ValidationError) as caught:
        desk.series.schedule(dated, Schedule(Recurrence.MONTH, until=date(2026, 12, 31)))
    text = str(caught.value.problems[0].text)
    assert "2026-12-31" in text and "2027-01-15" in text


def test_one_change_set_and_undo_removes_the_whole_series(
    desk: Desk, collab_id: int, partner_id: int
) -> None:
    first = _report(desk, collab_id, partner_id)
    heard: list[ChangeSet] = []
    desk.history.subscribe(heard.append)
    series = desk.series.schedule(first, Schedule(Recurrence.MONTH, times=12))

    assert len(heard) == 1
    tables = {c.table for c in heard[0].changes}
    assert tables == {"commitment", "commitment_series"}

    desk.history.revert(heard[0].id)
    [back] = desk.commitments.for_collaboration(collab_id)
    assert back.id == first
    assert (back.series_id, back.occurrence, back.quantity) == (None, None, Decimal(12))
    with pytest.raises(NotFoundError):
        desk.series.get(series.id)
    # The promise can be scheduled again once undone.
    again = desk.series.schedule(first, Schedule(Recurrence.QUARTER, times=4))
    assert len(again.occurrences) == 4
