"""One CollabDesk per database file: an advisory lock the OS releases when
the process ends, however it ends, so a crash leaves no stale lock.

The lock file beside the database holds the owner's process id and host
name, so a refused second instance can say who has the database open.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

from collabdesk.store.data_files import make_private
from collabdesk.store.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseLockedError,
    DataFolderError,
    Message,
)

CONTEXT = "Store"


def _computer_name() -> str:
    # os.uname needs no import (the window probes the lock before it shows).
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


class InstanceLock:
    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + ".lock")
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise DatabaseLockedError naming the holder."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = self.path.open("a+", encoding="utf-8")
        except OSError as exc:
            raise DataFolderError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Store",
                        "CollabDesk cannot save in %1 (%2): the folder is read-only, or on a "
                        "disc, a locked memory stick or a share it may not write to. Nothing "
                        "was changed. Copy the folder to this computer's disk and open it "
                        "there (--data-dir); the command line can still list and export what "
                        "is in it.",
                    ),
                    (self.path.parent, exc.strerror or exc),
                )
            ) from exc
        if not _try_lock(handle):
            handle.seek(0)
            holder = handle.read().strip()
            handle.close()
            raise DatabaseLockedError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Store",
                        "The database %1 is already open in CollabDesk (%2). Close that "
                        "window first, or switch to it; two copies writing the same file "
                        "could lose each other's changes.",
                    ),
                    (
                        self.path.with_suffix(""),
                        holder or Message(CONTEXT, QT_TRANSLATE_NOOP("Store", "another program")),
                    ),
                )
            )
        make_private(self.path)
        handle.seek(0)
        handle.truncate()
        handle.write(f"process {os.getpid()} on {_computer_name()}")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        with contextlib.suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
