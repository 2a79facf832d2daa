"""the good examples chosen for a visit's briefing (visit_briefing_example)

Revision ID: 0018_briefing_examples
Revises: 0017_minutes
Create Date: 2026-12-05 18:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018_briefing_examples"
down_revision: str | Sequence[str] | None = "0017_minutes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "visit_briefing_example",
        sa.Column("visit_id", sa.Uuid(), nullable=False),
        sa.Column("finding_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["finding_id"],
            ["finding.id"],
            name=op.f("fk_visit_briefing_example_finding_id_finding"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
            name=op.f("fk_visit_briefing_example_visit_id_visit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_briefing_example")),
        sa.UniqueConstraint("visit_id", "finding_id", name="uq_visit_briefing_example_visit_id"),
    )
    with op.batch_alter_table("visit_briefing_example", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_visit_briefing_example_finding_id"), ["finding_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("visit_briefing_example", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_briefing_example_finding_id"))
    op.drop_table("visit_briefing_example")
