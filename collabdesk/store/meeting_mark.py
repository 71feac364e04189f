"""How a meeting laptop's copy is told from the office's data: one mark in
SQLite's user_version. Its own module because the window asks on the GUI
thread at start, and the meeting copy's writer pulls in the models
(SQLAlchemy, ~0.6 s of imports) that only the opening worker should load."""

from __future__ import annotations

import sqlite3
from pathlib import Path

MEETING_MARK = 0x4D45_4554  # "MEET"; Alembic and the program leave user_version alone


def is_meeting_copy(path: Path) -> bool:
    """True for a file made by make_meeting_copy (cheap: one PRAGMA)."""
    if not path.exists():
        return False
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            return bool(conn.execute("PRAGMA user_version").fetchone()[0] == MEETING_MARK)
        finally:
            conn.close()
    except sqlite3.Error:
        return False
