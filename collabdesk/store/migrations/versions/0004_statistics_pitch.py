"""Schema for the statistics vault and the pitch PDFs.

Revision ID: 0004_statistics_pitch
Revises: 0003_commitment_tracker
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_statistics_pitch"
down_revision = "0003_commitment_tracker"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The editable list of statistics (name, unit, order); figures stay in metric.
    op.create_table(
        "metric_definition",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=60), nullable=False, server_default=""),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_metric_definition")),
        sa.UniqueConstraint("name", name=op.f("uq_metric_definition_name")),
    )


def downgrade() -> None:
    op.drop_table("metric_definition")
