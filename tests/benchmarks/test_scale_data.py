"""The shared builder of issue 15's database, at a tiny size."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import ModuleType

import pytest

from collabdesk.store import schema_head
from collabdesk.store.schema_head import HEAD_REVISION
from collabdesk.store.sqlite_file import schema_revision


def _count(conn: sqlite3.Connection, sql: str) -> int:
    return int(conn.execute(sql).fetchone()[0])


def test_builds_every_table_through_the_migrations(scale_data: ModuleType) -> None:
    path = scale_data.scale_database(partners=120, commitments=900, collaborations=40)
    assert path.parent == scale_data.CACHE
    assert schema_revision(path) == HEAD_REVISION
    conn = sqlite3.connect(path)
    try:
        assert _count(conn, "SELECT count(*) FROM partner") == 120
        assert _count(conn, "SELECT count(*) FROM collaboration") == 40
        assert _count(conn, "SELECT count(*) FROM commitment") == 900
        assert _count(conn, "SELECT count(*) FROM collaboration_partner") >= 40
        assert _count(conn, "SELECT count(*) FROM checklist_answer") > 0
        assert _count(conn, "SELECT count(*) FROM commitment_proof") > 0
        assert _count(conn, "SELECT count(DISTINCT owner) FROM commitment") > 3
        assert _count(conn, "SELECT count(DISTINCT status) FROM commitment") == 5
        # every commitment's partner takes part in its collaboration
        assert not _count(
            conn,
            "SELECT count(*) FROM commitment m LEFT JOIN collaboration_partner cp"
            " ON cp.collaboration_id = m.collaboration_id AND cp.partner_id = m.partner_id"
            " WHERE cp.id IS NULL",
        )
        # the search indexes hold every row, and the triggers are back
        assert _count(conn, "SELECT count(*) FROM commitment_fts WHERE commitment_fts MATCH 'кофе'")
        assert _count(
            conn, "SELECT count(*) FROM commitment WHERE search_text LIKE '%кофе%'"
        ) == _count(conn, "SELECT count(*) FROM commitment_fts WHERE commitment_fts MATCH 'кофе'")
        assert _count(conn, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'") == 6
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert _count(conn, "SELECT count(*) FROM sqlite_stat1") > 0  # ANALYZE ran
    finally:
        conn.close()


def test_built_once_then_reused(scale_data: ModuleType) -> None:
    first = scale_data.scale_database(partners=10, commitments=50, collaborations=5)
    stamp = first.stat().st_mtime_ns
    again = scale_data.scale_database(partners=10, commitments=50, collaborations=5)
    assert again == first and again.stat().st_mtime_ns == stamp
    other = scale_data.scale_database(partners=11, commitments=50, collaborations=5)
    assert other != first


def test_same_sizes_same_rows(scale_data: ModuleType, tmp_path: Path) -> None:
    first = scale_data.scale_database(partners=30, commitments=100, collaborations=8)
    copy = scale_data.scratch_copy(first, tmp_path / "one")
    first.unlink()
    second = scale_data.scale_database(partners=30, commitments=100, collaborations=8)
    rows = "SELECT name, status FROM partner UNION ALL SELECT description, due_on FROM commitment"
    with sqlite3.connect(copy) as a, sqlite3.connect(second) as b:
        assert a.execute(rows).fetchall() == b.execute(rows).fetchall()


def test_a_cache_from_an_older_schema_is_migrated(
    scale_data: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = scale_data.scale_database(partners=10, commitments=20, collaborations=3)
    migrated: list[Path] = []
    monkeypatch.setattr(scale_data, "_migrate", migrated.append)
    scale_data.scale_database(partners=10, commitments=20, collaborations=3)
    assert migrated == []  # current: used as it is
    monkeypatch.setattr(schema_head, "HEAD_REVISION", "a_newer_revision")
    assert scale_data.scale_database(partners=10, commitments=20, collaborations=3) == path
    assert migrated == [path]


def test_scratch_copy_leaves_the_cache_alone(scale_data: ModuleType, tmp_path: Path) -> None:
    path = scale_data.scale_database(partners=10, commitments=20, collaborations=3)
    copy = scale_data.scratch_copy(path, tmp_path / "data")
    with sqlite3.connect(copy) as conn:
        conn.execute("DELETE FROM commitment")
    conn.close()
    with sqlite3.connect(path) as conn:
        assert _count(conn, "SELECT count(*) FROM commitment") == 20
    conn.close()
