"""benchmarks/watchdog.py: the stall detector, and the whole session, tiny."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from .conftest import BENCHMARKS, ROOT, load


def test_a_frozen_event_loop_is_reported_with_its_step(qtbot) -> None:
    stalls_module = load("watchdog_stalls")
    seen = []
    detector = stalls_module.StallDetector(threshold_ms=100, report=seen.append)
    detector.start()
    qtbot.wait(100)
    assert seen == []  # an idle loop ticks every 10 ms
    detector.step = "freezing on purpose"
    QTimer.singleShot(10, lambda: time.sleep(0.4))
    qtbot.wait(700)
    detector.stop()
    assert len(seen) == 1 and detector.stalls == seen
    stall = seen[0]
    assert stall.step == "freezing on purpose"
    assert 380 <= stall.ms < 2000
    assert stall.cpu_ms < stall.ms  # sleeping costs no CPU: it says so
    assert stall.where  # sampled while it froze: where the GUI thread was


def test_the_import_file_holds_new_partners(tmp_path: Path) -> None:
    watchdog = load("watchdog")
    path = watchdog.write_partner_csv(tmp_path / "p.csv", 300)
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 300
    assert len({row["email"] for row in rows}) == 300
    assert all(row["name"] and row["kind"] for row in rows)


@pytest.mark.slow
def test_quick_session_plays_every_step(tmp_path: Path) -> None:
    env = dict(os.environ, BENCHMARK_CACHE=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "watchdog.py"), "--quick", "--offscreen"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    out = result.stdout
    assert result.returncode == 0, out + result.stderr[-2000:]
    for step in (
        "start: until New partner is enabled",
        "type a partner search",
        "open the Collaborations tab",
        "open the Commitments tab",
        "open the collaboration board",
        "open the reputation dashboard",
        "sort the tracker by Due",
        "filter the tracker",
        "search the tracker",
        "import partners from a CSV file",
        "scroll the partner list to the end",
        "scroll the tracker to the end",
    ):
        assert step in out, step
    assert "200 records imported" in out
    assert out.count(", the end") == 2  # both lists scrolled to their last row
    assert "failed" not in out and "no " not in out.split("steps:")[1]
    assert "stall(s) over 100 ms" in out
