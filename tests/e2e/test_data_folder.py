"""The data folder as users make it: any name, any umask, leftovers of a
killed backup, a read-only medium."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest

from tests.e2e.conftest import Program, start_window


@pytest.mark.parametrize(
    "name", ["Библиотека №1 & partners", "what?now", "50%20off", "#1; x", "a b%3Fc"]
)
def test_every_file_stays_inside_a_folder_of_any_name(tmp_path: Path, name: str) -> None:
    program = Program(home=tmp_path / "home", data=tmp_path / "outer" / name)
    program.cli("demo")
    program.cli("partners", "add", "--name", "Folder Test")
    assert "Folder Test" in program.cli("partners", "list").stdout
    assert program.database.is_file()
    outer = tmp_path / "outer"
    assert [p.name for p in outer.iterdir()] == [name], "a file was written outside the folder"


def test_files_are_private_whatever_the_umask(tmp_path: Path) -> None:
    program = Program(home=tmp_path / "home", data=tmp_path / "data")
    old = os.umask(0o022)  # inherited by the program's processes
    try:
        program.cli("demo")
        program.cli("backup")
        program.cli("partners", "add", "--name", "Umask Test")
    finally:
        os.umask(old)
    assert stat.S_IMODE(program.data.stat().st_mode) == 0o700
    for path in program.data.rglob("*"):
        mode = stat.S_IMODE(path.stat().st_mode)
        if path.is_dir():
            assert mode == 0o700, f"{path} is {oct(mode)}"
        else:
            assert mode == 0o600, f"{path} is {oct(mode)}"


def test_leftovers_of_a_killed_backup_are_reported_and_cleared(demo_program: Program) -> None:
    backups = demo_program.data / "backups"
    backups.mkdir(exist_ok=True)
    stale = backups / "collabdesk-20260101-000000-000000-daily.sqlite3.partial"
    stale.write_bytes(b"half a backup")
    os.utime(stale, (0, 0))
    restoring = demo_program.data / "collabdesk.sqlite3.restoring"
    restoring.write_bytes(b"half a restore")
    os.utime(restoring, (0, 0))
    report = demo_program.cli("check").stdout
    assert "collabdesk-20260101-000000-000000-daily.sqlite3.partial" in report
    assert "collabdesk.sqlite3.restoring" in report
    assert not stale.exists() and not restoring.exists()


def _mount_read_only(source: Path, target: Path) -> bool:
    target.mkdir()
    bound = subprocess.run(["mount", "--bind", str(source), str(target)], capture_output=True)
    if bound.returncode != 0:
        return False
    again = subprocess.run(["mount", "-o", "remount,bind,ro", str(target)], capture_output=True)
    if again.returncode != 0:
        subprocess.run(["umount", str(target)], capture_output=True)
        return False
    return True


def test_a_read_only_medium_can_be_listed_and_exported_but_not_changed(
    demo_program: Program, tmp_path: Path
) -> None:
    medium = tmp_path / "cdrom"
    if os.geteuid() != 0 or not _mount_read_only(demo_program.data, medium):
        pytest.skip("needs root to mount a read-only folder")
    try:
        stick = Program(home=demo_program.home, data=medium)
        listing = stick.cli("partners", "list")
        assert "Volna FM Radio" in listing.stdout
        out = tmp_path / "partners.csv"
        stick.cli("partners", "export", str(out))
        assert "Volna FM Radio" in out.read_text(encoding="utf-8-sig")
        refused = stick.cli("partners", "add", "--name", "Nope", check=False)
        assert refused.returncode != 0
        assert "read-only" in refused.stderr and "Traceback" not in refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1
        # What the window shows there: a sentence, not "[Errno 30] ..."
        from collabdesk.store.errors import DataFolderError
        from collabdesk.store.instance_lock import InstanceLock

        with pytest.raises(DataFolderError) as caught:
            InstanceLock(stick.database).acquire()
        assert "read-only" in str(caught.value) and "Errno" not in str(caught.value)
        # The window opens it read-only: it lists, says why nothing saves, refuses a save.
        window = start_window(stick, tmp_path / "control")
        try:
            assert int(window.ask("count")) == 12
            assert window.ask("notices") == "readOnlyNotice"  # a banner line, no box
            assert "readOnly\tThis data is read-only" in window.ask("banner").splitlines()
            refused = window.ask("save Not On A Disc")
            assert refused.startswith("error") and "read-only" in refused
            assert window.ask("quit") == "bye"
            assert window.process.wait(timeout=60) == 0
        finally:
            if window.process.poll() is None:
                window.process.kill()
    finally:
        subprocess.run(["umount", str(medium)], capture_output=True)
