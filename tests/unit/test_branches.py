"""Branches of a library system (issue 19): the branch entity and what is
scoped to a branch — a new collaboration or figure goes to this computer's
branch, a renewal keeps its original's, a partner in a branch's
collaboration is shared with that branch, and a branch still holding
anything (or the last one) is not removed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from collabdesk.domain.branch import Staff
from collabdesk.services.branches import BranchDraft
from collabdesk.services.collaboration_lines import ListFilter
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.desk import Desk
from collabdesk.services.errors import InUseError, NotFoundError, ValidationError
from collabdesk.services.library import ProfileDraft
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.staff_identity import save_current_staff_id
from collabdesk.services.statistics import FigureDraft
from collabdesk.store.database import Database


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def bdesk(db: Database, data_dir: Path) -> Desk:
    return Desk.over(db.sessions, data_dir=data_dir)


def _staff(db: Database, name: str, branch_id: int | None) -> int:
    with db.sessions.begin() as session:
        person = Staff(name=name, branch_id=branch_id)
        session.add(person)
        session.flush()
        return person.id


def test_a_new_database_is_a_single_library_with_one_branch(bdesk: Desk) -> None:
    branches = bdesk.branches.all()
    assert len(branches) == 1
    assert not bdesk.branches.is_system()
    assert bdesk.branches.home_id() == branches[0].id


def test_add_edit_and_list_with_staff_pickers(bdesk: Desk, db: Database) -> None:
    home = bdesk.branches.home_id()
    olga = _staff(db, "Ольга Петрова", home)
    added = bdesk.branches.add(
        BranchDraft(
            name="  Детская библиотека №3 ",
            address="ул. Ленина, 5",
            city="Тверь",
            phone="+7 4822 12-34-56",
            email="deti@library.example.org",
            contact_staff_id=olga,
            signatory_staff_id=olga,
        )
    )
    assert added.name == "Детская библиотека №3"
    assert added.contact_name == added.signatory_name == "Ольга Петрова"
    assert bdesk.branches.is_system()
    assert [r.id for r in bdesk.branches.all()] == [home, added.id]
    assert [c.name for c in bdesk.branches.staff_choices()] == ["Ольга Петрова"]
    edited = bdesk.branches.edit(
        added.id, replace(added.to_draft(), city="Торжок", contact_staff_id=None), added.version_id
    )
    assert (edited.city, edited.contact_staff_id, edited.signatory_staff_id) == (
        "Торжок",
        None,
        olga,
    )


def test_bad_input_is_refused_field_by_field(bdesk: Desk) -> None:
    with pytest.raises(ValidationError) as caught:
        bdesk.branches.add(
            BranchDraft(
                name="x" * 10_000,
                phone="call me",
                email="not-an-address",
                contact_staff_id=404,
                signatory_staff_id=405,
                brand_colour="red",
            )
        )
    error = caught.value
    name = error.for_field("name")
    assert name is not None and name.code == "too_long" and name.length == 10_000
    assert {p.field for p in error.problems} == {
        "name",
        "phone",
        "email",
        "contact_staff_id",
        "signatory_staff_id",
        "brand_colour",
    }
    contact = error.for_field("contact_staff_id")
    assert contact is not None and "404" in contact.message
    with pytest.raises(ValidationError, match="required"):
        bdesk.branches.add(BranchDraft(name="   "))
    assert len(bdesk.branches.all()) == 1  # nothing was added


def test_markup_and_emoji_are_kept_as_typed_and_names_are_unique(bdesk: Desk) -> None:
    shown = bdesk.branches.add(BranchDraft(name="<b>Филиал</b> 📚"))
    assert bdesk.branches.get(shown.id).name == "<b>Филиал</b> 📚"
    with pytest.raises(ValidationError, match="already a branch"):
        bdesk.branches.add(BranchDraft(name="<B>филиал</B> 📚"))


def test_colour_and_logo_inherit_the_systems_unless_set(bdesk: Desk, tmp_path: Path) -> None:
    bdesk.library.save(replace(bdesk.library.profile(), name="ЦБС", brand_colour="#AA0000"))
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16
    logo = tmp_path / "logo.png"
    logo.write_bytes(png)
    bdesk.library.set_logo(logo)
    branch = bdesk.branches.add(BranchDraft(name="Филиал 2"))
    assert branch.colour == "#AA0000" and branch.brand_colour == ""
    found = bdesk.branches.logo(branch.id)
    assert found is not None and found.data == png and not branch.has_own_logo
    own = bdesk.branches.edit(branch.id, replace(branch.to_draft(), brand_colour="#00aa00"))
    assert own.colour == "#00AA00"


def test_a_new_collaboration_gets_the_home_branch(
    bdesk: Desk, db: Database, data_dir: Path
) -> None:
    first = bdesk.branches.home_id()
    second = bdesk.branches.add(BranchDraft(name="Филиал на Садовой")).id
    made = bdesk.collaborations.create(CollaborationDraft(title="Неделя графики"))
    assert made.branch_id == first
    # The person at this computer works in the second branch: theirs go there.
    save_current_staff_id(data_dir, _staff(db, "Анна", second))
    assert bdesk.collaborations.create(CollaborationDraft(title="Лето")).branch_id == second
    chosen = bdesk.collaborations.create(CollaborationDraft(title="Зима", branch_id=first))
    assert chosen.branch_id == first
    assert [r.title for r in bdesk.collaborations.rows(branch_id=second)] == ["Лето"]
    assert bdesk.collaborations.count_listed(ListFilter(branch_id=first)) == 2
    with pytest.raises(NotFoundError, match="no branch with id 404"):
        bdesk.collaborations.create(CollaborationDraft(title="Нигде", branch_id=404))


def test_a_renewal_keeps_its_originals_branch(bdesk: Desk, db: Database, data_dir: Path) -> None:
    second = bdesk.branches.add(BranchDraft(name="Филиал 2")).id
    ends = date.today() + timedelta(days=30)
    original = bdesk.collaborations.create(
        CollaborationDraft(title="Фестиваль 2026", branch_id=second, ends_on=ends)
    )
    # Renewed at a computer of the first branch: it stays in the second.
    save_current_staff_id(data_dir, _staff(db, "Анна", bdesk.branches.names()[0][0]))
    renewed = bdesk.renewals.renew(original.id)
    assert bdesk.collaborations.get(renewed).branch_id == second


def test_partners_of_a_branchs_collaboration_are_shared_with_it(bdesk: Desk) -> None:
    second = bdesk.branches.add(BranchDraft(name="Филиал 2")).id
    cafe = bdesk.partners.create(PartnerDraft(name="Кофейня")).id
    fund = bdesk.partners.create(PartnerDraft(name="Фонд")).id
    assert bdesk.branches.partner_branches(cafe) == ()
    made = bdesk.collaborations.create(
        CollaborationDraft(title="Чтения", branch_id=second, partner_ids=(cafe,))
    )
    assert bdesk.branches.partner_branches(cafe) == (second,)
    bdesk.plan_b.set_plan_b(made.id, [fund])  # a plan-B partner is shared too
    assert bdesk.branches.partner_branches(fund) == (second,)
    # The partner form edits the sharing by hand.
    first = bdesk.branches.names()[0][0]
    assert bdesk.branches.share_partner(fund, (first, second)) == (first, second)
    assert bdesk.branches.partner_branches(fund) == (first, second)
    assert bdesk.branches.share_partner(fund, ()) == ()
    with pytest.raises(NotFoundError):
        bdesk.branches.share_partner(fund, (404,))


def test_figures_belong_to_a_branch_and_all_branches_sum(bdesk: Desk) -> None:
    first = bdesk.branches.home_id()
    second = bdesk.branches.add(BranchDraft(name="Филиал 2")).id
    may = date(2026, 5, 1)
    home = bdesk.metrics.record("Посещения", may, Decimal(100))
    assert home.branch_id == first
    bdesk.metrics.record("Посещения", may, Decimal(40), branch_id=second)
    bdesk.statistics.save_figures([FigureDraft("Посещения", date(2026, 6, 1), Decimal(7))], second)
    assert bdesk.statistics.series("Посещения", branch_id=second).points[0].value == Decimal(40)
    total = bdesk.statistics.series("Посещения")
    assert [(p.period_start, p.value) for p in total.points] == [
        (may, Decimal(140)),
        (date(2026, 6, 1), Decimal(7)),
    ]
    assert len(bdesk.statistics.figures("Посещения", branch_id=second)) == 2
    assert len(bdesk.statistics.figures("Посещения")) == 3


def test_removing_a_branch_in_use_or_the_last_is_refused(bdesk: Desk, db: Database) -> None:
    first = bdesk.branches.home_id()
    assert first is not None
    with pytest.raises(InUseError, match="only branch"):
        bdesk.branches.remove(first)
    second = bdesk.branches.add(BranchDraft(name="Филиал 2")).id
    bdesk.collaborations.create(CollaborationDraft(title="Чтения", branch_id=second))
    bdesk.metrics.record("Посещения", date(2026, 5, 1), Decimal(1), branch_id=second)
    _staff(db, "Анна", second)
    with pytest.raises(InUseError) as caught:
        bdesk.branches.remove(second)
    said = str(caught.value)
    assert "collaborations (1)" in said and "figures (1)" in said and "staff (1)" in said
    empty = bdesk.branches.add(BranchDraft(name="Пустой")).id
    bdesk.branches.remove(empty)
    assert [r.id for r in bdesk.branches.all()] == [first, second]
    with pytest.raises(NotFoundError):
        bdesk.branches.remove(empty)


def test_the_profiles_branch_is_the_home_branchs_name(bdesk: Desk, db: Database) -> None:
    bdesk.library.save(ProfileDraft(name="ЦБС", branch="Детский филиал"))
    assert bdesk.library.profile().branch == "Детский филиал"
    home = bdesk.branches.get(bdesk.branches.home_id() or 0)
    assert home.name == "Детский филиал"
    with db.sessions.begin() as session:
        from collabdesk.domain.library import LibraryProfile

        assert session.scalar(select(LibraryProfile.branch)) == ""  # the old column rests
    bdesk.library.save(ProfileDraft(name="ЦБС", branch=""))
    assert bdesk.library.profile().branch == ""  # a single library may leave it empty
    assert [r.collaborations for r in bdesk.branches.all()] == [0]
