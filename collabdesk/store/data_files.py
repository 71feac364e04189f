"""Files in the data folder are the user's alone, and the live database is
never opened with plain file calls.

Under a umask of 022 Python and SQLite create files other local users can
read; partner contacts and proofs must not be. The folder is made 0700 and
each file 0600 whatever the umask. SQLite gives the -wal and -shm files the
database file's own mode, so a private database keeps its logs private.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

SIDECARS = ("-wal", "-shm", "-journal")


def make_private(path: Path, *, directory: bool = False) -> None:
    """chmod 0700/0600; a no-op on Windows, where the per-user folder is private."""
    if os.name != "posix":
        return
    mode = 0o700 if directory else 0o600
    with contextlib.suppress(OSError):
        # Only when needed: a chmod moves the file's change time, which the
        # clean-close record compares (store/clean_close.py).
        if path.stat().st_mode & 0o777 != mode:
            path.chmod(mode)


def private_database_file(database: Path) -> None:
    """Create the database file empty and private before SQLite first opens
    it, or make an existing one and its logs private. chmod opens nothing,
    so it is safe while this process holds a connection."""
    if os.name != "posix":
        return
    if not database.exists():
        with contextlib.suppress(OSError):  # exists already, or a folder SQLite will refuse
            os.close(os.open(database, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    for path in (database, *(Path(f"{database}{suffix}") for suffix in SIDECARS)):
        if path.exists():
            make_private(path)


def is_live_database(path: Path, database: Path | None) -> bool:
    """True when `path` is the database or one of its logs: reading it with
    plain file calls would drop this process's SQLite locks on it."""
    if database is None:
        return False
    for candidate in (database, *(Path(f"{database}{suffix}") for suffix in SIDECARS)):
        with contextlib.suppress(OSError):
            if candidate.exists() and os.path.samefile(path, candidate):
                return True
    return False


def database_of(sessions: Any) -> Path | None:
    """The SQLite file a session factory writes to (None on a server)."""
    url = getattr(sessions.kw.get("bind"), "url", None)
    if url is None or url.get_backend_name() != "sqlite" or not url.database:
        return None
    return Path(url.database)


def private_copy(source: Path, target: Path) -> None:
    """Copy the user's file into the data folder as a new 0600 file (never
    through a link already standing at `target`)."""
    import shutil  # not on the way to the first window

    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0)
    with source.open("rb") as reader:
        descriptor = os.open(target, flags, 0o600)
        with os.fdopen(descriptor, "wb") as writer:
            shutil.copyfileobj(reader, writer, 1024 * 1024)
