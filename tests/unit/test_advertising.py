"""The advertising catalogue and what a collaboration picks from it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from collabdesk.services.advertising import AdItemDraft
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.demo import load_demo
from collabdesk.services.desk import Desk
from collabdesk.services.errors import InUseError, NotFoundError, ValidationError
from collabdesk.store.database import Database


@pytest.fixture
def collab(desk: Desk) -> int:
    return desk.collaborations.create(CollaborationDraft(title="Science column")).id


def test_catalogue_crud(desk: Desk) -> None:
    post = desk.advertising.add_item(AdItemDraft("Post", "post", 8300, Decimal("3000")))
    logo = desk.advertising.add_item(AdItemDraft("Logo <b>site</b> 🚀", "month", 14800))
    assert [i.name for i in desk.advertising.catalogue()] == ["Post", "Logo <b>site</b> 🚀"]
    desk.advertising.update_item(logo.id, AdItemDraft("Logo", "month", 15000, None, "eur"))
    changed = desk.advertising.catalogue()[1]
    assert (changed.reach_per_unit, changed.currency, changed.rate) == (15000, "EUR", None)
    desk.advertising.update_item(post.id, AdItemDraft("Post", active=False))
    assert [i.name for i in desk.advertising.catalogue()] == ["Logo"]
    assert len(desk.advertising.catalogue(include_inactive=True)) == 2
    desk.advertising.delete_item(post.id)
    assert len(desk.advertising.catalogue(include_inactive=True)) == 1


@pytest.mark.parametrize(
    "draft",
    [
        AdItemDraft(""),
        AdItemDraft("x" * 201),
        AdItemDraft("Post", reach_per_unit=-1),
        AdItemDraft("Post", currency="рубли"),
        AdItemDraft("Post", rate=Decimal("-5")),
    ],
    ids=["blank", "long", "negative-reach", "bad-currency", "negative-rate"],
)
def test_bad_items_are_refused(desk: Desk, draft: AdItemDraft) -> None:
    with pytest.raises(ValidationError):
        desk.advertising.add_item(draft)
    assert desk.advertising.catalogue(include_inactive=True) == []


def test_pick_items_and_sum_reach(desk: Desk, collab: int) -> None:
    post = desk.advertising.add_item(AdItemDraft("Post", "post", 8300))
    logo = desk.advertising.add_item(AdItemDraft("Logo", "month", 14800))
    desk.advertising.set_items(collab, {post.id: Decimal(3), logo.id: Decimal(1)})
    assert desk.advertising.total_reach(collab) == 3 * 8300 + 14800
    picked = desk.advertising.set_items(collab, {post.id: Decimal(2), logo.id: Decimal(0)})
    assert [(p.item.name, p.quantity) for p in picked] == [("Post", Decimal(2))]
    with pytest.raises(InUseError):
        desk.advertising.delete_item(post.id)
    with pytest.raises(NotFoundError):
        desk.advertising.set_items(collab, {999: Decimal(1)})
    assert desk.advertising.total_reach(collab) == 2 * 8300


def test_pick_statistics_latest_period(desk: Desk, collab: int) -> None:
    assert desk.advertising.statistic_choices() == []
    desk.metrics.record("Visits", date(2026, 9, 1), Decimal(5000), "people")
    desk.metrics.record("Visits", date(2026, 10, 1), Decimal(5200), "people")
    desk.metrics.record("Followers", date(2026, 10, 1), Decimal(8300), "people")
    choices = desk.advertising.statistic_choices()
    assert [(c.name, c.latest_period, c.latest_value) for c in choices] == [
        ("Followers", date(2026, 10, 1), Decimal(8300)),
        ("Visits", date(2026, 10, 1), Decimal(5200)),
    ]
    assert desk.advertising.set_metrics(collab, ["Visits", "Followers", "Visits"]) == [
        "Visits",
        "Followers",
    ]
    assert desk.advertising.set_metrics(collab, ["Followers"]) == ["Followers"]


def test_demo_seeds_the_catalogue(db: Database, desk: Desk) -> None:
    load_demo(db.sessions, "en")
    names = [i.name for i in desk.advertising.catalogue()]
    assert len(names) >= 5
    assert any("newsletter" in n for n in names)
    assert all(i.reach_per_unit > 0 for i in desk.advertising.catalogue())
