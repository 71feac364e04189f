"""Stage rules of issue 18: "completed" refused while promises are open, or
done with a choice for each in one transaction; a reason for "declined" and
"on hold"; every change written down with its date (services, without Qt)."""

from __future__ import annotations

from datetime import date

import pytest

from collabdesk.domain.enums import CommitmentStatus, Direction, Stage
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.services.errors import NotFoundError, ValidationError
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.stage_settlement import OpenPromisesError, Settle, Settlement
from collabdesk.store.database import Database
from collabdesk.store.history import ChangeSet

TODAY = date(2027, 3, 15)


@pytest.fixture
def desk(db: Database) -> Desk:
    return Desk.over(db.sessions)


def _with_promises(desk: Desk, n: int = 4) -> tuple[int, list[int]]:
    pid = desk.partners.create(PartnerDraft(name="Театр «Ладья» <b>🎭</b>")).id
    cid = desk.collaborations.create(
        CollaborationDraft(title="Неделя театра 2027", partner_ids=(pid,), stage=Stage.DELIVERING)
    ).id
    ids = [
        desk.commitments.add(
            cid,
            CommitmentDraft(
                Direction.LIBRARY_GIVES,
                f"Обещание {i}",
                partner_id=pid,
                due_on=date(2027, 3, i + 1),
            ),
        ).id
        for i in range(n)
    ]
    return cid, ids


def test_completed_is_refused_with_the_open_promises_listed(desk: Desk) -> None:
    cid, ids = _with_promises(desk, 3)
    desk.commitments.start(ids[1])  # in progress is open too
    desk.commitments.miss(ids[2])  # settled
    with pytest.raises(OpenPromisesError) as refused:
        desk.collaborations.move(cid, Stage.COMPLETED, today=TODAY)
    assert [p.id for p in refused.value.open] == ids[:2]
    assert [p.description for p in refused.value.open] == ["Обещание 0", "Обещание 1"]
    assert refused.value.open[0].partner_name == "Театр «Ладья» <b>🎭</b>"
    assert desk.collaborations.get(cid).stage is Stage.DELIVERING
    assert [c.to_stage for c in desk.collaborations.stage_history(cid)] == [Stage.DELIVERING]


def test_an_open_occurrence_of_a_schedule_is_named_with_its_number(desk: Desk) -> None:
    from collabdesk.domain.enums import Recurrence
    from collabdesk.services.commitment_series import Schedule

    cid, ids = _with_promises(desk, 1)
    desk.series.schedule(ids[0], Schedule(Recurrence.MONTH, times=3))
    with pytest.raises(OpenPromisesError) as refused:
        desk.collaborations.move(cid, Stage.COMPLETED, today=TODAY)
    assert [p.description for p in refused.value.open] == [
        "(1/3) Обещание 0",
        "(2/3) Обещание 0",
        "(3/3) Обещание 0",
    ]


def test_completing_with_a_choice_for_each_applies_them_all_in_one_transaction(
    desk: Desk, db: Database
) -> None:
    cid, ids = _with_promises(desk)
    committed: list[ChangeSet] = []
    stop = desk.history.subscribe(committed.append)
    choices = (
        Settlement(ids[0], Settle.DELIVER),  # today by default
        Settlement(ids[1], Settle.WAIVE, reason="Партнёр сам отказался"),
        Settlement(ids[2], Settle.MISS),
        Settlement(ids[3], Settle.RENEWAL),
    )
    record = desk.collaborations.move(cid, Stage.COMPLETED, today=TODAY, settlements=choices)
    assert record.stage is Stage.COMPLETED and record.stage_changed_on == TODAY
    delivered, waived, missed, moved = (desk.commitments.get(i) for i in ids)
    assert delivered.status is CommitmentStatus.DELIVERED and delivered.delivered_on == TODAY
    assert waived.status is CommitmentStatus.WAIVED
    assert waived.waived_reason == "Партнёр сам отказался"
    assert missed.status is CommitmentStatus.MISSED
    assert moved.status is CommitmentStatus.PLANNED  # still owed, now in the renewal
    assert moved.collaboration_id != cid
    renewal = desk.collaborations.get(moved.collaboration_id)
    assert renewal.title != "" and renewal.id != cid
    assert _renewed_from(db, renewal.id) == cid
    stop()
    assert len(committed) == 1  # one transaction: one undo step
    desk.history.revert(committed[0].id)
    assert desk.collaborations.get(cid).stage is Stage.DELIVERING
    assert {desk.commitments.get(i).status for i in ids} == {CommitmentStatus.PLANNED}
    assert {desk.commitments.get(i).collaboration_id for i in ids} == {cid}
    assert [c.to_stage for c in desk.collaborations.stage_history(cid)] == [Stage.DELIVERING]


def test_one_bad_choice_changes_nothing(desk: Desk) -> None:
    cid, ids = _with_promises(desk, 2)
    choices = (
        Settlement(ids[0], Settle.DELIVER),
        Settlement(ids[1], Settle.WAIVE, reason="   "),  # a waiver says why
    )
    with pytest.raises(ValidationError) as refused:
        desk.collaborations.move(cid, Stage.COMPLETED, today=TODAY, settlements=choices)
    assert refused.value.for_field("waived_reason") is not None
    assert desk.commitments.get(ids[0]).status is CommitmentStatus.PLANNED
    assert desk.collaborations.get(cid).stage is Stage.DELIVERING
    future = (Settlement(ids[0], Settle.DELIVER, delivered_on=date(2027, 4, 1)),)
    with pytest.raises(ValidationError):
        desk.collaborations.move(cid, Stage.COMPLETED, today=TODAY, settlements=future)
    with pytest.raises(ValidationError):  # a choice for a promise not open here
        desk.collaborations.move(
            cid, Stage.COMPLETED, today=TODAY, settlements=(Settlement(999, Settle.MISS),)
        )
    assert desk.collaborations.get(cid).stage is Stage.DELIVERING


def test_an_existing_renewal_receives_the_moved_promise(desk: Desk) -> None:
    cid, ids = _with_promises(desk, 2)
    desk.commitments.miss(ids[0])
    first = desk.collaborations.move(
        cid, Stage.COMPLETED, today=TODAY, settlements=(Settlement(ids[1], Settle.RENEWAL),)
    )
    renewal_id = desk.commitments.get(ids[1]).collaboration_id
    assert first.stage is Stage.COMPLETED
    # Reopened and completed again: the promise added meanwhile joins the same renewal.
    desk.collaborations.move(cid, Stage.DELIVERING, today=TODAY)
    late = desk.commitments.add(cid, CommitmentDraft(Direction.PARTNER_GIVES, "Отзыв")).id
    desk.collaborations.move(
        cid, Stage.COMPLETED, today=TODAY, settlements=(Settlement(late, Settle.RENEWAL),)
    )
    assert desk.commitments.get(late).collaboration_id == renewal_id


@pytest.mark.parametrize("stage", [Stage.DECLINED, Stage.ON_HOLD])
def test_declined_and_on_hold_need_a_reason(desk: Desk, stage: Stage) -> None:
    cid = desk.collaborations.create(CollaborationDraft(title="Идея")).id
    for blank in ("", "   \n "):
        with pytest.raises(ValidationError) as refused:
            desk.collaborations.move(cid, stage, blank, today=TODAY)
        assert refused.value.for_field("reason") is not None
    with pytest.raises(ValidationError):
        desk.collaborations.move(cid, stage, "x" * 5_001, today=TODAY)
    assert desk.collaborations.get(cid).stage is Stage.IDEA
    record = desk.collaborations.move(cid, stage, "  слишком дорого  ", today=TODAY)
    assert (record.stage, record.stage_reason) == (stage, "слишком дорого")
    # Moving on clears the reason: it belonged to the stage left.
    assert desk.collaborations.move(cid, Stage.IDEA, today=TODAY).stage_reason == ""


def test_every_change_is_written_with_its_date_and_reason(desk: Desk) -> None:
    cid = desk.collaborations.create(CollaborationDraft(title="Путь")).id
    desk.collaborations.move(cid, Stage.PREPARING, today=date(2027, 3, 1))
    desk.collaborations.set_stage(cid, Stage.PITCHED)  # the board's drag
    desk.collaborations.move(cid, Stage.ON_HOLD, "ждём бюджет", today=date(2027, 3, 12))
    desk.collaborations.move(cid, Stage.ON_HOLD, "ждём бюджет", today=date(2027, 3, 13))  # no-op
    steps = desk.collaborations.stage_history(cid)
    assert [(s.from_stage, s.to_stage) for s in steps] == [
        (None, Stage.IDEA),
        (Stage.IDEA, Stage.PREPARING),
        (Stage.PREPARING, Stage.PITCHED),
        (Stage.PITCHED, Stage.ON_HOLD),
    ]
    assert steps[1].changed_on == date(2027, 3, 1)
    assert steps[2].changed_on == date.today()
    assert (steps[3].changed_on, steps[3].reason) == (date(2027, 3, 12), "ждём бюджет")
    assert desk.collaborations.get(cid).stage_changed_on == date(2027, 3, 12)


def test_the_form_and_a_renewal_write_their_stage_too(desk: Desk) -> None:
    cid = desk.collaborations.create(CollaborationDraft(title="Форма 2026")).id
    record = desk.collaborations.get(cid)
    desk.collaborations.update(cid, CollaborationDraft(title="Форма 2026", stage=Stage.COMPLETED))
    assert desk.collaborations.stage_history(cid)[-1].to_stage is Stage.COMPLETED
    assert record.stage_changed_on == date.today()
    new_id = desk.renewals.renew(cid)
    assert desk.collaborations.get(new_id).stage_changed_on == date.today()
    assert len(desk.collaborations.stage_history(new_id)) == 1


def test_unknown_collaboration_is_named(desk: Desk) -> None:
    with pytest.raises(NotFoundError):
        desk.collaborations.move(4242, Stage.COMPLETED)
    with pytest.raises(NotFoundError):
        desk.collaborations.open_promises(4242)


def _renewed_from(db: Database, collaboration_id: int) -> int | None:
    from collabdesk.domain.collaboration import Collaboration

    with db.sessions.begin() as session:
        found = session.get(Collaboration, collaboration_id)
        return None if found is None else found.renewed_from_id
