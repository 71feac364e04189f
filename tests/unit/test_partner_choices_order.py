"""The pickers' partner choices are read from the name index, the first
2,000 at once, never sorted from all partners (0.25 s at 100,000)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from collabdesk.domain.text import search_key
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.store.database import Database


def test_choices_come_alphabetically_from_the_name_index(db: Database, desk: Desk) -> None:
    for name in ("Ёлка", "<b>Банк</b> 🎨", "арт-кафе", "Вега"):
        desk.partners.create(PartnerDraft(name=name))
    statements: list[tuple[str, Any]] = []

    def note(*args: Any) -> None:
        statements.append((args[2], args[3]))

    engine = db.sessions.kw["bind"]
    event.listen(engine, "before_cursor_execute", note)
    try:
        names = [choice.name for choice in desk.plan_b.choices(limit=3)]
    finally:
        event.remove(engine, "before_cursor_execute", note)
    everyone = ["Ёлка", "<b>Банк</b> 🎨", "арт-кафе", "Вега"]
    assert names == sorted(everyone, key=search_key)[:3]  # case and ё folded
    assert "Ёлка" not in names  # "е" for "ё": after "Вега", not first
    if engine.dialect.name == "sqlite":
        sql, params = statements[-1]
        with engine.connect() as conn:
            found = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)
            plan = " ".join(str(row[-1]) for row in found)
        assert "ix_partner_name_key" in plan and "TEMP B-TREE" not in plan, plan
