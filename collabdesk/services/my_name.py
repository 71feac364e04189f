"""Who "me" is at this computer: the "My name" setting that "My tasks", the
banner and `tasks list --mine` match against owners and assignees, until
named staff accounts exist (issue 19).

It belongs to the computer, not to the library's data, so it is a small
text file in the data folder, not a database row; the window and the
command line (which cannot load Qt settings) both read it here."""

from __future__ import annotations

from pathlib import Path

from collabdesk.services.errors import QT_TRANSLATE_NOOP, ValidationError
from collabdesk.services.validation import Checker, clean_line
from collabdesk.store.data_files import make_private

FILE_NAME = "my-name.txt"
NAME_MAX = 200  # as wide as an owner or an assignee
LABEL = QT_TRANSLATE_NOOP("Field", "My name")


def my_name(data_dir: Path | None) -> str:
    """The name saved here, or "" (none yet, or the file cannot be read)."""
    if data_dir is None:
        return ""
    try:
        return clean_line((data_dir / FILE_NAME).read_text(encoding="utf-8"))[:NAME_MAX]
    except (OSError, UnicodeDecodeError):
        return ""


def save_my_name(data_dir: Path, name: str) -> str:
    """Keep `name` (trimmed; empty forgets it) and return what was kept."""
    cleaned = clean_line(name)
    check = Checker()
    check.max_length("my_name", cleaned, NAME_MAX, LABEL)
    if check.problems:
        raise ValidationError(check.problems)
    path = data_dir / FILE_NAME
    if not cleaned:
        path.unlink(missing_ok=True)
        return ""
    data_dir.mkdir(parents=True, exist_ok=True)
    path.write_text(cleaned + "\n", encoding="utf-8")
    make_private(path)
    return cleaned
