"""The renewal pipeline: when a renewal may be prepared, what it copies and
moves, its title, and the renewal rate."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from collabdesk.domain.collaboration import TITLE_MAX
from collabdesk.domain.enums import CommitmentStatus, Direction, Stage
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.services.errors import NotFoundError, ValidationError
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.renewal import renewal_title

TODAY = date(2027, 9, 1)
GIVES, GETS = Direction.LIBRARY_GIVES, Direction.PARTNER_GIVES
S = CommitmentStatus


def collaboration(desk: Desk, title: str, ends: date | None, **kw: object) -> int:
    partner = desk.partners.create(PartnerDraft(name=f"Partner of {title[:50]}")).id
    draft = CollaborationDraft(
        title=title,
        partner_ids=(partner,),
        starts_on=date(2027, 1, 10) if ends is None or ends > date(2027, 1, 10) else None,
        ends_on=ends,
    )
    return desk.collaborations.create(replace(draft, **kw)).id  # type: ignore[arg-type]


def add(desk: Desk, collab: int, due: date | None, text: str = "promise", **kw: object) -> int:
    draft = CommitmentDraft(direction=GIVES, description=text, due_on=due, owner="Anna")
    return desk.commitments.add(collab, replace(draft, **kw)).id  # type: ignore[arg-type]


# --- titles --------------------------------------------------------------------
def test_a_year_in_the_title_moves_on() -> None:
    assert renewal_title("Festival 2026", 2027) == "Festival 2027"
    assert renewal_title("Сезон 2026/2027", 2027) == "Сезон 2027/2028"


def test_a_title_without_a_year_gets_the_new_start_year() -> None:
    assert renewal_title("Reading Club", 2028) == "Reading Club 2028"
    assert renewal_title("Клуб <b>чтения</b> 📚", 2028) == "Клуб <b>чтения</b> 📚 2028"


def test_a_renewal_title_is_never_the_original() -> None:
    long = "x" * TITLE_MAX
    renewed = renewal_title(long, 2028)
    assert renewed != long and len(renewed) == TITLE_MAX and renewed.endswith(" 2028")
    for title in ("Festival 1999", "Reading Club", "A", "Festival 2099"):
        assert renewal_title(title, 2028) != title


# --- when it may be prepared -----------------------------------------------------
def test_refused_before_the_due_date_naming_the_date(desk: Desk) -> None:
    cid = collaboration(desk, "Reading Club", date(2027, 12, 31))  # due 02.10.2027
    with pytest.raises(ValidationError, match=r"from 02\.10\.2027") as refused:
        desk.renewals.renew(cid, today=date(2027, 10, 1))
    assert refused.value.problems[0].code == "not_due"
    assert [r.id for r in desk.collaborations.rows()] == [cid]  # nothing was made


def test_prepared_from_the_due_date_before_completion(desk: Desk) -> None:
    cid = collaboration(desk, "Reading Club", date(2027, 12, 31), stage=Stage.DELIVERING)
    new_id = desk.renewals.renew(cid, today=date(2027, 10, 2))
    new = desk.collaborations.get(new_id)
    assert new.title == "Reading Club 2028" and new.stage is Stage.PREPARING
    assert (new.starts_on, new.ends_on) == (date(2028, 1, 10), date(2028, 12, 31))
    assert desk.collaborations.get(cid).stage is Stage.DELIVERING  # the original goes on


def test_the_lead_days_setting_moves_the_due_date(desk: Desk) -> None:
    cid = collaboration(desk, "Reading Club", date(2027, 12, 31))
    assert desk.renewals.set_lead_days(" 30; 120 ,60") == (120, 60, 30)
    assert desk.renewals.lead_days() == (120, 60, 30)
    assert desk.renewals.due_on(date(2027, 12, 31)) == date(2027, 9, 2)
    with pytest.raises(ValidationError, match=r"02\.09\.2027"):
        desk.renewals.renew(cid, today=TODAY)
    assert desk.renewals.renew(cid, today=date(2027, 9, 2))


@pytest.mark.parametrize("typed", ["", "abc", "90,-5", "0", "99999", "90 60", "²", "9" * 10_000])
def test_bad_lead_days_are_refused_and_the_setting_kept(desk: Desk, typed: str) -> None:
    desk.renewals.set_lead_days("45")
    with pytest.raises(ValidationError, match="whole numbers") as refused:
        desk.renewals.set_lead_days(typed)
    assert refused.value.problems[0].field == "renewal_lead_days"
    assert desk.renewals.lead_days() == (45,)


def test_a_completed_collaboration_renews_any_time(desk: Desk) -> None:
    old = collaboration(desk, "Ярмарка 2025", None, stage=Stage.COMPLETED, starts_on=None)
    new = desk.collaborations.get(desk.renewals.renew(old, today=TODAY))
    assert new.title == "Ярмарка 2026" and new.stage is Stage.PREPARING


def test_without_an_end_date_an_open_one_is_refused(desk: Desk) -> None:
    cid = collaboration(desk, "Reading Club", None)
    with pytest.raises(ValidationError, match="end date"):
        desk.renewals.renew(cid, today=TODAY)


def test_refused_twice_naming_the_renewal(desk: Desk) -> None:
    cid = collaboration(desk, "Reading Club", date(2027, 10, 31), stage=Stage.COMPLETED)
    new_id = desk.renewals.renew(cid, today=TODAY)
    with pytest.raises(
        ValidationError, match=rf"already renewed: “Reading Club 2028” \(id {new_id}\)"
    ):
        desk.renewals.renew(cid, today=TODAY)
    assert len(desk.collaborations.rows()) == 2
    assert desk.renewals.renewal_of(cid) == (new_id, "Reading Club 2028")


def test_declined_and_unknown_are_refused(desk: Desk) -> None:
    cid = collaboration(desk, "Reading Club", date(2027, 10, 31), stage=Stage.DECLINED)
    with pytest.raises(ValidationError, match="declined"):
        desk.renewals.renew(cid, today=TODAY)
    with pytest.raises(NotFoundError, match="id 999"):
        desk.renewals.renew(999, today=TODAY)


# --- what it copies and moves ----------------------------------------------------
def test_copies_promises_moves_open_make_goods_and_keeps_the_link(desk: Desk) -> None:
    cid = collaboration(desk, "Festival 2027", date(2027, 10, 31))
    plain = add(desk, cid, date(2027, 5, 1), "Hall for the opening", value=Decimal(500))
    desk.commitments.deliver(plain, date(2027, 5, 1), today=date(2027, 5, 2))
    add(desk, cid, date(2027, 6, 1), "Posters", direction=GETS)
    missed = add(desk, cid, date(2027, 3, 1), "Stand")
    desk.commitments.miss(missed)
    owed = desk.commitments.make_good(missed, "Stand, again", date(2027, 11, 15)).id
    missed_too = add(desk, cid, date(2027, 3, 2), "Flyers")
    desk.commitments.miss(missed_too)
    done = desk.commitments.make_good(missed_too, "Flyers, again", date(2027, 4, 1)).id
    desk.commitments.deliver(done, date(2027, 4, 1), today=date(2027, 4, 2))

    new_id = desk.renewals.renew(cid, today=TODAY)

    new = desk.collaborations.get(new_id)
    assert new.title == "Festival 2028" and new.stage is Stage.PREPARING
    copies = {c.description: c for c in desk.commitments.for_collaboration(new_id)}
    assert set(copies) == {"Hall for the opening", "Posters", "Stand", "Flyers", "Stand, again"}
    hall = copies["Hall for the opening"]
    assert hall.status is S.PLANNED and hall.due_on == date(2028, 5, 1)
    assert hall.value == Decimal("500.00") and copies["Posters"].direction is GETS
    assert copies["Stand"].status is S.PLANNED  # an ordinary promise, planned again
    moved = copies["Stand, again"]
    assert moved.id == owed and moved.make_good_for_id == missed  # the same row, linked
    assert moved.due_on == date(2027, 11, 15)  # still owed when it was
    left = {c.description: c for c in desk.commitments.for_collaboration(cid)}
    assert "Stand, again" not in left and left["Flyers, again"].status is S.DELIVERED
    assert [p.partner_id for p in new.partners] == [
        p.partner_id for p in desk.collaborations.get(cid).partners
    ]
    assert desk.renewals.renewal_of(cid) == (new_id, "Festival 2028")


def test_renewed_from_is_kept(desk: Desk, db: object) -> None:
    from sqlalchemy import select

    from collabdesk.domain.collaboration import Collaboration

    cid = collaboration(desk, "Reading Club", date(2027, 10, 31))
    new_id = desk.renewals.renew(cid, today=TODAY)
    with db.sessions() as session:  # type: ignore[attr-defined]
        assert (
            session.scalar(select(Collaboration.renewed_from_id).where(Collaboration.id == new_id))
            == cid
        )


# --- due renewals and the rate -----------------------------------------------------
def test_due_renewals_and_the_rate(desk: Desk) -> None:
    today = date.today()
    soon = collaboration(desk, "Soon", today + timedelta(days=30))
    collaboration(desk, "Later", today + timedelta(days=200))
    collaboration(desk, "Said no", today + timedelta(days=30), stage=Stage.DECLINED)
    collaboration(desk, "Long ago", today - timedelta(days=400), stage=Stage.COMPLETED)
    done = collaboration(desk, "Done", today - timedelta(days=10), stage=Stage.COMPLETED)
    assert desk.renewals.rate().percent == 0
    assert [r.id for r in desk.renewals.due()] == [done, soon]
    assert desk.renewals.due()[1].due_on == today + timedelta(days=30) - timedelta(days=90)
    desk.renewals.renew(done)
    rate = desk.renewals.rate()
    assert (rate.completed, rate.renewed, rate.percent) == (2, 1, 50)
    assert [r.title for r in desk.renewals.due()] == ["Soon"]


def test_no_rate_before_anything_is_completed(desk: Desk) -> None:
    assert desk.renewals.rate().percent is None
