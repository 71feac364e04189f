"""The window open, the command line used beside it: no save may vanish.

Once, after one `collabdesk partners list` beside the window, the window's
-wal and -shm were deleted under it and every later save went into files
no other process could see, lost on a crash.
"""

from __future__ import annotations

import sqlite3

from tests.e2e.conftest import Program, Window


def names_seen_by_another_process(program: Program) -> str:
    return program.cli("partners", "list").stdout


def test_window_keeps_its_log_after_a_command_beside_it(
    demo_program: Program, window: Window
) -> None:
    demo_program.cli("partners", "list")
    demo_program.cli("partners", "list", "--json")
    deleted = [path for path in window.descriptors() if path.endswith("(deleted)")]
    assert deleted == [], f"the window writes into deleted files: {deleted}"
    assert any(path.endswith("collabdesk.sqlite3-wal") for path in window.descriptors())


def test_the_windows_next_save_is_seen_and_survives_kill_9(
    demo_program: Program, window: Window
) -> None:
    demo_program.cli("partners", "list")
    assert window.ask("save Window Save After CLI").startswith("saved")
    assert "Window Save After CLI" in names_seen_by_another_process(demo_program)
    window.process.kill()  # kill -9: no clean shutdown, no checkpoint
    window.process.wait()
    assert "Window Save After CLI" in names_seen_by_another_process(demo_program)
    with sqlite3.connect(demo_program.database) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_saves_from_both_sides_all_land(demo_program: Program, window: Window) -> None:
    for round_ in range(3):
        demo_program.cli("partners", "list")
        assert window.ask(f"save From Window {round_}").startswith("saved")
    assert window.ask("quit") == "bye"
    window.process.wait(timeout=60)
    listing = names_seen_by_another_process(demo_program)
    for round_ in range(3):
        assert f"From Window {round_}" in listing


def test_importing_the_database_itself_is_refused_and_the_window_keeps_its_log(
    demo_program: Program, window: Window
) -> None:
    for command in (("partners", "import"), ("commitments", "import"), ("stats", "import")):
        refused = demo_program.cli(*command, str(demo_program.database), check=False)
        assert refused.returncode == 1
        assert "own database" in refused.stderr and "Traceback" not in refused.stderr
    demo_program.cli("partners", "list")
    assert not [path for path in window.descriptors() if path.endswith("(deleted)")]
