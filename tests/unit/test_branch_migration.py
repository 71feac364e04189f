"""An existing single library migrated to 0013 (issue 19) is one branch that
holds every collaboration and figure, named after the profile's old
free-text branch, and Settings, the services and `library show` still show
that same text: nothing a user sees changes."""

from __future__ import annotations

import io
import re
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from collabdesk.cli import run
from collabdesk.services.desk import Desk
from collabdesk.store import migrate
from collabdesk.store.database import open_database, sqlite_url
from collabdesk.store.engine import open_engine

NOW = "2026-01-01 00:00:00.000000"


def _at(path: Path, revision: str) -> None:
    engine = open_engine(sqlite_url(path), foreign_keys=False)
    try:
        with engine.begin() as conn:
            config = migrate.alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def _single_library(folder: Path, branch: str) -> Path:
    """A database as 0012r left it: a profile with its free-text branch, two
    collaborations, three figures."""
    path = folder / "collabdesk.sqlite3"
    _at(path, "0012r_renewal_index")
    conn = sqlite3.connect(path)
    stamp = (NOW, NOW)
    conn.execute(
        "INSERT INTO library_profile (name, branch, city, website, email, phone, brand_colour,"
        " logo_path, default_language, created_at, updated_at, version_id) VALUES"
        " ('Библиотека «Орбита»', ?, 'Томск', '', '', '', '#1F5C99', '', 'ru', ?, ?, 1)",
        (branch, *stamp),
    )
    for cid, title in ((1, "Лекторий"), (2, "Кофе и книги")):
        conn.execute(
            "INSERT INTO collaboration (id, title, idea, stage, wizard_page, created_at,"
            " updated_at, version_id) VALUES (?, ?, '', 'idea', 0, ?, ?, 1)",
            (cid, title, *stamp),
        )
    for month, value in (("2026-01-01", 100), ("2026-02-01", 120), ("2026-03-01", 90)):
        conn.execute(
            "INSERT INTO metric (name, period_start, value, unit, source, branch, category,"
            " created_at, updated_at, version_id) VALUES ('Посещения', ?, ?, '', '', '', '',"
            " ?, ?, 1)",
            (month, value, *stamp),
        )
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("branch", ["Детский филиал", ""])
def test_a_single_library_becomes_one_branch_holding_everything(
    tmp_path: Path, branch: str
) -> None:
    path = _single_library(tmp_path, branch)
    db = open_database(sqlite_url(path))  # migrates to the head, as a start does
    try:
        desk = Desk.over(db.sessions, data_dir=tmp_path)
        branches = desk.branches.all()
        assert [b.name for b in branches] == [branch]
        assert (branches[0].collaborations, branches[0].figures) == (2, 3)
        assert not desk.branches.is_system()  # no branch controls anywhere
        assert desk.library.profile().branch == branch  # Settings' Branch field
        assert {r.title for r in desk.collaborations.rows(branch_id=branches[0].id)} == {
            "Лекторий",
            "Кофе и книги",
        }
        figures = desk.statistics.series("Посещения").points
        assert [int(p.value) for p in figures] == [100, 120, 90]
    finally:
        db.close()


def test_library_show_prints_the_same_branch_after_the_migration(tmp_path: Path) -> None:
    _single_library(tmp_path, "Детский филиал")
    open_database(sqlite_url(tmp_path / "collabdesk.sqlite3")).close()
    out = io.StringIO()
    assert run(["--data-dir", str(tmp_path), "library", "show"], out) == 0  # the light reader
    assert re.search(r"Branch:\s+Детский филиал", out.getvalue())
