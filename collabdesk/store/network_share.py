"""Is the database on a network share? SQLite's WAL needs shared memory
between processes on one machine and reliable file locks; NFS and SMB
shares give neither, so a database there can be corrupted."""

from __future__ import annotations

import os
from pathlib import Path

from collabdesk.store.errors import QT_TRANSLATE_NOOP, Message

CONTEXT = "Store"
NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "9p", "afs", "sshfs", "fuse.sshfs", "davfs"}


def _unescape(field: str) -> str:
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def mount_type(path: Path, mounts_text: str) -> str | None:
    """The file-system type of the longest mount point containing `path`."""
    best, best_type = "", None
    target = str(path)
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, kind = _unescape(fields[1]), fields[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, kind
    return best_type


def network_share_reason(path: Path, mounts_text: str | None = None) -> Message | None:
    """Why `path` looks like a network share, or None when it is local."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return Message(CONTEXT, QT_TRANSLATE_NOOP("Store", "%1 is a network (UNC) path"), (text,))
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    kind = mount_type(Path(os.path.abspath(path)), mounts_text)
    if kind in NETWORK_FS:
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Store", "%1 is on a network file system (%2)"),
            (text, kind),
        )
    return None


def network_share_message(reason: Message) -> Message:
    return Message(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "Store",
            "The database cannot be kept on a network share: %1. SQLite's write-ahead log is "
            "not safe there and the file could be damaged. Keep the database on this "
            "computer's disk (--data-dir), or let several branches share a PostgreSQL server "
            "(--database-url).",
        ),
        (reason,),
    )
