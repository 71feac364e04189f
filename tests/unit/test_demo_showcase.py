"""The demo at its best: one collaboration prepared to 100 %, with
per-partner answers, picks, promises both ways with values and dates and
proof pictures; a logo and a named contact; two years of statistics with
an age breakdown — in Russian and in English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from collabdesk.domain.commitment import Commitment
from collabdesk.domain.enums import Direction
from collabdesk.domain.metric import Metric
from collabdesk.domain.partner import Partner
from collabdesk.services.demo import demo_content, load_demo
from collabdesk.services.desk import Desk
from collabdesk.services.partner_facing import partner_facing_answers
from collabdesk.store.database import Database, open_database, sqlite_url

TODAY = date(2026, 12, 6)
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(params=["ru", "en"])
def demo(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Database, Desk]]:
    lang: str = request.param
    data = tmp_path / "data"
    db = open_database(sqlite_url(tmp_path / f"demo-{lang}.sqlite3"))
    try:
        load_demo(db.sessions, lang, today=TODAY, data_dir=data)
        yield lang, db, Desk.over(db.sessions, data_dir=data)
    finally:
        db.close()


def showcase_id(lang: str, desk: Desk) -> int:
    title = demo_content(lang)["showcase"]
    return next(row.id for row in desk.collaborations.rows() if row.title == title)


def test_the_showcase_is_fully_prepared(demo: tuple[str, Database, Desk]) -> None:
    lang, db, desk = demo
    cid = showcase_id(lang, desk)
    readiness = desk.checklist.readiness(cid)
    assert readiness.percent == 100 and readiness.complete, readiness.missing
    content = desk.pitch_content.gather(cid, today=TODAY)
    assert len(content.figures) >= 3 and len(content.ads) >= 4
    with db.sessions() as session:
        promises = session.scalars(select(Commitment).where(Commitment.collaboration_id == cid))
        promises = list(promises)
        assert {p.direction for p in promises} == set(Direction)
        assert all(p.due_on and p.owner for p in promises)
        assert sum(p.value is not None for p in promises) >= 6
        assert session.scalar(select(func.count(Commitment.id))) >= 12


def test_proofs_carry_pictures_copied_into_the_data_folder(
    demo: tuple[str, Database, Desk],
) -> None:
    lang, db, desk = demo
    cid = showcase_id(lang, desk)
    with db.sessions() as session:
        ids = list(session.scalars(select(Commitment.id).where(Commitment.collaboration_id == cid)))
    proofs = [proof for commitment in ids for proof in desk.proofs.for_commitment(commitment)]
    assert len(proofs) >= 2
    for proof in proofs:
        assert desk.proofs.file_of(proof).read_bytes().startswith(PNG)
        assert proof.note


def test_each_partner_of_the_showcase_has_its_own_benefit(
    demo: tuple[str, Database, Desk],
) -> None:
    lang, db, desk = demo
    cid = showcase_id(lang, desk)
    partners = [pid for pid, _ in desk.pitch_content.partners_of(cid)][:2]  # main ones first
    with db.sessions() as session:
        reads = session.connection()
        benefits = [
            partner_facing_answers(reads, cid, pid, lang).texts["qualitative.brand_value"]
            for pid in partners
        ]
    assert benefits[0] != benefits[1]


def test_logo_contact_and_named_partners(demo: tuple[str, Database, Desk]) -> None:
    _, db, desk = demo
    logo = desk.library.logo()
    assert logo is not None and logo.data.startswith(PNG)
    profile = desk.library.profile()
    assert profile.contact_name and profile.contact_role
    assert "@" in profile.contact_email and profile.contact_phone
    with db.sessions() as session:
        named = session.scalar(select(func.count()).where(Partner.may_be_named.is_(True)))
        assert named is not None and 3 <= named < 12


def test_two_years_of_statistics_with_an_audience_breakdown(
    demo: tuple[str, Database, Desk],
) -> None:
    lang, db, _ = demo
    breakdown = demo_content(lang)["breakdown"]
    with db.sessions() as session:
        months = session.scalar(
            select(func.count(func.distinct(Metric.period_start))).where(Metric.category == "")
        )
        assert months is not None and months >= 24
        rows = session.execute(
            select(Metric.period_start, Metric.category, Metric.value).where(
                Metric.name == breakdown["metric"]
            )
        ).all()
    by_month: dict[date, dict[str, Decimal]] = {}
    for month, category, value in rows:
        by_month.setdefault(month, {})[category] = value
    for parts in by_month.values():
        total = parts.pop("")
        assert len(parts) == len(breakdown["categories"]) >= 4
        assert sum(parts.values()) == total  # the parts add up to the total
