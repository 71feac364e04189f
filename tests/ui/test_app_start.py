"""run_gui: the window shows data before the store loads (watched from
outside by tests/ui/paint_probe.py, as a person would see it), and a
database that cannot be opened gives a clear message and exit code 1."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from collabdesk.app import run_gui
from collabdesk.config import resolve
from collabdesk.store.database import open_database, sqlite_url

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def demo_database(folder: Path) -> Path:
    from collabdesk.config import DATABASE_FILE
    from collabdesk.services.demo import load_demo

    path = folder / DATABASE_FILE
    db = open_database(sqlite_url(path))
    load_demo(db.sessions, "en")
    db.close()
    return path


def test_not_a_database_is_refused_with_a_message(qapp, data_dir, prompts_log) -> None:
    target = data_dir / "collabdesk.sqlite3"
    target.write_text("these are my notes, not a database")
    assert run_gui(resolve(str(data_dir)), ["collabdesk"]) == 1
    assert prompts_log.kinds() == ["error"]
    assert "not a CollabDesk database" in prompts_log.texts("error")[0]
    assert target.read_text() == "these are my notes, not a database"


def test_unwritable_data_folder_is_refused_with_a_message(qapp, tmp_path, prompts_log) -> None:
    # A path below a regular file can never be created, even by root.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    assert run_gui(resolve(str(blocker / "data")), ["collabdesk"]) == 1
    assert prompts_log.kinds() == ["error"]
    assert "cannot write to its data folder" in prompts_log.texts("error")[0]
    assert blocker.read_text() == "a file where the data folder should be"


def test_newer_schema_is_refused_with_a_message(qapp, data_dir, prompts_log) -> None:
    path = demo_database(data_dir)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = path.read_bytes()
    assert run_gui(resolve(str(data_dir)), ["collabdesk"]) == 1
    assert prompts_log.kinds() == ["error"]
    assert "newer" in prompts_log.texts("error")[0]
    assert path.read_bytes() == before  # refused unchanged
    # ...and no "still open" marker, which would make the next start look unclean
    assert not path.with_name(path.name + ".running").exists()


def test_window_modules_do_not_import_sqlalchemy() -> None:
    code = (
        "import sys; import collabdesk.app, collabdesk.ui.shell.main_window; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', "
        "'reportlab')]; print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
