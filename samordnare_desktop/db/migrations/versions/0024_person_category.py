"""the children among the people are found through an index (#15)

The findings mask children's names (``services.findings.child_masker``): that read every person
(some 60,000 at ten times the programme) to find the few children, each time a list, a report
or a GDPR copy showed findings. Portable ``create_index``: SQLite and PostgreSQL alike.

Revision ID: 0024_person_category
Revises: 0023_mention_index
Create Date: 2026-12-05 22:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0024_person_category"
down_revision: str | Sequence[str] | None = "0023_mention_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_person_category", "person", ["category"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_person_category", table_name="person")
