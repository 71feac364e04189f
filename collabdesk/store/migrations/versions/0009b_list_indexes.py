"""Indexes for the big lists: the tracker's header sorts as index keys.

Each tracker sort reads its first page from an index of the same key
expressions that services/tracker_order.py sorts by (a missing due date,
quantity or value after every real one), so no sort of 500,000 rows runs
per click or keystroke. They replace the plain-column sort indexes of
0003, which SQLite could not use for "missing last".

Revision ID: 0009b_list_indexes
Revises: 0009_big_lists
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0009b_list_indexes"
down_revision = "0009_big_lists"
branch_labels = None
depends_on = None

NO_DATE = "'9999-12-31'"
NO_AMOUNT = "1e999"
DUE_KEY = f"coalesce(due_on, {NO_DATE})"

INDEXES = {
    "ix_commitment_due_key": [DUE_KEY],
    "ix_commitment_status_due_key": ["status", DUE_KEY],
    "ix_commitment_owner_due_key": ["owner", DUE_KEY],
    "ix_commitment_direction_due_key": ["direction", DUE_KEY],
    "ix_commitment_currency_value_key": ["currency", f"coalesce(value, {NO_AMOUNT})"],
    "ix_commitment_quantity_key": [f"coalesce(quantity, {NO_AMOUNT})"],
}
REPLACED = {
    "ix_commitment_status_due_on": ["status", "due_on"],
    "ix_commitment_owner_due_on": ["owner", "due_on"],
    "ix_commitment_direction_due_on": ["direction", "due_on"],
    "ix_commitment_currency_value": ["currency", "value"],
    "ix_commitment_quantity": ["quantity"],
}


def upgrade() -> None:
    for name in REPLACED:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    for name, keys in INDEXES.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON commitment ({', '.join(keys)})")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    for name, columns in REPLACED.items():
        op.create_index(name, "commitment", columns, unique=False)
