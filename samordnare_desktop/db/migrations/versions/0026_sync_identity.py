"""sync (issue #20): each database's own random identity; the server a laptop last synced with

A server database recreated empty, or restored from an older backup, after laptops had synced
was not recognised: their checkpoints and bases referred to a server that no longer existed.
``sync_identity`` holds one random id, made here (the server gets its tables, and so its id,
from this migration line); ``sync_state.server_id`` is the id of the server this laptop synced
with. A different id (or a checkpoint beyond the server's latest change) stops a sync
(``services.sync``) until the user chooses ``sync --reseed``.

Revision ID: 0026_sync_identity
Revises: 0025_conflict_origin
Create Date: 2026-12-05 23:55:00
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0026_sync_identity"
down_revision: str | Sequence[str] | None = "0025_conflict_origin"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    identity = op.create_table(
        "sync_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("database_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_identity")),
    )
    op.bulk_insert(
        identity,
        [
            {
                "id": 1,
                "database_id": uuid.uuid4().hex,
                "created_at": datetime.now(UTC).replace(tzinfo=None),
            }
        ],
    )
    op.add_column("sync_state", sa.Column("server_id", sa.String(length=32), nullable=True))


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+), not a batch copy: renaming the copy back fails while
    # the sync triggers name sync_state ("error in trigger ...: no such table: main.sync_state")
    op.drop_column("sync_state", "server_id")
    op.drop_table("sync_identity")
