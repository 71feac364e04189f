"""Who sits at this computer: the staff member chosen once (issue 19).

Like the "My name" it replaces, it belongs to the computer rather than to
the library's data, so it is a small file in the data folder that both the
window and the command line read. It holds a staff id; the name, branch
and role come from the database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from collabdesk.store.data_files import make_private

FILE_NAME = "staff-id.txt"


def current_staff_id(data_dir: Path | None) -> int | None:
    """The staff id chosen here, or None (none yet, or unreadable)."""
    if data_dir is None:
        return None
    try:
        text = (data_dir / FILE_NAME).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


def save_current_staff_id(data_dir: Path, staff_id: int | None) -> None:
    """Remember `staff_id` here (None forgets it)."""
    path = data_dir / FILE_NAME
    if staff_id is None:
        path.unlink(missing_ok=True)
        return
    data_dir.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{staff_id}\n", encoding="utf-8")
    make_private(path)


@dataclass(frozen=True)
class Me:
    """Whose tasks "My tasks" lists: the staff member, and their name for
    the owners typed before anyone was linked to staff."""

    name: str
    staff_id: int | None = None
