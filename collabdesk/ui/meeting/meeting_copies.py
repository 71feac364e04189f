"""Where meeting copies live and what must happen before one is made."""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk

TEMP_PREFIX = "collabdesk-meeting-"
STALE_AFTER_S = 24 * 3600  # a copy left by a crash or a power cut


def new_copy_folder() -> Path:
    """A private temporary folder for one meeting's copy (after removing stale ones)."""
    remove_stale_copies()
    return Path(tempfile.mkdtemp(prefix=TEMP_PREFIX))


def remove_stale_copies() -> None:
    """Meeting copies a killed program could not remove (a day old or more);
    a newer one may belong to a meeting another program is running."""
    for folder in Path(tempfile.gettempdir()).glob(TEMP_PREFIX + "*"):
        try:
            if time.time() - folder.stat().st_mtime > STALE_AFTER_S:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while the copy is made (about 1 s at 10,000 collaborations)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def complete_before_copy(desk: Desk | None) -> None:
    """What the program writes on first read (the checklist template) must be
    in the database before it is copied: the copy can never be written."""
    if desk is not None:
        desk.checklist.ensure_default_template()


def notes_path(database_file: Path) -> Path:
    from collabdesk.services.meeting_notes import notes_path as beside

    return beside(database_file)
