"""`collabdesk collaborations stage` in the reader's language: "completed"
refused with the open promises and their commands, a reason asked for
"declined"/"on hold", bad ids named (in-process, fast)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from collabdesk.cli import run


def cli(data: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(data), *argv], out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert cli(folder, "partners", "add", "--name", "Театр <b>Луч</b>")[0] == 0
    assert cli(folder, "collaborations", "add", "--title", "Неделя", "--partner", "1")[0] == 0
    what = "Пять постов\nв две строки " + "я" * 200
    assert cli(folder, "commitments", "add", "1", "--direction", "gives", "--what", what)[0] == 0
    return folder


def test_completed_is_refused_in_russian_with_the_commands(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    code, out, err = cli(data, "collaborations", "stage", "1", "completed")
    assert (code, out) == (1, "")
    assert "«Неделя» нельзя завершить: открытых обязательств: 1." in err
    assert "Пять постов в две строки" in err  # one line a promise, cut at 80 characters
    assert "я" * 81 not in err
    assert "collabdesk commitments deliver 1" in err
    assert "collabdesk commitments miss 1" in err
    assert "Traceback" not in err


def test_reasons_and_unknown_ids(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    code, _out, err = cli(data, "collaborations", "stage", "1", "on_hold", "--reason", "  ")
    assert code == 1 and "needs a reason: add --reason TEXT" in err
    code, _out, err = cli(data, "collaborations", "stage", "99", "declined", "--reason", "x")
    assert code == 1 and "no collaboration with id 99" in err
    code, _out, err = cli(data, "collaborations", "stage", "1", "on_hold", "--reason", "я" * 10_000)
    assert code == 1 and "too long" in err
    code, out, _err = cli(data, "collaborations", "stage", "1", "on_hold", "--reason", "бюджет")
    assert code == 0 and "idea → on_hold" in out
    code, out, _err = cli(data, "collaborations", "show", "1")
    assert "Reason: бюджет" in out
