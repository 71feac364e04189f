"""File → Try the demo: a fresh demo in `<data folder>/demo`, a restart into
it with the banner saying so, File → Leave the demo back to the command
the person started from — and the real database file never touched."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction

from collabdesk.config import DATABASE_FILE, Settings, resolve
from collabdesk.services.demo_marker import DEMO_MARKER
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.store.database import open_database, sqlite_url
from collabdesk.ui.shell import demo_folder, restart
from collabdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def restarts(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    registered: list[object] = []
    monkeypatch.setattr(restart, "register_at_exit", registered.append)
    monkeypatch.setattr(restart, "_pending", [])
    monkeypatch.setattr(restart, "restart_command", lambda: (sys.executable, ["-m", "collabdesk"]))
    return registered


@pytest.fixture
def real_data(tmp_path: Path) -> Settings:
    """A person's own data: a database file with one partner."""
    folder = tmp_path / "real"
    folder.mkdir()
    db = open_database(sqlite_url(folder / DATABASE_FILE))
    try:
        Desk.over(db.sessions).partners.create(PartnerDraft(name="Our real partner"))
    finally:
        db.close()
    return resolve(str(folder), environ={})


def window_for(qtbot: Any, settings: Settings) -> tuple[MainWindow, QAction]:
    window = MainWindow(settings.data_dir)
    qtbot.addWidget(window)
    window.show()
    return window, demo_folder.install_demo_folder(window, settings)


def fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def test_try_the_demo_fills_its_own_folder_and_restarts_into_it(
    qtbot: Any, real_data: Settings, restarts: list[object], prompts_log: Any
) -> None:
    before = fingerprint(real_data.data_dir / DATABASE_FILE)
    window, action = window_for(qtbot, real_data)
    assert action.objectName() == "tryDemoAction" and action in window.menus.file.actions()
    prompts_log.confirm_answer = True
    action.trigger()
    folder = real_data.data_dir / "demo"
    assert restart.pending() == [(sys.executable, ["-m", "collabdesk", "--data-dir", str(folder)])]
    assert not window.isVisible()
    marker = json.loads((folder / DEMO_MARKER).read_text("utf-8"))
    assert marker["back"] == [sys.executable, "-m", "collabdesk"]
    db = open_database(sqlite_url(folder / DATABASE_FILE))
    try:
        assert Desk.over(db.sessions).partners.count() == 12
    finally:
        db.close()
    assert list((folder / "proofs").iterdir())  # the proof pictures came along
    assert fingerprint(real_data.data_dir / DATABASE_FILE) == before


def test_declining_changes_nothing(
    qtbot: Any, real_data: Settings, restarts: list[object], prompts_log: Any
) -> None:
    _window, action = window_for(qtbot, real_data)
    prompts_log.confirm_answer = False
    action.trigger()
    assert restart.pending() == [] and not (real_data.data_dir / "demo").exists()


def test_inside_the_demo_the_banner_says_so_and_leave_goes_back(
    qtbot: Any, real_data: Settings, restarts: list[object], prompts_log: Any
) -> None:
    prompts_log.confirm_answer = True
    window_for(qtbot, real_data)[1].trigger()
    restart.cancel()
    demo = resolve(str(real_data.data_dir / "demo"), environ={})
    window, action = window_for(qtbot, demo)
    assert action.objectName() == "leaveDemoAction"
    assert window.banner.shown_keys() == ["demo"]
    assert "demo" in window.banner.texts()[0] and "Leave the demo" in window.banner.texts()[0]
    action.trigger()
    assert restart.pending() == [(sys.executable, ["-m", "collabdesk"])]


def test_a_database_server_is_left_alone(
    qtbot: Any, tmp_path: Path, restarts: list[object], prompts_log: Any
) -> None:
    settings = resolve(str(tmp_path / "d"), "postgresql://server/db", environ={})
    _window, action = window_for(qtbot, settings)
    action.trigger()
    assert prompts_log.kinds() == ["info"] and restart.pending() == []
    assert not (tmp_path / "d" / "demo").exists()


def test_a_folder_that_is_not_a_demo_is_never_replaced(
    qtbot: Any, real_data: Settings, restarts: list[object], prompts_log: Any
) -> None:
    keep = real_data.data_dir / "demo" / "notes.txt"
    keep.parent.mkdir()
    keep.write_text("mine")
    prompts_log.confirm_answer = True
    window_for(qtbot, real_data)[1].trigger()
    assert restart.pending() == [] and keep.read_text() == "mine"
    assert prompts_log.kinds()[-1] == "error"
    assert "not CollabDesk's demo" in prompts_log.texts("error")[0]


@pytest.mark.parametrize(
    ("args", "kept"),
    [
        (["-m", "collabdesk", "--data-dir", "/x", "--meeting"], ["-m", "collabdesk"]),
        (["/bin/collabdesk", "--data-dir=/x", "--database-url", "u"], ["/bin/collabdesk"]),
        (["-m", "collabdesk", "--database-url=u"], ["-m", "collabdesk"]),
    ],
)
def test_the_demo_command_drops_the_data_options(args: list[str], kept: list[str]) -> None:
    assert demo_folder.without_data_options(args) == kept
