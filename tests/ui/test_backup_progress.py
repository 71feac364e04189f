"""Backups and checks in the window run in the background: the event loop
turns, the banner shows how far they got and a Cancel that works, a window
closed mid-backup waits for it or cancels it, and the menu's Back up now and
Check the data thoroughly report what they verified."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton

from collabdesk.store import backup as backup_module
from collabdesk.store.backup import backup_dir, list_backups
from collabdesk.ui.shell import backup_worker, data_menu
from collabdesk.ui.shell.backups import DailyBackup, start_daily_backup
from collabdesk.ui.shell.main_window import MainWindow

SHOTS = Path("/tmp/shots")


@dataclass
class OpenData:
    """What start_daily_backup asks of the open database."""

    sqlite_path: Path
    read_only: bool = False


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "collabdesk.sqlite3"
    path.parent.mkdir()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
    conn.executemany("INSERT INTO t (body) VALUES (?)", ((f"{i:06d}" * 60,) for i in range(2000)))
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    shown = MainWindow(tmp_path)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    backup_worker.finish_all()


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Hold every backup half-way through its copy until the gate opens
    (or the backup is cancelled)."""
    opened = threading.Event()
    monkeypatch.setattr(backup_module, "STEP_PAGES", 8)
    real = backup_module.take_backup

    def held(*args: Any, progress: Any = None, cancel: Any = None, **kwargs: Any) -> Any:
        def step(stage: str, done: int, total: int) -> None:
            progress(stage, done, total)
            if stage == "copy" and done >= total // 2:
                while not opened.is_set() and not cancel.is_set():
                    time.sleep(0.005)

        return real(*args, progress=step, cancel=cancel, **kwargs)

    monkeypatch.setattr(backup_module, "take_backup", held)
    return opened


def line_text(window: MainWindow) -> str:
    line = window.banner.line("backup")
    label = line.findChild(QLabel, "backupProgressText") if line is not None else None
    return label.text() if label is not None else ""


def test_the_daily_backup_runs_beside_a_turning_event_loop(
    qtbot: Any, window: MainWindow, db_file: Path, gate: threading.Event
) -> None:
    clock = QElapsedTimer()
    clock.start()
    run = start_daily_backup(window, lambda: OpenData(db_file))  # type: ignore[arg-type,return-value]
    # It returned while the (gated) copy still runs: the call did not wait for it.
    assert run is not None and run.is_running()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    timer.start(10)
    qtbot.waitUntil(lambda: "%" in line_text(window), timeout=5000)
    qtbot.waitUntil(lambda: len(ticks) > 10, timeout=2000)  # the loop turns meanwhile
    assert run.is_running()
    assert line_text(window).startswith("Backing up the data… ")
    bar = window.banner.line("backup").findChild(QProgressBar, "backupProgressBar")
    assert 40 <= bar.value() <= 60
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "15-backup-progress.png"))
    gate.set()
    qtbot.waitUntil(lambda: not backup_worker.running(), timeout=10000)
    qtbot.waitUntil(lambda: window.banner.line("backup") is None, timeout=2000)
    timer.stop()
    assert [b.reason for b in list_backups(backup_dir(db_file))] == ["daily"]
    assert start_daily_backup(window, lambda: OpenData(db_file)) is None or not list(  # type: ignore[arg-type]
        backup_dir(db_file).glob("*.partial")
    )
    qtbot.waitUntil(lambda: not backup_worker.running(), timeout=5000)
    assert len(list_backups(backup_dir(db_file))) == 1  # one a day


def test_cancel_on_the_banner_stops_the_backup_for_today(
    qtbot: Any, window: MainWindow, db_file: Path, gate: threading.Event
) -> None:
    run = start_daily_backup(window, lambda: OpenData(db_file))  # type: ignore[arg-type]
    assert run is not None
    qtbot.waitUntil(lambda: "%" in line_text(window), timeout=5000)
    button = window.banner.line("backup").findChild(QPushButton, "cancelBackupButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not run.is_running(), timeout=5000)
    qtbot.waitUntil(lambda: window.banner.line("backup") is None, timeout=2000)
    assert list_backups(backup_dir(db_file)) == []
    assert list(backup_dir(db_file).glob("*.partial")) == []
    keeper = window.findChild(DailyBackup, "dailyBackup")
    assert keeper is not None and keeper.declined_on == datetime.now(UTC).date()
    assert start_daily_backup(window, lambda: OpenData(db_file)) is None  # not again today


def test_a_window_closed_mid_backup_cancels_and_waits_for_it(
    qtbot: Any, tmp_path: Path, db_file: Path, gate: threading.Event
) -> None:
    window = MainWindow(tmp_path)
    window.show()
    run = start_daily_backup(window, lambda: OpenData(db_file))  # type: ignore[arg-type]
    assert run is not None
    qtbot.waitUntil(lambda: "%" in line_text(window), timeout=5000)
    window.close()
    window.deleteLater()
    qtbot.wait(20)  # the window and its banner line are gone; the run goes on
    assert run.is_running()
    started = time.perf_counter()
    backup_worker.finish_all()  # what aboutToQuit and the session's close call
    assert time.perf_counter() - started < 5
    assert not run.is_running()
    qtbot.wait(20)  # the run's last signals reach nobody, harmlessly
    assert list_backups(backup_dir(db_file)) == []
    assert list(backup_dir(db_file).glob("*.partial")) == []


def test_a_failed_daily_backup_says_so_on_the_banner(
    qtbot: Any, window: MainWindow, db_file: Path
) -> None:
    backup_dir(db_file).write_text("a file where the backups folder should be")
    run = start_daily_backup(window, lambda: OpenData(db_file))  # type: ignore[arg-type]
    assert run is not None
    qtbot.waitUntil(lambda: window.banner.line("backupFailed") is not None, timeout=5000)
    assert "Today's backup failed" in window.banner.texts()


def test_no_daily_backup_of_read_only_data(window: MainWindow, db_file: Path) -> None:
    assert start_daily_backup(window, lambda: OpenData(db_file, read_only=True)) is None  # type: ignore[arg-type]
    assert start_daily_backup(window, lambda: None) is None


class Host:
    def __init__(self, path: Path) -> None:
        self.path = path

    def database_file(self) -> Path:
        return self.path

    def restore_from(self, backup: Path) -> None:
        raise AssertionError("not in these tests")


def test_back_up_now_and_check_thoroughly_run_in_the_background(
    qtbot: Any, window: MainWindow, db_file: Path, prompts_log: Any
) -> None:
    menu = data_menu.install_data_menu(window, Host(db_file))
    names = [a.objectName() for a in window.menuBar().actions()[0].menu().actions()]
    assert "checkDataAction" in names
    menu.backup_action.trigger()
    menu.backup_action.trigger()  # a second one while the first runs is refused
    qtbot.waitUntil(lambda: len(prompts_log.texts("info")) == 2, timeout=10000)
    busy, made = prompts_log.texts("info")
    assert "already running" in busy
    assert "checked thoroughly (integrity_check)" in made  # the first backup: a full check
    menu.backup_action.trigger()
    qtbot.waitUntil(lambda: len(prompts_log.texts("info")) == 3, timeout=10000)
    assert "verified backup (quick_check)" in prompts_log.texts("info")[-1]
    menu.check_action.trigger()
    qtbot.waitUntil(lambda: len(prompts_log.texts("info")) == 4, timeout=10000)
    assert "passed the full integrity check" in prompts_log.texts("info")[-1]


def test_check_thoroughly_says_what_to_do_with_damaged_data(
    qtbot: Any, window: MainWindow, db_file: Path, prompts_log: Any
) -> None:
    conn = sqlite3.connect(db_file)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    with db_file.open("r+b") as handle:
        handle.seek(db_file.stat().st_size // 2)
        handle.write(b"\xa5" * 8192)
    menu = data_menu.install_data_menu(window, Host(db_file))
    menu.check_action.trigger()
    qtbot.waitUntil(lambda: bool(prompts_log.texts("error")), timeout=10000)
    assert "failed its integrity check" in prompts_log.texts("error")[-1]
    assert "Restore from backup" in prompts_log.texts("error")[-1]


def test_restore_checks_the_backup_in_the_background_first(
    qtbot: Any, window: MainWindow, db_file: Path, prompts_log: Any, monkeypatch: Any
) -> None:
    from collabdesk.store import restore as restore_module
    from collabdesk.store.backup import take_backup

    good = take_backup(db_file, "manual").path
    bad = take_backup(db_file, "manual").path
    with bad.open("r+b") as handle:
        handle.seek(bad.stat().st_size // 2)
        handle.write(b"\xa5" * 8192)
    restored: list[Path] = []
    threads: list[str] = []

    class Restoring(Host):
        def restore_from(self, backup: Path) -> None:
            restore_module.restore(backup, self.path)
            restored.append(backup)

    real_check = restore_module.check_file

    def check_file(path: Path, **kwargs: Any) -> str:
        threads.append(threading.current_thread().name)
        return real_check(path, **kwargs)

    monkeypatch.setattr(restore_module, "check_file", check_file)
    menu = data_menu.install_data_menu(window, Restoring(db_file))
    prompts_log.confirm_answer = True
    monkeypatch.setattr(data_menu, "choose_open_file", lambda *a: bad)
    menu.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(prompts_log.texts("error")), timeout=10000)
    assert "is damaged" in prompts_log.texts("error")[-1] and restored == []
    monkeypatch.setattr(data_menu, "choose_open_file", lambda *a: good)
    menu.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(prompts_log.texts("info")), timeout=10000)
    assert restored == [good]
    assert "is back" in prompts_log.texts("info")[-1]
    # The one full check of each backup ran in the worker, not on the GUI thread.
    assert threads == ["collabdesk-check", "collabdesk-check"]


def test_backups_the_window_waits_for_never_run_the_weekly_full_check(
    window: MainWindow, db_file: Path, monkeypatch: Any
) -> None:
    """Before an import and on close the window waits for the backup:
    quick_check only, even when the weekly full check is due."""
    from collabdesk.store.integrity import last_full_check
    from collabdesk.ui.shell import backups

    assert last_full_check(backup_dir(db_file)) is None  # due
    menu = data_menu.install_data_menu(window, Host(db_file))
    menu.backup_before_import()
    monkeypatch.setattr(backups, "backup_on_close", lambda: True)
    backups.backup_before_closing(db_file)
    made = list_backups(backup_dir(db_file))
    assert sorted(b.reason for b in made) == ["before_import", "close"]
    assert last_full_check(backup_dir(db_file)) is None  # still due: for the daily one
