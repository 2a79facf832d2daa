"""one migration line: join the five areas' revisions off 0002_visits

Revision ID: 0008_one_line
Revises: 0003_visit_questions, 0004_agendas, 0005_participants, 0006_action_plans, 0007_time_study
Create Date: 2026-12-05 12:30:00

Changes no table. From here on every revision builds on the single head before it, so a fresh
database is built in one order and ``downgrade -1`` means one thing.
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0008_one_line"
down_revision: str | Sequence[str] | None = (
    "0003_visit_questions",
    "0004_agendas",
    "0005_participants",
    "0006_action_plans",
    "0007_time_study",
)
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
