"""The start-up check as the window runs it in its worker (store/startup.py):
it says how far it is, and it stops when asked without calling the file
damaged or marking it open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from collabdesk.store.startup import (
    FULL_CHECK,
    QUICK_CHECK,
    CheckStoppedError,
    check_at_start,
    check_with_progress,
    marker_path,
)


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "big.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, city TEXT)")
        conn.execute("CREATE INDEX t_name ON t (name)")
        conn.execute("CREATE INDEX t_city ON t (city)")
        conn.executemany(
            "INSERT INTO t (name, city) VALUES (?, ?)",
            ((f"Партнёр {i}", f"Город {i % 97}") for i in range(30_000)),
        )
    conn.close()
    return path


@pytest.mark.parametrize(("full", "step"), [(True, FULL_CHECK), (False, QUICK_CHECK)])
def test_the_check_says_how_far_it_is(database: Path, full: bool, step: str) -> None:
    heard: list[tuple[str, float | None]] = []
    assert check_with_progress(database, full=full, progress=lambda *a: heard.append(a) or True)
    assert heard[0] == (step, None)  # before the first page: how far is unknown
    fractions = [f for s, f in heard[1:] if s == step]
    assert len(fractions) > 10
    assert fractions == sorted(fractions) and fractions[0] > 0 and fractions[-1] <= 0.99
    assert check_with_progress(database, full=full, progress=lambda *a: True) == "ok"


@pytest.mark.parametrize("after", [0, 5])
def test_a_stopped_check_is_not_a_damaged_file(database: Path, after: int) -> None:
    calls = []

    def stop_after(step: str, fraction: float | None) -> bool:
        calls.append(fraction)
        return len(calls) <= after

    with pytest.raises(CheckStoppedError, match="stopped before it finished"):
        check_with_progress(database, full=True, progress=stop_after)
    assert len(calls) == after + 1  # SQLite stopped at once


def test_check_at_start_stopped_leaves_no_open_marker(database: Path) -> None:
    with pytest.raises(CheckStoppedError):
        check_at_start(database, lambda *_a: False)
    assert not marker_path(database).exists()
    assert check_at_start(database, lambda *_a: True) == QUICK_CHECK
    assert marker_path(database).exists()
    assert check_at_start(database) == FULL_CHECK  # the marker left: as after a crash
