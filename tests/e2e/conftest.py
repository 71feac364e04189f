"""End-to-end: the installed program run as processes, the way people run
it. The window (offscreen) runs in its own process through window_driver.py;
command-line calls run beside it as `python -m collabdesk`; a third process
reads what each wrote. Every test here is marked `e2e` (and `slow`)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

DRIVER = Path(__file__).with_name("window_driver.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).parent == Path(__file__).parent:
            item.add_marker(pytest.mark.e2e)
            item.add_marker(pytest.mark.slow)


def program_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COLLABDESK_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        LANG="en_US.UTF-8",
    )
    return env


@dataclass
class Program:
    """One user's computer: a home, a data folder, the installed program."""

    home: Path
    data: Path

    @property
    def database(self) -> Path:
        return self.data / "collabdesk.sqlite3"

    def cli(
        self, *args: str, check: bool = True, timeout: float = 120, lang: str = ""
    ) -> subprocess.CompletedProcess[str]:
        """`collabdesk ARGS`; with `lang`, as a person whose LANG is that
        (LC_ALL and LC_MESSAGES unset, so LANG decides)."""
        env = program_env(self.home)
        if lang:
            env.pop("LC_ALL", None)
            env.pop("LC_MESSAGES", None)
            env["LANG"] = lang
        done = subprocess.run(
            [sys.executable, "-m", "collabdesk", "--data-dir", str(self.data), *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
        )
        if check and done.returncode != 0:
            raise AssertionError(f"collabdesk {' '.join(args)} -> {done.returncode}\n{done.stderr}")
        return done

    def popen_cli(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "collabdesk", "--data-dir", str(self.data), *args],
            env=program_env(self.home),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            stdin=subprocess.DEVNULL,
        )


@dataclass
class Window:
    """The window in its own process, driven through window_driver.py."""

    process: subprocess.Popen[str]
    control: Path

    @property
    def pid(self) -> int:
        return self.process.pid

    def ask(self, command: str, timeout: float = 90) -> str:
        answer = self.control / "answer"
        answer.unlink(missing_ok=True)
        partial = self.control / "command.partial"
        partial.write_text(command, encoding="utf-8")
        partial.replace(self.control / "command")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if answer.exists():
                return answer.read_text(encoding="utf-8")
            if self.process.poll() is not None:
                _out, err = self.process.communicate()
                code = self.process.returncode
                raise AssertionError(f"the window died ({code}) on {command!r}:\n{err[-3000:]}")
            time.sleep(0.05)
        raise AssertionError(f"the window did not answer {command!r} in {timeout} s")

    def wait_ready(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.ask("ready", timeout) == "ready":
                return
            time.sleep(0.1)
        raise AssertionError("the window never opened its data")

    def descriptors(self) -> list[str]:
        """Where the window's open files point (Linux /proc)."""
        fd_dir = Path(f"/proc/{self.pid}/fd")
        found = []
        for entry in fd_dir.iterdir():
            try:
                found.append(os.readlink(entry))
            except OSError:
                continue
        return found


@pytest.fixture
def program(tmp_path: Path) -> Program:
    return Program(home=tmp_path / "home", data=tmp_path / "data")


@pytest.fixture
def demo_program(program: Program) -> Program:
    program.cli("demo")
    return program


def start_window(program: Program, control: Path) -> Window:
    control.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        [sys.executable, str(DRIVER), str(control), str(program.data)],
        env=program_env(program.home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    window = Window(process, control)
    window.wait_ready()
    return window


@pytest.fixture
def window(demo_program: Program, tmp_path: Path) -> Iterator[Window]:
    started = start_window(demo_program, tmp_path / "control")
    yield started
    if started.process.poll() is None:
        started.process.kill()
    started.process.communicate()
