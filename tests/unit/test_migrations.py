"""Alembic migrations shipped in the package: the head constant, a fresh
schema that matches the models, and backups before an upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from collabdesk.domain.models import Base
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.store import migrate
from collabdesk.store.database import open_database, sqlite_url
from collabdesk.store.engine import open_engine
from collabdesk.store.schema_head import HEAD_REVISION
from collabdesk.store.sqlite_file import schema_revision


def tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    finally:
        conn.close()
    return {r[0] for r in rows}


def test_head_constant_matches_alembic() -> None:
    assert migrate.head_revision() == HEAD_REVISION


def test_revisions_form_one_line() -> None:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(scripts.get_heads()) == 1
    assert len(scripts.get_bases()) == 1


def test_migrating_an_empty_file_creates_every_table(tmp_path: Path) -> None:
    path = tmp_path / "fresh.sqlite3"
    path.touch()

    migrate.upgrade(sqlite_url(path))

    created = tables(path)
    assert set(Base.metadata.tables) <= created
    assert "partner_fts" in created
    assert schema_revision(path) == HEAD_REVISION


def test_fresh_schema_matches_the_models(tmp_path: Path) -> None:
    path = tmp_path / "fresh.sqlite3"
    migrate.upgrade(sqlite_url(path))
    engine = open_engine(sqlite_url(path))
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    # The FTS5 index and its shadow tables are created by raw SQL on purpose.
    unexpected = [
        d
        for d in diff
        if not (d[0] == "remove_table" and d[1].name.startswith(("partner_fts", "commitment_fts")))
    ]
    assert unexpected == []


def test_fts_triggers_exist(tmp_path: Path) -> None:
    path = tmp_path / "fresh.sqlite3"
    migrate.upgrade(sqlite_url(path))
    conn = sqlite3.connect(path)
    try:
        triggers = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
    finally:
        conn.close()
    assert {"partner_fts_ai", "partner_fts_ad", "partner_fts_au"} <= triggers


def test_upgrading_an_older_database_keeps_data_and_makes_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "collabdesk.sqlite3"
    first = migrate.head_revision()
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    base = next(iter(scripts.get_bases()))
    # Build the database at the first revision, with a partner in it.
    engine = open_engine(sqlite_url(path), foreign_keys=False)
    try:
        with engine.begin() as conn:
            config = migrate.alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, base)
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO partner (name, kind, status, city, website, email, phone,"
                " values_notes, owner, notes, name_key, search_text, created_at, updated_at,"
                " version_id) VALUES ('Старый партнёр', 'business', 'prospect', 'Томск', '',"
                " '', '', '', '', '', 'старый партнер', 'старый партнер томск',"
                " '2025-01-01 00:00:00', '2025-01-01 00:00:00', 1)"
            )
            # A child row behind ON DELETE CASCADE: rebuilding the partner
            # table with foreign keys on would silently delete it.
            conn.exec_driver_sql(
                "INSERT INTO contact (partner_id, name, role, email, phone, notes, created_at,"
                " updated_at, version_id) VALUES (1, 'Мария', '', '', '', '',"
                " '2025-01-01 00:00:00', '2025-01-01 00:00:00', 1)"
            )
    finally:
        engine.dispose()
    assert schema_revision(path) == base

    db = open_database(sqlite_url(path))
    try:
        assert schema_revision(path) == first
        assert Desk.over(db.sessions).partners.get(1).name == "Старый партнёр"
        assert [c.name for c in Desk.over(db.sessions).contacts.for_partner(1)] == ["Мария"]
        Desk.over(db.sessions).partners.create(PartnerDraft(name="Новый"))
    finally:
        db.close()

    if base != first:
        backups = list((tmp_path / "backups").glob("*before_migration.sqlite3"))
        assert len(backups) == 1
        assert schema_revision(backups[0]) == base
        backup = sqlite3.connect(backups[0])
        try:
            assert backup.execute("SELECT name FROM partner").fetchall() == [("Старый партнёр",)]
        finally:
            backup.close()


def test_upgrade_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "twice.sqlite3"
    migrate.upgrade(sqlite_url(path))
    migrate.upgrade(sqlite_url(path))
    assert schema_revision(path) == HEAD_REVISION


def test_library_contact_columns_arrive_empty_on_an_older_database(tmp_path: Path) -> None:
    """0008: a profile saved before the library had an e-mail and phone
    keeps everything and gets empty ones."""
    path = tmp_path / "collabdesk.sqlite3"
    engine = open_engine(sqlite_url(path), foreign_keys=False)
    try:
        with engine.begin() as conn:
            config = migrate.alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "0007_commitment_search")
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO library_profile (name, branch, city, website, brand_colour,"
                " logo_path, default_language, created_at, updated_at, version_id)"
                " VALUES ('Орбита', '', 'Томск', '', '#1F5C99', '', 'ru',"
                " '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)"
            )
    finally:
        engine.dispose()
    db = open_database(sqlite_url(path))
    try:
        profile = Desk.over(db.sessions).library.profile()
    finally:
        db.close()
    assert schema_revision(path) == HEAD_REVISION
    assert (profile.name, profile.city, profile.email, profile.phone) == ("Орбита", "Томск", "", "")


def test_migrations_keep_the_tracker_indexes_and_search_triggers(tmp_path: Path) -> None:
    """A batch 'recreate' of the commitment table silently drops what
    reflection cannot see; the tracker would then scan 500,000 rows."""
    path = tmp_path / "fresh.sqlite3"
    migrate.upgrade(sqlite_url(path))
    conn = sqlite3.connect(path)
    try:
        names = {
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE tbl_name = 'commitment'"
                " AND type IN ('index', 'trigger')"
            )
        }
    finally:
        conn.close()
    assert {
        "ix_commitment_due_key",
        "ix_commitment_status_due_key",
        "ix_commitment_quantity_key",
        "ix_commitment_series_id",
        "commitment_fts_ai",
    } <= names
