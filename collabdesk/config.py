"""Where this run keeps its data, and which database it opens.

Order: --data-dir / COLLABDESK_DATA_DIR; a portable `data/` folder (or a
`portable` marker) next to the executable; the per-user data folder.
--database-url / COLLABDESK_DATABASE_URL selects a shared server instead
of the SQLite file in the data folder.

In portable mode the settings (an INI file) and the logs live in the data
folder too, so a USB stick carries everything. SQLite's WAL journal needs
shared memory that removable and network drives do not always give, and a
stick pulled out mid-write must not leave a -wal file behind: there, and in
portable mode, the database uses the rollback journal (DELETE) instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from collabdesk import APP_NAME, ORG_NAME
from collabdesk.store.data_files import make_private
from collabdesk.store.errors import QT_TRANSLATE_NOOP, DataFolderError, Message

DATABASE_FILE = "collabdesk.sqlite3"
LOG_FOLDER = "logs"
WAL, ROLLBACK = "WAL", "DELETE"


class Settings(NamedTuple):  # not a dataclass: defined before the first paint, ten times faster
    data_dir: Path
    database_url: str
    portable: bool = False
    journal: str = WAL

    @property
    def settings_dir(self) -> Path | None:
        """Folder of the INI settings file in portable mode; None: the system's place."""
        return self.data_dir if self.portable else None

    @property
    def log_dir(self) -> Path:
        return self.data_dir / LOG_FOLDER

    @property
    def database_file(self) -> Path | None:
        return (
            None
            if "://" in self.database_url and not self.database_url.startswith("sqlite")
            else self.data_dir / DATABASE_FILE
        )


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of the SQLite file at `path`. The path is quoted as
    SQLAlchemy renders it, so a folder named `a?b`, `50%20off` or `#1` is read
    back as that folder, not as a URL's query or escape."""
    from urllib.parse import quote  # already loaded by pathlib

    return "sqlite:///" + quote(str(path), safe=" +/")


def executable_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0]).resolve().parent if sys.argv and sys.argv[0] else Path.cwd()


def portable_data_dir(exe_dir: Path) -> Path | None:
    """A `data/` folder or `portable` marker beside the program means portable."""
    if (exe_dir / "data").is_dir() or (exe_dir / "portable").exists():
        return exe_dir / "data"
    return None


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, ORG_NAME, roaming=False)


def _linux_removable(path: Path) -> bool:
    """Linux: the block device holding `path` (or its parent disk) says removable."""
    try:
        device = path.stat().st_dev
    except OSError:
        return False
    block = Path(f"/sys/dev/block/{os.major(device)}:{os.minor(device)}")
    for candidate in (block / "removable", block.resolve().parent / "removable"):
        try:
            return candidate.read_text(encoding="ascii").strip() == "1"
        except OSError:
            continue
    return False


def _windows_removable(path: Path) -> bool:
    import ctypes

    drive = path.resolve().anchor  # e.g. "E:\\"
    drive_removable = 2
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    return bool(kernel32.GetDriveTypeW(drive) == drive_removable)


def on_removable_media(path: Path) -> bool:
    """Best effort: True when `path` is on a USB stick or other removable drive."""
    existing = path
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    if sys.platform == "win32":
        return _windows_removable(existing)
    if sys.platform == "darwin":  # external volumes mount under /Volumes
        parts = existing.resolve().parts
        return len(parts) > 2 and parts[1] == "Volumes"
    return _linux_removable(existing)


def resolve(
    data_dir: str | None = None,
    database_url: str | None = None,
    environ: dict[str, str] | None = None,
    exe_dir: Path | None = None,
    removable: Callable[[Path], bool] = on_removable_media,
) -> Settings:
    env = os.environ if environ is None else environ
    chosen = data_dir or env.get("COLLABDESK_DATA_DIR")
    portable = False
    if chosen:
        folder = Path(chosen).expanduser().absolute()
    else:
        portable_dir = (
            portable_data_dir(exe_dir or executable_dir())
            if getattr(sys, "frozen", False) or exe_dir is not None
            else None
        )
        portable = portable_dir is not None
        folder = portable_dir or user_data_dir()
    url = database_url or env.get("COLLABDESK_DATABASE_URL") or ""
    if not url:
        url = sqlite_url(folder / DATABASE_FILE)
    journal = ROLLBACK if portable or removable(folder) else WAL
    return Settings(data_dir=folder, database_url=url, portable=portable, journal=journal)


def ensure_data_dir(settings: Settings) -> None:
    """Create the data folder and prove it is writable, or say why not."""
    folder = settings.data_dir
    if folder.exists() and not folder.is_dir():
        raise DataFolderError(
            Message(
                "Store",
                QT_TRANSLATE_NOOP(
                    "Store",
                    "%1 is a file, not a folder, so CollabDesk cannot keep its data there. "
                    "Choose a folder with --data-dir or COLLABDESK_DATA_DIR. Nothing was changed.",
                ),
                (folder,),
            )
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        make_private(folder, directory=True)
        probe = folder / ".write-test"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise DataFolderError(
            Message(
                "Store",
                QT_TRANSLATE_NOOP(
                    "Store",
                    "CollabDesk cannot write to its data folder %1 (%2). Choose another "
                    "folder with --data-dir or COLLABDESK_DATA_DIR, or ask for write access "
                    "to this one. Nothing was changed.",
                ),
                (folder, reason),
            )
        ) from exc
