"""Partner-facing data in the services: who may read each question, answers
per partner and in the second language, readiness per partner, and the
second-language versions of titles, ideas and promises."""

from __future__ import annotations

from datetime import date

import pytest

from collabdesk.domain import checklist as keys
from collabdesk.domain.checklist import ChecklistStep
from collabdesk.domain.enums import Audience, Direction
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.services.errors import NotFoundError, ValidationError
from collabdesk.services.partner_facing import partner_facing_answers, unanswered_partner_facing
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.transaction import transaction
from collabdesk.store.database import Database


@pytest.fixture
def two(desk: Desk) -> tuple[int, int, int]:
    """A collaboration with a museum and a fund taking part (and a plan B)."""
    museum = desk.partners.create(PartnerDraft(name="Музей"))
    fund = desk.partners.create(PartnerDraft(name="Фонд"))
    spare = desk.partners.create(PartnerDraft(name="Запасной"))
    collab = desk.collaborations.create(
        CollaborationDraft(
            title="Лето", partner_ids=(museum.id, fund.id), alternative_ids=(spare.id,)
        )
    ).id
    return collab, museum.id, fund.id


def _brand(desk: Desk, collab: int, text: str, partner: int | None = None) -> None:
    desk.collaborations.save_answer(
        collab, "qualitative", keys.BRAND_VALUE, text, True, partner_id=partner
    )


def test_questions_say_who_may_read_them(desk: Desk) -> None:
    questions = {q.key: q for q in desk.checklist.questions()}
    assert questions[keys.BRAND_VALUE].audience is Audience.PARTNER
    assert questions[keys.BRAND_VALUE].per_partner
    assert questions[keys.GOAL].partner_facing and not questions[keys.GOAL].per_partner
    assert questions[keys.IF_DECLINED].audience is Audience.STAFF
    assert questions[keys.PLAN_B].answered_by_records


def test_a_librarys_question_is_internal_unless_said_otherwise(desk: Desk) -> None:
    own = desk.checklist.add_question(ChecklistStep.WHY, "Who said yes inside?")
    assert own.audience is Audience.STAFF and not own.per_partner
    shown = desk.checklist.add_question(
        ChecklistStep.QUALITATIVE, "Your audience here?", audience="partner", per_partner=True
    )
    assert shown.audience is Audience.PARTNER and shown.per_partner
    with pytest.raises(ValidationError, match="'partner' or 'staff', not 'everyone'"):
        desk.checklist.add_question(ChecklistStep.WHY, "Q?", audience="everyone")


def test_editing_a_question_changes_its_readers(desk: Desk, two: tuple[int, int, int]) -> None:
    collab, museum, _fund = two
    edited = desk.checklist.update_question(
        keys.COLLEAGUES, "Colleagues?", "Коллеги?", True, audience=Audience.PARTNER
    )
    assert edited.audience is Audience.PARTNER
    kept = desk.checklist.update_question(keys.COLLEAGUES, "Colleagues!", "", False)
    assert kept.audience is Audience.PARTNER  # None keeps it
    with pytest.raises(ValidationError, match="answered by other records; who may read"):
        desk.checklist.update_question(keys.PLAN_B, "Plan B?", "", True, audience="partner")
    with pytest.raises(ValidationError, match="cannot be asked per partner"):
        desk.checklist.update_question(keys.STATISTICS, "Stats?", "", True, per_partner=True)
    _brand(desk, collab, "Музей на афишах", museum)
    with pytest.raises(ValidationError, match=r"written for single partners \(1\)"):
        desk.checklist.update_question(keys.BRAND_VALUE, "Gets?", "", True, per_partner=False)


def test_an_answer_for_a_partner_needs_the_partner_to_take_part(
    desk: Desk, two: tuple[int, int, int]
) -> None:
    collab, museum, fund = two
    spare = next(p.partner_id for p in desk.collaborations.get(collab).alternatives)
    stranger = desk.partners.create(PartnerDraft(name="Чужой")).id
    for outsider in (spare, stranger):
        with pytest.raises(ValidationError, match=f"Partner {outsider} does not take part"):
            _brand(desk, collab, "x", outsider)
    with pytest.raises(ValidationError, match="for the whole collaboration, not per partner"):
        desk.collaborations.save_answer(collab, "why", keys.GOAL, "x", True, partner_id=museum)
    _brand(desk, collab, "Музей на афишах", museum)
    _brand(desk, collab, "Фонд у грантополучателей", fund)
    _brand(desk, collab, "Музей на афишах и в соцсетях", museum)  # an edit, not a new row
    every = desk.collaborations.every_answer(collab)
    assert {(a.partner_id, a.answer) for a in every} == {
        (museum, "Музей на афишах и в соцсетях"),
        (fund, "Фонд у грантополучателей"),
    }
    assert desk.collaborations.answers(collab) == []  # the old API: shared answers only


def test_an_answer_in_the_second_language_is_its_translation(
    desk: Desk, db: Database, two: tuple[int, int, int]
) -> None:
    collab, museum, _fund = two
    desk.collaborations.save_answer(collab, "why", keys.GOAL, "Читальный зал", True)
    saved = desk.collaborations.save_answer(
        collab, "why", keys.GOAL, "A reading room", False, language="en"
    )
    assert (saved.answer, saved.translation, saved.done) == (
        "Читальный зал",
        "A reading room",
        True,
    )
    _brand(desk, collab, "Museum on the posters", museum)  # no Russian yet: stays empty
    _brand(desk, collab, "Museum on the posters", museum)
    desk.collaborations.save_answer(
        collab, "qualitative", keys.BRAND_VALUE, "Museum seen", True, museum, "EN"
    )
    with transaction(db.sessions) as session:
        english = partner_facing_answers(session.connection(), collab, museum, "en")
    assert english.texts[keys.GOAL] == "A reading room"
    assert english.texts[keys.BRAND_VALUE] == "Museum seen"
    with pytest.raises(ValidationError, match="'ru' or 'en', not 'de'"):
        desk.collaborations.save_answer(collab, "why", keys.GOAL, "Ziel", True, language="de")
    cleared = desk.collaborations.save_answer(collab, "why", keys.GOAL, "", True, language="en")
    assert cleared.translation == "" and cleared.answer == "Читальный зал"


def test_readiness_asks_each_partner_for_its_own_benefit(
    desk: Desk, two: tuple[int, int, int]
) -> None:
    collab, museum, fund = two
    _brand(desk, collab, "Общий старый ответ")  # shared: not enough with two partners

    def gaps() -> list[tuple[int | None, str]]:
        return [
            (m.partner_id, m.partner_name)
            for m in desk.checklist.readiness(collab).missing
            if m.question_key == keys.BRAND_VALUE
        ]

    assert gaps() == [(museum, "Музей"), (fund, "Фонд")]
    before = desk.checklist.readiness(collab).percent
    _brand(desk, collab, "Музей на афишах", museum)
    assert gaps() == [(fund, "Фонд")]
    missing = next(m for m in desk.checklist.readiness(collab).missing if m.partner_id == fund)
    assert missing.message.startswith("Not answered for Фонд:")
    _brand(desk, collab, "Фонд у грантополучателей", fund)
    assert gaps() == []
    assert desk.checklist.readiness(collab).percent > before


def test_a_single_partners_old_shared_answer_still_counts(desk: Desk) -> None:
    only = desk.partners.create(PartnerDraft(name="Кофейня"))
    collab = desk.collaborations.create(CollaborationDraft(title="Угол", partner_ids=(only.id,))).id
    missing = {m.question_key for m in desk.checklist.readiness(collab).missing}
    assert keys.BRAND_VALUE in missing
    _brand(desk, collab, "Кофейня видна читателям")
    missing = {m.question_key for m in desk.checklist.readiness(collab).missing}
    assert keys.BRAND_VALUE not in missing


def test_unanswered_partner_facing_questions_for_a_partner(
    desk: Desk, db: Database, two: tuple[int, int, int]
) -> None:
    collab, museum, fund = two
    desk.collaborations.save_answer(collab, "why", keys.GOAL, "Читальный зал", True)
    desk.collaborations.save_answer(collab, "alternatives", keys.IF_DECLINED, "Грант", True)
    _brand(desk, collab, "Музей на афишах", museum)
    desk.commitments.add(
        collab, CommitmentDraft(Direction.LIBRARY_GIVES, "Лекция", due_on=date(2027, 3, 1))
    )
    with transaction(db.sessions) as session:
        for_museum = {
            g.key for g in unanswered_partner_facing(session.connection(), collab, museum)
        }
        for_fund = {g.key for g in unanswered_partner_facing(session.connection(), collab, fund)}
        gap = unanswered_partner_facing(session.connection(), collab, fund)[0]
    assert keys.GOAL not in for_museum and keys.BRAND_VALUE not in for_museum
    assert keys.LIBRARY_PROMISES not in for_museum and keys.PARTNER_PROMISES in for_museum
    assert keys.IF_DECLINED not in for_museum | for_fund  # internal: never asked for
    assert keys.BRAND_VALUE in for_fund
    assert gap.prompt("ru") and gap.prompt("en")


def test_title_and_idea_carry_a_second_language_version(desk: Desk) -> None:
    made = desk.collaborations.create(
        CollaborationDraft(
            title="Неделя чтения",
            idea="Читаем вместе",
            title_translation="  Reading week ",
            idea_translation="We read together",
        )
    )
    assert (made.title_translation, made.idea_translation) == ("Reading week", "We read together")
    again = desk.collaborations.update(
        made.id, CollaborationDraft(**{**made.to_draft().__dict__, "idea_translation": ""})
    )
    assert again.idea_translation == "" and again.title_translation == "Reading week"
    with pytest.raises(ValidationError, match="Title in the second language"):
        desk.collaborations.create(CollaborationDraft(title="T", title_translation="x" * 201))
    with pytest.raises(ValidationError, match="Idea in the second language"):
        desk.collaborations.create(CollaborationDraft(title="T", idea_translation="x" * 20_001))


def test_a_promise_carries_a_second_language_description(desk: Desk) -> None:
    collab = desk.collaborations.create(CollaborationDraft(title="Лето")).id
    added = desk.commitments.add(
        collab,
        CommitmentDraft(
            Direction.LIBRARY_GIVES, "Пять постов", description_translation=" Five posts "
        ),
    )
    assert added.description_translation == "Five posts"
    assert added.to_draft().description_translation == "Five posts"
    with pytest.raises(ValidationError, match="Description in the second language"):
        desk.commitments.add(
            collab,
            CommitmentDraft(Direction.LIBRARY_GIVES, "x", description_translation="y" * 5_001),
        )
    desk.commitments.miss(added.id)
    replacement = desk.commitments.make_good(added.id, "Шесть постов", date(2027, 4, 1))
    assert replacement.description_translation == ""  # it translated the missed promise


def test_a_single_partner_is_not_credited_with_a_former_partners_answer(desk: Desk) -> None:
    first = desk.partners.create(PartnerDraft(name="Первый"))
    second = desk.partners.create(PartnerDraft(name="Второй"))
    collab = desk.collaborations.create(CollaborationDraft(title="Смена", partner_ids=(first.id,)))
    _brand(desk, collab.id, "Первый на афишах", first.id)
    assert keys.BRAND_VALUE not in {
        m.question_key for m in desk.checklist.readiness(collab.id).missing
    }
    desk.collaborations.update(
        collab.id, CollaborationDraft(title="Смена", partner_ids=(second.id,))
    )
    gaps = [
        m for m in desk.checklist.readiness(collab.id).missing if m.question_key == keys.BRAND_VALUE
    ]
    assert [(m.partner_id, m.message.startswith("Not answered: ")) for m in gaps] == [(None, True)]


def test_the_pitch_dialog_asks_the_checklist_for_gaps(
    desk: Desk, two: tuple[int, int, int]
) -> None:
    collab, museum, fund = two
    _brand(desk, collab, "Музей на афишах", museum)
    assert keys.BRAND_VALUE not in {
        g.key for g in desk.checklist.partner_facing_gaps(collab, museum)
    }
    assert keys.BRAND_VALUE in {g.key for g in desk.checklist.partner_facing_gaps(collab, fund)}
    with pytest.raises(NotFoundError, match="no collaboration with id 99"):
        desk.checklist.partner_facing_gaps(99, museum)
