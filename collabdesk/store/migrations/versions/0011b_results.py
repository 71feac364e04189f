"""The results step after delivery (issue 17): what a collaboration actually
achieved — attendance, impressions delivered, media pieces, quotes — and the
library's proposal for next time, printed in the recap.

Kept on the collaboration itself (one set of results each), so its history,
undo and the Trash carry them with no extra bookkeeping. Empty for every
existing collaboration: nothing is guessed.

Revision ID: 0011b_results
Revises: 0010_partner_facing
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011b_results"
down_revision = "0010_partner_facing"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("collaboration") as table:
        table.add_column(sa.Column("result_attendance", sa.Integer(), nullable=True))
        table.add_column(sa.Column("result_impressions", sa.Integer(), nullable=True))
        table.add_column(sa.Column("result_media_pieces", sa.Integer(), nullable=True))
        table.add_column(sa.Column("result_quotes", sa.Text(), nullable=False, server_default=""))
        table.add_column(
            sa.Column("result_next_time", sa.Text(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("collaboration") as table:
        for name in (
            "result_next_time",
            "result_quotes",
            "result_media_pieces",
            "result_impressions",
            "result_attendance",
        ):
            table.drop_column(name)
