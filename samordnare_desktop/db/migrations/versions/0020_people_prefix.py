"""the people search index gains prefix indexes (1-3 letters), as the findings index did (0015)

The one search (Ctrl+K) asks the people index at every keystroke; its first letter ("s") merged
every word starting with it, word by word (about 20 ms at 58,700 people); with prefix indexes it
reads one list. The table is rebuilt from itself (the same rows and ids).

Revision ID: 0020_people_prefix
Revises: 0019_finding_filter_indexes
Create Date: 2026-12-05 19:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0020_people_prefix"
down_revision: str | Sequence[str] | None = "0019_finding_filter_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# frozen copies (a revision never changes) of the index before and after
_BEFORE = (
    "CREATE VIRTUAL TABLE person_search USING fts5("
    "words, person_id, tokenize = 'unicode61 remove_diacritics 0')"
)
_AFTER = (
    "CREATE VIRTUAL TABLE person_search USING fts5("
    "words, person_id, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3')"
)


def _rebuild(ddl: str) -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":  # a plain table there: no prefix indexes to add
        return
    connection.exec_driver_sql(
        "CREATE TEMP TABLE person_search_copy AS "
        "SELECT rowid AS r, words, person_id FROM person_search"
    )
    connection.exec_driver_sql("DROP TABLE person_search")
    connection.exec_driver_sql(ddl)
    connection.exec_driver_sql(
        "INSERT INTO person_search(rowid, words, person_id) "
        "SELECT r, words, person_id FROM person_search_copy ORDER BY r"
    )
    connection.exec_driver_sql("DROP TABLE person_search_copy")


def upgrade() -> None:
    _rebuild(_AFTER)


def downgrade() -> None:
    _rebuild(_BEFORE)
