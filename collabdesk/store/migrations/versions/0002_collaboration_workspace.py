"""Schema changes of issue 3, collaboration workspace and checklist wizard.

Revision ID: 0002_collaboration_workspace
Revises: 0001_initial
Create Date: 2026-11-29
"""

from __future__ import annotations

revision = "0002_collaboration_workspace"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
