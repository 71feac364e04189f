"""Show first, then open (issue 15): the first paint of the partner list
never waits for the store, its start-up check or the daily backup; while
the check runs the banner says so and editing waits; after a crash the
full check shows how far it is; a damaged file still offers the newest
good backup; closing the window mid-check stops the check cleanly.

(This file is named to run after the other UI tests: a real run_gui in a
test process leaves the background backups of ui/shell/backup_worker.py
unable to finish in later tests, and a later window unable to become the
active one: tests/ui/test_welcome_dialog.py's first-start test does the
same on main.)

The tests run the real `run_gui` in this process and hold the worker's
steps back with a threading.Event that only the GUI thread releases: were
any of them moved back in front of the first paint, the hold would time
out before anything was painted and the test fails."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from collabdesk.app import run_gui
from collabdesk.config import DATABASE_FILE, Settings, resolve
from collabdesk.store import backup as store_backup
from collabdesk.store import startup
from collabdesk.store.backup import list_backups, take_backup
from collabdesk.store.database import open_database, sqlite_url
from collabdesk.ui.shell import data_notices
from collabdesk.ui.widgets.actions import reason_of
from tests.ui.paint_probe import main_window
from tests.ui.test_app_start import demo_database


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


HOLD_S = 20  # generous on a busy machine; the GUI thread releases it at once


def demo_folder(tmp_path: Path) -> Settings:
    from collabdesk.services.demo import load_demo

    folder = tmp_path / "data"
    folder.mkdir()
    db = open_database(sqlite_url(folder / DATABASE_FILE))
    load_demo(db.sessions, "en")
    db.close()
    return resolve(str(folder))


class Hold:
    """A step of the worker that waits until the GUI thread, polling
    `ready()` every 10 ms, says what it saw and lets it go on."""

    def __init__(self, qapp: QApplication, ready: Callable[[Any], dict[str, object] | None]):
        self.released = threading.Event()
        self.entered = threading.Event()
        self.seen: dict[str, object] | None = None
        self.timed_out = False
        self._ready = ready
        self._app = qapp
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        window = main_window(self._app)
        if window is None or not self.entered.is_set() or self.released.is_set():
            return
        seen = self._ready(window)
        if seen is not None:
            self.seen = seen
            self.released.set()

    def wait(self) -> None:
        """Called in the worker."""
        self.entered.set()
        if not self.released.wait(HOLD_S):
            self.timed_out = True


def quit_when(qapp: QApplication, done: Callable[[], bool], limit_s: float = 60) -> QTimer:
    """Quit the run once `done()` (polled on the GUI thread), or after `limit_s`."""
    timer = QTimer(qapp)
    timer.setInterval(10)
    left = [int(limit_s * 100)]

    def look() -> None:
        left[0] -= 1
        if done() or left[0] <= 0:
            timer.stop()
            qapp.quit()

    timer.timeout.connect(look)
    timer.start()
    return timer


def test_first_paint_and_editing_never_wait_for_the_check_or_the_backup(
    qapp, watch_start, tmp_path: Path, monkeypatch
) -> None:
    settings = demo_folder(tmp_path)
    probe = watch_start("none")
    painted_while_checking = Hold(
        qapp,
        lambda window: (
            {
                "banner": window.banner.texts(),
                "new_partner": reason_of(window.new_action),
                "services": window.desk is not None,
            }
            if "paint" in probe.seen
            and hasattr(window, "new_action")
            and window.banner.line(data_notices.OPENING_KEY) is not None
            else None
        ),
    )
    real_check = startup.check_at_start

    def held_check(path: Path, progress: startup.Progress | None = None) -> str:
        painted_while_checking.wait()
        return real_check(path, progress)

    monkeypatch.setattr(startup, "check_at_start", held_check)
    editable_while_backing_up = Hold(
        qapp,
        lambda window: (
            {"editable": window.new_action.isEnabled(), "services": window.desk is not None}
            if "editable" in probe.seen
            else None
        ),
    )
    real_backup = store_backup.daily_backup
    backed_up = threading.Event()

    def held_backup(*args: Any, **kwargs: Any) -> Any:
        editable_while_backing_up.wait()
        try:
            return real_backup(*args, **kwargs)
        finally:
            backed_up.set()

    monkeypatch.setattr(store_backup, "daily_backup", held_backup)
    quit_when(qapp, backed_up.is_set)
    assert run_gui(settings, ["collabdesk"]) == 0

    assert not painted_while_checking.timed_out, "the first paint waited for the check"
    assert probe.seen["paint"]["rows"] == 12 and not probe.seen["paint"]["services"]
    seen = painted_while_checking.seen
    assert seen is not None and not seen["services"]
    assert seen["banner"] == ["Opening the data…"]  # the line says what runs
    assert seen["new_partner"] == "The database is still opening."  # editing waits, says why
    assert not editable_while_backing_up.timed_out, "editing waited for the daily backup"
    assert editable_while_backing_up.seen == {"editable": True, "services": True}
    assert settings.database_file is not None
    reasons = [b.reason for b in list_backups(settings.data_dir / "backups")]
    assert "daily" in reasons  # taken after all (and "close" when the window closed)


def test_after_a_crash_the_banner_shows_how_far_the_full_check_is(
    qapp, watch_start, tmp_path: Path, monkeypatch
) -> None:
    settings = demo_folder(tmp_path)
    assert settings.database_file is not None
    startup.marker_path(settings.database_file).write_text("open")  # a killed window
    probe = watch_start("editable")
    halfway = Hold(
        qapp,
        lambda window: (
            {"banner": window.banner.texts(), "editable": window.new_action.isEnabled()}
            if hasattr(window, "new_action")
            and any("40%" in text for text in window.banner.texts())
            else None
        ),
    )
    real_check = startup.check_with_progress

    def slow_check(path: Path, *, full: bool, progress: Any = None) -> str:
        assert full  # after a crash: the whole file
        progress(startup.FULL_CHECK, 0.4)
        halfway.wait()
        return str(real_check(path, full=full, progress=progress))

    monkeypatch.setattr(startup, "check_with_progress", slow_check)
    assert run_gui(settings, ["collabdesk"]) == 0
    assert not halfway.timed_out, "no progress line during the full check"
    assert halfway.seen == {
        "banner": [
            "Checking the whole file after an unexpected shutdown… 40% Editing waits until "
            "the check is done."
        ],
        "editable": False,
    }
    window_banner = probe.seen["editable"]["banner"]
    assert isinstance(window_banner, list)
    assert any("not closed properly" in text for text in window_banner)  # then the notice
    assert not any("Checking" in text for text in window_banner)  # the progress line went


def test_a_damaged_file_found_in_the_worker_still_offers_the_newest_good_backup(
    qapp, watch_start, tmp_path: Path, prompts_log
) -> None:
    from collabdesk.domain.partner import Partner

    settings = resolve(str(tmp_path / "data"))
    settings.data_dir.mkdir()
    path = settings.database_file
    assert path is not None
    db = open_database(settings.database_url)
    with db.sessions.begin() as s:
        s.add_all(Partner(name=f"P{i}") for i in range(400))
    db.close()
    take_backup(path, "daily")
    with path.open("r+b") as handle:
        handle.seek(path.stat().st_size // 2)
        handle.write(b"\xa5" * 8192)
    startup.marker_path(path).write_text("open")  # as after a crash
    prompts_log.confirm_answer = True
    probe = watch_start("editable")
    assert run_gui(settings, ["collabdesk"]) == 0
    assert "failed its integrity_check" in prompts_log.texts("confirm")[0]
    assert probe.seen["editable"]["services"]
    assert probe.seen["editable"]["rows"] == 200  # the list's first page of the 400
    # The backup was chosen over the damaged data: no "every saved change is here".
    assert not any("not closed properly" in t for t in probe.seen["editable"]["banner"])  # type: ignore[union-attr]


def test_a_damaged_file_refused_is_never_opened_and_the_run_ends(
    qapp, watch_start, tmp_path: Path, prompts_log
) -> None:
    settings = resolve(str(tmp_path / "data"))
    settings.data_dir.mkdir()
    path = settings.database_file
    assert path is not None
    db = open_database(settings.database_url)
    db.close()
    take_backup(path, "daily")
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xa5" * 4096)
    before = path.read_bytes()
    startup.marker_path(path).write_text("open")
    prompts_log.confirm_answer = False
    assert run_gui(settings, ["collabdesk"]) == 1
    assert prompts_log.kinds() == ["confirm", "error"]
    assert path.read_bytes() == before  # nothing written to the damaged file


def test_closing_the_window_mid_check_stops_it_and_opens_nothing(
    qapp, watch_start, tmp_path: Path, monkeypatch
) -> None:
    settings = demo_folder(tmp_path)
    assert settings.database_file is not None
    stopped = threading.Event()

    def endless_check(path: Path, *, full: bool, progress: Any = None) -> str:
        while progress(startup.QUICK_CHECK, 0.1):
            stopped.wait(0.01)
        stopped.set()
        raise startup.CheckStoppedError(startup._stopped_message(path))

    monkeypatch.setattr(startup, "check_with_progress", endless_check)

    def close_when_checking() -> None:
        window = main_window(qapp)
        if window is not None and window.banner.line(data_notices.OPENING_KEY) is not None:
            window.close()
            qapp.quit()
        else:
            QTimer.singleShot(10, close_when_checking)

    QTimer.singleShot(0, close_when_checking)
    assert run_gui(settings, ["collabdesk"]) == 0
    assert stopped.is_set()
    # Not marked as open (the next start is not "after a crash"), and the lock is free.
    assert not startup.marker_path(settings.database_file).exists()
    monkeypatch.undo()
    open_database(settings.database_url, exclusive=True).close()


def test_demo_database_is_painted_first_then_opened(qapp, watch_start, data_dir) -> None:
    """The real start (no switch in the program): the list with its rows is
    painted before the services exist; then editing is enabled."""
    demo_database(data_dir)
    probe = watch_start("editable")
    assert run_gui(resolve(str(data_dir)), ["collabdesk"]) == 0
    paint, editable = probe.seen["paint"], probe.seen["editable"]
    assert paint["rows"] == 12 and paint["page"] == 0 and paint["visible"]
    assert not paint["services"] and not paint["editable"]
    assert editable["services"] and editable["rows"] == 12
    assert paint["ms"] < editable["ms"]


def test_a_new_data_folder_is_painted_then_gets_its_database(
    qapp, watch_start, data_dir, monkeypatch
) -> None:
    from collabdesk.ui.shell import welcome_dialog

    monkeypatch.setattr(welcome_dialog, "run_welcome", lambda dialog: None)
    probe = watch_start("editable")
    assert run_gui(resolve(str(data_dir / "new")), ["collabdesk"]) == 0
    assert probe.seen["paint"]["rows"] == 0 and not probe.seen["paint"]["services"]
    assert probe.seen["editable"]["services"]
    assert (data_dir / "new" / "collabdesk.sqlite3").exists()


@pytest.mark.parametrize(
    ("step", "fraction", "words"),
    [
        (startup.QUICK_CHECK, None, "Checking the data…"),
        (startup.FULL_CHECK, None, "Checking the whole file after an unexpected shutdown…"),
        (startup.FULL_CHECK, 0.07, "shutdown… 7% Editing waits"),
        (startup.MIGRATING, None, "Updating the data for this version"),
        (startup.FINDING_BACKUP, None, "looking for the newest good backup"),
    ],
)
def test_each_step_has_its_words(step: str, fraction: float | None, words: str) -> None:
    assert words in data_notices.opening_text(step, fraction)
