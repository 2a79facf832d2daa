"""speed at ten times the programme: missing indexes, the people search index, statistics

Revision ID: 0009_speed
Revises: 0008_one_line
Create Date: 2026-12-05 12:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0009_speed"
down_revision: str | Sequence[str] | None = "0008_one_line"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("ix_visit_first_visit_id", "visit", ["first_visit_id"]),
    ("ix_visit_host_contact_id", "visit", ["host_contact_id"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    from samordnare_desktop.domain.search import rebuild_people_index

    connection = op.get_bind()
    rebuild_people_index(connection)
    # planner statistics (sampled, so this stays quick on a large file); the app keeps them
    # with PRAGMA optimize at close
    if connection.dialect.name == "postgresql":  # a server keeps its own (autovacuum)
        connection.exec_driver_sql("ANALYZE")
        return
    connection.exec_driver_sql("PRAGMA analysis_limit = 1000")
    connection.exec_driver_sql("ANALYZE")


def downgrade() -> None:
    from samordnare_desktop.domain.search import PEOPLE_INDEX

    op.execute(f"DROP TABLE IF EXISTS {PEOPLE_INDEX}")
    for name, table, _columns in INDEXES:
        op.drop_index(name, table_name=table)
