"""benchmarks/startup.py and its probe (benchmarks/first_paint.py), tiny."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import BENCHMARKS, load


def test_the_probe_times_a_bare_window_by_its_painted_rows(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "first_paint.py"), "bare", "--timeout", "60"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    events = [line.split()[1] for line in result.stdout.splitlines() if line.startswith("EVENT")]
    assert events == ["shown", "painted"]


def test_no_switch_in_the_program_is_used() -> None:
    """The program is measured as a person runs it: no environment switch."""
    for script in ("first_paint.py", "startup.py"):
        assert "EXIT_AFTER_SHOW" not in (BENCHMARKS / script).read_text(encoding="utf-8")


def test_each_case_leaves_the_folder_as_a_person_finds_it(tmp_path: Path) -> None:
    from collabdesk.store.backup import backup_dir, take_backup
    from collabdesk.store.database import open_database, sqlite_url
    from collabdesk.store.startup import marker_path

    startup = load("startup")
    database = tmp_path / "collabdesk.sqlite3"
    open_database(sqlite_url(database)).close()
    today = take_backup(database, "daily").path
    older = backup_dir(database) / "collabdesk-20200101-000000-000000-daily.sqlite3"
    older.write_bytes(today.read_bytes())

    startup.prepare("crash", database)
    assert marker_path(database).exists()
    startup.prepare("clean", database)
    assert not marker_path(database).exists() and today.exists()
    startup.prepare("day", database)
    assert not today.exists() and older.exists()  # only today's backups go
    startup.prepare("crash", database)
    assert marker_path(database).exists()
    startup.prepare("clean", database)  # today's backup is there again
    assert len(list(backup_dir(database).glob("*-daily.sqlite3"))) == 2


@pytest.mark.slow
def test_quick_run_prints_every_case_beside_the_bare_window(
    scale_data: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    startup = load("startup")
    assert startup.main(["--quick", "--offscreen", "--timeout", "120"]) == 0
    out = capsys.readouterr().out
    for case in ("clean start", "first start of a day", "after a crash"):
        assert case in out
    assert out.count("list painted with rows") == 3
    assert out.count("\n  New partner opens ") == 3  # the file checked: the form takes typing
    assert out.count("\n  services attached ") == 3  # every kind of editing
    assert "x bare" in out and "Qt platform offscreen" in out


PROBED_WINDOW = """
import sys, time
sys.path.insert(0, {benchmarks!r})
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
import first_paint

app = QApplication([])
probe = first_paint.StartProbe(app, "usable")
app.installEventFilter(probe)
window = first_paint.bare_window()
menu = QMenu(window)
action = QAction("New partner", window)
action.setObjectName("newPartnerAction")
menu.addAction(action)  # enabled while the window builds...
action.setEnabled(False)  # ...and disabled in the same turn: not usable yet
QTimer.singleShot(400, lambda: (print("ENABLING", time.monotonic(), flush=True),
                                action.setEnabled(True)))
QTimer.singleShot(20000, app.quit)
sys.exit(app.exec())
"""


def test_usable_is_the_turn_new_partner_is_enabled_on(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", PROBED_WINDOW.format(benchmarks=str(BENCHMARKS))],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    times = {}
    for line in result.stdout.splitlines():
        parts = line.split()
        times[parts[1] if parts[0] == "EVENT" else parts[0]] = float(parts[-1])
    assert list(times) == ["shown", "painted", "ENABLING", "usable"]
    assert 0 <= times["usable"] - times["ENABLING"] < 1.0
