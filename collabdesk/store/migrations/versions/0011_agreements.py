"""Agreements and acts of transfer (issue 17): the parties' legal details,
the library's own Word templates, and each agreement written (version, date,
the file, the signed scan).

Revision ID: 0011_agreements
Revises: 0009b_list_indexes
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_agreements"
down_revision = "0009b_list_indexes"
branch_labels = None
depends_on = None


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
    ]


def _text(name: str, length: int | None) -> sa.Column[object]:
    kind: sa.types.TypeEngine[str] = sa.Text() if length is None else sa.String(length)
    return sa.Column(name, kind, nullable=False, server_default="")


def upgrade() -> None:
    op.create_table(
        "legal_details",
        *_tracked(),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        _text("legal_name", 500),
        _text("inn", 12),
        _text("kpp", 9),
        _text("ogrn", 15),
        _text("legal_address", None),
        _text("bank_name", 300),
        _text("bank_bic", 9),
        _text("bank_account", 20),
        _text("correspondent_account", 20),
        _text("signatory_name", 200),
        _text("signatory_position", 200),
        _text("signatory_basis", 300),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_legal_details_partner_id_partner"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_legal_details")),
        sa.UniqueConstraint("partner_id", name=op.f("uq_legal_details_partner_id")),
    )
    op.create_table(
        "document_template",
        *_tracked(),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        _text("file_name", 300),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_template")),
        sa.UniqueConstraint("name", "language", name=op.f("uq_document_template_name_language")),
    )
    op.create_table(
        "agreement",
        *_tracked(),
        sa.Column("collaboration_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("written_at", sa.DateTime(timezone=True), nullable=False),
        _text("file_name", 300),
        sa.Column("document", sa.LargeBinary(), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("signed_scan", sa.LargeBinary(), nullable=True),
        _text("signed_scan_name", 300),
        sa.ForeignKeyConstraint(
            ["collaboration_id"],
            ["collaboration.id"],
            name=op.f("fk_agreement_collaboration_id_collaboration"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_agreement_partner_id_partner"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
    )
    op.create_index("ix_agreement_collaboration_id", "agreement", ["collaboration_id"])


def downgrade() -> None:
    op.drop_table("agreement")
    op.drop_table("document_template")
    op.drop_table("legal_details")
