"""a kind or level filter reads the newest findings of that kind first (no sort of them all)

Revision ID: 0019_finding_filter_indexes
Revises: 0018_briefing_examples
Create Date: 2026-12-05 18:46:22
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0019_finding_filter_indexes"
down_revision: str | Sequence[str] | None = "0018_briefing_examples"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.create_index("ix_finding_kind_created_at", ["kind", "created_at"], unique=False)
        batch_op.create_index("ix_finding_level_created_at", ["level", "created_at"], unique=False)
        batch_op.create_index(
            "ix_finding_id_filters", ["id", "deleted_at", "kind", "level"], unique=False
        )
    # statistics for the new indexes: with the old ones only, the planner keeps to them
    op.execute("ANALYZE finding")


def downgrade() -> None:
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.drop_index("ix_finding_id_filters")
        batch_op.drop_index("ix_finding_level_created_at")
        batch_op.drop_index("ix_finding_kind_created_at")
