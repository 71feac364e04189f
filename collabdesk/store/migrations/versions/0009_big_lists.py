"""Indexes for the Collaborations list and board at library-system scale
(issue 15): the list pages by title then id (keyset), the board reads each
stage's first cards by title, and readiness looks answers up by
collaboration and question and reads each collaboration's promises (side,
due date, owner) from an index instead of the commitment rows.

Revision ID: 0009_big_lists
Revises: 0011b_results
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0009_big_lists"
down_revision = "0011b_results"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_collaboration_title_id", "collaboration", ["title", "id"])
    op.create_index("ix_collaboration_stage_title_id", "collaboration", ["stage", "title", "id"])
    op.create_index(
        "ix_checklist_answer_collaboration_question",
        "checklist_answer",
        ["collaboration_id", "question_key"],
    )
    op.create_index(
        "ix_commitment_readiness",
        "commitment",
        ["collaboration_id", "direction", "due_on", "owner"],
    )


def downgrade() -> None:
    op.drop_index("ix_commitment_readiness", "commitment")
    op.drop_index("ix_checklist_answer_collaboration_question", "checklist_answer")
    op.drop_index("ix_collaboration_stage_title_id", "collaboration")
    op.drop_index("ix_collaboration_title_id", "collaboration")
