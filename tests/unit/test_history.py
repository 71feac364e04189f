"""The change log: every kind of change recorded, atomically, with who and
where; restoring a value; undo and redo of one transaction."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from collabdesk.domain.enums import Direction, Stage
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.contacts import ContactDraft
from collabdesk.services.desk import Desk
from collabdesk.services.errors import ConflictError, ServiceError
from collabdesk.services.interactions import InteractionDraft
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.transaction import transaction
from collabdesk.store import history
from collabdesk.store.database import Database
from collabdesk.store.history import ChangeSet


def fields(items: list[history.Change] | list, action: str = "update") -> set[str]:  # type: ignore[type-arg]
    return {i.field for i in items if i.action == action}


def test_partner_create_edit_delete_are_recorded_with_who_and_where(desk: Desk) -> None:
    created = desk.partners.create(PartnerDraft(name="Кофейня <b>Ёж</b>", tags=("кофе",)))
    desk.partners.update(created.id, PartnerDraft(name="Кофейня Ёж 🦔", city="Томск", tags=()))

    items = desk.history.for_record("partner", created.id)
    assert [i.action for i in items] == ["update", "update", "update", "create"]
    changes = {i.field: (i.old_value, i.new_value) for i in items if i.action == "update"}
    assert changes == {
        "name": ("Кофейня <b>Ёж</b>", "Кофейня Ёж 🦔"),
        "city": ("", "Томск"),
        "tags": ('["кофе"]', "[]"),
    }
    create = items[-1]
    assert json.loads(create.new_value or "")["name"] == "Кофейня <b>Ёж</b>"
    user, host = history.who()
    assert all(i.changed_by == user and i.computer == host for i in items)
    assert user and host

    desk.partners.delete(created.id)
    assert desk.history.for_record("partner", created.id)[0].action == "delete"


def test_derived_and_bookkeeping_columns_are_not_recorded(desk: Desk) -> None:
    created = desk.partners.create(PartnerDraft(name="Alpha"))
    desk.partners.update(created.id, PartnerDraft(name="Beta"))
    recorded = {i.field for i in desk.history.for_record("partner", created.id)}
    assert recorded == {"", "name"}


def test_every_tracked_kind_of_record_is_recorded(desk: Desk) -> None:
    partner = desk.partners.create(PartnerDraft(name="Типография"))
    contact = desk.contacts.add(partner.id, ContactDraft(name="Ольга"))
    desk.contacts.update(contact.id, ContactDraft(name="Ольга Н."))
    desk.interactions.add(partner.id, InteractionDraft(occurred_on=date(2026, 3, 1)))
    collab = desk.collaborations.create(
        CollaborationDraft(title="Неделя книги", partner_ids=(partner.id,))
    )
    desk.collaborations.set_stage(collab.id, Stage.AGREED)
    desk.collaborations.save_answer(collab.id, "why", "why.goal", "Читатели", False)
    item = desk.commitments.add(
        collab.id,
        CommitmentDraft(
            Direction.PARTNER_GIVES, "Печать", partner_id=partner.id, value=Decimal("1500.50")
        ),
    )
    desk.commitments.delete(item.id)
    metric = desk.metrics.record("Посетители", date(2026, 1, 1), Decimal(100))
    desk.metrics.record("Посетители", date(2026, 1, 1), Decimal(120))

    on_partner = desk.history.for_record("partner", partner.id)
    assert {(i.table, i.action) for i in on_partner} >= {
        ("partner", "create"),
        ("contact", "create"),
        ("contact", "update"),
        ("interaction", "create"),
    }
    on_collab = desk.history.for_record("collaboration", collab.id)
    assert {(i.table, i.action, i.field) for i in on_collab} >= {
        ("collaboration", "create", ""),
        ("collaboration", "update", "stage"),
        ("collaboration_partner", "create", ""),
        ("checklist_answer", "create", ""),
        ("commitment", "create", ""),
        ("commitment", "delete", ""),
    }
    stage = next(i for i in on_collab if i.field == "stage")
    assert (stage.old_value, stage.new_value) == ("idea", "agreed")
    value = [i for i in desk.history.for_record("metric", metric.id) if i.field == "value"]
    assert [(v.old_value, v.new_value) for v in value] == [("100.00", "120.00")]


def test_a_failed_transaction_leaves_no_history(db: Database, desk: Desk) -> None:
    partner = desk.partners.create(PartnerDraft(name="Alpha"))
    before = len(desk.history.for_record("partner", partner.id))
    from collabdesk.domain.partner import Partner

    with pytest.raises(RuntimeError), transaction(db.sessions) as session:
        row = session.get(Partner, partner.id)
        assert row is not None
        row.name = "Never saved"
        session.flush()  # the history rows are written here…
        raise RuntimeError("…and rolled back with the change")
    assert len(desk.history.for_record("partner", partner.id)) == before
    assert desk.partners.get(partner.id).name == "Alpha"


def test_restore_value_puts_the_old_value_back_and_is_recorded(desk: Desk) -> None:
    partner = desk.partners.create(PartnerDraft(name="Alpha", city="Омск", tags=("a", "b")))
    desk.partners.update(partner.id, PartnerDraft(name="Beta", city="Омск", tags=("c",)))
    items = desk.history.for_record("partner", partner.id)
    name_change = next(i for i in items if i.field == "name")
    tags_change = next(i for i in items if i.field == "tags")

    desk.history.restore_value(name_change.id)
    desk.history.restore_value(tags_change.id)

    restored = desk.partners.get(partner.id)
    assert (restored.name, restored.tags) == ("Alpha", ("a", "b"))
    latest = desk.history.for_record("partner", partner.id)[:2]
    assert {(i.field, i.new_value) for i in latest} == {("name", "Alpha"), ("tags", '["a", "b"]')}


def test_restore_value_of_a_deleted_record_says_what_to_do(desk: Desk) -> None:
    partner = desk.partners.create(PartnerDraft(name="Alpha"))
    desk.partners.update(partner.id, PartnerDraft(name="Beta"))
    change = desk.history.for_record("partner", partner.id)[0]
    desk.partners.delete(partner.id)
    with pytest.raises(ServiceError, match="Trash"):
        desk.history.restore_value(change.id)


def test_listeners_hear_each_committed_change_set_once(desk: Desk) -> None:
    heard: list[ChangeSet] = []
    unsubscribe = desk.history.subscribe(heard.append)
    partner = desk.partners.create(PartnerDraft(name="Alpha"))
    desk.partners.get(partner.id)  # a read is no change
    desk.partners.update(partner.id, PartnerDraft(name="Beta"))
    unsubscribe()
    desk.partners.update(partner.id, PartnerDraft(name="Gamma"))

    assert [[(c.table, c.action, c.field) for c in s.changes] for s in heard] == [
        [("partner", "create", "")],
        [("partner", "update", "name")],
    ]


def test_revert_and_reapply_an_edit(desk: Desk) -> None:
    heard: list[ChangeSet] = []
    desk.history.subscribe(heard.append)
    partner = desk.partners.create(PartnerDraft(name="Alpha"))
    desk.partners.update(partner.id, PartnerDraft(name="Beta", email="b@example.org"))
    edit = heard[-1]

    desk.history.revert(edit.id)
    assert (desk.partners.get(partner.id).name, desk.partners.get(partner.id).email) == (
        "Alpha",
        "",
    )
    assert heard[-1].origin == "undo"
    desk.history.reapply(edit.id)
    assert desk.partners.get(partner.id).email == "b@example.org"


def test_revert_refuses_when_the_record_changed_since(desk: Desk) -> None:
    heard: list[ChangeSet] = []
    desk.history.subscribe(heard.append)
    partner = desk.partners.create(PartnerDraft(name="Alpha"))
    desk.partners.update(partner.id, PartnerDraft(name="Beta"))
    edit = heard[-1]
    desk.partners.update(partner.id, PartnerDraft(name="Someone else's"))
    with pytest.raises(ConflictError):
        desk.history.revert(edit.id)
    assert desk.partners.get(partner.id).name == "Someone else's"


def test_revert_and_reapply_create_and_delete_keep_the_id(desk: Desk) -> None:
    heard: list[ChangeSet] = []
    desk.history.subscribe(heard.append)
    partner = desk.partners.create(PartnerDraft(name="Alpha", tags=("x",)))
    create = heard[-1]
    desk.contacts.add(partner.id, ContactDraft(name="Ольга"))

    desk.partners.delete(partner.id)
    delete = heard[-1]
    desk.history.revert(delete.id)
    back = desk.partners.get(partner.id)
    assert (back.name, back.tags) == ("Alpha", ("x",))
    assert [c.name for c in desk.contacts.for_partner(partner.id)] == ["Ольга"]
    assert desk.trash.count() == 0
    desk.history.reapply(delete.id)
    assert desk.partners.count() == 0

    desk.history.revert(delete.id)
    contact_set = heard[-4]
    desk.history.revert(contact_set.id)  # undo adding the contact
    desk.history.revert(create.id)  # undo creating the partner: it goes to the trash
    assert desk.partners.count() == 0
    assert desk.trash.count() == 1
    desk.history.reapply(create.id)
    assert desk.partners.get(partner.id).name == "Alpha"


def test_a_bulk_create_is_undone_and_redone_as_a_whole(db: Database, desk: Desk) -> None:
    from collabdesk.domain.partner import Partner

    heard: list[ChangeSet] = []
    desk.history.subscribe(heard.append)
    with db.sessions.begin() as session:  # the way an import writes: one transaction
        session.add_all(Partner(name=f"Партнёр {i}") for i in range(50))
    [bulk] = heard
    assert len(bulk.changes) == 50

    desk.history.revert(bulk.id)
    assert desk.partners.count() == 0
    desk.history.reapply(bulk.id)
    assert desk.partners.count() == 50
    assert desk.trash.count() == 0


def test_a_failing_listener_does_not_undo_a_saved_change(desk: Desk) -> None:
    def broken(_change_set: ChangeSet) -> None:
        raise RuntimeError("listener bug")

    desk.history.subscribe(broken)
    created = desk.partners.create(PartnerDraft(name="Alpha"))
    assert desk.partners.get(created.id).name == "Alpha"
