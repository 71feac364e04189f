"""Opening the data again (after a restore, when meeting mode ends) runs in
a worker as at start-up: the window is disabled meanwhile but its event loop
turns, so it paints; the swap of a restore runs in a worker too. The worker's
steps are held until a timer on the GUI thread lets them go: were either
moved back onto the GUI thread, the hold would time out and the test fail."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from collabdesk.config import resolve
from collabdesk.services.partners import PartnerDraft
from collabdesk.store import startup
from collabdesk.store.backup import take_backup
from collabdesk.ui.shell import data_menu
from collabdesk.ui.shell.main_window import MainWindow
from collabdesk.ui.shell.session import Session

HOLD_S = 20


class Held:
    """Blocks a worker until the GUI thread's timer fires; notes whether
    the window was disabled while it waited."""

    def __init__(self, window: MainWindow) -> None:
        self.release = threading.Event()
        self.timed_out = False
        self.enabled_meanwhile: list[bool] = []
        self.threads: list[str] = []
        self._window = window

    def arm(self) -> None:
        def let_go() -> None:
            self.enabled_meanwhile.append(self._window.isEnabled())
            self.release.set()

        QTimer.singleShot(50, let_go)

    def wait(self) -> None:
        self.threads.append(threading.current_thread().name)
        if not self.release.wait(HOLD_S):
            self.timed_out = True


def listed(window: MainWindow) -> list[str]:
    model = window.model
    return [str(model.data(model.index(row, 0))) for row in range(model.rowCount())]


@pytest.fixture
def session(qapp: Any, qtbot: Any, tmp_path: Path) -> Any:
    settings = resolve(str(tmp_path / "data"))
    window = MainWindow(tmp_path)
    qtbot.addWidget(window)
    run = Session(qapp, window, settings)
    data_menu.install_data_menu(window, run)
    assert run.open_store()
    yield run
    run.close()


def test_opening_again_runs_in_a_worker_while_the_window_paints(
    session: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = session.window
    window.desk.partners.create(PartnerDraft(name="Ромашка"))
    session.close_connections(backup_first=False)  # as meeting mode does
    held = Held(window)
    real = startup.check_at_start

    def held_check(path: Path, progress: startup.Progress | None = None) -> str:
        held.wait()
        return real(path, progress)

    monkeypatch.setattr(startup, "check_at_start", held_check)
    held.arm()
    assert session.open_store()
    assert not held.timed_out, "the reopening held the GUI thread"
    assert held.threads and held.threads[0] != threading.main_thread().name
    assert held.enabled_meanwhile == [False]  # no click started anything meanwhile
    assert window.isEnabled() and window.new_action.isEnabled()
    assert listed(window) == ["Ромашка"]


def test_a_restore_swaps_and_reopens_in_workers(
    session: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = session.window
    window.desk.partners.create(PartnerDraft(name="До резервной копии"))
    backup = take_backup(session.database_file(), "manual")
    window.desk.partners.create(PartnerDraft(name="После"))
    held = Held(window)
    real = session.restore_file

    def held_restore(path: Path) -> None:
        held.wait()
        real(path)

    monkeypatch.setattr(session, "restore_file", held_restore)
    held.arm()
    session.restore_from(backup.path)
    assert not held.timed_out, "the restore held the GUI thread"
    assert held.threads and held.threads[0] != threading.main_thread().name
    assert held.enabled_meanwhile == [False]
    assert window.isEnabled()
    assert listed(window) == ["До резервной копии"]
