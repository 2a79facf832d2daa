"""a sync conflict knows where the other version came from: the server or an exchange file (#20)

The conflicts dialog named every other version "Serverns version", also one an imported
exchange file brought (another laptop's). ``origin`` is ``server`` (every conflict so far) or
``file``. Portable ``add_column`` with a constant default: SQLite and PostgreSQL alike.

Revision ID: 0025_conflict_origin
Revises: 0024_person_category
Create Date: 2026-12-06 00:05:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025_conflict_origin"
down_revision: str | Sequence[str] | None = "0024_person_category"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "sync_conflict",
        sa.Column("origin", sa.String(16), nullable=False, server_default="server"),
    )


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+), not a batch copy: renaming the copy back fails while
    # the sync triggers name sync_conflict ("error in trigger ...: no such table: main.sync_conflict")
    op.drop_column("sync_conflict", "origin")
