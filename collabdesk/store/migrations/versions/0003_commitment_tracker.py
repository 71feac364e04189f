"""Schema changes of issue 4, commitment tracker.

Indexes only: the tracker filters by owner and asks for open commitments by
due date over hundreds of thousands of rows.

Revision ID: 0003_commitment_tracker
Revises: 0002_collaboration_workspace
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0003_commitment_tracker"
down_revision = "0002_collaboration_workspace"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_commitment_owner", "commitment", ["owner"], unique=False)
    op.create_index("ix_commitment_status_due_on", "commitment", ["status", "due_on"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_commitment_status_due_on", table_name="commitment")
    op.drop_index("ix_commitment_owner", table_name="commitment")
