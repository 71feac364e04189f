"""A document's face and figures for a branch or the whole system (issue 19):
a branch's pitch carries its own name, phone, contact and statistics over
the system's profile; the whole system's carries "N branches, X visits a
year" summed over the branches; a single library reads exactly as before."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import delete, select, update

from collabdesk.domain.branch import Branch, Staff
from collabdesk.domain.collaboration import Collaboration
from collabdesk.domain.library import LibraryProfile
from collabdesk.domain.metric import Metric
from collabdesk.reports.letter_text import compose_letter
from collabdesk.reports.pitch import build_pitch
from collabdesk.reports.recap import build_recap
from collabdesk.reports.system_line import plural_form, system_line, visits_text
from collabdesk.services.desk import Desk
from collabdesk.services.errors import NotFoundError
from collabdesk.services.library_face import WHOLE_SYSTEM, FaceScope
from collabdesk.services.pitch_model import LibraryInfo
from collabdesk.store.database import Database
from tests.unit.test_pitch_pdf import seed, text_of

TODAY = date(2026, 11, 29)
# The scoped statistics are SQL the two databases must read alike: the tests
# marked with both backends run on PostgreSQL too when it is given
# (COLLABDESK_TEST_POSTGRES_URL, as .ci/run sets it).


def _png(colour: str) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8), colour).save(out, "PNG")
    return out.getvalue()


PNG = _png("#1F5C99")
OTHER_PNG = _png("#AA3300")

CHILDREN = "Детский филиал № 3"
CHILDREN_PHONE = "+7 3822 55-03-03"


def flat(data: bytes) -> str:
    return " ".join(text_of(data).replace("\u202f", " ").split())


def _months(branch_id: int | None, values: tuple[int, int], category: str = "") -> list[Metric]:
    return [
        Metric(
            name="Посещения",
            period_start=date(2026, month, 1),
            value=Decimal(value),
            unit="чел.",
            branch_id=branch_id,
            category=category,
        )
        for month, value in zip((9, 10), values, strict=True)
    ]


def system(db: Database) -> tuple[int, int, int]:
    """The seeded collaboration in a system of two branches: the central
    library (the migrated branch) and the children's branch, which holds
    the collaboration. Returns (collaboration, central, children)."""
    collab_id, _ = seed(db)
    with db.sessions.begin() as s:
        s.execute(
            update(LibraryProfile).values(logo=PNG, brand_colour="#1F5C99", branch="Филиал № 7")
        )
        central = s.scalars(select(Branch).order_by(Branch.id)).first()
        assert central is not None
        central.name = "Центральная библиотека"
        contact = Staff(
            name="Ольга Смирнова", position="заведующая", phone="+7 900 111-22-33",
            email="olga@orbita.example",
        )  # fmt: skip
        signer = Staff(name="Ирина Волкова", position="директор")
        s.add_all([contact, signer])
        s.flush()
        children = Branch(
            name=CHILDREN,
            address="ул. Ленина, 5",
            city="Северск",
            phone=CHILDREN_PHONE,
            email="det3@orbita.example",
            contact_staff_id=contact.id,
            signatory_staff_id=signer.id,
            brand_colour="#AA3300",
            position=1,
        )
        s.add(children)
        s.flush()
        s.execute(update(Collaboration).values(branch_id=children.id))
        s.execute(delete(Metric))  # the seed's figures belong to no branch
        s.add_all(_months(central.id, (5000, 5200)))
        s.add_all(_months(children.id, (2000, 2160)))
        # Breakdowns by age band in each branch, and a free-text breakdown
        # label (`metric.branch`) that is not a total and never counts as one.
        s.add_all(_months(central.id, (3000, 3100), "18–35"))
        s.add_all(_months(children.id, (1500, 1600), "18–35"))
        s.add(
            Metric(
                name="Посещения", period_start=date(2026, 10, 1), value=Decimal(999_999),
                unit="чел.", branch_id=central.id, branch="Читальный зал",
            )
        )  # fmt: skip
        return collab_id, central.id, children.id


def test_a_single_library_speaks_as_its_profile(db: Database, desk: Desk) -> None:
    collab_id, _ = seed(db)
    content = desk.pitch_content.gather(collab_id, today=TODAY)
    assert content.library.name == "Библиотека «Орбита»"
    assert (content.library.branch, content.library.branches) == ("", 0)
    assert content.library.yearly_visits is None
    assert content.figures[0].value == Decimal(7360)  # every figure is the library's
    assert desk.pitch_content.speaking_branch(collab_id) is None  # no choice offered
    # --system on one branch is the library itself: no system line.
    alone = desk.pitch_content.gather(collab_id, today=TODAY, scope=WHOLE_SYSTEM)
    assert alone.library == content.library
    assert "систем" not in flat(build_pitch(alone, "ru")).casefold()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"], indirect=True)
def test_a_branch_overlays_the_profile_and_inherits_what_it_does_not_set(
    db: Database, desk: Desk
) -> None:
    collab_id, _central, children = system(db)
    lib = desk.pitch_content.gather(collab_id, today=TODAY).library
    assert (lib.name, lib.branch, lib.address, lib.city) == (
        "Библиотека «Орбита»", CHILDREN, "ул. Ленина, 5", "Северск",
    )  # fmt: skip
    assert (lib.phone, lib.email, lib.brand_colour) == (
        CHILDREN_PHONE, "det3@orbita.example", "#AA3300",
    )  # fmt: skip
    assert (lib.contact_name, lib.contact_role, lib.contact_phone, lib.contact_email) == (
        "Ольга Смирнова", "заведующая", "+7 900 111-22-33", "olga@orbita.example",
    )  # fmt: skip
    assert (lib.signatory_name, lib.signatory_role) == ("Ирина Волкова", "директор")
    assert lib.logo == PNG  # inherited from the system
    assert lib.website == "https://orbita.example"
    with db.sessions.begin() as s:
        s.execute(update(Branch).where(Branch.id == children).values(logo=OTHER_PNG))
    assert desk.pitch_content.gather(collab_id, today=TODAY).library.logo == OTHER_PNG
    assert desk.pitch_content.speaking_branch(collab_id) == CHILDREN


def test_the_central_branch_without_its_own_colour_takes_the_systems(
    db: Database, desk: Desk
) -> None:
    collab_id, central, _ = system(db)
    lib = desk.pitch_content.gather(collab_id, today=TODAY, scope=FaceScope(central)).library
    assert (lib.branch, lib.brand_colour, lib.phone) == (
        "Центральная библиотека", "#1F5C99", "+7 3822 40-12-70",
    )  # fmt: skip


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"], indirect=True)
def test_each_branch_reads_its_own_statistics(db: Database, desk: Desk) -> None:
    collab_id, central, _ = system(db)
    own = desk.pitch_content.gather(collab_id, today=TODAY)
    assert [(f.name, f.value) for f in own.figures] == [("Посещения", Decimal(2160))]
    assert own.audience[0].value == Decimal(4160)  # September + October of this branch
    assert [(s.category, s.value) for s in own.profiles[0].slices] == [("18–35", Decimal(1600))]
    other = desk.pitch_content.gather(collab_id, today=TODAY, scope=FaceScope(central))
    assert other.figures[0].value == Decimal(5200)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"], indirect=True)
def test_the_whole_system_sums_its_branches_per_month_and_category(
    db: Database, desk: Desk
) -> None:
    collab_id, _, _ = system(db)
    content = desk.pitch_content.gather(collab_id, today=TODAY, scope=WHOLE_SYSTEM)
    assert content.figures[0].value == Decimal(7360)  # 5200 + 2160; the label row apart
    assert [(p.period_start, p.value) for p in content.figures[0].series] == [
        (date(2026, 9, 1), Decimal(7000)),
        (date(2026, 10, 1), Decimal(7360)),
    ]
    assert [(s.category, s.value) for s in content.profiles[0].slices] == [("18–35", Decimal(4700))]
    lib = content.library
    assert (lib.branches, lib.yearly_visits, lib.branch) == (2, Decimal(14360), "")
    assert lib.phone == "+7 3822 40-12-70"  # the system's own, no branch's


def test_an_unknown_branch_is_refused(db: Database, desk: Desk) -> None:
    collab_id, _, _ = system(db)
    with pytest.raises(NotFoundError) as refused:
        desk.pitch_content.gather(collab_id, scope=FaceScope(branch_id=9999))
    assert "9999" in str(refused.value.message.args)


@pytest.mark.parametrize(
    ("count", "ru", "en"),
    [
        (1, "1 филиал", "1 branch"),
        (2, "2 филиала", "2 branches"),
        (4, "4 филиала", "4 branches"),
        (5, "5 филиалов", "5 branches"),
        (11, "11 филиалов", "11 branches"),
        (14, "14 филиалов", "14 branches"),
        (21, "21 филиал", "21 branches"),
        (22, "22 филиала", "22 branches"),
        (112, "112 филиалов", "112 branches"),
    ],
)
def test_branches_take_their_plural_form(count: int, ru: str, en: str) -> None:
    forms_ru = ("филиал", "филиала", "филиалов")
    forms_en = ("branch", "branches", "branches")
    assert f"{count} {forms_ru[plural_form(count, 'ru')]}" == ru
    assert f"{count} {forms_en[plural_form(count, 'en')]}" == en


def test_the_system_line_in_both_languages() -> None:
    lib = LibraryInfo("Орбита", "", "", "", "#1F5C99", "", branches=14)
    big = LibraryInfo(
        "Орбита", "", "", "", "#1F5C99", "", branches=14, yearly_visits=Decimal(1_234_567)
    )
    assert system_line(lib, "ru") == "Централизованная библиотечная система: 14 филиалов"
    assert (
        system_line(big, "ru")
        == "Централизованная библиотечная система: 14 филиалов, 1,2 млн посещений в год"
    )
    assert system_line(big, "en") == "The library system: 14 branches, 1.2 million visits a year"
    assert visits_text(Decimal(35_400), "ru") == "35 тыс. посещений"
    assert visits_text(Decimal(35_400), "en") == "35 thousand visits"
    assert visits_text(Decimal(3), "ru") == "3 посещения"
    assert visits_text(Decimal(1), "ru") == "1 посещение"
    assert visits_text(Decimal(512), "ru") == "512 посещений"
    assert visits_text(Decimal(1), "en") == "1 visit"
    assert visits_text(Decimal(2_000_000), "ru") == "2 млн посещений"
    assert system_line(LibraryInfo("", "", "", "", "", ""), "ru") == ""  # one branch


def test_a_branch_pitch_pdf_names_the_branch_its_phone_and_its_figures(
    db: Database, desk: Desk
) -> None:
    collab_id, _, _ = system(db)
    content = desk.pitch_content.gather(collab_id, today=TODAY, language="ru")
    text = flat(build_pitch(content, "ru"))
    assert f"Библиотека «Орбита», {CHILDREN}" in text
    assert CHILDREN_PHONE in text and "Ольга Смирнова" in text
    assert "2 160" in text and "7 360" not in text
    assert "Централизованная библиотечная система" not in text


def test_a_system_pitch_pdf_carries_the_system_line(db: Database, desk: Desk) -> None:
    collab_id, _, _ = system(db)
    content = desk.pitch_content.gather(collab_id, today=TODAY, scope=WHOLE_SYSTEM)
    russian = flat(build_pitch(content, "ru"))
    assert "Централизованная библиотечная система: 2 филиала, 14 тыс. посещений в год" in russian
    assert "7 360" in russian and CHILDREN not in russian
    english = flat(build_pitch(content, "en"))
    assert "The library system: 2 branches, 14 thousand visits a year" in english


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"], indirect=True)
def test_letters_recaps_and_agreements_speak_for_the_branch(db: Database, desk: Desk) -> None:
    collab_id, _, _ = system(db)
    letter = compose_letter(desk.pitch_content.gather(collab_id, today=TODAY), "ru")
    assert f"Библиотека «Орбита», {CHILDREN}" in letter.signature
    assert CHILDREN_PHONE not in letter.signature  # the contact's own phone comes first
    assert "+7 900 111-22-33" in letter.signature
    whole = compose_letter(
        desk.pitch_content.gather(collab_id, today=TODAY, scope=WHOLE_SYSTEM), "en"
    )
    assert "The library system: 2 branches, 14 thousand visits a year" in whole.signature
    recap = desk.recaps.gather(collab_id, today=TODAY, scope=WHOLE_SYSTEM)
    assert "2 филиала" in flat(build_recap(recap, "ru"))
    agreement = desk.agreements.prepare(collab_id).content
    assert agreement.library.contact_name == "Ирина Волкова"  # the branch's signatory signs
    assert (agreement.library.contact_phone, agreement.city) == ("+7 900 111-22-33", "Северск")


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"], indirect=True)
def test_rows_that_name_no_branch_belong_to_the_first(db: Database, desk: Desk) -> None:
    collab_id, _, _ = system(db)
    with db.sessions.begin() as s:
        s.execute(update(Collaboration).values(branch_id=None))
        s.add(
            Metric(
                name="Посещения", period_start=date(2026, 11, 1), value=Decimal(100),
                unit="чел.", branch_id=None,
            )
        )  # fmt: skip
    content = desk.pitch_content.gather(collab_id, today=TODAY)
    assert content.library.branch == "Центральная библиотека"
    assert content.figures[0].value == Decimal(100)  # November: unassigned, so the first's
    assert desk.pitch_content.speaking_branch(collab_id) == "Центральная библиотека"
    whole = desk.pitch_content.gather(collab_id, today=TODAY, scope=WHOLE_SYSTEM)
    assert whole.library.yearly_visits == Decimal(14460)


def test_a_strange_branch_name_prints_as_typed_and_loses_nothing(db: Database, desk: Desk) -> None:
    collab_id, _, children = system(db)
    strange = "<b>Филиал</b> 📚 " + "ж" * 10_000
    with db.sessions.begin() as s:
        s.execute(update(Branch).where(Branch.id == children).values(name=strange, phone=""))
    content = desk.pitch_content.gather(collab_id, today=TODAY)
    assert content.library.branch == strange  # kept whole; the PDF clips what it prints
    assert content.library.phone == "+7 3822 40-12-70"  # blank: the system's phone
    text = flat(build_pitch(content, "ru"))
    assert "<b>Филиал</b>" in text  # as typed, never as markup
    assert "Ольга Смирнова" in text


def test_a_single_library_keeps_its_profile_and_its_branch_fills_the_blanks(
    db: Database, desk: Desk
) -> None:
    collab_id, _ = seed(db)  # the profile names the library's city, phone and e-mail
    with db.sessions.begin() as s:
        signer = Staff(name="Ирина Волкова", position="директор")
        s.add(signer)
        s.flush()
        s.execute(
            update(Branch).values(
                name="Филиал № 7", city="Старый город", phone="+7 000",
                address="пр. Мира, 1", signatory_staff_id=signer.id,
            )
        )  # fmt: skip
    lib = desk.pitch_content.gather(collab_id, today=TODAY).library
    assert (lib.city, lib.phone) == ("Томск", "+7 3822 40-12-70")  # Settings' values
    assert (lib.branch, lib.address, lib.signatory_name) == (
        "Филиал № 7", "пр. Мира, 1", "Ирина Волкова",
    )  # fmt: skip
