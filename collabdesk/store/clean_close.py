"""What a clean close noted about the database file, so that the next start
can skip `quick_check` when nothing has touched the file since.

`quick_check` reads every page (1.7 s at 433 MB), and until it passes the
window cannot edit. At a clean close, after the last connection let go (the
write-ahead log checkpointed and removed), the file's identity is written
beside it: inode, size, modification and change times (`os.stat`, which
opens nothing), and whether every check of this run passed. At the next
start, when the `.running` marker is absent (no crash) and this record
matches the file exactly and no -wal or -journal with content lies beside
it, nothing has written the file since a state that was verified, and the
start-up check is skipped.

Why these facts and not the header's change counter (bytes 24-27): reading
it takes a plain `open()` of the file, whose `close()` drops this process's
POSIX locks while the early list's connection is open (sqlite_file.py);
and in WAL mode SQLite bumps the counter only when page 1 is among a
commit's pages (an UPDATE of one row leaves it as it was). Any write
changes the modification time; the change time cannot be set back from
user space (a tool that restores the modification time, `cp -p` over the
file, a chmod, a rename all move it), and a file put in place of this one
has another inode. Any SQLite writer (`collabdesk partners add` between
sessions) therefore sends the next start through the check, as does a
damaged page written by anything else.

What this does not see is a disk that changes bytes without a write; the
daily backup's `quick_check` of its copy (which reads every page of the
live file) and the weekly full `integrity_check` are there for that. A
check that fails during the run (the backup's copy, `collabdesk check`)
calls `distrust`, so that close records the file as unverified.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from collabdesk.store.data_files import make_private

RECORD_SUFFIX = ".closed"
# Beside the database while a window has it open; its words say whether
# every check so far passed (store/startup.py writes it after the check).
RUNNING_SUFFIX = ".running"
OPEN = "open"
UNVERIFIED = "unverified"
LOGS = ("-wal", "-journal")


@dataclass(frozen=True)
class FileIdentity:
    device: int
    inode: int
    size: int
    mtime_ns: int
    ctime_ns: int


def record_path(database: Path) -> Path:
    return database.with_name(database.name + RECORD_SUFFIX)


def running_path(database: Path) -> Path:
    return database.with_name(database.name + RUNNING_SUFFIX)


def identity(database: Path) -> FileIdentity | None:
    """The file's identity from `os.stat` (opens nothing); None when it is missing."""
    try:
        st = database.stat()
    except OSError:
        return None
    return FileIdentity(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def logs_with_content(database: Path) -> bool:
    """A -wal with frames or a -journal beside the file: the main file alone
    is not the whole database (or a transaction was left half-done)."""
    for suffix in LOGS:
        with contextlib.suppress(OSError):
            if Path(f"{database}{suffix}").stat().st_size > 0:
                return True
    return False


def record_clean_close(database: Path, *, verified: bool) -> None:
    """After the last connection closed: note the file's identity and
    whether this run's checks passed. With a log still holding frames (a
    connection elsewhere kept it) nothing is noted: the next start checks."""
    forget(database)
    found = identity(database)
    if found is None or found.size == 0 or logs_with_content(database):
        return
    path = record_path(database)
    text = json.dumps({**asdict(found), "check_passed": verified})
    with contextlib.suppress(OSError):  # without the record the next start just checks
        partial = path.with_name(path.name + ".partial")
        partial.write_text(text, encoding="utf-8")
        make_private(partial)
        partial.replace(path)


def unchanged_since_clean_close(database: Path) -> bool:
    """True when the last run closed cleanly with every check passed and
    nothing has written the file since: skipping the start-up check is safe."""
    try:
        raw = json.loads(record_path(database).read_text(encoding="utf-8"))
        noted = FileIdentity(
            int(raw["device"]),
            int(raw["inode"]),
            int(raw["size"]),
            int(raw["mtime_ns"]),
            int(raw["ctime_ns"]),
        )
        passed = raw["check_passed"] is True
    except (OSError, ValueError, KeyError, TypeError):
        return False
    if not passed or running_path(database).exists() or logs_with_content(database):
        return False
    return identity(database) == noted


def forget(database: Path) -> None:
    """The file is about to be written (a window opened it): the record no
    longer describes it."""
    with contextlib.suppress(OSError):
        record_path(database).unlink(missing_ok=True)


def distrust(database: Path) -> None:
    """A check of the file (or of a copy of it) failed: this run's close must
    not record it as verified, and no earlier record may stand."""
    forget(database)
    marker = running_path(database)
    with contextlib.suppress(OSError):
        if marker.exists():
            marker.write_text(UNVERIFIED + "\n", encoding="utf-8")


def checks_passed(database: Path) -> bool:
    """Whether the running marker still says every check of this run passed."""
    try:
        return running_path(database).read_text(encoding="utf-8").strip() == OPEN
    except OSError:
        return False
