"""The other benchmark scripts at a tiny size: each still runs against
today's code and prints its figures (they rot silently otherwise: the
meeting-copy one had stopped working when make_meeting_copy changed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import BENCHMARKS, ROOT

SCRIPTS = {
    "partners.py": (["--sizes", "300"], "target: search median"),
    "data_safety.py": (["150"], "integrity_check (after a crash)"),
    "history.py": (["--edits", "3", "--rows", "100"], "bulk create of 100 partners"),
    "imports.py": (
        ["--rows", "200", "--existing", "300", "--repeat", "1", "--print-only"],
        "floor + FTS",
    ),
    "meeting_copy.py": (["--sizes", "12"], "12 "),
    "pitch.py": (["--runs", "1", "--batch", "2"], "2 pitches in a batch:"),
}


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_runs_at_a_tiny_size(script: str, tmp_path: Path) -> None:
    args, expected = SCRIPTS[script]
    env = dict(
        os.environ,
        BENCHMARK_CACHE=str(tmp_path / "cache"),
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
    )
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert expected in result.stdout
    assert not (BENCHMARKS / ".cache" / "partners-300.sqlite3").exists()
