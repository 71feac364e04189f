"""Demo data: a fictional library, a dozen partners, collaborations at many
stages and commitments both ways, in Russian and in English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from collabdesk.domain.enums import CommitmentStatus, Direction
from collabdesk.domain.models import Base
from collabdesk.services.demo import demo_content, is_empty, load_demo
from collabdesk.services.desk import Desk
from collabdesk.services.errors import ServiceError
from collabdesk.services.partner_directory import PartnerDirectory, PartnerQuery
from collabdesk.services.partners import PartnerDraft
from collabdesk.store.database import Database, open_database, sqlite_url

TODAY = date(2026, 3, 15)


@pytest.fixture(params=["ru", "en"])
def demo(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Database, Desk]]:
    lang: str = request.param
    db = open_database(sqlite_url(tmp_path / f"demo-{lang}.sqlite3"))
    try:
        assert load_demo(db.sessions, lang, today=TODAY) == 12
        yield lang, db, Desk.over(db.sessions)
    finally:
        db.close()


def test_twelve_partners_of_many_kinds(demo: tuple[str, Database, Desk]) -> None:
    lang, db, desk = demo
    assert db.sqlite_path is not None
    directory = PartnerDirectory.for_sqlite_file(db.sqlite_path)
    try:
        page = directory.first_page(PartnerQuery())
    finally:
        directory.close()

    assert page.total == 12
    assert len({row.kind for row in page.rows}) >= 6
    cyrillic = sum(any("а" <= ch <= "я" for ch in row.name.lower()) for row in page.rows)
    if lang == "ru":
        assert cyrillic >= 10
    else:
        assert cyrillic == 0
    assert sum(len(desk.contacts.for_partner(row.id)) for row in page.rows) > 0
    assert sum(len(desk.interactions.for_partner(row.id)) for row in page.rows) > 0
    assert any(desk.partners.get(row.id).tags for row in page.rows)


def test_collaborations_in_several_stages_with_partners(demo: tuple[str, Database, Desk]) -> None:
    _, _, desk = demo
    rows = desk.collaborations.rows()

    assert len({row.stage for row in rows}) >= 5
    assert all(row.partner_names for row in rows)
    records = [desk.collaborations.get(row.id) for row in rows]
    assert any(record.alternatives for record in records)


def test_commitments_both_ways_and_one_overdue(demo: tuple[str, Database, Desk]) -> None:
    _, _, desk = demo
    commitments = [
        c for row in desk.collaborations.rows() for c in desk.commitments.for_collaboration(row.id)
    ]

    assert {c.direction for c in commitments} == {Direction.LIBRARY_GIVES, Direction.PARTNER_GIVES}
    open_states = {CommitmentStatus.PLANNED, CommitmentStatus.IN_PROGRESS}
    overdue = [c for c in commitments if c.status in open_states and c.due_on and c.due_on < TODAY]
    assert overdue
    assert any(c.value is not None and c.value > 0 for c in commitments)
    delivered = [c for c in commitments if c.status is CommitmentStatus.DELIVERED]
    assert delivered and all(c.delivered_on is not None for c in delivered)


def test_the_monthly_report_is_a_schedule_of_twelve(demo: tuple[str, Database, Desk]) -> None:
    """The demo shows what a recurring promise looks like: twelve monthly
    occurrences of one report, only the first of them overdue."""
    _, _, desk = demo
    commitments = [
        c for row in desk.collaborations.rows() for c in desk.commitments.for_collaboration(row.id)
    ]
    series = sorted((c for c in commitments if c.series_id is not None), key=lambda c: c.due_on)
    assert len(series) == 12 and len({c.series_id for c in series}) == 1
    assert [c.due_on < TODAY for c in series] == [True] + [False] * 11
    assert all(c.quantity == 1 for c in series)


def test_statistics_and_profile(demo: tuple[str, Database, Desk]) -> None:
    lang, _, desk = demo
    metrics = desk.metrics.all()
    assert metrics
    assert {m.period_start.day for m in metrics} == {1}
    assert max(m.period_start for m in metrics) < TODAY
    assert max(m.period_start for m in metrics) >= TODAY.replace(day=1) - timedelta(days=31)
    profile = desk.library.profile()
    assert profile.name
    assert profile.name == demo_content(lang)["library"]["name"]
    # the source column speaks the demo's language
    assert {m.source for m in metrics} == {"демо-данные" if lang == "ru" else "demo"}


def test_every_demo_row_has_utc_timestamps_and_a_version(demo: tuple[str, Database, Desk]) -> None:
    _, db, _ = demo
    with db.sessions() as session:
        for mapper in Base.registry.mappers:
            for row in session.scalars(select(mapper.class_)):
                assert row.created_at.utcoffset() == timedelta(0), mapper.class_
                assert row.updated_at.utcoffset() == timedelta(0), mapper.class_
                assert row.version_id >= 1


def test_second_load_is_refused_and_changes_nothing(demo: tuple[str, Database, Desk]) -> None:
    lang, db, desk = demo
    before = len(desk.collaborations.rows()), len(desk.metrics.all())

    with pytest.raises(ServiceError, match="already holds partners"):
        load_demo(db.sessions, lang, today=TODAY)

    assert desk.partners.count() == 12
    assert (len(desk.collaborations.rows()), len(desk.metrics.all())) == before


def test_demo_refuses_a_database_with_real_partners(db: Database, desk: Desk) -> None:
    desk.partners.create(PartnerDraft(name="Настоящий партнёр"))
    assert not is_empty(db.sessions)

    with pytest.raises(ServiceError):
        load_demo(db.sessions, "en", today=TODAY)

    assert desk.partners.count() == 1
    assert desk.collaborations.rows() == []
    assert desk.metrics.all() == []


def test_unknown_language_is_refused(db: Database, desk: Desk) -> None:
    assert is_empty(db.sessions)
    with pytest.raises(ServiceError, match="not 'de'"):
        load_demo(db.sessions, "de")
    assert desk.partners.count() == 0
