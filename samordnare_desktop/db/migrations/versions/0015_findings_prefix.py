"""the findings search index gains prefix indexes (1-3 letters), so the first keystrokes are quick

The first letter typed ("s") matched every word starting with it, which FTS5 merges word by word
(about 200 ms at 200,000 findings); with prefix indexes it reads one list. The table is rebuilt
from the findings.

Revision ID: 0015_findings_prefix
Revises: 0014_findings
Create Date: 2026-12-05 16:15:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0015_findings_prefix"
down_revision: str | Sequence[str] | None = "0014_findings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# frozen copies (a revision never changes) of the index before and after
_BEFORE = (
    "CREATE VIRTUAL TABLE finding_search USING fts5("
    "words, finding_id, tokenize = 'unicode61 remove_diacritics 0')"
)
_AFTER = (
    "CREATE VIRTUAL TABLE finding_search USING fts5("
    "words, finding_id, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3')"
)


def _rebuild(ddl: str) -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":  # a plain table there: no prefix indexes to add
        return
    connection.exec_driver_sql(
        "CREATE TEMP TABLE finding_search_copy AS "
        "SELECT rowid AS r, words, finding_id FROM finding_search"
    )
    connection.exec_driver_sql("DROP TABLE finding_search")
    connection.exec_driver_sql(ddl)
    connection.exec_driver_sql(
        "INSERT INTO finding_search(rowid, words, finding_id) "
        "SELECT r, words, finding_id FROM finding_search_copy ORDER BY r"
    )
    connection.exec_driver_sql("DROP TABLE finding_search_copy")


def upgrade() -> None:
    _rebuild(_AFTER)


def downgrade() -> None:
    _rebuild(_BEFORE)
