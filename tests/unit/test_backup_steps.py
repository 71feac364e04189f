"""Backups a step at a time: progress from the backup API's pages, a cancel
that leaves every earlier file alone, one snapshot while others write, the
cheap check every day and the full one weekly or on demand."""

from __future__ import annotations

import io
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from collabdesk.cli import run
from collabdesk.store import backup as backup_module
from collabdesk.store.backup import (
    BackupCancelledError,
    Cancel,
    backup_dir,
    check_database,
    daily_backup,
    list_backups,
    newest_good_backup,
    take_backup,
)
from collabdesk.store.integrity import (
    FULL,
    QUICK,
    RECORD_NAME,
    check_file,
    full_check_due,
    last_full_check,
)

MONDAY = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def rows(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM t").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    """A WAL database of some 200 pages (the window's journal mode)."""
    path = tmp_path / "data" / "collabdesk.sqlite3"
    path.parent.mkdir()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("CREATE INDEX t_body ON t (body)")
    conn.executemany("INSERT INTO t (body) VALUES (?)", ((f"{i:06d}" * 60,) for i in range(2000)))
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def small_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_module, "STEP_PAGES", 16)


def test_progress_counts_pages_then_says_it_checks(db_file: Path, small_steps: None) -> None:
    seen: list[tuple[str, int, int]] = []
    made = take_backup(db_file, "manual", progress=lambda *step: seen.append(step))
    copies = [s for s in seen if s[0] == "copy"]
    assert len(copies) > 5, "the copy went in one step: no progress to show"
    assert [done for _, done, _ in copies] == sorted(done for _, done, _ in copies)
    assert copies[-1][1] == copies[-1][2] > 100  # every page, of a known total
    assert seen[-1] == ("check", 0, 0)
    assert check_file(made.path) == "ok"


def test_a_cancel_mid_copy_leaves_no_file_and_every_earlier_backup(
    db_file: Path, small_steps: None
) -> None:
    earlier = take_backup(db_file, "daily", now=MONDAY)
    cancel = Cancel()

    def progress(stage: str, done: int, total: int) -> None:
        if done > total // 3:
            cancel.set()

    with pytest.raises(BackupCancelledError) as raised:
        take_backup(db_file, "manual", progress=progress, cancel=cancel)
    assert "cancelled" in str(raised.value.message.template)
    assert [b.path for b in list_backups(backup_dir(db_file))] == [earlier.path]
    assert list(backup_dir(db_file).glob("*.partial")) == []


def test_a_cancel_during_the_check_stops_it(db_file: Path) -> None:
    cancel = Cancel()

    def progress(stage: str, _done: int, _total: int) -> None:
        if stage == "check":
            cancel.set()

    with pytest.raises(BackupCancelledError):
        take_backup(db_file, "manual", full=True, progress=progress, cancel=cancel)
    assert list_backups(backup_dir(db_file)) == []
    assert not (backup_dir(db_file) / RECORD_NAME).exists()  # nothing was checked


def test_interrupt_from_another_thread_stops_a_running_check(db_file: Path) -> None:
    """The window's Cancel arrives from the GUI thread while SQLite runs."""
    cancel = Cancel()
    conn = sqlite3.connect(db_file, check_same_thread=False)
    started = threading.Event()

    def slow(*_args: object) -> int:
        started.set()
        return 0

    conn.set_progress_handler(slow, 1000)
    threading.Timer(0.05, cancel.set).start()
    from collabdesk.store.integrity import run_check

    with pytest.raises(BackupCancelledError):
        for _ in range(200):  # the check takes ms: repeat until the cancel lands
            run_check(conn, full=True, cancel=cancel)
    conn.close()
    assert started.is_set()


def test_the_copy_is_the_data_when_it_began_while_the_window_saves(
    db_file: Path, small_steps: None
) -> None:
    writer = sqlite3.connect(db_file, isolation_level=None)
    saved: list[int] = []

    def progress(stage: str, done: int, _total: int) -> None:
        if stage == "copy" and len(saved) < 20:  # a save during every step
            writer.execute("INSERT INTO t (body) VALUES ('saved while copying')")
            saved.append(done)

    made = take_backup(db_file, "manual", progress=progress)
    writer.close()
    assert len(saved) == 20
    assert rows(made.path) == 2000  # the snapshot, never restarted nor torn
    assert rows(db_file) == 2020
    assert check_file(made.path) == "ok"


def test_daily_backup_runs_quick_check_and_the_full_one_weekly(db_file: Path) -> None:
    folder = backup_dir(db_file)
    first = daily_backup(db_file, now=MONDAY)
    assert first is not None and first.check == FULL  # never checked fully yet
    assert last_full_check(folder) == MONDAY
    assert daily_backup(db_file, now=MONDAY + timedelta(hours=3)) is None  # one a day
    checks = [daily_backup(db_file, now=MONDAY + timedelta(days=d)) for d in range(1, 8)]
    assert [c.check for c in checks if c] == [QUICK] * 6 + [FULL]
    assert last_full_check(folder) == MONDAY + timedelta(days=7)
    manual = take_backup(db_file, "manual", now=MONDAY + timedelta(days=8), full=True)
    assert manual.check == FULL


def test_an_unreadable_record_only_makes_the_next_check_a_full_one(db_file: Path) -> None:
    folder = backup_dir(db_file)
    folder.mkdir()
    (folder / RECORD_NAME).write_text("{not json", encoding="utf-8")
    assert full_check_due(folder, MONDAY.date())
    assert take_backup(db_file, "daily", now=MONDAY).check == FULL
    assert not full_check_due(folder, MONDAY.date() + timedelta(days=6))


def test_check_database_records_a_full_check_that_passed(db_file: Path) -> None:
    assert check_database(db_file, full=False) == "ok"
    assert last_full_check(backup_dir(db_file)) is None
    assert check_database(db_file, full=True, now=MONDAY) == "ok"
    assert last_full_check(backup_dir(db_file)) == MONDAY


def test_newest_good_backup_skips_a_damaged_one(db_file: Path) -> None:
    good = take_backup(db_file, "daily", now=MONDAY)
    bad = take_backup(db_file, "daily", now=MONDAY + timedelta(days=1))
    with bad.path.open("r+b") as handle:
        handle.seek(bad.path.stat().st_size // 2)
        handle.write(b"\xa5" * 8192)
    found = newest_good_backup(db_file)
    assert found is not None and found.path == good.path


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_cli_check_says_which_check_ran_and_when_the_full_one_did(db_file: Path) -> None:
    data = str(db_file.parent)
    code, out, _ = cli("--data-dir", data, "check")
    assert code == 0 and f"{db_file}: ok (quick_check)" in out
    assert "Full integrity check: never run yet" in out
    code, out, _ = cli("--data-dir", data, "check", "--full")
    assert code == 0 and f"{db_file}: ok (integrity_check)" in out
    today = datetime.now(UTC)
    assert f"last passed on {today:%Y-%m-%d}" in out
    assert f"from {today.date() + timedelta(days=7):%Y-%m-%d} on runs the full check" in out


def test_cli_backup_full_checks_the_copy_thoroughly(db_file: Path) -> None:
    data = str(db_file.parent)
    assert cli("--data-dir", data, "check", "--full")[0] == 0  # the weekly one is done
    assert cli("--data-dir", data, "backup")[0] == 0
    assert last_full_check(backup_dir(db_file)) is not None
    before = last_full_check(backup_dir(db_file))
    code, out, _ = cli("--data-dir", data, "backup", "--full")
    assert code == 0 and "verified" in out
    after = last_full_check(backup_dir(db_file))
    assert before is not None and after is not None and after > before


def test_under_the_rollback_journal_saves_go_on_between_steps(
    db_file: Path, small_steps: None
) -> None:
    """Portable mode: no read transaction held across steps (it would hold
    every save of the window for the whole copy); a save restarts the copy."""
    conn = sqlite3.connect(db_file)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    writer = sqlite3.connect(db_file, isolation_level=None, timeout=0)  # never waits
    saved: list[int] = []

    def progress(stage: str, done: int, _total: int) -> None:
        if stage == "copy" and len(saved) < 3:
            writer.execute("INSERT INTO t (body) VALUES ('saved between steps')")
            saved.append(done)

    made = take_backup(db_file, "manual", progress=progress)
    writer.close()
    assert len(saved) == 3
    assert rows(made.path) == 2003 and check_file(made.path) == "ok"
    assert check_database(db_file, full=True) == "ok"  # on a copy, deleted after
    assert sorted(p.name for p in backup_dir(db_file).iterdir()) == [
        made.path.name,
        RECORD_NAME,
    ]
