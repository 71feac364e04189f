"""Two people editing one record: the second save is refused, never a
silent overwrite. Runs on SQLite and on PostgreSQL (see conftest)."""

from __future__ import annotations

import pytest
from sqlalchemy.orm.exc import StaleDataError

from collabdesk.domain.partner import Partner
from collabdesk.services.desk import Desk
from collabdesk.services.errors import ConflictError
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.transaction import transaction
from collabdesk.store.database import Database, open_database


def test_two_clients_editing_one_partner_conflict(db: Database, desk: Desk, backend: str) -> None:
    other_db = open_database(db.url)  # a second client: its own engine and connections
    try:
        other = Desk.over(other_db.sessions)
        created = desk.partners.create(PartnerDraft(name="Ромашка", city="Омск"))
        mine = desk.partners.get(created.id)
        theirs = other.partners.get(created.id)
        other.partners.update(
            created.id, PartnerDraft(name="Ромашка", city="Томск"), theirs.version_id
        )
        with pytest.raises(ConflictError, match="changed by someone else"):
            desk.partners.update(
                created.id, PartnerDraft(name="Ромашка", city="Пермь"), mine.version_id
            )
        assert desk.partners.get(created.id).city == "Томск"
    finally:
        other_db.close()
    print(f"conflict on {backend}: second save refused, first kept")


def test_stale_orm_object_is_refused_by_version_id(db: Database, backend: str) -> None:
    """Even code that skips expected_version cannot overwrite: the UPDATE
    carries `WHERE version_id = ?`, and losing the race raises."""
    other_db = open_database(db.url)
    try:
        with transaction(db.sessions) as session:
            session.add(Partner(name="Ёлка"))
        mine = db.sessions()  # expire_on_commit=False: keeps what it read
        with mine.begin():
            partner = mine.get(Partner, 1)
            assert partner is not None and partner.version_id == 1
        with transaction(other_db.sessions) as session:
            fresh = session.get(Partner, 1)
            assert fresh is not None
            fresh.city = "Их город"
        with pytest.raises(StaleDataError), mine.begin():
            partner.city = "Мой город"
        mine.close()
        with transaction(db.sessions) as session:
            assert session.get(Partner, 1).city == "Их город"  # type: ignore[union-attr]
    finally:
        other_db.close()
