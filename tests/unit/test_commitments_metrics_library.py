"""Commitments with exact money, the library's statistics and its profile."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from collabdesk.domain.enums import CommitmentStatus, Direction, ValuationMethod
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.services.errors import ConflictError, NotFoundError, ValidationError
from collabdesk.services.library import ProfileDraft
from collabdesk.services.partners import PartnerDraft
from collabdesk.store.database import Database


@pytest.fixture
def collab_id(desk: Desk) -> int:
    return desk.collaborations.create(CollaborationDraft(title="Фестиваль чтения")).id


@pytest.fixture
def partner_id(desk: Desk) -> int:
    return desk.partners.create(PartnerDraft(name="Типография «Оттиск»")).id


def test_commitment_round_trip_keeps_decimal_and_dates(
    desk: Desk, collab_id: int, partner_id: int
) -> None:
    draft = CommitmentDraft(
        direction=Direction.PARTNER_GIVES,
        description="Печать 500 афиш А3",
        partner_id=partner_id,
        quantity=Decimal("500"),
        unit="шт.",
        due_on=date(2026, 10, 1),
        owner="Анна",
        status=CommitmentStatus.IN_PROGRESS,
        value=Decimal("12345.67"),
        currency="rub",
        valuation_method=ValuationMethod.QUOTE,
        proof_note="Счёт №17",
    )
    created = desk.commitments.add(collab_id, draft)
    [loaded] = desk.commitments.for_collaboration(collab_id)

    assert loaded == created
    assert isinstance(loaded.value, Decimal)
    assert loaded.value == Decimal("12345.67")
    assert str(loaded.value) == "12345.67"
    assert isinstance(loaded.quantity, Decimal)
    assert loaded.quantity == Decimal("500")
    assert loaded.due_on == date(2026, 10, 1)
    assert type(loaded.due_on) is date
    assert loaded.currency == "RUB"
    assert loaded.partner_name == "Типография «Оттиск»"
    assert loaded.valuation_method is ValuationMethod.QUOTE
    assert loaded.status is CommitmentStatus.IN_PROGRESS
    assert desk.collaborations.get(collab_id).commitments == 1


def test_money_is_exact_not_float(desk: Desk, collab_id: int) -> None:
    desk.commitments.add(
        collab_id, CommitmentDraft(Direction.LIBRARY_GIVES, "a", value=Decimal("0.1"))
    )
    desk.commitments.add(
        collab_id, CommitmentDraft(Direction.LIBRARY_GIVES, "b", value=Decimal("0.2"))
    )
    desk.commitments.add(
        collab_id, CommitmentDraft(Direction.LIBRARY_GIVES, "c", value=Decimal("999999999999.99"))
    )
    values = [c.value for c in desk.commitments.for_collaboration(collab_id)]
    assert values[0] is not None and values[1] is not None
    assert values[0] + values[1] == Decimal("0.30")
    assert values[2] == Decimal("999999999999.99")


def test_commitment_update_and_delete(desk: Desk, collab_id: int, partner_id: int) -> None:
    created = desk.commitments.add(
        collab_id, CommitmentDraft(Direction.LIBRARY_GIVES, "Логотип на сайте")
    )
    delivered = desk.commitments.update(
        created.id,
        CommitmentDraft(
            Direction.LIBRARY_GIVES,
            "Логотип на сайте и в соцсетях",
            partner_id=partner_id,
            status=CommitmentStatus.DELIVERED,
            delivered_on=date(2026, 6, 30),
            value=Decimal("2500.5"),
        ),
        created.version_id,
    )
    assert delivered.status is CommitmentStatus.DELIVERED
    assert delivered.delivered_on == date(2026, 6, 30)
    assert delivered.value == Decimal("2500.50")
    assert desk.commitments.for_collaboration(collab_id) == [delivered]

    with pytest.raises(ConflictError):
        desk.commitments.update(
            created.id, CommitmentDraft(Direction.LIBRARY_GIVES, "Stale"), created.version_id
        )
    assert desk.commitments.for_collaboration(collab_id)[0].description.startswith("Логотип")

    desk.commitments.delete(created.id)
    assert desk.commitments.for_collaboration(collab_id) == []
    with pytest.raises(NotFoundError):
        desk.commitments.delete(created.id)


def test_commitments_are_listed_by_direction_then_due_date(desk: Desk, collab_id: int) -> None:
    add = desk.commitments.add
    add(collab_id, CommitmentDraft(Direction.PARTNER_GIVES, "p2", due_on=date(2026, 2, 1)))
    add(collab_id, CommitmentDraft(Direction.LIBRARY_GIVES, "l1", due_on=date(2026, 1, 1)))
    add(collab_id, CommitmentDraft(Direction.PARTNER_GIVES, "p1", due_on=date(2026, 1, 1)))
    listed = [c.description for c in desk.commitments.for_collaboration(collab_id)]
    assert listed == ["l1", "p1", "p2"]


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"description": "  "}, "description", "required"),
        ({"currency": "RUBLES"}, "currency", "bad_currency"),
        ({"currency": "R1B"}, "currency", "bad_currency"),
        ({"value": "lots"}, "value", "bad_number"),
        ({"value": Decimal("1e12")}, "value", "bad_number"),
        ({"value": Decimal("NaN")}, "value", "bad_number"),
        ({"quantity": Decimal("Infinity")}, "quantity", "bad_number"),
    ],
)
def test_bad_commitments_are_refused(
    desk: Desk, collab_id: int, changes: dict[str, object], field: str, code: str
) -> None:
    base = {"direction": Direction.LIBRARY_GIVES, "description": "Зал на вечер"}
    with pytest.raises(ValidationError) as caught:
        desk.commitments.add(collab_id, CommitmentDraft(**{**base, **changes}))  # type: ignore[arg-type]
    problem = caught.value.for_field(field)
    assert problem is not None and problem.code == code
    assert desk.commitments.for_collaboration(collab_id) == []


def test_commitment_for_unknown_collaboration_or_partner(desk: Desk, collab_id: int) -> None:
    with pytest.raises(NotFoundError):
        desk.commitments.add(999, CommitmentDraft(Direction.LIBRARY_GIVES, "x"))
    with pytest.raises(NotFoundError):
        desk.commitments.add(collab_id, CommitmentDraft(Direction.LIBRARY_GIVES, "x", partner_id=9))
    assert desk.commitments.for_collaboration(collab_id) == []


def test_commitment_edit_to_unknown_partner_is_refused(
    desk: Desk, collab_id: int, partner_id: int
) -> None:
    created = desk.commitments.add(
        collab_id, CommitmentDraft(Direction.PARTNER_GIVES, "Афиши", partner_id=partner_id)
    )
    with pytest.raises(NotFoundError, match="999"):
        desk.commitments.update(
            created.id,
            CommitmentDraft(Direction.PARTNER_GIVES, "Афиши", partner_id=999),
            created.version_id,
        )
    assert desk.commitments.for_collaboration(collab_id) == [created]


def test_metric_upsert(desk: Desk) -> None:
    first = desk.metrics.record(
        "Посещения", date(2026, 1, 1), Decimal("1520"), "чел.", "ИРБИС", "Центральная"
    )
    again = desk.metrics.record(
        "Посещения", date(2026, 1, 1), Decimal("1610.5"), "чел.", "отчёт", "Центральная"
    )
    other_branch = desk.metrics.record("Посещения", date(2026, 1, 1), Decimal("300"), "", "", "")
    next_month = desk.metrics.record(
        "Посещения", date(2026, 2, 1), Decimal("1700"), "чел.", "", "Центральная"
    )

    assert again.id == first.id
    rows = desk.metrics.all()
    assert len(rows) == 3
    by_id = {m.id: m for m in rows}
    assert by_id[first.id].value == Decimal("1610.50")
    assert isinstance(by_id[first.id].value, Decimal)
    assert by_id[first.id].source == "отчёт"
    assert type(by_id[first.id].period_start) is date
    assert by_id[other_branch.id].value == Decimal("300")
    assert [m.period_start for m in rows if m.branch == "Центральная"] == [
        date(2026, 1, 1),
        date(2026, 2, 1),
    ]

    desk.metrics.delete(next_month.id)
    assert len(desk.metrics.all()) == 2
    with pytest.raises(NotFoundError):
        desk.metrics.delete(next_month.id)


def test_metric_validation(desk: Desk) -> None:
    with pytest.raises(ValidationError):
        desk.metrics.record("  ", date(2026, 1, 1), Decimal("1"))
    with pytest.raises(ValidationError):
        desk.metrics.record("Книговыдача", date(2026, 1, 1), "много")  # type: ignore[arg-type]
    assert desk.metrics.all() == []


def count(db: Database, table: str) -> int:
    with db.engine.connect() as conn:
        return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())


def test_library_profile_round_trip(db: Database, desk: Desk) -> None:
    assert desk.library.profile() == ProfileDraft()

    saved = desk.library.save(
        ProfileDraft(
            name="  Библиотека   имени Пушкина ",
            branch="Центральная",
            city="Томск",
            website="library.example",
            brand_colour="#AA3300",
            logo_path="/tmp/logo.png",
            default_language="en",
            email="  partners@library.example ",
            phone="+7 (3822) 40-12-70",
        )
    )
    assert saved.name == "Библиотека имени Пушкина"
    assert (saved.email, saved.phone) == ("partners@library.example", "+7 (3822) 40-12-70")
    assert saved.website == "https://library.example"
    assert desk.library.profile() == saved

    desk.library.save(ProfileDraft(name="Новое имя", default_language="de"))
    profile = desk.library.profile()
    assert profile.name == "Новое имя"
    assert profile.default_language == "ru"
    assert profile.brand_colour == "#1F5C99"
    assert count(db, "library_profile") == 1


@pytest.mark.parametrize(
    "draft",
    [
        ProfileDraft(brand_colour="red"),
        ProfileDraft(brand_colour="#12345G"),
        ProfileDraft(website="not a web address"),
        ProfileDraft(name="x" * 10_000),
        ProfileDraft(email="библиотека"),
        ProfileDraft(phone="звоните днём"),
        ProfileDraft(email="a@b.example" + "x" * 300),
    ],
)
def test_bad_profile_is_refused_and_keeps_the_old_one(desk: Desk, draft: ProfileDraft) -> None:
    desk.library.save(ProfileDraft(name="Старое"))
    with pytest.raises(ValidationError):
        desk.library.save(draft)
    assert desk.library.profile().name == "Старое"


def test_library_contact_person_is_kept_and_checked(desk: Desk) -> None:
    saved = desk.library.save(
        ProfileDraft(
            name="Библиотека",
            contact_name=" Анна  Смирнова ",
            contact_role="Партнёрства",
            contact_phone="+7 3822 40-12-71",
            contact_email="anna@library.example",
        )
    )
    assert desk.library.profile() == saved
    assert saved.contact_name == "Анна Смирнова"
    with pytest.raises(ValidationError) as bad:
        desk.library.save(ProfileDraft(contact_email="anna at library", contact_name="x" * 10_000))
    assert {p.field for p in bad.value.problems} == {"contact_email", "contact_name"}
    assert desk.library.profile() == saved


def test_the_logo_is_kept_in_the_database_not_as_a_path(desk: Desk, tmp_path: Path) -> None:
    picture = tmp_path / "logo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    desk.library.set_logo(picture)
    picture.unlink()  # the file is gone: the data still has the logo

    logo = desk.library.logo()

    assert logo is not None and logo.data.startswith(b"\x89PNG") and logo.name == "logo.png"
    desk.library.set_logo(None)
    assert desk.library.logo() is None


@pytest.mark.parametrize("content", [b"GIF89a not a logo", b""])
def test_a_file_that_is_not_a_picture_is_refused_clearly(
    desk: Desk, tmp_path: Path, content: bytes
) -> None:
    bad = tmp_path / "logo.png"
    bad.write_bytes(content)
    with pytest.raises(ValidationError) as refused:
        desk.library.set_logo(bad)
    assert "PNG or JPEG" in refused.value.problems[0].message
    with pytest.raises(ValidationError):
        desk.library.set_logo(tmp_path / "missing.png")
    assert desk.library.logo() is None
