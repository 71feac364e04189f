"""Schema changes of issue 5, statistics vault and pitch PDFs.

Revision ID: 0004_statistics_pitch
Revises: 0003_commitment_tracker
Create Date: 2026-11-29
"""

from __future__ import annotations

revision = "0004_statistics_pitch"
down_revision = "0003_commitment_tracker"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
