"""Collaborations with their partners and plan-B partners, checklist
answers, and the rules that keep a collaboration's history intact."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from collabdesk.domain.enums import Direction, PartnerRole, Stage
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.services.errors import (
    ConflictError,
    InUseError,
    NotFoundError,
    ValidationError,
)
from collabdesk.services.partners import PartnerDraft
from collabdesk.store.database import Database


@pytest.fixture
def ids(desk: Desk) -> dict[str, int]:
    return {
        name: desk.partners.create(PartnerDraft(name=name)).id
        for name in ("Бюро «Линия»", "Галерея", "Радио Волна", "Типография")
    }


def count(db: Database, table: str) -> int:
    with db.engine.connect() as conn:
        return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())


def test_create_with_partners_and_alternatives(desk: Desk, ids: dict[str, int]) -> None:
    draft = CollaborationDraft(
        title="Неделя графики",
        idea="Выставка и мастер-классы в читальном зале.",
        stage=Stage.PREPARING,
        starts_on=date(2026, 9, 1),
        ends_on=date(2026, 9, 7),
        partner_ids=(ids["Галерея"], ids["Бюро «Линия»"]),
        alternative_ids=(ids["Типография"],),
    )
    created = desk.collaborations.create(draft)
    loaded = desk.collaborations.get(created.id)

    assert loaded == created
    assert loaded.title == "Неделя графики"
    assert loaded.stage is Stage.PREPARING
    assert loaded.starts_on == date(2026, 9, 1)
    assert isinstance(loaded.ends_on, date)
    assert [p.name for p in loaded.partners] == ["Бюро «Линия»", "Галерея"]
    assert [p.name for p in loaded.alternatives] == ["Типография"]
    assert all(p.role is PartnerRole.ALTERNATIVE for p in loaded.alternatives)
    assert loaded.commitments == 0
    assert set(loaded.to_draft().partner_ids) == set(draft.partner_ids)
    assert loaded.to_draft().alternative_ids == draft.alternative_ids


def test_a_partner_is_not_its_own_plan_b(desk: Desk, ids: dict[str, int]) -> None:
    gallery = ids["Галерея"]
    created = desk.collaborations.create(
        CollaborationDraft(
            title="T", partner_ids=(gallery, gallery), alternative_ids=(gallery, ids["Галерея"])
        )
    )
    assert [p.partner_id for p in created.participants] == [gallery]
    assert created.participants[0].role is PartnerRole.PARTNER


def test_update_moves_partners_between_roles(desk: Desk, ids: dict[str, int]) -> None:
    created = desk.collaborations.create(
        CollaborationDraft(
            title="Подкаст",
            partner_ids=(ids["Радио Волна"],),
            alternative_ids=(ids["Галерея"], ids["Типография"]),
        )
    )
    updated = desk.collaborations.update(
        created.id,
        CollaborationDraft(
            title="Подкаст о книгах",
            stage=Stage.PITCHED,
            partner_ids=(ids["Галерея"],),
            alternative_ids=(ids["Радио Волна"],),
        ),
        created.version_id,
    )
    loaded = desk.collaborations.get(created.id)
    assert loaded == updated
    assert loaded.title == "Подкаст о книгах"
    assert loaded.stage is Stage.PITCHED
    assert [p.name for p in loaded.partners] == ["Галерея"]
    assert [p.name for p in loaded.alternatives] == ["Радио Волна"]


def test_update_with_stale_version_is_refused(desk: Desk, ids: dict[str, int]) -> None:
    created = desk.collaborations.create(CollaborationDraft(title="Original"))
    desk.collaborations.update(created.id, CollaborationDraft(title="Theirs"), created.version_id)
    with pytest.raises(ConflictError):
        desk.collaborations.update(created.id, CollaborationDraft(title="Mine"), created.version_id)
    assert desk.collaborations.get(created.id).title == "Theirs"


def test_validation_and_unknown_partner_save_nothing(desk: Desk, ids: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as caught:
        desk.collaborations.create(CollaborationDraft(title="   "))
    assert caught.value.for_field("title") is not None

    with pytest.raises(ValidationError) as caught:
        desk.collaborations.create(CollaborationDraft(title="x" * 10_000))
    assert "too long" in str(caught.value)

    with pytest.raises(ValidationError) as caught:
        desk.collaborations.create(
            CollaborationDraft(title="Back", starts_on=date(2026, 5, 2), ends_on=date(2026, 5, 1))
        )
    assert caught.value.for_field("ends_on") is not None

    with pytest.raises(NotFoundError):
        desk.collaborations.create(CollaborationDraft(title="Ghost", partner_ids=(12345,)))

    assert desk.collaborations.rows() == []


def test_set_stage_and_rows_filters(desk: Desk, ids: dict[str, int]) -> None:
    a = desk.collaborations.create(
        CollaborationDraft(title="Б: выставка", partner_ids=(ids["Галерея"], ids["Типография"]))
    )
    b = desk.collaborations.create(
        CollaborationDraft(
            title="А: эфир",
            partner_ids=(ids["Радио Волна"],),
            alternative_ids=(ids["Галерея"],),
        )
    )
    desk.collaborations.set_stage(a.id, Stage.AGREED)

    rows = desk.collaborations.rows()
    assert [r.title for r in rows] == ["А: эфир", "Б: выставка"]
    assert rows[1].stage is Stage.AGREED
    assert rows[1].partner_names == ("Галерея", "Типография")
    assert rows[0].partner_names == ("Радио Волна",)  # plan B is not listed as a partner

    assert [r.id for r in desk.collaborations.rows(stage=Stage.AGREED)] == [a.id]
    assert [r.id for r in desk.collaborations.rows(stage=Stage.IDEA)] == [b.id]
    assert {r.id for r in desk.collaborations.rows(partner_id=ids["Галерея"])} == {a.id, b.id}
    assert desk.collaborations.rows(partner_id=ids["Бюро «Линия»"]) == []


def test_checklist_answers_are_saved_and_replaced(desk: Desk) -> None:
    collab = desk.collaborations.create(CollaborationDraft(title="С чек-листом"))

    desk.collaborations.save_answer(collab.id, "values", "shared", "Любовь к книгам", False)
    desk.collaborations.save_answer(collab.id, "audience", "who", "Подростки", True)
    again = desk.collaborations.save_answer(
        collab.id, "values", "shared", "  Любовь к чтению\x07 ", True
    )

    assert again.answer == "Любовь к чтению"
    answers = desk.collaborations.answers(collab.id)
    assert [(a.step_key, a.question_key, a.answer, a.done) for a in answers] == [
        ("audience", "who", "Подростки", True),
        ("values", "shared", "Любовь к чтению", True),
    ]
    with pytest.raises(NotFoundError):
        desk.collaborations.save_answer(999, "values", "shared", "x", False)


def test_deleting_a_collaboration_removes_answers_and_commitments_not_partners(
    db: Database, desk: Desk, ids: dict[str, int]
) -> None:
    keep = desk.collaborations.create(
        CollaborationDraft(title="Остаётся", partner_ids=(ids["Галерея"],))
    )
    gone = desk.collaborations.create(
        CollaborationDraft(
            title="Удаляется",
            partner_ids=(ids["Галерея"],),
            alternative_ids=(ids["Типография"],),
        )
    )
    for collab in (keep, gone):
        desk.collaborations.save_answer(collab.id, "values", "q", "a", True)
        desk.commitments.add(
            collab.id,
            CommitmentDraft(
                Direction.PARTNER_GIVES,
                "Картины",
                partner_id=ids["Галерея"],
                value=Decimal("1000"),
            ),
        )

    desk.collaborations.delete(gone.id)

    with pytest.raises(NotFoundError):
        desk.collaborations.get(gone.id)
    assert desk.collaborations.answers(gone.id) == []
    assert desk.commitments.for_collaboration(gone.id) == []
    assert count(db, "checklist_answer") == 1
    assert count(db, "commitment") == 1
    assert count(db, "collaboration_partner") == 1
    assert desk.partners.count() == 4
    assert desk.collaborations.get(keep.id).commitments == 1
    # The plan-B partner is free again and can be deleted.
    desk.partners.delete(ids["Типография"])


def test_partner_in_a_collaboration_cannot_be_deleted(
    db: Database, desk: Desk, ids: dict[str, int]
) -> None:
    gallery = ids["Галерея"]
    desk.collaborations.create(CollaborationDraft(title="Неделя графики", partner_ids=(gallery,)))
    desk.collaborations.create(
        CollaborationDraft(title="Запасной план", alternative_ids=(ids["Радио Волна"],))
    )
    before = {t: count(db, t) for t in ("partner", "collaboration", "collaboration_partner")}

    with pytest.raises(InUseError) as caught:
        desk.partners.delete(gallery)
    assert "Неделя графики" in str(caught.value)
    assert "nothing was deleted" in str(caught.value)
    assert caught.value.blockers == ("Неделя графики",)

    with pytest.raises(InUseError):
        desk.partners.delete(ids["Радио Волна"])  # only plan B, still refused

    assert {t: count(db, t) for t in before} == before
    assert desk.partners.get(gallery).name == "Галерея"
    usage = desk.partners.usage(gallery)
    assert [(c.title, c.role) for c in usage.collaborations] == [
        ("Неделя графики", PartnerRole.PARTNER)
    ]


def test_partner_with_commitments_cannot_be_deleted(
    db: Database, desk: Desk, ids: dict[str, int]
) -> None:
    collab = desk.collaborations.create(CollaborationDraft(title="Без участников"))
    desk.commitments.add(
        collab.id,
        CommitmentDraft(Direction.PARTNER_GIVES, "Печать афиш", partner_id=ids["Типография"]),
    )

    with pytest.raises(InUseError) as caught:
        desk.partners.delete(ids["Типография"])
    assert "has commitments (1)" in str(caught.value)
    assert desk.partners.get(ids["Типография"]).name == "Типография"
    assert count(db, "commitment") == 1
    assert desk.partners.usage(ids["Типография"]).commitments == 1
