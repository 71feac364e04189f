"""The shared server's own backups (pg_dump) as CollabDesk sees them: the
folder they are written to, kept in the library profile, and the age of the
newest one, which `collabdesk check` reports (issue 19, item 7).

CollabDesk never runs pg_dump itself: on the server the database's
administrator schedules it (docs/operations.md). This module only looks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from collabdesk.domain.library import LibraryProfile
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, ServiceError
from collabdesk.services.transaction import Sessions, transaction

CONTEXT = "ServerDumps"
STALE_AFTER = timedelta(days=2)  # a nightly dump missed twice
# A dump still being written, or an editor's leftovers, is not a dump.
NOT_DUMPS = (".partial", ".tmp", ".part", "~")
FOLDER_MAX = 1000


@dataclass(frozen=True)
class NewestDump:
    path: Path
    written: datetime  # local time of the file's last change
    age: timedelta

    @property
    def days(self) -> int:
        return max(0, self.age.days)

    @property
    def stale(self) -> bool:
        return self.age > STALE_AFTER


def newest_dump(folder: Path, now: datetime | None = None) -> NewestDump | None:
    """The most recently written dump in `folder` (a file, or the folder of
    pg_dump -Fd), or None when there is none or the folder cannot be read."""
    now = now or datetime.now()
    newest: tuple[float, Path] | None = None
    try:
        entries = list(folder.iterdir())
    except OSError:
        return None
    for entry in entries:
        if entry.name.startswith(".") or entry.name.endswith(NOT_DUMPS):
            continue
        try:
            mtime = entry.stat().st_mtime
        except OSError:
            continue
        if newest is None or mtime > newest[0]:
            newest = (mtime, entry)
    if newest is None:
        return None
    written = datetime.fromtimestamp(newest[0])
    return NewestDump(newest[1], written, now - written)


class ServerDumps:
    """Where the server's dumps are, as the library profile remembers it."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def folder(self) -> str:
        with transaction(self._sessions) as session:
            return str(
                session.scalar(
                    select(LibraryProfile.dump_folder).order_by(LibraryProfile.id).limit(1)
                )
                or ""
            )

    def set_folder(self, folder: str) -> str:
        """Remember `folder` ("" forgets it); it must be a folder this
        computer can read, since `check` reads it from here."""
        folder = folder.strip()
        if folder:
            path = Path(folder).expanduser()
            if len(str(path.absolute())) > FOLDER_MAX or not path.is_dir():
                raise ServiceError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "ServerDumps",
                            "%1 is not a folder this computer can read; the dump folder "
                            "was not changed.",
                        ),
                        (folder[:200],),
                    )
                )
            folder = str(path.absolute())
        with transaction(self._sessions, "library_profile") as session:
            profile = session.scalar(select(LibraryProfile).order_by(LibraryProfile.id).limit(1))
            if profile is None:
                profile = LibraryProfile()
                session.add(profile)
            profile.dump_folder = folder
        return folder
