"""The home dashboard's figures on a small database whose answers are known:
collaborations by stage, value delivered this year per side, partner kind
and currency (by delivery date), the on-time record of the last twelve
months (reputation's definition), renewals due, this week's queues, the
scope of one branch, and the snapshot kept and read back."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import update

from collabdesk.domain.branch import Branch
from collabdesk.domain.collaboration import Collaboration
from collabdesk.domain.enums import CommitmentStatus, Direction, PartnerKind, Stage
from collabdesk.domain.summary import SummarySnapshot
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.dashboard_figures import (
    DashboardFigures,
    DashboardScope,
    DashboardService,
    OnTime,
    Stored,
)
from collabdesk.services.desk import Desk
from collabdesk.services.my_name import save_my_name
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.tracker_query import TrackerQuery
from collabdesk.store.database import Database

TODAY = date.today()
GIVES, GETS = Direction.LIBRARY_GIVES, Direction.PARTNER_GIVES


class Library:
    """Two branches; a café (business) and a painter (artist)."""

    def __init__(self, db: Database, desk: Desk) -> None:
        self.db, self.desk = db, desk
        with db.sessions.begin() as session:
            session.query(Branch).delete()
            self.central = Branch(name="Центральная", position=0)
            self.north = Branch(name="Северная", position=1)
            session.add_all([self.central, self.north])
            session.flush()
            self.central_id, self.north_id = self.central.id, self.north.id
        self.cafe = desk.partners.create(PartnerDraft(name="Кофейня", kind=PartnerKind.BUSINESS)).id
        self.painter = desk.partners.create(
            PartnerDraft(name="Художник", kind=PartnerKind.ARTIST)
        ).id

    def collaboration(self, title: str, partner: int, branch: int, stage: Stage) -> int:
        cid = self.desk.collaborations.create(
            CollaborationDraft(title=title, partner_ids=(partner,))
        ).id
        with self.db.sessions.begin() as session:
            session.execute(
                update(Collaboration)
                .where(Collaboration.id == cid)
                .values(branch_id=branch, stage=stage)
            )
        return cid

    def promise(self, cid: int, partner: int | None, direction: Direction, **fields: object) -> int:
        draft = CommitmentDraft(
            direction=direction,
            description="обещание",
            partner_id=partner,
            **fields,  # type: ignore[arg-type]
        )
        return self.desk.commitments.add(cid, draft).id


@pytest.fixture
def lib(db: Database, desk: Desk) -> Library:
    return Library(db, desk)


def delivered(
    on: date, value: str | None = None, currency: str = "RUB", due: date | None = None
) -> dict[str, object]:
    return {
        "status": CommitmentStatus.DELIVERED,
        "delivered_on": on,
        "due_on": due or on,
        "value": None if value is None else Decimal(value),
        "currency": currency,
    }


def figures(desk: Desk, branch: int | None = None, me: str = "") -> DashboardFigures:
    return desk.dashboard.compute(DashboardScope(branch, me), TODAY)


def test_an_empty_library_has_nothing_to_count(desk: Desk) -> None:
    found = figures(desk)
    assert found.is_empty
    assert all(s.count == 0 for s in found.stages)
    assert found.values == () and found.renewals_due == 0
    assert found.library_on_time == OnTime(0, 0, 0)
    assert found.library_on_time.percent is None


def test_stages_count_every_collaboration_and_keep_zeros_in_path_order(lib: Library) -> None:
    lib.collaboration("A", lib.cafe, lib.central_id, Stage.IDEA)
    lib.collaboration("B", lib.cafe, lib.central_id, Stage.DELIVERING)
    lib.collaboration("C", lib.painter, lib.north_id, Stage.DELIVERING)
    found = figures(lib.desk)
    counts = {s.stage: s.count for s in found.stages}
    assert counts["idea"] == 1 and counts["delivering"] == 2 and counts["completed"] == 0
    assert [s.stage for s in found.stages][:3] == ["idea", "preparing", "pitched"]
    assert found.collaborations == 3 and found.partners == 2
    north = figures(lib.desk, lib.north_id)
    assert {s.stage: s.count for s in north.stages}["delivering"] == 1
    assert north.collaborations == 1 and north.branch_name == "Северная"


def test_values_count_by_delivery_date_this_year_per_kind_and_currency(lib: Library) -> None:
    cafe = lib.collaboration("Кофе", lib.cafe, lib.central_id, Stage.DELIVERING)
    art = lib.collaboration("Выставка", lib.painter, lib.north_id, Stage.DELIVERING)
    lib.promise(cafe, lib.cafe, GETS, **delivered(TODAY, "1000.50"))
    lib.promise(cafe, lib.cafe, GETS, **delivered(TODAY, "500"))
    lib.promise(cafe, lib.cafe, GETS, **delivered(TODAY, "20", currency="EUR"))
    lib.promise(art, lib.painter, GETS, **delivered(TODAY, "300"))
    lib.promise(art, None, GIVES, **delivered(TODAY, "70"))  # to the whole collaboration
    last_year = date(TODAY.year - 1, 12, 31)
    lib.promise(cafe, lib.cafe, GETS, **delivered(last_year, "9999"))  # another year
    lib.promise(cafe, lib.cafe, GETS, due_on=TODAY, value=Decimal("777"))  # not delivered
    lib.promise(cafe, lib.cafe, GETS, **delivered(TODAY))  # no value
    lines = {(v.direction, v.partner_kind, v.currency): v for v in figures(lib.desk).values}
    assert lines[(GETS.value, "business", "RUB")].amount == "1500.50"
    assert lines[(GETS.value, "business", "RUB")].count == 2
    assert lines[(GETS.value, "business", "EUR")].amount == "20.00"  # never added to roubles
    assert lines[(GETS.value, "artist", "RUB")].amount == "300.00"
    assert lines[(GIVES.value, "", "RUB")].amount == "70.00"
    assert len(lines) == 4
    north = {(v.direction, v.partner_kind) for v in figures(lib.desk, lib.north_id).values}
    assert north == {(GETS.value, "artist"), (GIVES.value, "")}


def test_on_time_is_reputations_definition_over_the_last_twelve_months(lib: Library) -> None:
    cid = lib.collaboration("Кофе", lib.cafe, lib.central_id, Stage.DELIVERING)
    week_ago = TODAY - timedelta(days=7)
    lib.promise(cid, lib.cafe, GIVES, **delivered(week_ago, due=week_ago))  # on time
    lib.promise(cid, lib.cafe, GIVES, **delivered(TODAY, due=week_ago))  # late
    lib.promise(cid, lib.cafe, GIVES, due_on=week_ago)  # open and overdue
    lib.promise(cid, lib.cafe, GIVES, due_on=TODAY + timedelta(days=30))  # not due yet
    old = TODAY - timedelta(days=400)
    lib.promise(cid, lib.cafe, GIVES, **delivered(old, due=old - timedelta(days=5)))  # too old
    lib.promise(cid, lib.cafe, GETS, **delivered(week_ago, due=week_ago))
    found = figures(lib.desk)
    assert found.library_on_time == OnTime(due=3, on_time=1, overdue=1)
    assert found.library_on_time.percent == 33
    assert found.partners_on_time == OnTime(due=1, on_time=1, overdue=0)
    assert figures(lib.desk, lib.north_id).library_on_time == OnTime(0, 0, 0)


def test_renewals_due_follow_the_renewal_rule(lib: Library) -> None:
    soon = lib.collaboration("Скоро", lib.cafe, lib.central_id, Stage.DELIVERING)
    lib.collaboration("Без даты", lib.cafe, lib.central_id, Stage.DELIVERING)
    with lib.db.sessions.begin() as session:
        session.execute(
            update(Collaboration)
            .where(Collaboration.id == soon)
            .values(ends_on=TODAY + timedelta(days=10))
        )
    found = figures(lib.desk)
    assert found.renewals_due == 1
    assert [(r.id, r.title) for r in found.renewals] == [(soon, "Скоро")]
    assert figures(lib.desk, lib.north_id).renewals_due == 0


def test_this_weeks_queues_mine_my_branchs_and_the_librarys(lib: Library) -> None:
    central = lib.collaboration("Кофе", lib.cafe, lib.central_id, Stage.DELIVERING)
    north = lib.collaboration("Выставка", lib.painter, lib.north_id, Stage.DELIVERING)
    lib.promise(central, lib.cafe, GIVES, due_on=TODAY - timedelta(days=1), owner="Ольга")
    lib.promise(central, lib.cafe, GIVES, due_on=TODAY + timedelta(days=3), owner="Пётр")
    lib.promise(north, lib.painter, GIVES, due_on=TODAY + timedelta(days=2), owner="ольга ")
    lib.promise(north, lib.painter, GIVES, due_on=TODAY + timedelta(days=60), owner="Ольга")
    queues = {q.who: q for q in figures(lib.desk, me="Ольга").due}
    assert list(queues) == ["mine", "library"]  # no branch of mine chosen
    assert (queues["mine"].total, queues["mine"].overdue) == (2, 1)
    assert (queues["library"].total, queues["library"].overdue) == (3, 1)
    scoped = {q.who: q for q in figures(lib.desk, lib.north_id, me="Ольга").due}
    assert list(scoped) == ["mine", "branch"]
    assert (scoped["branch"].total, scoped["branch"].overdue) == (1, 0)
    assert (scoped["branch"].branch_id, scoped["branch"].branch_name) == (lib.north_id, "Северная")
    assert "mine" not in {q.who for q in figures(lib.desk).due}  # no name: no queue of mine


def test_me_is_the_my_name_setting_until_a_staff_member_is_chosen(
    db: Database, tmp_path: Path
) -> None:
    service = DashboardService(db.sessions, tmp_path)
    assert service.scope().me == ""
    save_my_name(tmp_path, "Ольга Петрова")
    scope = service.scope()
    assert scope.me == "Ольга Петрова" and scope.staff_id is None
    assert scope.key.startswith("system;me:") and len(scope.key) <= 60
    assert service.scope(7).key.startswith("branch:7;me:")
    assert DashboardScope().key == "system"


def test_the_snapshot_is_kept_per_scope_and_read_back(lib: Library) -> None:
    service = lib.desk.dashboard
    lib.collaboration("Кофе", lib.cafe, lib.central_id, Stage.IDEA)
    scope, north = DashboardScope(), DashboardScope(lib.north_id)
    assert service.stored(scope) is None
    first = service.compute(scope, TODAY)
    service.keep(first)
    service.keep(first)  # replaced, not doubled
    stored = service.stored(scope)
    assert stored is not None and stored.figures == first
    assert service.stored(north) is None
    service.keep(service.compute(north, TODAY))
    with lib.db.sessions.begin() as session:
        assert session.query(SummarySnapshot).count() == 2
    assert not stored.is_stale(stored.computed_at + timedelta(minutes=1))
    assert stored.is_stale(stored.computed_at + timedelta(minutes=10))
    service.forget()
    assert service.stored(scope) is None


def test_a_snapshot_of_another_shape_is_counted_again(lib: Library) -> None:
    with lib.db.sessions.begin() as session:
        session.add(SummarySnapshot(scope="system", payload='{"version": 0}'))
        session.add(SummarySnapshot(scope="branch:1", payload="not json <b>"))
    assert lib.desk.dashboard.stored(DashboardScope()) is None
    assert lib.desk.dashboard.stored(DashboardScope(1)) is None
    assert DashboardFigures.from_json('{"version": 1, "scope": 3}') is None


def test_an_old_days_snapshot_is_stale_even_if_minutes_old() -> None:
    now = datetime.now(UTC)
    figures_then = DashboardFigures(
        scope="system", branch_id=None, branch_name="", me="", today="2000-01-01",
        computed_at=now.isoformat(), collaborations=0, partners=0,
    )  # fmt: skip
    assert Stored(figures_then, now).is_stale(now)


def test_counting_apart_gives_the_same_figures(lib: Library) -> None:
    cid = lib.collaboration("Кофе", lib.cafe, lib.central_id, Stage.AGREED)
    lib.promise(cid, lib.cafe, GETS, **delivered(TODAY, "10"))
    here = lib.desk.dashboard.compute(DashboardScope(), TODAY)
    apart = lib.desk.dashboard.compute_apart(DashboardScope(), TODAY)
    assert apart is not None
    assert apart.values == here.values and apart.stages == here.stages


def test_the_trackers_lists_behind_the_value_and_on_time_figures(lib: Library) -> None:
    cafe = lib.collaboration("Кофе", lib.cafe, lib.central_id, Stage.DELIVERING)
    art = lib.collaboration("Выставка", lib.painter, lib.north_id, Stage.DELIVERING)
    mine = lib.promise(cafe, lib.cafe, GETS, **delivered(TODAY, "10"))
    lib.promise(art, lib.painter, GETS, **delivered(TODAY, "10"))
    lib.promise(cafe, lib.cafe, GETS, **delivered(date(TODAY.year - 1, 6, 1), "10"))
    whole = lib.promise(art, None, GIVES, due_on=TODAY)
    old = lib.promise(art, None, GIVES, due_on=TODAY - timedelta(days=500))
    tracker = lib.desk.tracker

    def ids(query: TrackerQuery) -> set[int]:
        return {row.id for row in tracker.page(query)}

    business = TrackerQuery(direction=GETS, partner_kind="business", delivered_in=TODAY.year)
    assert ids(business) == {mine}
    assert whole in ids(TrackerQuery(partner_kind=""))
    recent = ids(TrackerQuery(direction=GIVES, due_after=TODAY - timedelta(days=365)))
    assert whole in recent and old not in recent
