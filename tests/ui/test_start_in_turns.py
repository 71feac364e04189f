"""After the first paint the rest of the window is built one piece per turn
of the event loop (each section held the loop 50-90 ms of CPU; together
175-200 ms in one turn), and meeting mode's modules load in a worker thread
once the store is open (105 ms of the GUI thread's CPU before). Asking for
the whole window (the services arrive, meeting mode) still builds what is
left at once."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from collabdesk.config import resolve
from collabdesk.ui.shell.main_window import MainWindow
from collabdesk.ui.shell.session import Session
from collabdesk.ui.shell.store_opening import OffThread


def built(window: MainWindow) -> list[str]:
    return [
        name for name in ("collaborations", "commitments", "statistics") if hasattr(window, name)
    ]


def test_the_sections_are_built_one_per_turn_then_the_menus(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from collabdesk.ui.shell import sections

    turn = [0]
    ticker = QTimer()
    ticker.setInterval(0)  # fires once per turn of the event loop
    ticker.timeout.connect(lambda: turn.__setitem__(0, turn[0] + 1))
    at_turn: dict[str, int] = {}

    def noting(section: sections.Section) -> sections.Section:
        def install(window: MainWindow) -> None:
            at_turn[section.name] = turn[0]
            section.install(window)

        return sections.Section(section.name, install)

    monkeypatch.setattr(sections, "SECTIONS", tuple(noting(s) for s in sections.SECTIONS))
    window = MainWindow(None, staged=True)
    qtbot.addWidget(window)
    calls: list[list[str]] = []
    ticker.start()
    window.build_in_turns(lambda: calls.append(built(window)))
    assert window.details is None and built(window) == []  # nothing in this turn
    qtbot.waitUntil(lambda: bool(calls), timeout=20000)
    ticker.stop()
    turns = [at_turn[s.name] for s in sections.SECTIONS]
    assert turns == sorted(set(turns)), at_turn  # each section on a turn of its own
    assert calls == [["collaborations", "commitments", "statistics"]]  # once, at the end
    window.build_in_turns(lambda: calls.append(["again"]))  # already built: at once
    assert calls[-1] == ["again"]


def test_the_whole_window_when_it_is_asked_for(qtbot: Any) -> None:
    window = MainWindow(None, staged=True)
    qtbot.addWidget(window)
    calls: list[str] = []
    window.build_in_turns(lambda: calls.append("menus"))
    window.finish_building()  # the services arrived before the turns were through
    assert built(window) == ["collaborations", "commitments", "statistics"]
    assert calls == ["menus"]
    qtbot.wait(50)  # the queued turns find nothing left to build
    assert calls == ["menus"]


def test_meeting_mode_loads_in_a_worker(
    qapp: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    window = MainWindow(None, staged=True)
    qtbot.addWidget(window)
    run = Session(qapp, window, resolve(str(tmp_path / "data")))
    name = "collabdesk.ui.meeting.meeting_mode"
    monkeypatch.delitem(sys.modules, name, raising=False)
    release = threading.Event()
    where: list[str] = []

    def held_import(module: str) -> object:
        where.append(threading.current_thread().name)
        assert release.wait(20)  # only the GUI thread, still turning, lets it go
        return object()

    monkeypatch.setattr(importlib, "import_module", held_import)
    then: list[str] = []
    run.load_meeting_mode(lambda: then.append(threading.current_thread().name))
    QTimer.singleShot(100, release.set)
    qtbot.waitUntil(lambda: bool(then), timeout=20000)
    assert where and where[0] != threading.main_thread().name
    assert then == [threading.main_thread().name]
    assert isinstance(run.imports, OffThread) and not run.imports.running
