"""Schema changes of issue 6, data safety.

Revision ID: 0005_data_safety
Revises: 0004_statistics_pitch
Create Date: 2026-11-29
"""

from __future__ import annotations

revision = "0005_data_safety"
down_revision = "0004_statistics_pitch"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
