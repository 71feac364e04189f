"""Delivering what was promised (issue 18): recurring promises as series of
occurrences, steps with assignees, the date and reason of each stage
change, and the library's calendar-reminder and renewal-lead settings.

Every new column is nullable or has a server default, so SQLite adds them
with ALTER TABLE (no copy of the 500,000-row commitment table). Existing
collaborations get the day they were last changed as the day their present
stage began: the nearest fact the database holds.

Revision ID: 0012_delivery
Revises: 0011_agreements
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_delivery"
down_revision = "0011_agreements"
branch_labels = None
depends_on = None

STAGES = (
    "idea",
    "preparing",
    "pitched",
    "negotiating",
    "agreed",
    "delivering",
    "completed",
    "declined",
    "on_hold",
)


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
    ]


def _stage(name: str, nullable: bool) -> sa.Column[object]:
    return sa.Column(
        name, sa.Enum(*STAGES, name="stage", native_enum=False, length=32), nullable=nullable
    )


def _add_series_columns() -> None:
    """The commitment table gets its two columns in place.

    A batch "recreate" would copy 500,000 rows and, worse, drop what
    reflection cannot see: the tracker's expression indexes and the
    commitment_fts triggers. So the series link is a plain indexed column
    without a foreign key (SQLite can neither add nor drop one in place);
    services/commitment_series.py is the only writer of both columns.
    """
    op.add_column("commitment", sa.Column("series_id", sa.Integer(), nullable=True))
    op.add_column("commitment", sa.Column("occurrence", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_commitment_series_id"), "commitment", ["series_id"])


def upgrade() -> None:
    op.create_table(
        "commitment_series",
        *_tracked(),
        sa.Column(
            "every",
            sa.Enum("week", "month", "quarter", name="recurrence", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("times", sa.Integer(), nullable=True),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("first_due_on", sa.Date(), nullable=False),
        sa.Column("total_quantity", sa.Numeric(14, 2), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment_series")),
    )
    _add_series_columns()
    op.create_table(
        "commitment_step",
        *_tracked(),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("who", sa.String(200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitment.id"],
            name=op.f("fk_commitment_step_commitment_id_commitment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment_step")),
    )
    op.create_index(op.f("ix_commitment_step_commitment_id"), "commitment_step", ["commitment_id"])
    op.create_index(op.f("ix_commitment_step_who"), "commitment_step", ["who"])
    op.create_index("ix_commitment_step_open", "commitment_step", ["done_on", "due_on"])
    op.create_table(
        "stage_change",
        *_tracked(),
        sa.Column("collaboration_id", sa.Integer(), nullable=False),
        _stage("from_stage", True),
        _stage("to_stage", False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(
            ["collaboration_id"],
            ["collaboration.id"],
            name=op.f("fk_stage_change_collaboration_id_collaboration"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_change")),
    )
    op.create_index(op.f("ix_stage_change_collaboration_id"), "stage_change", ["collaboration_id"])
    with op.batch_alter_table("collaboration") as table:
        table.add_column(sa.Column("stage_changed_on", sa.Date(), nullable=True))
        table.add_column(sa.Column("stage_reason", sa.Text(), nullable=False, server_default=""))
    day = (
        "substr(updated_at, 1, 10)"
        if op.get_bind().dialect.name == "sqlite"
        else "CAST(updated_at AS DATE)"
    )
    op.execute(f"UPDATE collaboration SET stage_changed_on = {day}")
    with op.batch_alter_table("library_profile") as table:
        table.add_column(
            sa.Column("calendar_alarms", sa.String(60), nullable=False, server_default="1d,7d")
        )
        table.add_column(
            sa.Column("renewal_lead_days", sa.String(60), nullable=False, server_default="90,60,30")
        )


def downgrade() -> None:
    with op.batch_alter_table("library_profile") as table:
        table.drop_column("renewal_lead_days")
        table.drop_column("calendar_alarms")
    with op.batch_alter_table("collaboration") as table:
        table.drop_column("stage_reason")
        table.drop_column("stage_changed_on")
    op.drop_table("stage_change")
    op.drop_table("commitment_step")
    op.drop_index(op.f("ix_commitment_series_id"), table_name="commitment")
    op.drop_column("commitment", "occurrence")
    op.drop_column("commitment", "series_id")
    op.drop_table("commitment_series")
