"""the stamps of visit, plan_area and plan_action through an index (issue #15)

Översikt and what falls due keep their figures while each table's row count, newest
``updated_at`` and sum of versions stay the same (``db/stamps.py``); without an index on
``(updated_at, version)`` they read the whole table, some 10 ms of every refresh at ten times the
programme (5,000 meetings, 20,000 actions). Plain ``CREATE INDEX`` (no batch copy: the sync triggers name these tables).

Revision ID: 0028_stamp_indexes
Revises: 0027_sync_erasure
Create Date: 2026-12-06 03:21:38
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0028_stamp_indexes"
down_revision: str | Sequence[str] | None = "0027_sync_erasure"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("visit", "plan_area", "plan_action")


def upgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_updated_at", table, ["updated_at", "version"], unique=False)


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_updated_at", table_name=table)
