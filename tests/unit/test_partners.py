"""Partners: create, read, edit, delete, tags, timestamps and optimistic locking."""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest
from sqlalchemy import select, text

from collabdesk.domain.enums import PartnerKind, PartnerStatus
from collabdesk.domain.partner import Partner
from collabdesk.services.desk import Desk
from collabdesk.services.errors import ConflictError, NotFoundError, ValidationError
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.transaction import transaction
from collabdesk.store.database import Database, open_database

FULL = PartnerDraft(
    name="Пётр Иванов",
    kind=PartnerKind.ARTIST,
    status=PartnerStatus.ACTIVE,
    city="Томск",
    website="https://ivanov.example/art",
    email="petr@ivanov.example",
    phone="+7 (3822) 12-34-56",
    values_notes="Графика, сибирские мотивы",
    owner="Анна",
    notes="Первая встреча на ярмарке.\nЛюбит чай.",
    tags=("графика", "выставки"),
)


def test_create_then_get_returns_every_field(desk: Desk) -> None:
    created = desk.partners.create(FULL)
    loaded = desk.partners.get(created.id)

    assert loaded.to_draft() == PartnerDraft(
        **{**FULL.__dict__, "tags": ("выставки", "графика")}  # tags come back sorted
    )
    assert set(created.tags) == set(loaded.tags)
    assert (loaded.id, loaded.created_at, loaded.updated_at) == (
        created.id,
        created.created_at,
        created.updated_at,
    )
    assert loaded.version_id == 1
    assert desk.partners.count() == 1


def test_timestamps_are_timezone_aware_utc(desk: Desk) -> None:
    created = desk.partners.create(FULL)
    loaded = desk.partners.get(created.id)

    for stamp in (loaded.created_at, loaded.updated_at):
        assert stamp.tzinfo is not None
        assert stamp.utcoffset() == timedelta(0)
    assert loaded.created_at == created.created_at


def test_update_changes_fields_and_keeps_created_at(desk: Desk) -> None:
    created = desk.partners.create(FULL)
    draft = PartnerDraft(
        name="Пётр Иванов-Северный",
        kind=PartnerKind.DESIGNER,
        status=PartnerStatus.FORMER,
        city="Новосибирск",
        email="new@ivanov.example",
        tags=("графика", "дизайн"),
    )
    updated = desk.partners.update(created.id, draft, created.version_id)
    loaded = desk.partners.get(created.id)

    assert loaded == updated
    assert loaded.name == "Пётр Иванов-Северный"
    assert loaded.kind is PartnerKind.DESIGNER
    assert loaded.status is PartnerStatus.FORMER
    assert loaded.city == "Новосибирск"
    assert loaded.website == ""
    assert loaded.tags == ("графика", "дизайн")
    assert loaded.created_at == created.created_at
    assert loaded.updated_at >= created.updated_at
    assert loaded.updated_at.tzinfo is not None


def test_one_edit_bumps_version_by_exactly_one(desk: Desk) -> None:
    # Changing a column and the tags in one save must be one UPDATE, not two.
    created = desk.partners.create(PartnerDraft(name="A", tags=("x", "y")))
    edited = desk.partners.update(
        created.id, PartnerDraft(name="B", tags=("x",)), created.version_id
    )
    assert edited.version_id == created.version_id + 1
    assert desk.partners.get(created.id).version_id == created.version_id + 1


def test_unchanged_save_does_not_bump_version(desk: Desk) -> None:
    created = desk.partners.create(FULL)
    saved = desk.partners.update(created.id, created.to_draft(), created.version_id)

    assert saved.version_id == created.version_id
    assert desk.partners.get(created.id).version_id == created.version_id
    assert desk.partners.get(created.id).updated_at == created.updated_at


def test_tags_are_shared_trimmed_and_deduplicated(desk: Desk) -> None:
    first = desk.partners.create(PartnerDraft(name="One", tags=(" книги ", "книги", "", "кофе")))
    desk.partners.create(PartnerDraft(name="Two", tags=("кофе",)))

    assert first.tags == ("книги", "кофе")
    assert desk.partners.get(first.id).tags == ("книги", "кофе")


def test_removing_a_tag_from_a_partner(desk: Desk) -> None:
    created = desk.partners.create(PartnerDraft(name="One", tags=("a", "b")))
    desk.partners.update(created.id, PartnerDraft(name="One", tags=("b",)), created.version_id)
    assert desk.partners.get(created.id).tags == ("b",)


def test_delete_removes_the_partner(desk: Desk) -> None:
    keep = desk.partners.create(PartnerDraft(name="Keep"))
    gone = desk.partners.create(PartnerDraft(name="Gone", tags=("t",)))

    desk.partners.delete(gone.id)

    with pytest.raises(NotFoundError):
        desk.partners.get(gone.id)
    assert desk.partners.get(keep.id).name == "Keep"
    assert desk.partners.count() == 1


def test_unknown_partner_is_not_found(desk: Desk) -> None:
    with pytest.raises(NotFoundError, match="999"):
        desk.partners.get(999)
    with pytest.raises(NotFoundError):
        desk.partners.update(999, PartnerDraft(name="X"))
    with pytest.raises(NotFoundError):
        desk.partners.delete(999)
    assert desk.partners.count() == 0


def test_stale_expected_version_is_refused_and_keeps_the_newer_text(desk: Desk) -> None:
    created = desk.partners.create(PartnerDraft(name="Original"))
    theirs = desk.partners.update(created.id, PartnerDraft(name="Theirs"), created.version_id)

    with pytest.raises(ConflictError) as caught:
        desk.partners.update(created.id, PartnerDraft(name="Mine"), created.version_id)

    assert "changed by someone else" in str(caught.value)
    loaded = desk.partners.get(created.id)
    assert loaded.name == "Theirs"
    assert loaded.version_id == theirs.version_id


def test_two_programs_on_one_file_cannot_overwrite_each_other(db: Database, desk: Desk) -> None:
    created = desk.partners.create(PartnerDraft(name="Original"))
    other_db = open_database(db.url)
    try:
        other = Desk.over(other_db.sessions)
        seen_here = desk.partners.get(created.id)
        seen_there = other.partners.get(created.id)

        other.partners.update(created.id, PartnerDraft(name="Saved there"), seen_there.version_id)
        with pytest.raises(ConflictError):
            desk.partners.update(created.id, PartnerDraft(name="Saved here"), seen_here.version_id)

        assert desk.partners.get(created.id).name == "Saved there"
        assert other.partners.get(created.id).name == "Saved there"
    finally:
        other_db.close()


def test_stale_row_flushed_by_a_second_session_becomes_conflict_error(
    db: Database, desk: Desk
) -> None:
    created = desk.partners.create(PartnerDraft(name="Original"))

    # Session one reads the row and keeps the object after it closes.
    with db.sessions() as first:
        stale = first.get(Partner, created.id)
        assert stale is not None
        first.expunge(stale)

    # Session two saves a change in between.
    desk.partners.update(created.id, PartnerDraft(name="Theirs"), created.version_id)

    # Session one's old copy is flushed: the version check in the UPDATE fails.
    with pytest.raises(ConflictError), transaction(db.sessions, "partner", created.id) as second:
        mine = second.merge(stale, load=False)
        mine.name = "Mine"

    assert desk.partners.get(created.id).name == "Theirs"


def test_orm_rows_carry_utc_timestamps(db: Database, desk: Desk) -> None:
    created = desk.partners.create(PartnerDraft(name="UTC"))
    with db.sessions() as session:
        partner = session.scalars(select(Partner)).one()
        assert partner.created_at.tzinfo is not None
        assert partner.created_at.astimezone(UTC) == created.created_at
        raw = session.execute(text("SELECT created_at FROM partner")).scalar_one()
    # Stored as UTC wall time, so another reader sees the same instant.
    assert str(raw).startswith(created.created_at.strftime("%Y-%m-%d %H:%M"))


def test_notes_longer_than_the_limit_are_refused_and_nothing_is_saved(desk: Desk) -> None:
    from collabdesk.domain.partner import LONG_MAX

    with pytest.raises(ValidationError) as caught:
        desk.partners.create(PartnerDraft(name="Long notes", notes="n" * (LONG_MAX + 1)))
    problem = caught.value.for_field("notes")
    assert problem is not None and problem.code == "too_long"
    assert desk.partners.count() == 0
