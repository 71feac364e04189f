"""The one rule of what a partner may read: internal answers never reach a
partner-facing document, and in a collaboration with several partners each
reads only what was written for it."""

from __future__ import annotations

from sqlalchemy import update

from collabdesk.domain import checklist as keys
from collabdesk.domain.collaboration import ChecklistAnswer
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.desk import Desk
from collabdesk.services.partner_facing import (
    partner_facing_answers,
    partner_may_read_field,
)
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.transaction import transaction
from collabdesk.store.database import Database


def _answer(desk: Desk, collab: int, key: str, text: str) -> None:
    desk.collaborations.save_answer(collab, key.split(".")[0], key, text, True)


def _read(db: Database, collab: int, partner: int | None, language: str = "ru"):  # type: ignore[no-untyped-def]
    with transaction(db.sessions) as session:
        return partner_facing_answers(session.connection(), collab, partner, language)


def test_internal_answers_never_reach_the_partner(desk: Desk, db: Database) -> None:
    desk.checklist.ensure_default_template()
    partner = desk.partners.create(PartnerDraft(name="Кофейня «Зерно»"))
    collab = desk.collaborations.create(
        CollaborationDraft(title="Книжный угол", partner_ids=[partner.id])
    ).id
    _answer(desk, collab, keys.GOAL, "Читальный угол в кофейне")
    _answer(desk, collab, keys.IF_DECLINED, "Подать на городской грант")
    _answer(desk, collab, keys.COLLEAGUES, "Директор, 3 марта")

    read = _read(db, collab, partner.id)

    assert read.texts == {keys.GOAL: "Читальный угол в кофейне"}


def test_each_partner_reads_only_its_own_benefit(desk: Desk, db: Database) -> None:
    desk.checklist.ensure_default_template()
    museum = desk.partners.create(PartnerDraft(name="Музей"))
    fund = desk.partners.create(PartnerDraft(name="Фонд"))
    collab = desk.collaborations.create(
        CollaborationDraft(title="Лето", partner_ids=[museum.id, fund.id])
    ).id
    _answer(desk, collab, keys.BRAND_VALUE, "Общий старый ответ")
    with transaction(db.sessions) as session:
        for owner, text in (
            (museum.id, "Музей виден на афишах"),
            (fund.id, "Фонд виден у грантополучателей"),
        ):
            session.add(
                ChecklistAnswer(
                    collaboration_id=collab,
                    step_key="qualitative",
                    question_key=keys.BRAND_VALUE,
                    partner_id=owner,
                    answer=text,
                )
            )

    assert _read(db, collab, museum.id).texts[keys.BRAND_VALUE] == "Музей виден на афишах"
    assert _read(db, collab, fund.id).texts[keys.BRAND_VALUE] == "Фонд виден у грантополучателей"
    # A document for nobody in particular prints no one's benefit, and an
    # old shared answer is not shown when several partners take part.
    assert keys.BRAND_VALUE not in _read(db, collab, None).texts


def test_a_pitch_in_the_other_language_uses_translations_and_names_the_gaps(
    desk: Desk, db: Database
) -> None:
    desk.checklist.ensure_default_template()
    partner = desk.partners.create(PartnerDraft(name="Café"))
    collab = desk.collaborations.create(
        CollaborationDraft(title="Угол", partner_ids=[partner.id])
    ).id
    _answer(desk, collab, keys.GOAL, "Читальный угол")
    _answer(desk, collab, keys.UNIQUE_IDEA, "Первый в городе")
    with transaction(db.sessions) as session:
        session.execute(
            update(ChecklistAnswer)
            .where(ChecklistAnswer.question_key == keys.GOAL)
            .values(translation="A reading corner")
        )

    english = _read(db, collab, partner.id, "en")

    assert english.texts[keys.GOAL] == "A reading corner"
    assert english.texts[keys.UNIQUE_IDEA] == "Первый в городе"
    assert english.untranslated == (keys.UNIQUE_IDEA,)
    assert _read(db, collab, partner.id, "ru").untranslated == ()


def test_staff_fields_are_named_in_one_place() -> None:
    assert not partner_may_read_field("commitment", "owner")
    assert not partner_may_read_field("partner", "notes")
    assert partner_may_read_field("commitment", "description")
