"""Fast, case-insensitive text search in the commitment tracker.

A normalised copy of each commitment's description, owner and unit
(collabdesk.domain.text.search_key, kept by a mapper event) and, on SQLite,
an FTS5 trigram index over it like partner_fts. Existing rows are filled in
Python here, because SQLite's lower() folds only ASCII.

Revision ID: 0007_commitment_search
Revises: 0006_history_trash
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from collabdesk.domain.commitment import commitment_search_text

revision = "0007_commitment_search"
down_revision = "0006_history_trash"
branch_labels = None
depends_on = None

BATCH = 5_000

COMMITMENT_FTS_SQL = (
    "CREATE VIRTUAL TABLE commitment_fts USING fts5("
    "search_text, content='commitment', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER commitment_fts_ai AFTER INSERT ON commitment BEGIN "
    "INSERT INTO commitment_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER commitment_fts_ad AFTER DELETE ON commitment BEGIN "
    "INSERT INTO commitment_fts(commitment_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER commitment_fts_au AFTER UPDATE OF search_text ON commitment BEGIN "
    "INSERT INTO commitment_fts(commitment_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO commitment_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
)


def _backfill(bind: sa.Connection) -> None:
    """Fill search_text of the rows already there, a batch at a time."""
    last = 0
    while True:
        rows = bind.execute(
            sa.text(
                "SELECT id, description, owner, unit FROM commitment"
                " WHERE id > :last ORDER BY id LIMIT :batch"
            ),
            {"last": last, "batch": BATCH},
        ).all()
        if not rows:
            return
        bind.execute(
            sa.text("UPDATE commitment SET search_text = :text WHERE id = :id"),
            [
                {"id": row.id, "text": commitment_search_text(row.description, row.owner, row.unit)}
                for row in rows
            ],
        )
        last = rows[-1].id


def upgrade() -> None:
    op.add_column(
        "commitment",
        sa.Column("search_text", sa.Text(), nullable=False, server_default=""),
    )
    bind = op.get_bind()
    _backfill(bind)
    if bind.dialect.name == "sqlite":
        for statement in COMMITMENT_FTS_SQL:
            op.execute(statement)
        op.execute("INSERT INTO commitment_fts(commitment_fts) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("commitment_fts_ai", "commitment_fts_ad", "commitment_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS commitment_fts")
    with op.batch_alter_table("commitment") as batch_op:
        batch_op.drop_column("search_text")
