"""Migration 0007 fills the search text of commitments already in a database,
so the tracker's fast search finds old rows too."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from collabdesk.services.commitment_tracker import CommitmentTracker, TrackerQuery
from collabdesk.store import migrate
from collabdesk.store.database import open_database, sqlite_url
from collabdesk.store.engine import open_engine


def test_upgrade_backfills_search_text_and_the_index(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = open_engine(sqlite_url(path), foreign_keys=False)
    try:
        with engine.begin() as conn:
            config = migrate.alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "0006_history_trash")
    finally:
        engine.dispose()
    now = "2026-01-01 00:00:00.000000"
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO collaboration (id, title, idea, stage, wizard_page, created_at,"
        " updated_at, version_id) VALUES (1, 'Проект', '', 'delivering', 0, ?, ?, 1)",
        (now, now),
    )
    conn.executemany(
        "INSERT INTO commitment (id, collaboration_id, direction, description, unit, owner,"
        " status, currency, waived_reason, proof_note, proof_path, created_at, updated_at,"
        " version_id) VALUES (?, 1, 'library_gives', ?, '', ?, 'planned', 'RUB', '', '', '',"
        " ?, ?, 1)",
        [(1, "СТЕНД «Ёлка»", "Вера", now, now), (2, "Афиши", "", now, now)],
    )
    conn.commit()
    conn.close()

    db = open_database(sqlite_url(path))  # migrates to the head
    try:
        tracker = CommitmentTracker(db.sessions)
        found = tracker.page(TrackerQuery(text="стенд елка"))
        assert [r.id for r in found] == [1]
        assert [r.id for r in tracker.page(TrackerQuery(text="вера"))] == [1]
        assert [r.id for r in tracker.page(TrackerQuery(text="АФИШ"))] == [2]
    finally:
        db.close()
    conn = sqlite3.connect(path)
    try:
        text = conn.execute("SELECT search_text FROM commitment WHERE id = 1").fetchone()[0]
        indexed = conn.execute(
            "SELECT rowid FROM commitment_fts WHERE commitment_fts MATCH '\"елка\"'"
        ).fetchall()
    finally:
        conn.close()
    assert text == "стенд елка вера" and indexed == [(1,)]
