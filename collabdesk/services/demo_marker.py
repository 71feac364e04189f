"""The marker of a demo folder (File → Try the demo): the file that says a
folder holds the demo and which command brings the person's own data back.

Standard library only: the window reads it while it builds its menus,
before SQLAlchemy is loaded (tests/ui/test_first_paint.py)."""

from __future__ import annotations

import json
from pathlib import Path

DEMO_MARKER = "collabdesk-demo.json"


def is_demo_folder(folder: Path) -> bool:
    return (folder / DEMO_MARKER).is_file()


def demo_way_back(folder: Path) -> list[str] | None:
    """The command kept by `demo.fill_demo_folder`, or None outside a demo folder."""
    try:
        marker = json.loads((folder / DEMO_MARKER).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    back = marker.get("back") if isinstance(marker, dict) else None
    if not isinstance(back, list) or not back or not all(isinstance(x, str) for x in back):
        return None
    return back
