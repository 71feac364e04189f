"""Erasing a person's personal data on request (issue 19, item 7): the
record, the change log's values and whole-row JSON, the Trash, the
interactions that name them; a log without the data; undo after the
erasure does not bring anything back."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from collabdesk.domain.erasure import ErasureEntry
from collabdesk.services.contacts import ContactDraft
from collabdesk.services.desk import Desk
from collabdesk.services.errors import NotFoundError, ServiceError
from collabdesk.services.interactions import InteractionDraft
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.personal_data import PersonalDataService
from collabdesk.store.database import Database
from collabdesk.store.history import ChangeSet

EMAIL = "maria.zernova@private.example"
PHONE = "+7 913 555-12-34"
NOTE = "Личный мобильный, звонить после 18:00; дочь болеет."


def every_text(db: Database) -> str:
    """Every text value of every table, joined: a search of the whole database."""
    found: list[str] = []
    with db.engine.connect() as conn:
        for table in (
            "contact",
            "change_log",
            "trash",
            "interaction",
            "erasure_log",
            "partner",
            "staff",
        ):
            for row in conn.execute(text(f"SELECT * FROM {table}")):
                found.extend(str(v) for v in row if isinstance(v, str))
    return "\n".join(found)


@pytest.fixture
def privacy(db: Database) -> PersonalDataService:
    return PersonalDataService(db.sessions, who=lambda: "Ольга Петрова")


@pytest.fixture
def partner_id(desk: Desk) -> int:
    return desk.partners.create(PartnerDraft(name="Кофейня «Зерно»")).id


def add_maria(desk: Desk, partner_id: int, **changes: str) -> int:
    draft = ContactDraft(
        name=changes.get("name", "Мария Зернова"),
        role="Управляющая",
        email=changes.get("email", EMAIL),
        phone=PHONE,
        notes=changes.get("notes", NOTE),
    )
    return desk.contacts.add(partner_id, draft).id


def test_erasure_reaches_record_history_interactions_and_log(
    desk: Desk, db: Database, privacy: PersonalDataService, partner_id: int
) -> None:
    cid = add_maria(desk, partner_id, email="old.maria@private.example")
    desk.contacts.update(
        cid, ContactDraft(name="Мария Зернова", role="Управляющая", email=EMAIL, phone=PHONE)
    )
    meeting = desk.interactions.add(
        partner_id,
        InteractionDraft(
            date(2026, 11, 2),
            summary=f"Встреча с МАРИЯ ЗЕРНОВА; её почта {EMAIL}, договорились о ярмарке.",
            contact_id=cid,
        ),
    )
    other = desk.interactions.add(
        partner_id, InteractionDraft(date(2026, 11, 3), summary="Звонок директору кофейни.")
    )
    plan = privacy.plan_contact(cid)
    assert plan.name == "Мария Зернова"
    assert plan.fields == ("name", "email", "phone", "notes")
    assert plan.places["record"] == 1 and plan.places["interaction"] == 1
    assert plan.places["change_log"] >= 3  # create, two field updates, the interaction's create
    assert EMAIL in every_text(db)  # a plan changes nothing

    record = privacy.erase_contact(cid, reason="Письмо от 01.12.2026")
    assert record.places == plan.places
    assert record.erased_by == "Ольга Петрова"

    contact = desk.contacts.for_partner(partner_id)[0]
    assert (contact.name, contact.email, contact.phone, contact.notes) == ("(удалено)", "", "", "")
    assert contact.role == "Управляющая"  # a role names no one
    summaries = {i.id: i.summary for i in desk.interactions.for_partner(partner_id)}
    assert summaries[meeting.id] == (
        "Встреча с (удалено); её почта (удалено), договорились о ярмарке."
    )
    assert summaries[other.id] == "Звонок директору кофейни."  # names no one: unchanged
    everything = every_text(db)
    for secret in (EMAIL, "old.maria@private.example", PHONE, NOTE, "Зернова", "ЗЕРНОВА"):
        assert secret not in everything
    assert "Кофейня «Зерно»" in everything  # the partner is not a person

    (entry,) = privacy.log()
    assert (entry.table, entry.record_id, entry.reason) == ("contact", cid, "Письмо от 01.12.2026")
    assert entry.fields == ("name", "email", "phone", "notes")
    with db.sessions() as session:
        logged = session.get(ErasureEntry, entry.id)
        assert logged is not None
        row_text = " ".join(
            str(v) for v in (logged.fields, logged.places, logged.reason, logged.erased_by)
        )
    assert "Мария" not in row_text and EMAIL not in row_text


def test_erasure_writes_no_history_of_its_own_and_undo_brings_nothing_back(
    desk: Desk, db: Database, privacy: PersonalDataService, partner_id: int
) -> None:
    heard: list[ChangeSet] = []
    desk.history.subscribe(heard.append)
    cid = add_maria(desk, partner_id)
    desk.contacts.update(cid, ContactDraft(name="Мария Зернова", email="new@private.example"))
    change_sets = [c.id for c in heard]
    with db.engine.connect() as conn:
        before = conn.execute(text("SELECT count(*) FROM change_log")).scalar_one()
    privacy.erase_contact(cid)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM change_log")).scalar_one() == before
    assert len(heard) == 2  # the erasure is no step of the undo stack

    desk.history.revert(change_sets[1])  # undo the e-mail change: the old value was erased
    desk.history.revert(change_sets[0])  # undo the creation: the contact goes
    assert desk.contacts.for_partner(partner_id) == []
    desk.history.reapply(change_sets[0])  # redo the creation: it comes back erased
    (back,) = desk.contacts.for_partner(partner_id)
    assert (back.name, back.email, back.phone, back.notes) == ("(удалено)", "", "", "")
    for secret in (EMAIL, "new@private.example", PHONE, NOTE, "Зернова"):
        assert secret not in every_text(db)
    for item in desk.history.for_record("partner", partner_id):
        assert "Зернова" not in f"{item.old_value} {item.new_value}"


def test_erasure_reaches_the_trash_and_a_restore_brings_back_only_erased_values(
    desk: Desk, db: Database, privacy: PersonalDataService, partner_id: int
) -> None:
    cid = add_maria(desk, partner_id)
    desk.interactions.add(
        partner_id, InteractionDraft(date(2026, 11, 2), summary=f"Позвонить {PHONE}")
    )
    desk.partners.delete(partner_id)
    assert EMAIL in every_text(db)
    record = privacy.erase_contact(cid)  # gone from the records, still in the Trash
    assert record.places["trash"] == 1 and "record" not in record.places
    assert EMAIL not in every_text(db) and PHONE not in every_text(db)
    (item,) = desk.trash.items()
    desk.trash.restore(item.id)
    (back,) = desk.contacts.for_partner(partner_id)
    assert (back.name, back.email, back.notes) == ("(удалено)", "", "")
    assert [i.summary for i in desk.interactions.for_partner(partner_id)] == ["Позвонить (удалено)"]


def test_long_and_emoji_values_are_erased(
    desk: Desk, db: Database, privacy: PersonalDataService, partner_id: int
) -> None:
    long_note = ("Заметка 📞🙂 " * 1000)[:10_000]
    cid = add_maria(desk, partner_id, name="Мария 🌸 Зернова", notes=long_note)
    desk.interactions.add(
        partner_id, InteractionDraft(date(2026, 11, 2), summary="Мария 🌸 Зернова придёт")
    )
    privacy.erase_contact(cid)
    everything = every_text(db)
    assert "🌸" not in everything and "📞🙂" not in everything
    assert "(удалено) придёт" in everything


def test_unknown_id_is_refused_and_changes_nothing(
    desk: Desk, db: Database, privacy: PersonalDataService, partner_id: int
) -> None:
    add_maria(desk, partner_id)
    with pytest.raises(NotFoundError) as caught:
        privacy.erase_contact(9999)
    assert "9999" in str(caught.value.message.args)
    with pytest.raises(NotFoundError):
        privacy.plan_contact(-1)
    assert privacy.log() == [] and EMAIL in every_text(db)


def test_erasing_twice_finds_nothing_left(
    desk: Desk, privacy: PersonalDataService, partner_id: int
) -> None:
    cid = add_maria(desk, partner_id)
    privacy.erase_contact(cid)
    assert privacy.plan_contact(cid).places == {}
    privacy.erase_contact(cid, reason="<b>again</b> " + "x" * 10_000)
    latest = privacy.log()[0]
    assert latest.places == {} and len(latest.reason) == 500 and latest.reason.startswith("<b>")


def test_english_library_writes_erased(
    desk: Desk, privacy: PersonalDataService, partner_id: int
) -> None:
    profile = desk.library.profile()
    from dataclasses import replace

    desk.library.save(replace(profile, default_language="en", name="Library"))
    cid = add_maria(desk, partner_id)
    privacy.erase_contact(cid)
    assert desk.contacts.for_partner(partner_id)[0].name == "(erased)"


def test_staff_member_who_left_is_erased_with_their_name_in_history(
    db: Database, desk: Desk, privacy: PersonalDataService
) -> None:
    from dataclasses import replace

    profile = desk.library.profile()
    desk.library.save(
        replace(
            profile,
            name="ЦБС",
            contact_name="пётр уходящий",
            contact_role="Библиотекарь",
            contact_phone="+7 900 1",
        )
    )
    with db.engine.begin() as conn:
        staff_id = conn.execute(
            text(
                "INSERT INTO staff (name, position, email, phone, login, db_role, is_coordinator,"
                " active, created_at, updated_at, version_id) VALUES ('Пётр Уходящий',"
                " 'Библиотекарь', 'petr@private.example', '+7 900 1', 'petr', '', false, true,"
                " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1) RETURNING id"
            )
        ).scalar_one()
        conn.execute(
            text(
                "INSERT INTO change_log (change_set, table_name, record_id, parent_table, action,"
                " field, old_value, new_value, changed_by, computer, staff_id, branch_name,"
                " created_at, updated_at, version_id) VALUES ('x', 'partner', 1, '', 'update',"
                " 'city', 'A', 'B', 'Пётр Уходящий', 'pc', :sid, '', CURRENT_TIMESTAMP,"
                " CURRENT_TIMESTAMP, 1)"
            ),
            {"sid": staff_id},
        )
    record = privacy.erase_staff(staff_id, reason="left")
    assert record.places == {"record": 1, "change_log": 1, "library_profile": 1}
    after = desk.library.profile()
    assert (after.contact_name, after.contact_role, after.contact_phone) == ("", "", "")
    assert after.name == "ЦБС"
    with db.engine.connect() as conn:
        row = conn.execute(
            text("SELECT name, email, phone, login, active, position FROM staff")
        ).one()
        by = conn.execute(text("SELECT changed_by FROM change_log")).scalar_one()
    assert tuple(row) == ("(удалено)", "", "", "", False, "Библиотекарь")
    assert by == "(удалено)"
    assert privacy.log()[0].places == {"record": 1, "change_log": 1, "library_profile": 1}


def test_a_role_without_rights_on_the_history_is_told_so(
    desk: Desk, db: Database, partner_id: int, backend: str
) -> None:
    """On the shared server a staff role may not rewrite the change history:
    the erasure is refused in words, and nothing is erased."""
    if backend != "postgresql":
        pytest.skip("the server's own permissions")
    cid = add_maria(desk, partner_id)
    import uuid

    role = f"privacy_staff_{uuid.uuid4().hex[:10]}"
    with db.engine.begin() as conn:
        conn.execute(text(f"CREATE ROLE {role}"))
        conn.execute(text(f"GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO {role}"))
        conn.execute(text(f"GRANT UPDATE ON contact, interaction, trash TO {role}"))
        conn.execute(text(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}"))
    from sqlalchemy import event

    @event.listens_for(db.engine, "begin")
    def as_staff(conn: object) -> None:
        conn.exec_driver_sql(f"SET LOCAL ROLE {role}")  # type: ignore[attr-defined]

    try:
        with pytest.raises(ServiceError) as caught:
            PersonalDataService(db.sessions).erase_contact(cid)
        assert "only a coordinator" in caught.value.message.template
    finally:
        event.remove(db.engine, "begin", as_staff)
    assert EMAIL in every_text(db)
    with db.engine.begin() as conn:
        conn.execute(text(f"DROP OWNED BY {role}"))
        conn.execute(text(f"DROP ROLE {role}"))
