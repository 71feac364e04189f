"""initial schema

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "advertising_item",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=60), nullable=False),
        sa.Column("reach_per_unit", sa.Integer(), nullable=False),
        sa.Column("rate", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advertising_item")),
    )
    op.create_table(
        "checklist_question",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column(
            "step",
            sa.Enum(
                "why",
                "alternatives",
                "qualitative",
                "quantitative",
                "reputation",
                name="checkliststep",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("prompt_en", sa.Text(), nullable=False),
        sa.Column("prompt_ru", sa.Text(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_question")),
        sa.UniqueConstraint("key", name=op.f("uq_checklist_question_key")),
    )
    op.create_table(
        "collaboration",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("idea", sa.Text(), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "idea",
                "preparing",
                "pitched",
                "negotiating",
                "agreed",
                "delivering",
                "completed",
                "declined",
                "on_hold",
                name="stage",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("wizard_page", sa.Integer(), nullable=False),
        sa.Column("renewed_from_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["renewed_from_id"],
            ["collaboration.id"],
            name=op.f("fk_collaboration_renewed_from_id_collaboration"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collaboration")),
    )
    with op.batch_alter_table("collaboration", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_collaboration_stage"), ["stage"], unique=False)

    op.create_table(
        "library_profile",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("branch", sa.String(length=200), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.Column("brand_colour", sa.String(length=9), nullable=False),
        sa.Column("logo_path", sa.String(length=1000), nullable=False),
        sa.Column("default_language", sa.String(length=8), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_library_profile")),
    )
    op.create_table(
        "metric",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("value", sa.Numeric(precision=16, scale=2), nullable=False),
        sa.Column("unit", sa.String(length=60), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("branch", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_metric")),
        sa.UniqueConstraint(
            "name", "period_start", "branch", name=op.f("uq_metric_name_period_start_branch")
        ),
    )
    with op.batch_alter_table("metric", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_metric_period_start"), ["period_start"], unique=False)

    op.create_table(
        "partner",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "business",
                "investor",
                "artist",
                "designer",
                "media",
                "public_figure",
                "non_profit",
                "government",
                "other",
                name="partnerkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "prospect",
                "active",
                "former",
                "declined",
                name="partnerstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("values_notes", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
    )
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.create_index("ix_partner_name_key", ["name_key"], unique=False)

    op.create_table(
        "tag",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag")),
        sa.UniqueConstraint("name", name=op.f("uq_tag_name")),
    )
    op.create_table(
        "checklist_answer",
        sa.Column("collaboration_id", sa.Integer(), nullable=False),
        sa.Column("step_key", sa.String(length=40), nullable=False),
        sa.Column("question_key", sa.String(length=80), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["collaboration_id"],
            ["collaboration.id"],
            name=op.f("fk_checklist_answer_collaboration_id_collaboration"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_answer")),
        sa.UniqueConstraint(
            "collaboration_id",
            "step_key",
            "question_key",
            name=op.f("uq_checklist_answer_collaboration_id_step_key_question_key"),
        ),
    )
    with op.batch_alter_table("checklist_answer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checklist_answer_collaboration_id"), ["collaboration_id"], unique=False
        )

    op.create_table(
        "collaboration_ad_item",
        sa.Column("collaboration_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["collaboration_id"],
            ["collaboration.id"],
            name=op.f("fk_collaboration_ad_item_collaboration_id_collaboration"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["advertising_item.id"],
            name=op.f("fk_collaboration_ad_item_item_id_advertising_item"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collaboration_ad_item")),
        sa.UniqueConstraint(
            "collaboration_id",
            "item_id",
            name=op.f("uq_collaboration_ad_item_collaboration_id_item_id"),
        ),
    )
    with op.batch_alter_table("collaboration_ad_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_collaboration_ad_item_collaboration_id"),
            ["collaboration_id"],
            unique=False,
        )

    op.create_table(
        "collaboration_metric",
        sa.Column("collaboration_id", sa.Integer(), nullable=False),
        sa.Column("metric_name", sa.String(length=200), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["collaboration_id"],
            ["collaboration.id"],
            name=op.f("fk_collaboration_metric_collaboration_id_collaboration"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collaboration_metric")),
        sa.UniqueConstraint(
            "collaboration_id",
            "metric_name",
            name=op.f("uq_collaboration_metric_collaboration_id_metric_name"),
        ),
    )
    with op.batch_alter_table("collaboration_metric", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_collaboration_metric_collaboration_id"),
            ["collaboration_id"],
            unique=False,
        )

    op.create_table(
        "collaboration_partner",
        sa.Column("collaboration_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum("partner", "alternative", name="partnerrole", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["collaboration_id"],
            ["collaboration.id"],
            name=op.f("fk_collaboration_partner_collaboration_id_collaboration"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_collaboration_partner_partner_id_partner"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collaboration_partner")),
        sa.UniqueConstraint(
            "collaboration_id",
            "partner_id",
            name=op.f("uq_collaboration_partner_collaboration_id_partner_id"),
        ),
    )
    with op.batch_alter_table("collaboration_partner", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_collaboration_partner_collaboration_id"),
            ["collaboration_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_collaboration_partner_partner_id"), ["partner_id"], unique=False
        )

    op.create_table(
        "commitment",
        sa.Column("collaboration_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column(
            "direction",
            sa.Enum(
                "library_gives", "partner_gives", name="direction", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("unit", sa.String(length=60), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "in_progress",
                "delivered",
                "waived",
                "missed",
                name="commitmentstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("value", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "valuation_method",
            sa.Enum(
                "replacement_cost",
                "partner_declared",
                "quote",
                "reach_times_rate",
                name="valuationmethod",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("delivered_on", sa.Date(), nullable=True),
        sa.Column("waived_reason", sa.Text(), nullable=False),
        sa.Column("proof_note", sa.Text(), nullable=False),
        sa.Column("proof_path", sa.String(length=1000), nullable=False),
        sa.Column("make_good_for_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["collaboration_id"],
            ["collaboration.id"],
            name=op.f("fk_commitment_collaboration_id_collaboration"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["make_good_for_id"],
            ["commitment.id"],
            name=op.f("fk_commitment_make_good_for_id_commitment"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_commitment_partner_id_partner"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment")),
    )
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_commitment_collaboration_id"), ["collaboration_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_commitment_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_commitment_partner_id"), ["partner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_commitment_status"), ["status"], unique=False)

    op.create_table(
        "contact",
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_contact_partner_id_partner"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_partner_id"), ["partner_id"], unique=False)

    op.create_table(
        "partner_tag",
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_partner_tag_partner_id_partner"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_partner_tag_tag_id_tag"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("partner_id", "tag_id", name=op.f("pk_partner_tag")),
    )
    op.create_table(
        "commitment_proof",
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("stored_name", sa.String(length=300), nullable=False),
        sa.Column("original_name", sa.String(length=300), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitment.id"],
            name=op.f("fk_commitment_proof_commitment_id_commitment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment_proof")),
    )
    with op.batch_alter_table("commitment_proof", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_commitment_proof_commitment_id"), ["commitment_id"], unique=False
        )

    op.create_table(
        "interaction",
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "meeting",
                "call",
                "email",
                "event",
                "other",
                name="interactionkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_interaction_contact_id_contact"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_interaction_partner_id_partner"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interaction")),
    )
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interaction_partner_id"), ["partner_id"], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        for statement in PARTNER_FTS_SQL:
            op.execute(statement)


PARTNER_FTS_SQL = (
    # External-content FTS5 over the normalised partner.search_text. The
    # trigram tokenizer matches any substring of three or more characters.
    "CREATE VIRTUAL TABLE partner_fts USING fts5("
    "search_text, content='partner', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER partner_fts_ai AFTER INSERT ON partner BEGIN "
    "INSERT INTO partner_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER partner_fts_ad AFTER DELETE ON partner BEGIN "
    "INSERT INTO partner_fts(partner_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER partner_fts_au AFTER UPDATE OF search_text ON partner BEGIN "
    "INSERT INTO partner_fts(partner_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO partner_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS partner_fts")

    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_partner_id"))

    op.drop_table("interaction")
    op.drop_table("partner_tag")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_partner_id"))

    op.drop_table("contact")
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commitment_status"))
        batch_op.drop_index(batch_op.f("ix_commitment_partner_id"))
        batch_op.drop_index(batch_op.f("ix_commitment_due_on"))
        batch_op.drop_index(batch_op.f("ix_commitment_collaboration_id"))

    op.drop_table("commitment")
    with op.batch_alter_table("collaboration_partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_collaboration_partner_partner_id"))
        batch_op.drop_index(batch_op.f("ix_collaboration_partner_collaboration_id"))

    op.drop_table("collaboration_partner")
    with op.batch_alter_table("checklist_answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_answer_collaboration_id"))

    op.drop_table("checklist_answer")
    op.drop_table("tag")
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.drop_index("ix_partner_name_key")

    op.drop_table("partner")
    with op.batch_alter_table("metric", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_metric_period_start"))

    op.drop_table("metric")
    op.drop_table("library_profile")
    with op.batch_alter_table("collaboration", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_collaboration_stage"))

    op.drop_table("collaboration")
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_partner_id"))

    op.drop_table("interaction")
    with op.batch_alter_table("commitment_proof", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commitment_proof_commitment_id"))

    op.drop_table("commitment_proof")
    op.drop_table("partner_tag")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_partner_id"))

    op.drop_table("contact")
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commitment_status"))
        batch_op.drop_index(batch_op.f("ix_commitment_partner_id"))
        batch_op.drop_index(batch_op.f("ix_commitment_due_on"))
        batch_op.drop_index(batch_op.f("ix_commitment_collaboration_id"))

    op.drop_table("commitment")
    with op.batch_alter_table("collaboration_partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_collaboration_partner_partner_id"))
        batch_op.drop_index(batch_op.f("ix_collaboration_partner_collaboration_id"))

    op.drop_table("collaboration_partner")
    with op.batch_alter_table("collaboration_metric", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_collaboration_metric_collaboration_id"))

    op.drop_table("collaboration_metric")
    with op.batch_alter_table("collaboration_ad_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_collaboration_ad_item_collaboration_id"))

    op.drop_table("collaboration_ad_item")
    with op.batch_alter_table("checklist_answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_answer_collaboration_id"))

    op.drop_table("checklist_answer")
    op.drop_table("tag")
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.drop_index("ix_partner_name_key")

    op.drop_table("partner")
    with op.batch_alter_table("metric", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_metric_period_start"))

    op.drop_table("metric")
    op.drop_table("library_profile")
    with op.batch_alter_table("collaboration", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_collaboration_stage"))

    op.drop_table("collaboration")
    op.drop_table("checklist_question")
    op.drop_table("advertising_item")
