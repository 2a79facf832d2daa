"""named users (#20): the team's people with their role; a follow-up records who recorded it

Plain ``create_table`` / ``add_column`` with portable types, so the same revision runs on SQLite
and on PostgreSQL. The table is ``app_user`` (``user`` is reserved on PostgreSQL).

Revision ID: 0021_users
Revises: 0020_people_prefix
Create Date: 2026-12-05 21:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021_users"
down_revision: str | Sequence[str] | None = "0020_people_prefix"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "coordinator",
                "secretary",
                "subject_expert",
                "communicator",
                name="userrole",
                native_enum=False,
                create_constraint=False,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
    )
    op.create_index(op.f("ix_app_user_deleted_at"), "app_user", ["deleted_at"], unique=False)
    with op.batch_alter_table("plan_follow_up") as batch:
        batch.add_column(
            sa.Column("recorded_by", sa.String(100), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("plan_follow_up") as batch:
        batch.drop_column("recorded_by")
    op.drop_index(op.f("ix_app_user_deleted_at"), table_name="app_user")
    op.drop_table("app_user")
