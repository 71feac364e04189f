"""A meeting laptop's database: only the collaborations chosen for one
meeting, their main partners, the statistics and the library profile (with
its logo bytes, so the folder works on another laptop).

Made with SQLite's backup API, then pruned on the copy with plain SQL
(foreign keys on, so contacts, tags and commitments of removed records go
with them). What the services' one rule (services/partner_facing.py) calls
internal goes too: checklist answers to staff-only questions are deleted and
staff-only fields blanked, handed in as `InternalText`. The search indexes
are rebuilt, and the file VACUUMed with secure_delete so that no freed page,
index or FTS segment keeps an old value. `PRAGMA user_version` marks the
file: the program always opens a marked file read-only, in meeting mode.
Real data never travels.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from collabdesk.domain.commitment import commitment_search_text
from collabdesk.store.backup import copy_verified
from collabdesk.store.errors import QT_TRANSLATE_NOOP, Message, StoreError
from collabdesk.store.meeting_mark import MEETING_MARK

# Internal records that never leave the office: the change log, the trash
# (deleted partners as JSON), the interaction log (what staff noted), and the
# paperwork meeting mode never shows: legal and bank details, agreements as
# written and their signed scans, the library's own document templates.
_CLEARED_TABLES = (
    "change_log",
    "trash",
    "interaction",
    "legal_details",
    "agreement",
    "document_template",
    "commitment_step",  # steps and assignees: staff work, not the partner's business
)


class MeetingCopyError(StoreError):
    pass


@dataclass(frozen=True)
class InternalText:
    """What a partner may not read, as the services' one rule says: fields
    blanked in every row (table, column), and the only question keys whose
    checklist answers travel (every other answer stays behind)."""

    fields: frozenset[tuple[str, str]]
    partner_answer_keys: frozenset[str]


CONTEXT = "MeetingCopy"


def make_meeting_copy(
    source: Path, target: Path, collaboration_ids: Iterable[int], internal: InternalText
) -> Path:
    """Write `target` with only `collaboration_ids`, what a pitch needs, and
    nothing `internal` names."""
    chosen = sorted(set(collaboration_ids))
    if not chosen:
        raise MeetingCopyError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "MeetingCopy", "Choose at least one collaboration for the meeting."
                ),
            )
        )
    if target.resolve() == source.resolve():
        raise MeetingCopyError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "MeetingCopy", "The meeting copy must be a different file from the database."
                ),
            )
        )
    partial = target.with_name(target.name + ".meeting")
    partial.unlink(missing_ok=True)
    try:
        copy_verified(source, partial)
        _prune(partial, chosen, internal)
        partial.replace(target)
    except sqlite3.Error as exc:
        raise MeetingCopyError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("MeetingCopy", "Could not prepare the meeting copy: %1"),
                (exc,),
            )
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    return target


def _prune(path: Path, chosen: list[int], internal: InternalText) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        marks = ",".join("?" * len(chosen))
        query = f"SELECT id FROM collaboration WHERE id IN ({marks})"
        found = {row[0] for row in conn.execute(query, chosen)}
        missing = [str(i) for i in chosen if i not in found]
        if missing:
            raise MeetingCopyError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("MeetingCopy", "There is no collaboration with id %1."),
                    (", ".join(missing),),
                )
            )
        conn.execute("BEGIN")
        helpers = _index_foreign_keys(conn)
        conn.execute(f"DELETE FROM collaboration WHERE id NOT IN ({marks})", chosen)
        conn.execute("UPDATE collaboration SET renewed_from_id = NULL")
        # Plan-B alternatives are other partners too: only the main partners travel.
        conn.execute("DELETE FROM collaboration_partner WHERE role != 'partner'")
        travelling = "SELECT partner_id FROM collaboration_partner"
        # A promise tied to a partner who stays behind stays behind too (and
        # commitment.partner_id is ON DELETE RESTRICT: it must go first).
        conn.execute(
            "DELETE FROM commitment"
            f" WHERE partner_id IS NOT NULL AND partner_id NOT IN ({travelling})"
        )
        conn.execute(f"DELETE FROM partner WHERE id NOT IN ({travelling})")
        for table in _CLEARED_TABLES:
            conn.execute(f"DELETE FROM {table}")
        conn.execute("DELETE FROM tag WHERE id NOT IN (SELECT tag_id FROM partner_tag)")
        _drop_internal_text(conn, internal)
        for index in ("partner_fts", "commitment_fts"):
            if _columns(conn, index):
                conn.execute(f"INSERT INTO {index}({index}) VALUES ('rebuild')")
        for name in helpers:
            conn.execute(f'DROP INDEX "{name}"')
        conn.execute(f"PRAGMA user_version = {MEETING_MARK}")
        conn.execute("COMMIT")
        if conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name LIKE 'sqlite_stat%'"
        ).fetchone()[0]:
            conn.execute("ANALYZE")  # sqlite_stat4 samples index keys: resample the pruned rows
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("VACUUM")
        verdict = conn.execute("PRAGMA integrity_check").fetchone()
        if not verdict or verdict[0] != "ok":
            raise MeetingCopyError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("MeetingCopy", "The meeting copy failed its check (%1)."),
                    (verdict and verdict[0],),
                )
            )
    finally:
        conn.close()


def _columns(conn: sqlite3.Connection, table: str) -> dict[str, bool]:
    """column -> NOT NULL, for a table of the copy ({} when it has none)."""
    return {row[1]: bool(row[3]) for row in conn.execute(f'PRAGMA table_info("{table}")')}


def _drop_internal_text(conn: sqlite3.Connection, internal: InternalText) -> None:
    """Answers to internal questions go; internal fields are emptied (NULL
    where allowed). Commitments' search text held the owner: recomputed."""
    conn.execute("CREATE TEMP TABLE meeting_partner_keys (key TEXT PRIMARY KEY)")
    conn.executemany(
        "INSERT INTO meeting_partner_keys VALUES (?)",
        [(key,) for key in sorted(internal.partner_answer_keys)],
    )
    conn.execute(
        "DELETE FROM checklist_answer"
        " WHERE question_key NOT IN (SELECT key FROM meeting_partner_keys)"
    )
    conn.execute("DROP TABLE meeting_partner_keys")
    for table, field in sorted(internal.fields):
        columns = _columns(conn, table)
        if field in columns:
            blank = "''" if columns[field] else "NULL"
            conn.execute(f'UPDATE "{table}" SET "{field}" = {blank}')
    rows = conn.execute("SELECT id, description, owner, unit FROM commitment").fetchall()
    conn.executemany(
        "UPDATE commitment SET search_text = ? WHERE id = ?",
        [(commitment_search_text(d or "", o or "", u or ""), i) for i, d, o, u in rows],
    )


def _index_foreign_keys(conn: sqlite3.Connection) -> list[str]:
    """Temporary indexes on foreign-key columns that have none (such as
    collaboration.renewed_from_id): without them every deleted parent row
    scans its child table, and pruning 10,000 collaborations takes minutes.
    Returns their names, to be dropped before the copy is VACUUMed."""
    query = "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'"
    tables = [row[0] for row in conn.execute(query)]
    created = []
    for table in tables:
        indexed = {
            conn.execute(f'PRAGMA index_info("{index[1]}")').fetchone()[2]
            for index in conn.execute(f'PRAGMA index_list("{table}")')
        }
        for fk in conn.execute(f'PRAGMA foreign_key_list("{table}")'):
            column = fk[3]
            if column not in indexed:
                name = f"meeting_copy_{table}_{column}"
                conn.execute(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" ("{column}")')
                indexed.add(column)
                created.append(name)
    return created
