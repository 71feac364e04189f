"""A library system (issue 19): branches, named staff, partners shared with
branches, the branch of collaborations and statistics, staff behind owners
and assignees, the person and branch in the change history, the offline
branch files' bookkeeping, the personal-data erasure log and the
dashboard's kept figures.

An existing single library gets one branch holding everything (named after
the profile's free-text branch, which it replaces), and a staff member for
each name the library side used as an owner or assignee and for the
library's contact person: nothing a user sees changes.

Columns on existing big tables are added in place (ALTER TABLE ADD COLUMN,
no foreign key, as in 0012): a batch copy of `commitment` would drop the
tracker's expression indexes and search triggers. Only the small `metric`
table is copied, to widen its unique key with the branch.

Revision ID: 0013_library_system
Revises: 0012r_renewal_index
Create Date: 2026-12-07
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0013_library_system"
down_revision = "0012r_renewal_index"
branch_labels = None
depends_on = None


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
    ]


def _text(name: str, length: int) -> sa.Column[object]:
    return sa.Column(name, sa.String(length=length), server_default="", nullable=False)


def _create_tables() -> None:
    op.create_table(
        "branch",
        *_tracked(),
        sa.Column("name", sa.String(length=200), nullable=False),
        _text("address", 500),
        _text("city", 200),
        _text("phone", 100),
        _text("email", 200),
        sa.Column("contact_staff_id", sa.Integer(), nullable=True),
        sa.Column("signatory_staff_id", sa.Integer(), nullable=True),
        _text("brand_colour", 9),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        _text("logo_name", 200),
        _text("source_key", 36),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_branch")),
    )
    op.create_table(
        "staff",
        *_tracked(),
        sa.Column("name", sa.String(length=200), nullable=False),
        _text("position", 200),
        _text("email", 200),
        _text("phone", 100),
        sa.Column("branch_id", sa.Integer(), nullable=True),
        _text("login", 200),
        _text("db_role", 63),
        sa.Column("is_coordinator", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("active", sa.Boolean(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["branch_id"],
            ["branch.id"],
            name=op.f("fk_staff_branch_id_branch"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
    )
    op.create_index("ix_staff_name", "staff", ["name"])
    op.create_index(op.f("ix_staff_branch_id"), "staff", ["branch_id"])
    op.create_table(
        "partner_branch",
        *_tracked(),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_partner_branch_partner_id_partner"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["branch_id"],
            ["branch.id"],
            name=op.f("fk_partner_branch_branch_id_branch"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_branch")),
        sa.UniqueConstraint(
            "partner_id", "branch_id", name=op.f("uq_partner_branch_partner_id_branch_id")
        ),
    )
    op.create_index(op.f("ix_partner_branch_branch_id"), "partner_branch", ["branch_id"])
    op.create_table(
        "branch_import",
        *_tracked(),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("file_key", sa.String(length=64), nullable=False),
        sa.Column("exported_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("summary", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["branch_id"],
            ["branch.id"],
            name=op.f("fk_branch_import_branch_id_branch"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_branch_import")),
        sa.UniqueConstraint(
            "branch_id", "file_key", name=op.f("uq_branch_import_branch_id_file_key")
        ),
    )
    op.create_table(
        "branch_import_row",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("local_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["branch_id"],
            ["branch.id"],
            name=op.f("fk_branch_import_row_branch_id_branch"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_branch_import_row")),
        sa.UniqueConstraint(
            "branch_id",
            "table_name",
            "source_id",
            name=op.f("uq_branch_import_row_branch_id_table_name_source_id"),
        ),
    )
    op.create_table(
        "erasure_log",
        *_tracked(),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("fields", sa.String(length=500), nullable=False),
        sa.Column("places", sa.Text(), nullable=False),
        sa.Column("erased_by", sa.String(length=200), nullable=False),
        _text("reason", 500),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure_log")),
    )
    op.create_table(
        "summary_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=60), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_summary_snapshot")),
        sa.UniqueConstraint("scope", name=op.f("uq_summary_snapshot_scope")),
    )


def _add_columns() -> None:
    op.add_column("collaboration", sa.Column("branch_id", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_collaboration_branch_id"), "collaboration", ["branch_id"])
    op.add_column("commitment", sa.Column("owner_staff_id", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_commitment_owner_staff_id"), "commitment", ["owner_staff_id"])
    op.add_column("commitment_step", sa.Column("who_staff_id", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_commitment_step_who_staff_id"), "commitment_step", ["who_staff_id"])
    op.add_column("change_log", sa.Column("staff_id", sa.Integer(), nullable=True))
    op.add_column("change_log", _text("branch_name", 200))
    op.add_column("library_profile", _text("install_key", 36))
    op.add_column("library_profile", _text("dump_folder", 1000))
    with op.batch_alter_table("metric") as table:
        table.add_column(sa.Column("branch_id", sa.Integer(), nullable=True))
        table.create_foreign_key(
            "fk_metric_branch_id_branch", "branch", ["branch_id"], ["id"], ondelete="RESTRICT"
        )
        table.drop_constraint("uq_metric_name_period_start_branch_category", type_="unique")
        table.create_unique_constraint(
            "uq_metric_name_period_start_branch_id_branch_category",
            ["name", "period_start", "branch_id", "branch", "category"],
        )
        table.create_index("ix_metric_branch_id", ["branch_id"])


def _fill() -> None:
    """One branch holds everything; the library side's names become staff."""
    bind = op.get_bind()
    now = datetime.now(UTC)
    profile = bind.execute(
        sa.text("SELECT id, branch, city, contact_name FROM library_profile ORDER BY id LIMIT 1")
    ).first()
    branch_name, city, contact = (profile[1], profile[2], profile[3]) if profile else ("", "", "")
    stamp = {"now": now}
    bind.execute(
        sa.text(
            "INSERT INTO branch (created_at, updated_at, version_id, name, city) "
            "VALUES (:now, :now, 1, :name, :city)"
        ),
        {**stamp, "name": (branch_name or "").strip(), "city": city or ""},
    )
    branch_id = bind.execute(sa.text("SELECT max(id) FROM branch")).scalar_one()
    if profile:
        bind.execute(
            sa.text("UPDATE library_profile SET install_key = :key WHERE id = :id"),
            {"key": str(uuid.uuid4()), "id": profile[0]},
        )
    bind.execute(sa.text("UPDATE collaboration SET branch_id = :b"), {"b": branch_id})
    bind.execute(sa.text("UPDATE metric SET branch_id = :b"), {"b": branch_id})

    names: dict[str, str] = {}  # casefolded -> first spelling seen
    sources = (
        "SELECT DISTINCT trim(owner) FROM commitment "
        "WHERE direction = 'library_gives' AND trim(owner) <> ''",
        "SELECT DISTINCT trim(who) FROM commitment_step WHERE trim(who) <> ''",
    )
    if contact and contact.strip():
        names[contact.strip().casefold()] = contact.strip()
    for query in sources:
        for (name,) in bind.execute(sa.text(query)):
            names.setdefault(name.casefold(), name)
    for name in names.values():
        bind.execute(
            sa.text(
                "INSERT INTO staff (created_at, updated_at, version_id, name, branch_id) "
                "VALUES (:now, :now, 1, :name, :b)"
            ),
            {**stamp, "name": name[:200], "b": branch_id},
        )
    if not names:
        return
    bind.execute(
        sa.text(
            "UPDATE commitment SET owner_staff_id = (SELECT s.id FROM staff s "
            "WHERE lower(s.name) = lower(trim(commitment.owner)) ORDER BY s.id LIMIT 1) "
            "WHERE direction = 'library_gives' AND trim(owner) <> ''"
        )
    )
    bind.execute(
        sa.text(
            "UPDATE commitment_step SET who_staff_id = (SELECT s.id FROM staff s "
            "WHERE lower(s.name) = lower(trim(commitment_step.who)) ORDER BY s.id LIMIT 1) "
            "WHERE trim(who) <> ''"
        )
    )
    if contact and contact.strip():
        bind.execute(
            sa.text(
                "UPDATE branch SET contact_staff_id = (SELECT s.id FROM staff s "
                "WHERE lower(s.name) = lower(:n) ORDER BY s.id LIMIT 1) WHERE id = :b"
            ),
            {"n": contact.strip(), "b": branch_id},
        )


def upgrade() -> None:
    _create_tables()
    _add_columns()
    _fill()


def downgrade() -> None:
    with op.batch_alter_table("metric") as table:
        table.drop_index("ix_metric_branch_id")
        table.drop_constraint(
            "uq_metric_name_period_start_branch_id_branch_category", type_="unique"
        )
        table.create_unique_constraint(
            "uq_metric_name_period_start_branch_category",
            ["name", "period_start", "branch", "category"],
        )
        table.drop_constraint("fk_metric_branch_id_branch", type_="foreignkey")
        table.drop_column("branch_id")
    op.drop_column("library_profile", "dump_folder")
    op.drop_column("library_profile", "install_key")
    op.drop_column("change_log", "branch_name")
    op.drop_column("change_log", "staff_id")
    op.drop_index(op.f("ix_commitment_step_who_staff_id"), table_name="commitment_step")
    op.drop_column("commitment_step", "who_staff_id")
    op.drop_index(op.f("ix_commitment_owner_staff_id"), table_name="commitment")
    op.drop_column("commitment", "owner_staff_id")
    op.drop_index(op.f("ix_collaboration_branch_id"), table_name="collaboration")
    op.drop_column("collaboration", "branch_id")
    for name in (
        "summary_snapshot",
        "erasure_log",
        "branch_import_row",
        "branch_import",
        "partner_branch",
        "staff",
        "branch",
    ):
        op.drop_table(name)
