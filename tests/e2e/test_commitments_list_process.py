"""`collabdesk commitments list --json` as a script runs it (the installed
program, a process of its own): a commitment's series and steps, written by
another program into the same file, come out with it, over the plain read
path that loads no SQLAlchemy."""

from __future__ import annotations

import json
import sqlite3
import subprocess

from tests.e2e.conftest import Program, program_env
from tests.e2e.test_cli_scripting import installed

STAMP = "2026-12-01 10:00:00.000000"


def test_commitments_list_json_shows_a_series_and_its_steps(demo_program: Program) -> None:
    with sqlite3.connect(demo_program.database) as conn:
        conn.execute(
            "INSERT INTO commitment_series (id, created_at, updated_at, version_id, every,"
            " times, until, first_due_on) VALUES (3, ?, ?, 1, 'quarter', NULL, '2027-12-31',"
            " '2027-01-10')",
            (STAMP, STAMP),
        )
        first = conn.execute("SELECT min(id) FROM commitment").fetchone()[0]
        conn.execute("UPDATE commitment SET series_id = 3, occurrence = 4 WHERE id = ?", (first,))
        conn.execute(
            "INSERT INTO commitment_step (created_at, updated_at, version_id, commitment_id,"
            " position, what, who, due_on, done_on)"
            " VALUES (?, ?, 1, ?, 0, 'Согласовать макет', 'Ирина', '2027-01-05', NULL)",
            (STAMP, STAMP, first),
        )
    conn.close()
    done = subprocess.run(
        [*installed(), "--data-dir", str(demo_program.data), "commitments", "list", "--json"],
        env=program_env(demo_program.home) | {"PYTHONVERBOSE": "1"},
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    shown = {c["id"]: c for c in json.loads(done.stdout)}
    assert shown[first]["series_id"] == 3 and shown[first]["occurrence"] == 4
    assert shown[first]["series"] == {"every": "quarter", "times": None, "until": "2027-12-31"}
    [step] = shown[first]["steps"]
    assert (step["what"], step["who"], step["due_on"], step["done_on"]) == (
        "Согласовать макет",
        "Ирина",
        "2027-01-05",
        None,
    )
    assert all(c["steps"] == [] for cid, c in shown.items() if cid != first)
    assert "import 'sqlalchemy'" not in done.stderr  # the plain read path answered
    assert "import 'collabdesk.services.tracker_sql'" in done.stderr
