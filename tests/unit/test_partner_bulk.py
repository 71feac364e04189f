"""The bulk partner import (services/partner_bulk.py): rows as typed-in
partners would be, searchable, tagged, ONE change-log entry, undo."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from collabdesk.domain.history import ChangeEntry
from collabdesk.services.desk import Desk
from collabdesk.services.errors import ServiceError
from collabdesk.services.partner_directory import PartnerQuery, directory_for
from collabdesk.services.partner_transfer import PartnerTransfer
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.tabular import read_csv_bytes
from collabdesk.store.database import Database

CSV = "Название;Город;Почта;Теги\n" + "".join(
    f"Кофейня Зерно {i};Тверь;z{i}@example.org;кофе, город\n" for i in range(1200)
)


def imported(db: Database) -> int:
    transfer = PartnerTransfer(db.sessions)
    return transfer.apply(transfer.plan(read_csv_bytes(CSV.encode())))


def entries(db: Database) -> list[ChangeEntry]:
    with db.sessions() as session:
        return list(session.scalars(select(ChangeEntry).order_by(ChangeEntry.id)))


def test_imported_partners_read_search_and_tag_like_typed_ones(db: Database, desk: Desk) -> None:
    desk.partners.create(PartnerDraft(name="Был до импорта", tags=("кофе",)))
    assert imported(db) == 1200
    typed = desk.partners.create(PartnerDraft(name="После импорта", city="Тверь"))
    record = desk.partners.get(2)
    assert (record.name, record.city, record.email) == (
        "Кофейня Зерно 0",
        "Тверь",
        "z0@example.org",
    )
    assert record.tags == ("город", "кофе")  # the existing tag reused, the new one made once
    assert record.version_id == 1
    if db.sqlite_path is None:
        return
    directory = directory_for(db)
    assert directory.count(PartnerQuery(text="зерно 1199")) == 1  # the search index has them
    assert directory.count(PartnerQuery(text="кофейня")) == 1200
    assert directory.count(PartnerQuery(text="после импорта")) == 1  # the trigger is back
    assert typed.id == 1202
    with db.engine.connect() as conn:
        automerge = conn.exec_driver_sql(
            "SELECT v FROM partner_fts_config WHERE k = 'automerge'"
        ).scalar()
        check = conn.exec_driver_sql(
            "INSERT INTO partner_fts(partner_fts, rank) VALUES ('integrity-check', 1)"
        )
        check.close()
    assert automerge is None  # FTS5's default merging (4), as before the import


def test_one_change_log_entry_for_the_whole_import(db: Database) -> None:
    imported(db)
    rows = entries(db)
    assert [(e.table_name, e.action, e.record_id) for e in rows] == [("partner", "import", 1)]
    assert '"count": 1200' in (rows[0].new_value or "")


def test_undo_removes_the_import_and_redo_says_why_not(db: Database, desk: Desk) -> None:
    desk.partners.create(PartnerDraft(name="Был до импорта"))
    imported(db)
    change_set = entries(db)[-1].change_set
    desk.history.revert(change_set)
    assert desk.partners.count() == 1
    assert [e.action for e in entries(db)][-1] == "import_undone"
    with pytest.raises(ServiceError, match="cannot be redone"):
        desk.history.reapply(change_set)


def test_undo_refused_once_an_imported_partner_was_edited(db: Database, desk: Desk) -> None:
    imported(db)
    change_set = entries(db)[-1].change_set
    record = desk.partners.get(7)
    desk.partners.update(
        record.id, PartnerDraft(name="Переименован"), expected_version=record.version_id
    )
    with pytest.raises(ServiceError, match="changed or used since"):
        desk.history.revert(change_set)
    assert desk.partners.count() == 1200


def test_clean_text_drops_the_controls_and_surrogates_it_always_did() -> None:
    import unicodedata

    from collabdesk.services.validation import CONTROL_RE

    for code in range(0x110000):
        char = chr(code)
        dropped = unicodedata.category(char) in ("Cc", "Cs") and char not in "\n\t"
        assert bool(CONTROL_RE.match(char)) == dropped, hex(code)


def test_commitments_import_in_bulk_searchable_with_one_entry_and_undo(
    db: Database, desk: Desk
) -> None:
    from collabdesk.domain.enums import Direction
    from collabdesk.services.collaborations import CollaborationDraft
    from collabdesk.services.commitment_records import CommitmentDraft
    from collabdesk.services.commitment_transfer import CommitmentTransfer

    partner = desk.partners.create(PartnerDraft(name="Кофейня «Зерно»"))
    collab = desk.collaborations.create(
        CollaborationDraft(title="Ночь в библиотеке", partner_ids=(partner.id,))
    ).id
    desk.commitments.add(
        collab, CommitmentDraft(direction=Direction.LIBRARY_GIVES, description="Логотип на афише")
    )
    rows = "".join(
        f"Ночь в библиотеке;кофейня зерно;partner_gives;Кофе для гостей {i};01.02.2027;1 500\n"
        for i in range(700)
    )
    text = "Проект;Партнёр;Направление;Описание;Срок;Стоимость\n" + rows
    transfer = CommitmentTransfer(db.sessions)
    assert transfer.apply(transfer.plan(read_csv_bytes(text.encode()))) == 700
    added = desk.commitments.for_collaboration(collab)
    assert len(added) == 701
    coffee = next(c for c in added if c.description == "Кофе для гостей 699")
    assert coffee.partner_name == "Кофейня «Зерно»" and str(coffee.value) == "1500.00"
    imports = [e for e in entries(db) if e.action == "import"]
    assert [(e.table_name, e.record_id) for e in imports] == [("commitment", 2)]
    if db.sqlite_path is not None:
        with db.engine.connect() as conn:
            hits = conn.exec_driver_sql(
                "SELECT count(*) FROM commitment_fts WHERE commitment_fts MATCH '\"кофе для\"'"
            ).scalar()
            conn.exec_driver_sql(
                "INSERT INTO commitment_fts(commitment_fts, rank) VALUES ('integrity-check', 1)"
            ).close()
        assert hits == 700
    desk.history.revert(imports[0].change_set)
    assert [c.description for c in desk.commitments.for_collaboration(collab)] == [
        "Логотип на афише"
    ]
