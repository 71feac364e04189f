"""Migration 0010 carries old data over: the shipped questions learn who may
read them, an old "what the partner gets" answer belongs to the only partner,
a logo kept as a path is read into the database, and the commitment search
triggers survive."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command

from collabdesk.store import migrate
from collabdesk.store.database import sqlite_url
from collabdesk.store.engine import open_engine

NOW = "2026-01-01 00:00:00.000000"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def _at(path: Path, revision: str) -> None:
    engine = open_engine(sqlite_url(path), foreign_keys=False)
    try:
        with engine.begin() as conn:
            config = migrate.alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def _old_database(tmp_path: Path) -> Path:
    path = tmp_path / "old.sqlite3"
    _at(path, "0008_library_contact")
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    conn = sqlite3.connect(path)
    stamp = (NOW, NOW)
    for key, step in (
        ("why.goal", "why"),
        ("why.colleagues", "why"),
        ("qualitative.brand_value", "qualitative"),
    ):
        conn.execute(
            "INSERT INTO checklist_question (key, step, position, prompt_en, prompt_ru, required,"
            " active, builtin, created_at, updated_at, version_id) VALUES (?, ?, 0, '', '', 1, 1,"
            " 1, ?, ?, 1)",
            (key, step, *stamp),
        )
    for pid, name in ((1, "Кофейня"), (2, "Фонд"), (3, "Музей")):
        conn.execute(
            "INSERT INTO partner (id, name, kind, status, city, website, email, phone,"
            " values_notes, owner, notes, name_key, search_text, created_at, updated_at,"
            " version_id) VALUES (?, ?, 'business', 'active', '', '', '', '', '', '', '', ?, ?,"
            " ?, ?, 1)",
            (pid, name, name.lower(), name.lower(), *stamp),
        )
    for cid in (1, 2):
        conn.execute(
            "INSERT INTO collaboration (id, title, idea, stage, wizard_page, created_at,"
            " updated_at, version_id) VALUES (?, 'Проект', '', 'idea', 0, ?, ?, 1)",
            (cid, *stamp),
        )
    for cid, pid in ((1, 1), (2, 2), (2, 3)):
        conn.execute(
            "INSERT INTO collaboration_partner (collaboration_id, partner_id, role, created_at,"
            " updated_at, version_id) VALUES (?, ?, 'partner', ?, ?, 1)",
            (cid, pid, *stamp),
        )
    for cid in (1, 2):
        conn.execute(
            "INSERT INTO checklist_answer (collaboration_id, step_key, question_key, answer, done,"
            " created_at, updated_at, version_id) VALUES (?, 'qualitative',"
            " 'qualitative.brand_value', 'Виден на афишах', 1, ?, ?, 1)",
            (cid, *stamp),
        )
    conn.execute(
        "INSERT INTO library_profile (name, branch, city, website, email, phone, brand_colour,"
        " logo_path, default_language, created_at, updated_at, version_id) VALUES ('Библиотека',"
        " '', '', '', '', '', '#1F5C99', ?, 'ru', ?, ?, 1)",
        (str(logo), *stamp),
    )
    conn.commit()
    conn.close()
    return path


def test_upgrade_carries_old_data_over(tmp_path: Path) -> None:
    path = _old_database(tmp_path)
    _at(path, "0010_partner_facing")
    conn = sqlite3.connect(path)
    try:
        audience = dict(conn.execute("SELECT key, audience FROM checklist_question"))
        owners = dict(conn.execute("SELECT collaboration_id, partner_id FROM checklist_answer"))
        logo = conn.execute("SELECT logo, logo_name FROM library_profile").fetchone()
        triggers = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
    finally:
        conn.close()
    assert audience == {
        "why.goal": "partner",
        "why.colleagues": "staff",
        "qualitative.brand_value": "partner",
    }
    # The single-partner collaboration's answer is the coffee shop's; the
    # two-partner one stays unassigned rather than shown to the wrong partner.
    assert owners == {1: 1, 2: None}
    assert logo == (PNG, "logo.png")
    assert {"commitment_fts_ai", "partner_fts_ai"} <= triggers


def test_one_answer_per_question_and_partner(tmp_path: Path) -> None:
    path = _old_database(tmp_path)
    _at(path, "0010_partner_facing")
    conn = sqlite3.connect(path)
    insert = (
        "INSERT INTO checklist_answer (collaboration_id, step_key, question_key, partner_id,"
        " answer, translation, done, created_at, updated_at, version_id) VALUES (2,"
        " 'qualitative', 'qualitative.brand_value', ?, 'x', '', 1, ?, ?, 1)"
    )
    try:
        conn.execute(insert, (3, NOW, NOW))  # the museum's own answer: allowed
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(insert, (None, NOW, NOW))  # a second collaboration-wide one
    finally:
        conn.close()


def test_downgrade_returns_to_0008(tmp_path: Path) -> None:
    path = _old_database(tmp_path)
    _at(path, "0010_partner_facing")
    engine = open_engine(sqlite_url(path), foreign_keys=False)
    try:
        with engine.begin() as conn:
            config = migrate.alembic_config()
            config.attributes["connection"] = conn
            command.downgrade(config, "0008_library_contact")
    finally:
        engine.dispose()
    conn = sqlite3.connect(path)
    try:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(checklist_answer)")}
    finally:
        conn.close()
    assert "partner_id" not in columns
