"""the assignment (uppdraget): one row with its name, coordinator, ministry, diarienummer and clock

Revision ID: 0016_assignment
Revises: 0015_findings_prefix
Create Date: 2026-12-05 18:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_assignment"
down_revision: str | Sequence[str] | None = "0015_findings_prefix"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "assignment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("coordinator", sa.String(200), nullable=False),
        sa.Column("ministry", sa.String(200), nullable=False),
        sa.Column("reference", sa.String(100), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("report_every_months", sa.Integer(), nullable=False),
        sa.Column("final_report_date", sa.Date(), nullable=False),
        sa.Column("plan_due_weeks", sa.Integer(), nullable=False),
        sa.CheckConstraint("slot = 1", name=op.f("ck_assignment_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignment")),
        sa.UniqueConstraint("slot", name=op.f("uq_assignment_slot")),
    )


def downgrade() -> None:
    op.drop_table("assignment")
