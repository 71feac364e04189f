"""Schema changes of issue 7, change history and trash.

Revision ID: 0006_history_trash
Revises: 0005_data_safety
Create Date: 2026-11-29
"""

from __future__ import annotations

revision = "0006_history_trash"
down_revision = "0005_data_safety"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
