"""The Collaborations tab of the real window, run as its own process, with
more collaborations than one page: the list shows each one's readiness
computed in SQL, the same figure `collabdesk collaborations list` computes
in Python, and an answer written by the command line beside the open window
moves it without a click."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.e2e.conftest import Program, start_window
from tests.e2e.test_window_layout import eventually

EXTRA = 130  # more than the list's first page of 100


def listed_readiness(program: Program) -> dict[str, int]:
    out = program.cli("collaborations", "list", "--json").stdout
    return {row["title"]: int(row["readiness"]) for row in json.loads(out)}


def test_the_list_pages_with_the_same_readiness_as_the_command_line(
    demo_program: Program, tmp_path: Path
) -> None:
    conn = sqlite3.connect(demo_program.database)
    stamp = "2026-01-01 00:00:00"
    with conn:
        conn.executemany(
            "INSERT INTO collaboration (title, idea, title_translation, idea_translation, stage,"
            " wizard_page, created_at, updated_at, version_id)"
            " VALUES (?, '', '', '', 'idea', 0, ?, ?, 1)",
            [(f"Аа проект {n:03}", stamp, stamp) for n in range(EXTRA)],
        )
    conn.close()
    first = "Аа проект 000"
    rows = json.loads(demo_program.cli("collaborations", "list", "--json").stdout)
    first_id = next(row["id"] for row in rows if row["title"] == first)
    expected = {row["title"]: int(row["readiness"]) for row in rows}

    window = start_window(demo_program, tmp_path / "control")
    try:
        eventually(lambda: window.ask("ready"), lambda a: a == "ready", 60)
        assert window.ask("section collaborationsView") == "collaborationsView"
        lines = eventually(
            lambda: window.ask("visible-text"), lambda text: first in text, 30
        ).splitlines()
        # A table row reads title, stage, partners, readiness, dates.
        shown = {
            line: lines[i + 3]
            for i, line in enumerate(lines[:-3])
            if line in expected and lines[i + 3].endswith(" %")
        }
        assert len(shown) >= 100  # a page's worth, the demo's and ours
        assert first in shown
        for title, ready in shown.items():
            assert ready == f"{expected[title]} %", title

        demo_program.cli("collaborations", "answer", str(first_id), "why.goal", "Новая цель")
        moved = listed_readiness(demo_program)[first]
        assert moved > expected[first]

        def first_row() -> str:
            text = window.ask("visible-text").splitlines()
            at = text.index(first)
            return "\n".join(text[at + 1 : at + 6])

        assert f"{moved} %" in eventually(first_row, lambda cells: f"{moved} %" in cells, 30)
    finally:
        if window.process.poll() is None:
            window.ask("quit")
        window.process.communicate(timeout=60)
