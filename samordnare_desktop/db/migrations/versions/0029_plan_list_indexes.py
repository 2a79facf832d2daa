"""the Handlingsplaner list's counts through two covering indexes (issue #15)

The list of municipalities and their plans counts each plan's areas, its actions and its open
actions' due days in one query (``ActionPlanService.summaries``): every live area of each plan,
then every live action of each area. With only ``plan_area(plan_id)`` and
``plan_action(area_id)`` it read each of the 20,000 action rows at ten times the programme
(~10.8 ms); ``plan_area(plan_id, deleted_at, id)`` and
``plan_action(area_id, deleted_at, status, due_date)`` answer it from the indexes (~5.6 ms).
Plain ``CREATE INDEX`` (no batch copy: the sync triggers name these tables).

Revision ID: 0029_plan_list_indexes
Revises: 0028_stamp_indexes
Create Date: 2026-12-06 05:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0029_plan_list_indexes"
down_revision: str | Sequence[str] | None = "0028_stamp_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("ix_plan_area_plan_counts", "plan_area", ["plan_id", "deleted_at", "id"]),
    ("ix_plan_action_area_counts", "plan_action", ["area_id", "deleted_at", "status", "due_date"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in INDEXES:
        op.drop_index(name, table_name=table)
