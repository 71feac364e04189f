"""Starting the window skips loading the command modules; these tests keep
that shortcut from hiding a command."""

from __future__ import annotations

import importlib
import io
from pathlib import Path

import pytest

from collabdesk import cli
from collabdesk.config import Settings


def test_every_command_module_is_named_like_its_command() -> None:
    # _parse() recognises a command by the module's last name segment.
    for name in cli.COMMAND_MODULES:
        module = importlib.import_module(name)
        assert name.rsplit(".", 1)[1].replace("_", "-") == module.NAME


def test_global_options_alone_start_the_window(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    started: list[Path] = []

    def fake_start(settings: Settings) -> int:
        started.append(settings.data_dir)
        return 0

    monkeypatch.setattr(cli, "start_gui", fake_start)
    assert cli.run(["--data-dir", str(tmp_path)]) == 0
    assert started == [tmp_path]


def test_unknown_word_gets_the_full_parsers_message(tmp_path: Path) -> None:
    err = io.StringIO()
    code = cli.run(["--data-dir", str(tmp_path), "partnrs"], io.StringIO(), err)
    assert code == 2
    assert "invalid choice: 'partnrs'" in err.getvalue()
