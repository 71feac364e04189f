"""The checklist template as data, readiness scoring, plan-B partners and
stage transitions."""

from __future__ import annotations

from datetime import date

import pytest

from collabdesk.domain import checklist as keys
from collabdesk.domain.checklist import ChecklistStep
from collabdesk.domain.enums import STAGE_PATH, Direction, Stage
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.services.errors import NotFoundError, ValidationError
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.stages import next_stage
from collabdesk.store.database import Database

TEXT_KEYS = (
    keys.GOAL,
    keys.MEASURABLE_GOALS,
    keys.COLLEAGUES,
    keys.PARTNER_VALUES,
    keys.LIBRARY_VALUES,
    keys.FALLBACK_IDEA,
    keys.IF_DECLINED,
    keys.UNIQUE_IDEA,
    keys.WHY_THIS_COMBINATION,
    keys.BRAND_VALUE,
)


@pytest.fixture
def collab(desk: Desk) -> int:
    partner = desk.partners.create(PartnerDraft(name="Кластер «Полигон»"))
    return desk.collaborations.create(
        CollaborationDraft(title="Library in the cluster", partner_ids=(partner.id,))
    ).id


def answer(desk: Desk, collab: int, key: str, text: str) -> None:
    desk.collaborations.save_answer(collab, key.split(".")[0], key, text, bool(text))


def fill_everything(desk: Desk, collab: int) -> None:
    for key in TEXT_KEYS:
        answer(desk, collab, key, "answered")
    answer(desk, collab, keys.VALUES_MATCH, "yes")
    plan_b = desk.partners.create(PartnerDraft(name="City culture office"))
    desk.plan_b.set_plan_b(collab, [plan_b.id])
    item = desk.advertising.catalogue()[0] if desk.advertising.catalogue() else None
    if item is None:
        from collabdesk.services.advertising import AdItemDraft

        item = desk.advertising.add_item(AdItemDraft("Post", "post", 8000))
    desk.advertising.set_items(collab, {item.id: 2})
    desk.metrics.record("Visits", date(2026, 10, 1), 5200, "people")
    desk.advertising.set_metrics(collab, ["Visits"])
    for direction in Direction:
        desk.commitments.add(
            collab,
            CommitmentDraft(direction, "A promise", due_on=date(2027, 3, 1), owner="Irina"),
        )


def test_default_template_has_every_step_in_both_languages(desk: Desk) -> None:
    questions = desk.checklist.questions()
    assert {q.step for q in questions} == set(ChecklistStep)
    assert all(q.prompt_en and q.prompt_ru and q.builtin for q in questions)
    found = {q.key for q in questions}
    assert set(TEXT_KEYS) | {keys.VALUES_MATCH, keys.VALUES_NOTE} <= found
    # Step order is the method's order.
    steps = [q.step for q in questions]
    assert steps == sorted(steps, key=list(ChecklistStep).index)


def test_template_is_written_once(desk: Desk, db: Database) -> None:
    desk.checklist.ensure_default_template()
    desk.checklist.update_question(keys.GOAL, "Our goal?", "Наша цель?", True)
    desk.checklist.ensure_default_template()
    again = Desk.over(db.sessions)
    goal = next(q for q in again.checklist.questions() if q.key == keys.GOAL)
    assert goal.prompt_en == "Our goal?"
    assert len(again.checklist.questions()) == len({q.key for q in again.checklist.questions()})


def test_new_collaboration_starts_at_zero_and_lists_what_is_missing(
    desk: Desk, collab: int
) -> None:
    readiness = desk.checklist.readiness(collab)
    assert readiness.percent == 0
    missing = {m.question_key for m in readiness.missing}
    assert keys.GOAL in missing and keys.PLAN_B in missing
    assert keys.VALUES_NOTE not in missing  # optional


def test_full_checklist_is_100(desk: Desk, collab: int) -> None:
    fill_everything(desk, collab)
    readiness = desk.checklist.readiness(collab)
    assert readiness.missing == ()
    assert readiness.percent == 100


def test_partial_answers_give_a_partial_score(desk: Desk, collab: int) -> None:
    total = sum(q.required for q in desk.checklist.questions())
    for key in TEXT_KEYS[:5]:
        answer(desk, collab, key, "yes")
    assert desk.checklist.readiness(collab).percent == 5 * 100 // total
    answer(desk, collab, keys.GOAL, "   ")  # blank again
    assert desk.checklist.readiness(collab).percent == 4 * 100 // total


def test_values_mismatch_without_note_is_a_warning(desk: Desk, collab: int) -> None:
    fill_everything(desk, collab)
    answer(desk, collab, keys.VALUES_MATCH, "no")
    readiness = desk.checklist.readiness(collab)
    assert [m.code for m in readiness.missing] == ["values_mismatch"]
    assert readiness.percent < 100
    answer(desk, collab, keys.VALUES_NOTE, "They sell sugar; we agree on no ads for children.")
    assert desk.checklist.readiness(collab).percent == 100


def test_promise_without_date_or_owner_is_a_warning(desk: Desk, collab: int) -> None:
    fill_everything(desk, collab)
    desk.commitments.add(collab, CommitmentDraft(Direction.PARTNER_GIVES, "Hall", owner=""))
    readiness = desk.checklist.readiness(collab)
    assert [m.code for m in readiness.missing] == ["promise_without_date_or_owner"]
    assert "Hall" in readiness.missing[0].message
    assert readiness.percent < 100


def test_added_question_lowers_readiness_until_answered(desk: Desk, collab: int) -> None:
    fill_everything(desk, collab)
    question = desk.checklist.add_question(
        ChecklistStep.WHY, "Has the director approved?", "Одобрил ли директор?"
    )
    assert question.key.startswith("custom.why.") and not question.builtin
    assert [q.key for q in desk.checklist.questions() if q.step is ChecklistStep.WHY][-1] == (
        question.key
    )
    assert desk.checklist.readiness(collab).percent < 100
    answer(desk, collab, question.key, "Yes, on 3 March")
    assert desk.checklist.readiness(collab).percent == 100


def test_optional_or_retired_questions_do_not_count(desk: Desk, collab: int) -> None:
    fill_everything(desk, collab)
    answer(desk, collab, keys.BRAND_VALUE, "")
    assert desk.checklist.readiness(collab).percent < 100
    desk.checklist.update_question(keys.BRAND_VALUE, "Brand value?", "Ценность бренда?", False)
    assert desk.checklist.readiness(collab).percent == 100
    desk.checklist.update_question(keys.BRAND_VALUE, "Brand value?", "Ценность бренда?", True)
    desk.checklist.set_active(keys.BRAND_VALUE, False)
    assert desk.checklist.readiness(collab).percent == 100
    assert keys.BRAND_VALUE not in {q.key for q in desk.checklist.questions()}
    assert keys.BRAND_VALUE in {q.key for q in desk.checklist.questions(include_retired=True)}


def test_template_edits_keep_old_answers(desk: Desk, collab: int) -> None:
    answer(desk, collab, keys.GOAL, "A rent-free hall")
    custom = desk.checklist.add_question(ChecklistStep.QUALITATIVE, "Any risk?")
    answer(desk, collab, custom.key, "Noise")
    desk.checklist.update_question(keys.GOAL, "Goal, reworded", "Цель", True)
    desk.checklist.set_active(custom.key, False)
    saved = {a.question_key: a.answer for a in desk.collaborations.answers(collab)}
    assert saved == {keys.GOAL: "A rent-free hall", custom.key: "Noise"}
    desk.checklist.set_active(custom.key, True)
    assert custom.key in {q.key for q in desk.checklist.questions()}


@pytest.mark.parametrize(
    ("en", "ru"), [("", ""), ("x" * 2_001, ""), ("  \n ", "\t")], ids=["blank", "long", "spaces"]
)
def test_bad_question_text_is_refused(desk: Desk, en: str, ru: str) -> None:
    before = len(desk.checklist.questions())
    with pytest.raises(ValidationError):
        desk.checklist.add_question(ChecklistStep.WHY, en, ru)
    assert len(desk.checklist.questions()) == before


def test_unknown_question_and_collaboration(desk: Desk) -> None:
    with pytest.raises(NotFoundError):
        desk.checklist.update_question("nope", "a", "b", True)
    with pytest.raises(NotFoundError):
        desk.checklist.readiness(404)


def test_plan_b_partners_keep_main_partner(desk: Desk, collab: int) -> None:
    main = desk.collaborations.get(collab).partners[0].partner_id
    extra = desk.partners.create(PartnerDraft(name="<b>Radio</b> 📻")).id
    desk.plan_b.set_plan_b(collab, [extra, main])
    record = desk.collaborations.get(collab)
    assert [p.partner_id for p in record.partners] == [main]
    assert [p.name for p in record.alternatives] == ["<b>Radio</b> 📻"]
    desk.plan_b.set_plan_b(collab, [])
    assert desk.collaborations.get(collab).alternatives == ()
    with pytest.raises(NotFoundError):
        desk.plan_b.set_plan_b(collab, [9999])


def test_resume_page_is_kept(desk: Desk, collab: int) -> None:
    assert desk.checklist.resume_page(collab) == 0
    desk.checklist.set_resume_page(collab, 3)
    assert desk.checklist.resume_page(collab) == 3


def test_stage_path_and_next_stage(desk: Desk, collab: int) -> None:
    stage = Stage.IDEA
    walked = [stage]
    while (following := next_stage(stage)) is not None:
        desk.collaborations.set_stage(collab, following)
        stage = desk.collaborations.get(collab).stage
        walked.append(stage)
    assert tuple(walked) == STAGE_PATH
    assert next_stage(Stage.DECLINED) is None
    assert next_stage(Stage.ON_HOLD) is None
    assert [r.id for r in desk.collaborations.rows(stage=Stage.COMPLETED)] == [collab]


def test_editing_before_reading_the_template_works(db: Database) -> None:
    fresh = Desk.over(db.sessions)  # nothing has read the template yet
    fresh.checklist.update_question(keys.GOAL, "Goal?", "Цель?", False)
    fresh.checklist.set_active(keys.BRAND_VALUE, False)
    goal = next(q for q in fresh.checklist.questions() if q.key == keys.GOAL)
    assert (goal.prompt_en, goal.required) == ("Goal?", False)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_demo_answers_use_template_keys(db: Database, desk: Desk, lang: str) -> None:
    from collabdesk.services.demo import load_demo

    load_demo(db.sessions, lang)
    template = {q.key for q in desk.checklist.questions()}
    rows = desk.collaborations.rows()
    answered = [a for r in rows for a in desk.collaborations.answers(r.id)]
    assert answered and {a.question_key for a in answered} <= template
    scores = desk.checklist.readiness_of([r.id for r in rows])
    assert len({s.percent for s in scores.values()}) > 2  # the demo shows a spread
