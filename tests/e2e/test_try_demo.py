"""File → Try the demo in the real window: the demo opens from its own
folder with the banner saying so, and the person's database file keeps
every byte and its modification time."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.conftest import Program, start_window


def fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def test_trying_the_demo_never_touches_the_real_data(program: Program, tmp_path: Path) -> None:
    program.cli("partners", "add", "--name", "Our real partner")
    window = start_window(program, tmp_path / "control")
    try:
        window.ask("count")  # the window has the real data open
        before = fingerprint(program.database)
        command = window.ask("try-demo").splitlines()
        window.process.communicate(timeout=60)  # the window closed itself to restart
    finally:
        if window.process.poll() is None:
            window.process.kill()
    demo = program.data / "demo"
    assert command[-2:] == ["--data-dir", str(demo)]
    assert fingerprint(program.database) == before

    in_demo = start_window(Program(program.home, demo), tmp_path / "control-demo")
    try:
        assert in_demo.ask("count") == "12"
        assert in_demo.ask("banner").startswith("demo\t")
        in_demo.ask("quit")
        in_demo.process.communicate(timeout=60)
    finally:
        if in_demo.process.poll() is None:
            in_demo.process.kill()
    assert fingerprint(program.database) == before
    listed = program.cli("partners", "list").stdout
    assert "Our real partner" in listed and "Polygon" not in listed
