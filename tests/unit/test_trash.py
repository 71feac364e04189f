"""The trash: delete → trash → restore brings back every related row exactly;
delete for good; purge after the retention period, after a backup."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from collabdesk.domain.base import utcnow
from collabdesk.domain.enums import Direction
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.contacts import ContactDraft
from collabdesk.services.desk import Desk
from collabdesk.services.errors import InUseError, NotFoundError
from collabdesk.services.interactions import InteractionDraft
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.trash import RestoreRefusedError
from collabdesk.store.database import Database

TABLES = (
    "partner",
    "contact",
    "interaction",
    "partner_tag",
    "tag",
    "collaboration",
    "collaboration_partner",
    "checklist_answer",
    "commitment",
    "collaboration_metric",
    "collaboration_ad_item",
    "advertising_item",
)


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the data tables, as SQLite stores them."""
    with sqlite3.connect(path) as conn:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in TABLES}


def make_partner(desk: Desk) -> int:
    partner = desk.partners.create(
        PartnerDraft(name="Кафе «<b>Ёлка</b>» 🎄", city="Томск", tags=("кофе", "дети"))
    )
    contact = desk.contacts.add(partner.id, ContactDraft(name="Ольга", email="o@example.org"))
    desk.interactions.add(
        partner.id,
        InteractionDraft(occurred_on=date(2026, 2, 3), summary="x" * 10_000, contact_id=contact.id),
    )
    return partner.id


def test_partner_delete_and_restore_brings_back_every_row_exactly(db: Database, desk: Desk) -> None:
    assert db.sqlite_path is not None
    desk.partners.create(PartnerDraft(name="Stays", tags=("кофе",)))
    partner_id = make_partner(desk)
    before = dump(db.sqlite_path)

    desk.partners.delete(partner_id)
    gone = dump(db.sqlite_path)
    assert [r[0] for r in gone["partner"]] != [r[0] for r in before["partner"]]
    assert gone["contact"] == [] and gone["interaction"] == []
    [item] = desk.trash.items()
    assert (item.table, item.record_id, item.label) == (
        "partner",
        partner_id,
        "Кафе «<b>Ёлка</b>» 🎄",
    )
    assert item.rows == 1 + 1 + 1 + 2  # partner, contact, interaction, two tag links

    desk.trash.restore(item.id)
    assert dump(db.sqlite_path) == before
    assert desk.trash.items() == []
    assert desk.history.for_record("partner", partner_id)[0].action == "restore"
    # The search index came back too.
    from collabdesk.services.partner_directory import PartnerDirectory, PartnerQuery

    directory = PartnerDirectory.for_sqlite_file(db.sqlite_path)
    try:
        assert [r.id for r in directory.page(PartnerQuery(text="елка"), 0, 10)] == [partner_id]
    finally:
        directory.close()


def test_collaboration_delete_and_restore_brings_back_every_row_exactly(
    db: Database, desk: Desk
) -> None:
    assert db.sqlite_path is not None
    partner = desk.partners.create(PartnerDraft(name="Типография"))
    plan_b = desk.partners.create(PartnerDraft(name="План Б"))
    collab = desk.collaborations.create(
        CollaborationDraft(
            title="Неделя книги", partner_ids=(partner.id,), alternative_ids=(plan_b.id,)
        )
    )
    desk.collaborations.save_answer(collab.id, "why", "why.goal", "Читатели", True)
    desk.commitments.add(
        collab.id,
        CommitmentDraft(
            Direction.PARTNER_GIVES, "Печать", partner_id=partner.id, value=Decimal("1500.50")
        ),
    )
    before = dump(db.sqlite_path)

    desk.collaborations.delete(collab.id)
    assert dump(db.sqlite_path)["commitment"] == []
    [item] = desk.trash.items()
    assert item.rows == 1 + 2 + 1 + 1

    desk.trash.restore(item.id)
    assert dump(db.sqlite_path) == before


def test_partner_in_a_collaboration_is_still_refused(desk: Desk) -> None:
    partner = desk.partners.create(PartnerDraft(name="Типография"))
    desk.collaborations.create(CollaborationDraft(title="Неделя", partner_ids=(partner.id,)))
    with pytest.raises(InUseError):
        desk.partners.delete(partner.id)
    assert desk.trash.items() == []


def test_restore_refused_when_the_id_was_reused(desk: Desk) -> None:
    partner_id = make_partner(desk)
    desk.partners.delete(partner_id)
    newcomer = desk.partners.create(PartnerDraft(name="Newcomer"))
    assert newcomer.id == partner_id  # SQLite hands out the highest free id again
    [item] = desk.trash.items()
    with pytest.raises(RestoreRefusedError, match="reused"):
        desk.trash.restore(item.id)
    assert desk.partners.get(partner_id).name == "Newcomer"
    assert len(desk.trash.items()) == 1  # still there; nothing lost


def test_restore_refused_when_a_partner_it_names_is_gone(desk: Desk) -> None:
    partner = desk.partners.create(PartnerDraft(name="Типография"))
    desk.partners.create(PartnerDraft(name="Keeps the highest id"))
    collab = desk.collaborations.create(
        CollaborationDraft(title="Неделя", partner_ids=(partner.id,))
    )
    desk.collaborations.delete(collab.id)
    desk.partners.delete(partner.id)
    collab_item = next(i for i in desk.trash.items() if i.table == "collaboration")
    with pytest.raises(RestoreRefusedError, match="no longer exist"):
        desk.trash.restore(collab_item.id)
    assert desk.collaborations.rows() == []


def test_delete_for_good(desk: Desk) -> None:
    desk.partners.delete(make_partner(desk))
    [item] = desk.trash.items()
    desk.trash.delete_for_good(item.id)
    assert desk.trash.items() == []
    with pytest.raises(NotFoundError):
        desk.trash.restore(item.id)


def test_purge_after_the_retention_period_backs_up_first(desk: Desk) -> None:
    desk.partners.delete(make_partner(desk))
    calls: list[str] = []

    assert desk.trash.purge(90, backup=lambda: calls.append("backup")) == 0
    assert calls == []  # nothing due: no backup, nothing purged
    later = utcnow() + timedelta(days=91)
    assert desk.trash.purge(90, backup=lambda: calls.append("backup"), now=later) == 1
    assert calls == ["backup"]
    assert desk.trash.items() == []


def test_purge_keeps_everything_when_the_backup_fails(desk: Desk) -> None:
    desk.partners.delete(make_partner(desk))

    def broken_backup() -> None:
        raise OSError("disk full")

    with pytest.raises(OSError):
        desk.trash.purge(0, backup=broken_backup, now=utcnow() + timedelta(days=1))
    assert len(desk.trash.items()) == 1


def test_purge_without_a_backup_function_copies_the_database_first(
    db: Database, desk: Desk
) -> None:
    assert db.sqlite_path is not None
    desk.partners.delete(make_partner(desk))
    assert desk.trash.purge(0, now=utcnow() + timedelta(seconds=1)) == 1
    [copy] = (db.sqlite_path.parent / "backups").glob("before-trash-purge-*.sqlite3")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM trash").fetchone() == (1,)
