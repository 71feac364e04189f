"""People at partners and the history of meetings, calls and e-mails;
what happens to them when their partner is deleted."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy.exc
from sqlalchemy import text

from collabdesk.domain.enums import InteractionKind
from collabdesk.services.contacts import ContactDraft
from collabdesk.services.desk import Desk
from collabdesk.services.errors import ConflictError, NotFoundError, ValidationError
from collabdesk.services.interactions import InteractionDraft
from collabdesk.services.partners import PartnerDraft
from collabdesk.store.database import Database


@pytest.fixture
def partner_id(desk: Desk) -> int:
    return desk.partners.create(PartnerDraft(name="Кофейня «Зерно»")).id


def count(db: Database, table: str) -> int:
    with db.engine.connect() as conn:
        return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())


def test_contact_crud(desk: Desk, partner_id: int) -> None:
    draft = ContactDraft(
        name="Мария Зернова",
        role="Управляющая",
        email="maria@zerno.example",
        phone="+7 913 000-00-00",
        notes="Отвечает по утрам.",
    )
    created = desk.contacts.add(partner_id, draft)
    assert desk.contacts.for_partner(partner_id) == [created]
    assert (created.name, created.role, created.email, created.phone, created.notes) == (
        draft.name,
        draft.role,
        draft.email,
        draft.phone,
        draft.notes,
    )

    updated = desk.contacts.update(
        created.id, ContactDraft(name="Мария Зернова", role="Директор"), created.version_id
    )
    assert updated.role == "Директор"
    assert updated.email == ""
    assert updated.version_id == created.version_id + 1
    assert desk.contacts.for_partner(partner_id) == [updated]

    desk.contacts.delete(created.id)
    assert desk.contacts.for_partner(partner_id) == []


def test_contacts_are_listed_by_name(desk: Desk, partner_id: int) -> None:
    for name in ("Яна", "Анна", "Борис"):
        desk.contacts.add(partner_id, ContactDraft(name=name))
    assert [c.name for c in desk.contacts.for_partner(partner_id)] == ["Анна", "Борис", "Яна"]


def test_contact_validation(desk: Desk, partner_id: int) -> None:
    with pytest.raises(ValidationError) as caught:
        desk.contacts.add(partner_id, ContactDraft(name="  ", email="nope", phone="call me"))
    assert {p.code for p in caught.value.problems} == {"required", "bad_email", "bad_phone"}
    assert desk.contacts.for_partner(partner_id) == []


def test_contact_for_unknown_partner(desk: Desk) -> None:
    with pytest.raises(NotFoundError):
        desk.contacts.add(404, ContactDraft(name="Nobody"))
    with pytest.raises(NotFoundError):
        desk.contacts.update(404, ContactDraft(name="Nobody"))
    with pytest.raises(NotFoundError):
        desk.contacts.delete(404)


def test_contact_stale_version(desk: Desk, partner_id: int) -> None:
    created = desk.contacts.add(partner_id, ContactDraft(name="Old"))
    desk.contacts.update(created.id, ContactDraft(name="Theirs"), created.version_id)
    with pytest.raises(ConflictError):
        desk.contacts.update(created.id, ContactDraft(name="Mine"), created.version_id)
    assert [c.name for c in desk.contacts.for_partner(partner_id)] == ["Theirs"]


def test_interaction_crud_and_order(desk: Desk, partner_id: int) -> None:
    contact = desk.contacts.add(partner_id, ContactDraft(name="Мария"))
    older = desk.interactions.add(
        partner_id,
        InteractionDraft(date(2026, 3, 1), InteractionKind.CALL, "Первый звонок", contact.id),
    )
    newer = desk.interactions.add(
        partner_id, InteractionDraft(date(2026, 4, 15), InteractionKind.MEETING, "Встреча")
    )

    listed = desk.interactions.for_partner(partner_id)
    assert listed == [newer, older]  # newest first
    assert isinstance(older.occurred_on, date)
    assert older.occurred_on == date(2026, 3, 1)
    assert older.kind is InteractionKind.CALL
    assert older.contact_id == contact.id

    edited = desk.interactions.update(
        older.id,
        InteractionDraft(date(2026, 5, 1), InteractionKind.EMAIL, "Письмо\nс планом"),
        older.version_id,
    )
    assert edited.summary == "Письмо\nс планом"
    assert edited.contact_id is None
    assert desk.interactions.for_partner(partner_id) == [edited, newer]

    with pytest.raises(ConflictError):
        desk.interactions.update(older.id, InteractionDraft(date(2026, 1, 1)), older.version_id)

    desk.interactions.delete(newer.id)
    assert desk.interactions.for_partner(partner_id) == [edited]


def test_interaction_needs_a_date_and_a_contact_of_the_same_partner(
    desk: Desk, partner_id: int
) -> None:
    other = desk.partners.create(PartnerDraft(name="Другой"))
    stranger = desk.contacts.add(other.id, ContactDraft(name="Чужой"))

    with pytest.raises(ValidationError):
        desk.interactions.add(partner_id, InteractionDraft("2026-01-01"))  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        desk.interactions.add(
            partner_id, InteractionDraft(date(2026, 1, 1), contact_id=stranger.id)
        )
    with pytest.raises(NotFoundError):
        desk.interactions.add(404, InteractionDraft(date(2026, 1, 1)))
    assert desk.interactions.for_partner(partner_id) == []


def test_interaction_edit_cannot_point_at_a_stranger(desk: Desk, partner_id: int) -> None:
    other = desk.partners.create(PartnerDraft(name="Другой"))
    stranger = desk.contacts.add(other.id, ContactDraft(name="Чужой"))
    own = desk.contacts.add(partner_id, ContactDraft(name="Свой"))
    met = desk.interactions.add(partner_id, InteractionDraft(date(2026, 1, 1), contact_id=own.id))

    for contact_id in (stranger.id, 999):
        with pytest.raises(NotFoundError):
            desk.interactions.update(
                met.id, InteractionDraft(date(2026, 1, 1), contact_id=contact_id), met.version_id
            )

    assert desk.interactions.for_partner(partner_id) == [met]


def test_deleting_a_contact_keeps_its_interactions(desk: Desk, partner_id: int) -> None:
    contact = desk.contacts.add(partner_id, ContactDraft(name="Мария"))
    met = desk.interactions.add(
        partner_id, InteractionDraft(date(2026, 2, 2), summary="Кофе", contact_id=contact.id)
    )

    desk.contacts.delete(contact.id)

    [kept] = desk.interactions.for_partner(partner_id)
    assert kept.id == met.id
    assert kept.summary == "Кофе"
    assert kept.contact_id is None


def test_deleting_a_partner_removes_its_contacts_and_interactions(
    db: Database, desk: Desk, partner_id: int
) -> None:
    other = desk.partners.create(PartnerDraft(name="Остаётся", tags=("общий",)))
    desk.partners.update(
        partner_id, PartnerDraft(name="Кофейня «Зерно»", tags=("общий",)), expected_version=None
    )
    for pid in (partner_id, other.id):
        contact = desk.contacts.add(pid, ContactDraft(name="Мария"))
        desk.interactions.add(pid, InteractionDraft(date(2026, 1, 1), contact_id=contact.id))

    desk.partners.delete(partner_id)

    assert desk.contacts.for_partner(partner_id) == []
    assert desk.interactions.for_partner(partner_id) == []
    assert count(db, "contact") == 1
    assert count(db, "interaction") == 1
    assert count(db, "partner_tag") == 1
    assert len(desk.contacts.for_partner(other.id)) == 1
    assert desk.partners.get(other.id).tags == ("общий",)


def test_foreign_keys_are_enforced_by_sqlite(db: Database) -> None:
    with pytest.raises(sqlalchemy.exc.IntegrityError), db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO contact (partner_id, name, role, email, phone, notes,"
                " created_at, updated_at, version_id)"
                " VALUES (999, 'Orphan', '', '', '', '', '2026-01-01', '2026-01-01', 1)"
            )
        )
    assert count(db, "contact") == 0
