"""What the partner may read, as data (issue 16): who may read each checklist
question, answers per partner and in a second language, the library's named
contact and its logo kept in the database, partners willing to be named,
breakdowns of statistics, and units a library adds with their plural forms.

Existing data is carried over: the shipped questions get the audience the
issue names; an old collaboration-wide answer to a per-partner question
belongs to the collaboration's partner when it has exactly one; a logo that
was a path is read into the database when the file is still there.

Revision ID: 0010_partner_facing
Revises: 0008_library_contact
Create Date: 2026-12-06
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0010_partner_facing"
down_revision = "0008_library_contact"
branch_labels = None
depends_on = None

# Shipped questions a partner may read; every other question is staff-only.
PARTNER_FACING = (
    "why.goal",
    "why.measurable_goals",
    "qualitative.unique_idea",
    "qualitative.why_combination",
    "qualitative.brand_value",
    "quantitative.statistics",
    "quantitative.advertising",
    "reputation.library_promises",
    "reputation.partner_promises",
)
PER_PARTNER = ("qualitative.brand_value",)
LOGO_MAX = 5 * 1024 * 1024


def _false() -> sa.sql.elements.TextClause:
    return sa.text("false") if op.get_bind().dialect.name == "postgresql" else sa.text("0")


def upgrade() -> None:
    with op.batch_alter_table("checklist_question") as table:
        table.add_column(
            sa.Column("audience", sa.String(32), nullable=False, server_default="staff")
        )
        table.add_column(
            sa.Column("per_partner", sa.Boolean(), nullable=False, server_default=_false())
        )
    question = sa.table(
        "checklist_question",
        sa.column("key", sa.String),
        sa.column("audience", sa.String),
        sa.column("per_partner", sa.Boolean),
    )
    op.execute(
        question.update().where(question.c.key.in_(PARTNER_FACING)).values(audience="partner")
    )
    op.execute(question.update().where(question.c.key.in_(PER_PARTNER)).values(per_partner=True))

    with op.batch_alter_table("checklist_answer") as table:
        table.drop_constraint(
            "uq_checklist_answer_collaboration_id_step_key_question_key", type_="unique"
        )
        table.add_column(sa.Column("partner_id", sa.Integer(), nullable=True))
        table.add_column(sa.Column("translation", sa.Text(), nullable=False, server_default=""))
        table.create_foreign_key(
            "fk_checklist_answer_partner_id_partner",
            "partner",
            ["partner_id"],
            ["id"],
            ondelete="CASCADE",
        )
        table.create_index("ix_checklist_answer_partner_id", ["partner_id"])
    op.create_index(
        "uq_checklist_answer_per_partner",
        "checklist_answer",
        ["collaboration_id", "step_key", "question_key", sa.text("coalesce(partner_id, 0)")],
        unique=True,
    )
    _answers_to_the_only_partner()

    op.add_column(
        "collaboration",
        sa.Column("title_translation", sa.String(200), nullable=False, server_default=""),
    )
    op.add_column(
        "collaboration", sa.Column("idea_translation", sa.Text(), nullable=False, server_default="")
    )
    # Plain ADD COLUMN on the tables with search triggers: a batch rebuild
    # would drop the triggers.
    op.add_column(
        "commitment",
        sa.Column("description_translation", sa.Text(), nullable=False, server_default=""),
    )
    op.add_column(
        "partner", sa.Column("may_be_named", sa.Boolean(), nullable=False, server_default=_false())
    )

    with op.batch_alter_table("library_profile") as table:
        table.add_column(sa.Column("logo", sa.LargeBinary(), nullable=True))
        table.add_column(sa.Column("logo_name", sa.String(200), nullable=False, server_default=""))
        for name, length in (
            ("contact_name", 200),
            ("contact_role", 200),
            ("contact_phone", 100),
            ("contact_email", 200),
        ):
            table.add_column(sa.Column(name, sa.String(length), nullable=False, server_default=""))
    _read_logo_files()

    with op.batch_alter_table("metric") as table:
        table.drop_constraint("uq_metric_name_period_start_branch", type_="unique")
        table.add_column(sa.Column("category", sa.String(200), nullable=False, server_default=""))
        table.create_unique_constraint(
            "uq_metric_name_period_start_branch_category",
            ["name", "period_start", "branch", "category"],
        )

    op.create_table(
        "unit_form",
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("one", sa.String(length=60), nullable=False),
        sa.Column("few", sa.String(length=60), nullable=False),
        sa.Column("many", sa.String(length=60), nullable=False),
        sa.Column("other", sa.String(length=60), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_form")),
        sa.UniqueConstraint("language", "one", name=op.f("uq_unit_form_language_one")),
    )


def _answers_to_the_only_partner() -> None:
    """An old answer to "what the partner gets" was about the one partner of
    a single-partner collaboration; with several partners it stays unassigned
    (no pitch prints it) until staff write it per partner."""
    op.execute(
        sa.text(
            "UPDATE checklist_answer SET partner_id = ("
            " SELECT cp.partner_id FROM collaboration_partner cp"
            " WHERE cp.collaboration_id = checklist_answer.collaboration_id"
            " AND cp.role = 'partner')"
            " WHERE partner_id IS NULL AND question_key IN :keys AND ("
            " SELECT count(*) FROM collaboration_partner cp"
            " WHERE cp.collaboration_id = checklist_answer.collaboration_id"
            " AND cp.role = 'partner') = 1"
        ).bindparams(sa.bindparam("keys", list(PER_PARTNER), expanding=True))
    )


def _read_logo_files() -> None:
    """Best effort: a path that no longer opens leaves the logo empty (the
    Settings dialog asks for it again); the migration never fails on it."""
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, logo_path FROM library_profile")).all()
    for row_id, logo_path in rows:
        if not logo_path:
            continue
        data = b""
        with contextlib.suppress(OSError):
            path = Path(logo_path)
            if path.is_file() and path.stat().st_size <= LOGO_MAX:
                data = path.read_bytes()
        if data:
            bind.execute(
                sa.text(
                    "UPDATE library_profile SET logo = :logo, logo_name = :name WHERE id = :id"
                ),
                {"logo": data, "name": Path(logo_path).name[:200], "id": row_id},
            )


def downgrade() -> None:
    op.drop_table("unit_form")
    with op.batch_alter_table("metric") as table:
        table.drop_constraint("uq_metric_name_period_start_branch_category", type_="unique")
        table.drop_column("category")
        table.create_unique_constraint(
            "uq_metric_name_period_start_branch", ["name", "period_start", "branch"]
        )
    with op.batch_alter_table("library_profile") as table:
        for name in ("contact_email", "contact_phone", "contact_role", "contact_name"):
            table.drop_column(name)
        table.drop_column("logo_name")
        table.drop_column("logo")
    op.drop_column("partner", "may_be_named")
    op.drop_column("commitment", "description_translation")
    op.drop_column("collaboration", "idea_translation")
    op.drop_column("collaboration", "title_translation")
    op.drop_index("uq_checklist_answer_per_partner", table_name="checklist_answer")
    op.execute("DELETE FROM checklist_answer WHERE partner_id IS NOT NULL")
    with op.batch_alter_table("checklist_answer") as table:
        table.drop_index("ix_checklist_answer_partner_id")
        table.drop_constraint("fk_checklist_answer_partner_id_partner", type_="foreignkey")
        table.drop_column("translation")
        table.drop_column("partner_id")
        table.create_unique_constraint(
            "uq_checklist_answer_collaboration_id_step_key_question_key",
            ["collaboration_id", "step_key", "question_key"],
        )
    with op.batch_alter_table("checklist_question") as table:
        table.drop_column("per_partner")
        table.drop_column("audience")
