"""An offline branch's file: its own SQLite database, copied and pruned the
way the meeting copy is (store/meeting_copy.py), carrying only what the
system's database imports as that branch (services/branch_files.py).

What stays: collaborations with their participants, checklist answers and
stage changes; commitments with their series, steps and proofs; the
partners those use (with their contacts, and the INN alone of their legal
details, to match partners the system already has); the statistics; the
library profile (for its install key and name) and the branch row. What
the system keeps itself goes: the change log, the Trash, interactions,
agreements, templates, settings (questions, units, advertising catalogue),
staff and the bookkeeping of imports. A `branch_file` table holds the
install key, the time of export and the schema revision; `PRAGMA
user_version` marks the file, so no other file passes for one.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from collabdesk.store.backup import copy_verified
from collabdesk.store.errors import QT_TRANSLATE_NOOP, Message, StoreError
from collabdesk.store.meeting_copy import _columns, _index_foreign_keys

BRANCH_MARK = 0x4252_414E  # "BRAN"; the meeting copy's mark is "MEET"
FILE_SUFFIX = ".collabdesk-branch"
FORMAT = "1"
CONTEXT = "BranchFile"

# Emptied in the copy: what the system keeps itself, or never shares.
_CLEARED_TABLES = (
    "change_log",
    "trash",
    "interaction",
    "agreement",
    "document_template",
    "collaboration_ad_item",
    "advertising_item",
    "collaboration_metric",
    "checklist_question",
    "unit_form",
    "metric_definition",
    "partner_tag",
    "tag",
    "partner_branch",
    "branch_import_row",
    "branch_import",
    "erasure_log",
    "summary_snapshot",
    "staff",
)
# Partners the branch's records use; every other partner stays behind.
_USED_PARTNERS = (
    "SELECT partner_id FROM collaboration_partner"
    " UNION SELECT partner_id FROM commitment WHERE partner_id IS NOT NULL"
    " UNION SELECT partner_id FROM checklist_answer WHERE partner_id IS NOT NULL"
)
_LEGAL_KEPT = frozenset({"id", "created_at", "updated_at", "version_id", "partner_id", "inn"})


class BranchFileError(StoreError):
    """A branch file that cannot be written or read; nothing was changed."""


def refusal(template: str, *args: object) -> BranchFileError:
    return BranchFileError(Message(CONTEXT, template, args))


def make_branch_file(
    source: Path,
    target: Path,
    *,
    install_key: str,
    exported_at: datetime,
    revision: str,
    proofs_folder: Path | None = None,
) -> Path:
    """Write `target`: the branch database `source` as one file, pruned."""
    if target.resolve() == source.resolve():
        raise refusal(
            QT_TRANSLATE_NOOP(
                "BranchFile", "The branch file must be a different file from the database."
            )
        )
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        copy_verified(source, partial)
        _prune(partial, install_key, exported_at, revision)
        if proofs_folder is not None:
            _carry_proof_files(partial, proofs_folder)
        partial.replace(target)
    except sqlite3.Error as exc:
        raise refusal(
            QT_TRANSLATE_NOOP("BranchFile", "Could not write the branch file: %1"), exc
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    return target


def _prune(path: Path, install_key: str, exported_at: datetime, revision: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("BEGIN")
        helpers = _index_foreign_keys(conn)
        for table in _CLEARED_TABLES:
            if _columns(conn, table):
                conn.execute(f'DELETE FROM "{table}"')
        conn.execute("DELETE FROM legal_details WHERE partner_id IS NULL")
        conn.execute(f"DELETE FROM partner WHERE id NOT IN ({_USED_PARTNERS})")
        for column, not_null in _columns(conn, "legal_details").items():
            if column not in _LEGAL_KEPT:  # bank and signatory stay at the branch
                blank = "''" if not_null else "NULL"
                conn.execute(f'UPDATE legal_details SET "{column}" = {blank}')
        conn.execute("CREATE TABLE branch_file (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.executemany(
            "INSERT INTO branch_file VALUES (?, ?)",
            [
                ("format", FORMAT),
                ("install_key", install_key),
                ("exported_at", exported_at.isoformat()),
                ("revision", revision),
            ],
        )
        for index in ("partner_fts", "commitment_fts"):
            if _columns(conn, index):
                conn.execute(f"INSERT INTO {index}({index}) VALUES ('rebuild')")
        for name in helpers:
            conn.execute(f'DROP INDEX "{name}"')
        conn.execute(f"PRAGMA user_version = {BRANCH_MARK}")
        conn.execute("COMMIT")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("VACUUM")
        verdict = conn.execute("PRAGMA integrity_check").fetchone()
        if not verdict or verdict[0] != "ok":
            raise refusal(
                QT_TRANSLATE_NOOP("BranchFile", "The branch file failed its check (%1)."),
                verdict and verdict[0],
            )
    finally:
        conn.close()


def is_plain_name(name: str) -> bool:
    """A proof's stored name is one file in the proofs folder, never a path."""
    return bool(name) and Path(name).name == name and "\\" not in name and name[0] != "."


def _carry_proof_files(path: Path, folder: Path) -> None:
    """The proof pictures and documents ride inside the file (one file to send)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(
            "CREATE TABLE branch_file_proof (stored_name TEXT PRIMARY KEY, content BLOB NOT NULL)"
        )
        names = [
            row[0]
            for row in conn.execute(
                "SELECT DISTINCT stored_name FROM commitment_proof WHERE stored_name <> ''"
            )
        ]
        conn.execute("BEGIN")
        for name in names:
            source = folder / name
            if is_plain_name(name) and source.is_file():
                conn.execute(
                    "INSERT INTO branch_file_proof VALUES (?, ?)", (name, source.read_bytes())
                )
        conn.execute("COMMIT")
    finally:
        conn.close()


def write_proof_files(path: Path, folder: Path) -> int:
    """Copy the file's proof files into `folder`, those not there yet; how many."""
    from collabdesk.store.data_files import make_private

    written = 0
    conn = open_branch_file(path)
    try:
        found = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'branch_file_proof'"
        ).fetchone()[0]
        if not found:
            return 0
        folder.mkdir(parents=True, exist_ok=True)
        make_private(folder, directory=True)
        for name, content in conn.execute("SELECT stored_name, content FROM branch_file_proof"):
            target = folder / str(name)
            if not is_plain_name(str(name)) or target.exists():
                continue
            partial = target.with_name(target.name + ".partial")
            partial.write_bytes(bytes(content))
            make_private(partial)
            partial.replace(target)
            written += 1
    finally:
        conn.close()
    return written


def check_branch_file(path: Path) -> dict[str, str]:
    """The `branch_file` facts of a sound branch file, read without writing
    anything next to it; a sentence for every other file."""
    if not path.is_file():
        raise refusal(QT_TRANSLATE_NOOP("BranchFile", "There is no file %1."), path)
    if path.stat().st_size == 0:
        raise refusal(QT_TRANSLATE_NOOP("BranchFile", "The file %1 is empty."), path)
    with path.open("rb") as handle:  # never a live database: a file handed in
        header = handle.read(16)
    if header != b"SQLite format 3\x00":
        raise _not_a_branch_file(path)
    try:
        conn = open_branch_file(path)
    except sqlite3.Error as exc:
        raise damaged(path, exc) from exc
    try:
        mark = conn.execute("PRAGMA user_version").fetchone()[0]
        if mark != BRANCH_MARK:
            raise _not_a_branch_file(path)
        verdict = conn.execute("PRAGMA quick_check").fetchone()
        if not verdict or verdict[0] != "ok":
            raise damaged(path, verdict and verdict[0])
        facts = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM branch_file")}
    except sqlite3.DatabaseError as exc:
        raise damaged(path, exc) from exc
    finally:
        conn.close()
    if not facts.get("install_key") or "revision" not in facts or "exported_at" not in facts:
        raise damaged(path, "branch_file")
    return facts


def open_branch_file(path: Path) -> sqlite3.Connection:
    """Read-only and immutable: no journal or -shm file beside a file handed in."""
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)


def _not_a_branch_file(path: Path) -> BranchFileError:
    return refusal(
        QT_TRANSLATE_NOOP(
            "BranchFile",
            "%1 is not a branch file. Choose a file made with File → Send branch data… "
            "(its name ends in .collabdesk-branch).",
        ),
        path.name,
    )


def damaged(path: Path, reason: object) -> BranchFileError:
    return refusal(
        QT_TRANSLATE_NOOP(
            "BranchFile",
            "The branch file %1 is damaged or incomplete (%2). Nothing was imported; "
            "ask the branch to send it again.",
        ),
        path.name,
        reason,
    )
