"""Schema for the commitment tracker.

Indexes only: the tracker filters and sorts by any column over hundreds of
thousands of commitments, and reputation reads one covering index.

Revision ID: 0003_commitment_tracker
Revises: 0001_initial
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0003_commitment_tracker"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


INDEXES = {
    "ix_commitment_status_due_on": ["status", "due_on"],
    "ix_commitment_owner_due_on": ["owner", "due_on"],
    "ix_commitment_direction_due_on": ["direction", "due_on"],
    "ix_commitment_description": ["description"],
    "ix_commitment_currency_value": ["currency", "value"],
    "ix_commitment_quantity": ["quantity"],
    "ix_commitment_reputation": ["partner_id", "direction", "status", "due_on", "delivered_on"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "commitment", columns, unique=False)


def downgrade() -> None:
    for name in reversed(INDEXES):
        op.drop_index(name, table_name="commitment")
