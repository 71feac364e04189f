"""Schema changes of issue 4, commitment tracker.

Revision ID: 0003_commitment_tracker
Revises: 0002_collaboration_workspace
Create Date: 2026-11-29
"""

from __future__ import annotations

revision = "0003_commitment_tracker"
down_revision = "0002_collaboration_workspace"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
