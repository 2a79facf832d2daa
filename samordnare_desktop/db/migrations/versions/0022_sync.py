"""sync (issue #20): a laptop's outbox, bases, state and conflicts; the server's change log

Every database gets all six tables (one migration line for laptops and the server); the triggers
that fill the outbox (SQLite) or the change log (PostgreSQL) are made from the models by
``db.sync_triggers.install_triggers``, which start-up and every sync call again, so a table
added by a later revision gets its triggers too.

Revision ID: 0022_sync
Revises: 0021_users
Create Date: 2026-12-05 21:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022_sync"
down_revision: str | Sequence[str] | None = "0021_users"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "sync_base",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_base")),
    )
    state = op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pulling", sa.Boolean(), nullable=False),
        sa.Column("device", sa.String(length=64), nullable=True),
        sa.Column("checkpoint", sa.BigInteger(), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.Column("enqueued_all", sa.Boolean(), nullable=False),
        sa.Column("pending_id", sa.String(length=200), nullable=True),
        sa.Column("pending_upto", sa.Integer(), nullable=True),
        sa.Column("pending", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    op.bulk_insert(state, [{"id": 1, "pulling": False, "checkpoint": 0, "enqueued_all": False}])
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("local_value", sa.Text(), nullable=True),
        sa.Column("server_value", sa.Text(), nullable=True),
        sa.Column("server_user", sa.String(length=200), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index("ix_sync_conflict_row", "sync_conflict", ["table_name", "row_id"])
    op.create_table(
        "sync_row",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("device", sa.String(length=64), nullable=True),
        sa.Column("user_name", sa.String(length=200), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_row")),
    )
    op.create_index("ix_sync_row_seq", "sync_row", ["seq"], unique=True)
    op.create_table(
        "sync_receipt",
        sa.Column("batch_id", sa.String(length=200), nullable=False),
        sa.Column("device", sa.String(length=64), nullable=True),
        sa.Column("user_name", sa.String(length=200), nullable=True),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.Column("result", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("batch_id", name=op.f("pk_sync_receipt")),
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("CREATE SEQUENCE IF NOT EXISTS sync_row_seq")

    from samordnare_desktop.db.sync_triggers import install_triggers

    install_triggers(bind)


def downgrade() -> None:
    bind = op.get_bind()
    from samordnare_desktop.db.sync_triggers import drop_triggers

    drop_triggers(bind)
    for table in ("sync_receipt", "sync_row", "sync_conflict", "sync_state", "sync_base"):
        op.drop_table(table)
    op.drop_table("sync_outbox")
    if bind.dialect.name == "postgresql":
        op.execute("DROP SEQUENCE IF EXISTS sync_row_seq")
