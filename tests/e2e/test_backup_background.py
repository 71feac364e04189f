"""Backups and checks as the installed program runs them: what `check`
says was verified when, and a window that quits while its daily backup is
still copying ends cleanly, leaving no half-written file."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

from tests.e2e.conftest import Program, start_window


def test_check_says_what_was_verified_and_when(demo_program: Program) -> None:
    quick = demo_program.cli("check").stdout
    assert f"{demo_program.database}: ok (quick_check)" in quick
    full = demo_program.cli("check", "--full").stdout
    assert f"{demo_program.database}: ok (integrity_check)" in full
    today = f"{datetime.now(UTC):%Y-%m-%d}"
    assert f"Full integrity check: last passed on {today}" in full
    record = demo_program.data / "backups" / "full-check.json"
    assert json.loads(record.read_text())["file"] == "collabdesk.sqlite3"
    demo_program.cli("backup")  # the full check is a day old at most: quick_check
    assert json.loads(record.read_text())["file"] == "collabdesk.sqlite3"
    demo_program.cli("backup", "--full")
    assert json.loads(record.read_text())["file"].endswith("-manual.sqlite3")
    russian = demo_program.cli("check", lang="ru_RU.UTF-8").stdout
    assert "Полная проверка целостности последний раз пройдена" in russian


def test_a_window_quit_during_its_daily_backup_ends_cleanly(
    demo_program: Program, tmp_path
) -> None:
    with sqlite3.connect(demo_program.database) as conn:  # ~120 MB: a backup takes a while
        conn.execute("CREATE TABLE ballast (body BLOB)")
        conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120)"
            " INSERT INTO ballast SELECT randomblob(1000000) FROM n"
        )
    window = start_window(demo_program, tmp_path / "control")
    assert window.ask("quit") == "bye"
    _out, err = window.process.communicate(timeout=120)
    assert window.process.returncode == 0, err[-2000:]
    backups = demo_program.data / "backups"
    assert list(backups.glob("*.partial")) == []
    reasons = sorted(path.name.rsplit("-", 1)[1] for path in backups.glob("*.sqlite3"))
    assert "close.sqlite3" in reasons  # the backup on close ran after the window was gone
    with sqlite3.connect(demo_program.database) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
