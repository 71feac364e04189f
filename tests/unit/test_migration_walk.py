"""Every earlier schema revision, with data, migrates to the head with the
same rows: row counts and a checksum over the columns each table had
before. Walks whatever revisions exist, so new ones are covered as they land."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from collabdesk.store import migrate
from collabdesk.store.backup import check_file, list_backups
from collabdesk.store.database import open_database, sqlite_url
from collabdesk.store.engine import open_engine
from collabdesk.store.schema_head import HEAD_REVISION
from collabdesk.store.sqlite_file import schema_revision

REVISIONS = [
    r.revision for r in ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions()
][::-1]  # oldest first


def build_at(path: Path, revision: str) -> None:
    engine = open_engine(sqlite_url(path), foreign_keys=False)
    try:
        with engine.begin() as conn:
            config = migrate.alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def fill(path: Path) -> None:
    conn = sqlite3.connect(path)
    stamp = "'2025-01-01 00:00:00', '2025-01-01 00:00:00', 1"
    conn.executemany(
        "INSERT INTO partner (name, kind, status, city, website, email, phone, values_notes,"
        " owner, notes, name_key, search_text, created_at, updated_at, version_id) VALUES"
        f" (?, 'business', 'prospect', ?, '', ?, '+7 495 000-00-00', '', '', ?, ?, ?, {stamp})",
        [
            (f"Партнёр «{i}» 😀", "Томск", f"p{i}@x.ru", f"строка\n{i}", f"партнер {i}", f"p {i}")
            for i in range(1, 51)
        ],
    )
    conn.executemany(
        "INSERT INTO contact (partner_id, name, role, email, phone, notes, created_at,"
        f" updated_at, version_id) VALUES (?, ?, 'директор', '', '', '', {stamp})",
        [(i, f"Контакт {i}") for i in range(1, 51)],
    )
    conn.commit()
    conn.close()


def fingerprint(
    path: Path, columns: dict[str, list[str]] | None = None
) -> dict[str, tuple[int, str]]:
    """Per table: row count and a SHA-256 over the given (or all) columns."""
    conn = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if not r[0].startswith(("partner_fts", "commitment_fts", "sqlite_", "alembic_"))
        ]
        result = {}
        for table in names if columns is None else list(columns):
            cols = (
                columns[table]
                if columns
                else [c[1] for c in conn.execute(f"PRAGMA table_info({table})")]
            )
            quoted = ", ".join(f'"{c}"' for c in cols)
            rows = conn.execute(f"SELECT {quoted} FROM {table} ORDER BY rowid").fetchall()
            digest = hashlib.sha256(repr(rows).encode()).hexdigest()
            result[table] = (len(rows), digest)
        return result
    finally:
        conn.close()


def column_names(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if not r[0].startswith(("partner_fts", "commitment_fts", "sqlite_", "alembic_"))
        ]
        return {t: [c[1] for c in conn.execute(f"PRAGMA table_info({t})")] for t in tables}
    finally:
        conn.close()


@pytest.mark.parametrize("revision", [r for r in REVISIONS if r != HEAD_REVISION])
def test_every_earlier_revision_migrates_with_its_data(revision: str, tmp_path: Path) -> None:
    path = tmp_path / "collabdesk.sqlite3"
    build_at(path, revision)
    fill(path)
    before_columns = column_names(path)
    before = fingerprint(path, before_columns)
    db = open_database(sqlite_url(path))
    db.close()
    assert schema_revision(path) == HEAD_REVISION
    assert check_file(path) == "ok"
    after = fingerprint(path, before_columns)
    assert after == before
    assert [b.reason for b in list_backups(tmp_path / "backups")] == ["before_migration"]
    counts = {t: n for t, (n, _) in before.items() if n}
    print(f"migration {revision} -> {HEAD_REVISION}: rows {counts}, checksums equal")
