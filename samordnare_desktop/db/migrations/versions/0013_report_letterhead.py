"""the quarterly report's sender, recipient and diarienummer (per period, on its cover)

Revision ID: 0013_report_letterhead
Revises: 0012_care_places
Create Date: 2026-12-05 15:55:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_report_letterhead"
down_revision: str | Sequence[str] | None = "0012_care_places"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("report_text") as batch:
        batch.add_column(sa.Column("sender", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("recipient", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("reference", sa.String(100), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("report_text") as batch:
        batch.drop_column("reference")
        batch.drop_column("recipient")
        batch.drop_column("sender")
