"""The library's own e-mail and phone, so a pitch says how to reach it.

Revision ID: 0008_library_contact
Revises: 0007_commitment_search
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_library_contact"
down_revision = "0007_commitment_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("library_profile") as table:
        table.add_column(sa.Column("email", sa.String(200), nullable=False, server_default=""))
        table.add_column(sa.Column("phone", sa.String(100), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("library_profile") as table:
        table.drop_column("phone")
        table.drop_column("email")
