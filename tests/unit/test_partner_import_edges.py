"""Partner import at its edges (issue 15): a failure in the middle of the
bulk insert leaves the schema as it was (the search trigger back, FTS5's
settings back, nothing imported) and search keeps working; rows a person
may really have — a 10,000-character name, `<b>`, emoji, a broken line —
are imported or refused with a clear reason, never lost silently."""

from __future__ import annotations

import pytest

from collabdesk.services import partner_bulk
from collabdesk.services.desk import Desk
from collabdesk.services.partner_directory import PartnerQuery, directory_for
from collabdesk.services.partner_transfer import ImportPlan, PartnerTransfer
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.tabular import read_csv_bytes
from collabdesk.store.database import Database


def plan_of(db: Database, text: str) -> tuple[PartnerTransfer, ImportPlan]:
    transfer = PartnerTransfer(db.sessions)
    return transfer, transfer.plan(read_csv_bytes(text.encode()))


def found(db: Database, text: str) -> list[str]:
    return [p.name for p in directory_for(db).page(PartnerQuery(text=text), 0, 50)]


def fts_state(db: Database) -> list[tuple[object, ...]]:
    """The search index's insert trigger and the FTS5 settings the import changes."""
    sql = (
        "SELECT 'trigger', count(*) FROM sqlite_master WHERE name = 'partner_fts_ai' UNION ALL "
        "SELECT k, v FROM partner_fts_config WHERE k IN ('automerge', 'hashsize') ORDER BY 1"
    )
    with db.engine.connect() as conn:
        return [tuple(row) for row in conn.exec_driver_sql(sql)]


def test_a_failure_inside_the_bulk_insert_rolls_back_to_a_working_search(
    db: Database, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    if db.sqlite_path is None:
        pytest.skip("the search index is SQLite's FTS5")
    desk.partners.create(PartnerDraft(name="Был до импорта"))
    before = fts_state(db)
    transfer, plan = plan_of(db, "Название\n" + "".join(f"Переплётная {i}\n" for i in range(3000)))
    real_fill = partner_bulk.fill_search_index

    def fill_then_fail(*args: object) -> None:
        real_fill(*args)  # type: ignore[arg-type]
        raise RuntimeError("the disk went away")  # after the index, before the trigger is back

    monkeypatch.setattr(partner_bulk, "fill_search_index", fill_then_fail)
    with pytest.raises(RuntimeError):
        transfer.apply(plan)
    monkeypatch.undo()

    assert desk.partners.count() == 1  # nothing of the import, the partner before kept
    assert fts_state(db) == before  # the insert trigger and FTS5's settings as they were
    assert found(db, "переплетная") == []
    desk.partners.create(PartnerDraft(name="Переплётная мастерская"))
    assert found(db, "переплетная") == ["Переплётная мастерская"]  # the trigger indexes again
    assert transfer.apply(transfer.plan(plan.table)) == 3000  # and the import goes through
    assert len(found(db, "переплетная 299")) == 13  # 299, 1299, 2299 and 2990–2999


def test_the_import_leaves_fts_settings_as_it_found_them(db: Database) -> None:
    if db.sqlite_path is None:
        pytest.skip("the search index is SQLite's FTS5")
    before = fts_state(db)
    transfer, plan = plan_of(db, "Название\nОдин\nДва\n")
    assert transfer.apply(plan) == 2
    assert fts_state(db) == before
    assert found(db, "один") == ["Один"]


def test_a_ten_thousand_character_name_is_refused_with_its_row_and_the_rest_imported(
    db: Database,
) -> None:
    transfer, plan = plan_of(db, "Название;Город\n" + "Ж" * 10_000 + ";Тверь\nКороткое;Тверь\n")
    assert [p.row for p in plan.rejected] == [2]
    assert plan.rejected[0].problems[0].field == "name"  # the window says which field
    assert "too long" in plan.rejected[0].reason.lower() or plan.rejected[0].problems[0].limit
    assert transfer.apply(plan) == 1
    if db.sqlite_path is not None:
        assert found(db, "короткое") == ["Короткое"]


def test_markup_and_emoji_names_import_as_plain_text_and_are_found(db: Database) -> None:
    transfer, plan = plan_of(
        db, "Название;Город\n<b>Жирная</b> типография;Тверь\nКофейня ☕🥐;Тверь\n"
    )
    assert transfer.apply(plan) == 2
    if db.sqlite_path is None:
        return
    assert found(db, "<b>жирная") == ["<b>Жирная</b> типография"]  # stored as typed, not markup
    assert found(db, "кофейня") == ["Кофейня ☕🥐"]


def test_a_broken_line_is_listed_as_damaged_and_the_others_imported(db: Database) -> None:
    text = (
        "Название;Город;Почта\nПервый;Тверь;a@example.org\n"
        "Сломанная;строка;с;лишними;полями\nТретий;Пермь;c@example.org\n"
    )
    transfer, plan = plan_of(db, text)
    assert [p.row for p in plan.damaged] == [3]
    assert plan.damaged[0].reason  # a reason the CLI and the window show
    assert transfer.apply(plan) == 2
    if db.sqlite_path is not None:
        assert found(db, "третий") == ["Третий"]
        assert found(db, "сломанная") == []
