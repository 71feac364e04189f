"""Named staff (issue 19): the list, who sits at this computer, owners and
assignees linked to staff, "My name" migrating to staff, and history naming
the person and their branch. A service module: runs on SQLite and, with
COLLABDESK_TEST_POSTGRES_URL, on PostgreSQL too."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from collabdesk.domain.branch import Branch
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.commitment_step import CommitmentStep
from collabdesk.domain.enums import Direction
from collabdesk.services import staff_me
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.services.errors import InUseError, NotFoundError, ValidationError
from collabdesk.services.my_name import my_name, save_my_name
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.staff import StaffDraft
from collabdesk.services.staff_identity import current_staff_id, save_current_staff_id
from collabdesk.services.steps import StepDraft
from collabdesk.services.tasks import TaskQuery
from collabdesk.store.database import Database
from collabdesk.store.history import who

TODAY = date(2026, 11, 18)


@pytest.fixture
def here(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def mine(db: Database, here: Path) -> Desk:
    """The services as the window builds them: with this computer's data folder."""
    return Desk.over(db.sessions, data_dir=here)


@pytest.fixture
def collab(mine: Desk) -> int:
    partner = mine.partners.create(PartnerDraft(name="Кофейня «Зерно»")).id
    return mine.collaborations.create(
        CollaborationDraft(title="Фестиваль", partner_ids=(partner,))
    ).id


def promise(
    desk: Desk, collab: int, owner: str, direction: Direction = Direction.LIBRARY_GIVES
) -> int:
    partner = desk.collaborations.get(collab).partners[0].partner_id
    draft = CommitmentDraft(
        direction=direction, description="Баннер", due_on=TODAY, owner=owner, partner_id=partner
    )
    return desk.commitments.add(collab, draft).id


def add_branch(db: Database, name: str) -> int:
    with db.sessions.begin() as session:
        branch = Branch(name=name)
        session.add(branch)
        session.flush()
        return branch.id


# --- the list -------------------------------------------------------------------------
def test_staff_are_added_edited_deactivated_and_removed(mine: Desk) -> None:
    olga = mine.staff.add(
        StaffDraft(name="  Ольга <b>Петрова</b> 📚 ", position="Методист", email="o@lib.ru")
    )
    assert olga.name == "Ольга <b>Петрова</b> 📚"  # kept literally, trimmed
    assert [s.name for s in mine.staff.all()] == [olga.name]
    saved = mine.staff.update(olga.id, StaffDraft(name=olga.name, phone="+7 913 000-00-00"))
    assert saved.phone == "+7 913 000-00-00" and saved.position == ""
    assert not mine.staff.set_active(olga.id, False).active
    assert mine.staff.names() == []  # no longer offered as an owner
    assert mine.staff.all()[0].active is False
    mine.staff.remove(olga.id)
    assert mine.staff.all() == []
    with pytest.raises(NotFoundError, match="no staff member with id"):
        mine.staff.get(olga.id)


@pytest.mark.parametrize(
    ("draft", "field", "words"),
    [
        (StaffDraft(name="   "), "name", "is required"),
        (StaffDraft(name="я" * 10_000), "name", "10000 characters, at most 200"),
        (StaffDraft(name="Ольга", email="not an address"), "email", "not an e-mail"),
        (StaffDraft(name="Ольга", phone="call me"), "phone", "not a phone number"),
        (StaffDraft(name="Ольга", branch_id=9_999), "branch_id", "no branch with id 9999"),
    ],
)
def test_bad_staff_input_is_refused_and_nothing_is_saved(
    mine: Desk, draft: StaffDraft, field: str, words: str
) -> None:
    before = mine.staff.all()
    with pytest.raises(ValidationError, match=words) as refused:
        mine.staff.add(draft)
    assert refused.value.for_field(field) is not None
    assert mine.staff.all() == before


def test_the_same_name_twice_is_refused_however_it_is_spelt(mine: Desk) -> None:
    first = mine.staff.add(StaffDraft(name="Пётр Иванов"))
    with pytest.raises(ValidationError, match="already on the staff list"):
        mine.staff.add(StaffDraft(name="петр   иванов"))
    other = mine.staff.add(StaffDraft(name="Анна"))
    with pytest.raises(ValidationError, match=f"id {first.id}"):
        mine.staff.update(other.id, StaffDraft(name="ПЁТР ИВАНОВ"))
    assert mine.staff.get(other.id).name == "Анна"


def test_someone_who_owns_promises_is_not_removed_but_may_be_deactivated(
    mine: Desk, collab: int
) -> None:
    anna = mine.staff.add(StaffDraft(name="Анна"))
    cid = promise(mine, collab, "анна")
    with pytest.raises(InUseError, match=r"owns promises \(1\) or steps \(0\)") as refused:
        mine.staff.remove(anna.id)
    assert "Deactivate" in str(refused.value)
    assert mine.staff.get(anna.id).active
    mine.staff.set_active(anna.id, False)
    assert mine.commitments.get(cid).owner_staff_id == anna.id  # kept on the promise


# --- owners and assignees -------------------------------------------------------------
def test_owner_texts_point_at_staff_and_stop_when_they_no_longer_name_one(
    mine: Desk, collab: int, db: Database
) -> None:
    olga = mine.staff.add(StaffDraft(name="Ольга Петрова"))
    cid = promise(mine, collab, "  ольга  петрова ")
    assert mine.commitments.get(cid).owner_staff_id == olga.id
    record = mine.commitments.get(cid)
    moved = mine.commitments.update(cid, replace(record.to_draft(), owner="Кто-то со стороны"))
    assert moved.owner_staff_id is None
    # A partner's promise: its owner is the partner's person, never staff.
    theirs = promise(mine, collab, "Ольга Петрова", Direction.PARTNER_GIVES)
    assert mine.commitments.get(theirs).owner_staff_id is None
    step = mine.steps.add(cid, StepDraft(what="Макет", who="ОЛЬГА ПЕТРОВА"))
    assert who_staff_id(db, step.id) == olga.id
    mine.steps.update(step.id, StepDraft(what="Макет", who="Пётр"))
    assert who_staff_id(db, step.id) is None


def who_staff_id(db: Database, step_id: int) -> int | None:
    with db.sessions.begin() as session:
        return session.scalar(
            select(CommitmentStep.who_staff_id).where(CommitmentStep.id == step_id)
        )


def test_a_person_added_later_claims_the_owners_already_typed(mine: Desk, collab: int) -> None:
    cid = promise(mine, collab, "Ёлкина")
    assert mine.commitments.get(cid).owner_staff_id is None
    person = mine.staff.add(StaffDraft(name="ёлкина"))
    assert mine.commitments.get(cid).owner_staff_id == person.id


def test_renaming_a_person_renames_their_promises_and_steps(
    mine: Desk, collab: int, db: Database
) -> None:
    olga = mine.staff.add(StaffDraft(name="Ольга"))
    cid = promise(mine, collab, "Ольга")
    step = mine.steps.add(cid, StepDraft(what="Макет", who="ольга"))
    stranger = promise(mine, collab, "Ольга", Direction.PARTNER_GIVES)
    mine.staff.update(olga.id, StaffDraft(name="Ольга Петрова"))
    assert mine.commitments.get(cid).owner == "Ольга Петрова"
    assert mine.steps.get(step.id).who == "Ольга Петрова"
    assert mine.commitments.get(stranger).owner == "Ольга"  # the partner's Ольга stays
    with db.sessions.begin() as session:  # the tracker's search finds the new name
        found = session.scalar(select(Commitment.search_text).where(Commitment.id == cid))
    assert "петрова" in (found or "")


def test_undoing_a_rename_gives_the_promises_the_old_name_back(mine: Desk, collab: int) -> None:
    olga = mine.staff.add(StaffDraft(name="Ольга"))
    cid = promise(mine, collab, "Ольга")
    mine.staff.update(olga.id, StaffDraft(name="Ольга Петрова"))
    renamed = mine.history.for_record("staff", olga.id)[0]
    assert (renamed.field, renamed.new_value) == ("name", "Ольга Петрова")
    mine.history.revert(renamed.change_set)
    assert mine.staff.get(olga.id).name == "Ольга"
    assert mine.commitments.get(cid).owner == "Ольга"
    assert mine.commitments.get(cid).owner_staff_id == olga.id


# --- who sits here ----------------------------------------------------------------------
def test_my_name_migrates_to_a_staff_member_created_if_missing(mine: Desk, here: Path) -> None:
    save_my_name(here, "ольга  петрова")
    assert current_staff_id(here) is None
    found = staff_me.settle(mine.staff, here)
    assert found is not None and found.name == "ольга петрова"
    assert current_staff_id(here) == found.id
    assert staff_me.settle(mine.staff, here) == found  # once: nobody is added twice
    assert len(mine.staff.all()) == 1


def test_my_name_finds_the_staff_member_of_that_name(mine: Desk, here: Path) -> None:
    olga = mine.staff.add(StaffDraft(name="Ольга Петрова"))
    save_my_name(here, "ОЛЬГА ПЕТРОВА")
    assert staff_me.me(mine.staff, here) == staff_me.Me("Ольга Петрова", olga.id)
    chosen = staff_me.choose_named(mine.staff, here, "Пётр")
    assert chosen is not None and current_staff_id(here) == chosen.id
    assert my_name(here) == "Пётр"  # older copies of the program still read it
    assert staff_me.choose_named(mine.staff, here, "") is None
    assert current_staff_id(here) is None and my_name(here) == ""


def test_the_os_login_picks_the_staff_member_silently(
    mine: Desk, here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(staff_me, "os_login", lambda: "opetrova")
    assert staff_me.settle(mine.staff, here) is None  # nobody uses that login yet
    olga = mine.staff.add(StaffDraft(name="Ольга", login="OPetrova"))
    assert staff_me.settle(mine.staff, here) == mine.staff.get(olga.id)
    assert current_staff_id(here) == olga.id


def test_a_removed_staff_member_is_no_longer_me(mine: Desk, here: Path) -> None:
    anna = mine.staff.add(StaffDraft(name="Анна"))
    save_current_staff_id(here, anna.id)
    mine.staff.remove(anna.id)
    assert staff_me.chosen(mine.staff, here) is None
    with pytest.raises(NotFoundError):
        staff_me.choose(mine.staff, here, anna.id)
    assert current_staff_id(here) == anna.id or current_staff_id(here) is None


def test_my_tasks_follow_the_staff_member_not_only_the_spelling(mine: Desk, collab: int) -> None:
    olga = mine.staff.add(StaffDraft(name="Ольга"))
    linked = promise(mine, collab, "Ольга")
    mine.staff.update(olga.id, StaffDraft(name="Ольга Петрова"))  # renamed since
    unlinked = promise(mine, collab, "Ольга Петрова", Direction.PARTNER_GIVES)
    someone = promise(mine, collab, "Пётр")
    step = mine.steps.add(someone, StepDraft(what="Макет", who="ольга петрова", due_on=TODAY))
    query = TaskQuery(me="Ольга Петрова", me_staff_id=olga.id, today=TODAY)
    found = {row.key for row in mine.tasks.page(query)}
    assert found == {f"commitment:{linked}", f"commitment:{unlinked}", f"step:{step.id}"}
    assert mine.tasks.count(query) == 3
    assert mine.tasks.counts("Ольга Петрова", TODAY, olga.id).total == 3
    nobody = mine.staff.add(StaffDraft(name="Новенькая"))
    assert mine.tasks.page(TaskQuery(me="Новенькая", me_staff_id=nobody.id, today=TODAY)) == []


# --- history ------------------------------------------------------------------------------
def test_history_names_the_person_and_their_branch(db: Database, mine: Desk, here: Path) -> None:
    plain = mine.partners.create(PartnerDraft(name="До выбора"))
    first = mine.history.for_record("partner", plain.id)[0]
    assert first.changed_by == who()[0] and first.staff_id is None
    north = add_branch(db, "Северный филиал")
    olga = mine.staff.add(StaffDraft(name="Ольга <b>П.</b> 📚", branch_id=north))
    staff_me.choose(mine.staff, here, olga.id)
    partner = mine.partners.create(PartnerDraft(name="Типография"))
    item = mine.history.for_record("partner", partner.id)[0]
    assert (item.changed_by, item.staff_id, item.branch_name) == (
        "Ольга <b>П.</b> 📚",
        olga.id,
        "Северный филиал",
    )
    assert item.person == "Ольга <b>П.</b> 📚 (Северный филиал)"  # two branches now
    with db.sessions.begin() as session:
        session.execute(text("DELETE FROM branch WHERE id <> :b"), {"b": north})
    assert mine.history.for_record("partner", partner.id)[0].person == "Ольга <b>П.</b> 📚"


def test_on_postgresql_the_connections_own_role_names_the_person(
    db: Database, mine: Desk, here: Path, backend: str
) -> None:
    if backend != "postgresql":
        pytest.skip("each person connects as themselves only on the PostgreSQL server")
    with db.sessions.begin() as session:
        role = session.execute(text("SELECT current_user")).scalar()
    server_me = mine.staff.add(StaffDraft(name="Пётр на сервере"))
    elsewhere = mine.staff.add(StaffDraft(name="Выбрана здесь"))
    with db.sessions.begin() as session:
        session.execute(
            text("UPDATE staff SET db_role = :r WHERE id = :i"), {"r": role, "i": server_me.id}
        )
    staff_me.choose(mine.staff, here, elsewhere.id)
    partner = mine.partners.create(PartnerDraft(name="Театр"))
    item = mine.history.for_record("partner", partner.id)[0]
    assert (item.changed_by, item.staff_id) == ("Пётр на сервере", server_me.id)


def test_read_only_data_still_finds_me_by_the_old_name(
    mine: Desk, here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from collabdesk.services.errors import Message, ReadOnlyError

    save_my_name(here, "Ольга")

    def refuse(_draft: StaffDraft) -> None:
        raise ReadOnlyError(Message("Storage", "The data is open read-only"))

    monkeypatch.setattr(mine.staff, "add", refuse)
    assert staff_me.me(mine.staff, here) == staff_me.Me("Ольга")
