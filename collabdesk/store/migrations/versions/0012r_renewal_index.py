"""The renewal pipeline (issue 18): an index on collaboration.renewed_from_id,
so the Collaborations list can say "renewed" and filter due renewals per
row through the index (an EXISTS lookup) instead of reading every
collaboration for each page.

Revision ID: 0012r_renewal_index
Revises: 0012_delivery
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0012r_renewal_index"
down_revision = "0012_delivery"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_collaboration_renewed_from_id", "collaboration", ["renewed_from_id"])


def downgrade() -> None:
    op.drop_index("ix_collaboration_renewed_from_id", table_name="collaboration")
