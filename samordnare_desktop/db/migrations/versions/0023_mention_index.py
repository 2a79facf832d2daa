"""the GDPR search finds mentions through an index of the free text (#15)

SQLite: an FTS5 table of the folded words of every row with free text, a table mapping its rows
to (table, row id), a queue of changed rows, and triggers on each free-text table that queue a
row when its text changes (``db/mention_index.py`` says why and how it is read). Every
existing row with text is queued here (plain SQL, quick); the first search indexes them.

PostgreSQL: nothing (the search narrows with ILIKE there).

The tables and columns are frozen here as they were declared (``privacy.mention_columns``: the
free text of ``FREE_TEXT`` and the name and e-mail columns of ``PERSON_REFERENCES``) when this
revision was written; the app uses the index only while its triggers match the declaration, and
``tests/unit/test_mention_index.py`` fails when a column is declared without a new revision.

Revision ID: 0023_mention_index
Revises: 0022_sync
Create Date: 2026-12-05 22:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0023_mention_index"
down_revision: str | Sequence[str] | None = "0022_sync"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "mention_search"
ROWS = "mention_search_row"
QUEUE = "mention_search_queue"

COLUMNS: dict[str, tuple[str, ...]] = {
    "action_plan": ("owner",),
    "agenda_item": ("description", "presenter_name", "title"),
    "agenda_template": ("name",),
    "agenda_template_item": ("description", "presenter_name", "title"),
    "app_user": ("name",),
    "assignment": ("coordinator", "ministry", "name"),
    "finding": ("text",),
    "focus_group": ("name",),
    "minutes_action": ("owner", "text"),
    "minutes_item": ("decisions", "notes"),
    "municipality": ("notes",),
    "organisation": ("notes",),
    "participant": ("consent_note", "notes"),
    "plan_action": ("indicator", "measure", "owner", "what"),
    "plan_area": ("goal", "name", "situation"),
    "plan_change": ("changed_by", "new_value", "old_value", "subject_label"),
    "plan_follow_up": ("baseline", "recorded_by", "summary"),
    "plan_follow_up_action": ("comment",),
    "plan_follow_up_area": ("note",),
    "plan_version": ("note", "saved_by", "snapshot"),
    "question": ("text",),
    "report_text": ("recipient", "sender", "text"),
    "theme": ("name",),
    "time_study": ("label", "notes"),
    "time_study_respondent": ("label",),
    "visit": (
        "notes",
        "press_contact_email",
        "press_contact_name",
        "press_place",
        "title",
        "venue_address",
        "venue_name",
        "venue_room",
    ),
    "visit_headcount": ("label",),
}


def _filled(columns: Sequence[str], row: str) -> str:
    return " OR ".join(f"coalesce({row}\"{c}\", '') != ''" for c in columns)


def _triggers(table: str, columns: Sequence[str]) -> list[str]:
    cols = sorted(columns)
    quoted = ", ".join(f'"{c}"' for c in cols)
    changed = " OR ".join(f'NEW."{c}" IS NOT OLD."{c}"' for c in cols)
    queue = f"INSERT OR IGNORE INTO {QUEUE} (tbl, row_id) VALUES ('{table}', "
    gone = f"INSERT OR REPLACE INTO {QUEUE} (tbl, row_id, gone) VALUES ('{table}', OLD.id, 1)"
    name = f"{INDEX}_{table}"
    return [
        f'CREATE TRIGGER {name}_insert AFTER INSERT ON "{table}" WHEN {_filled(cols, "NEW.")} '
        f"BEGIN {queue}NEW.id); END",
        f'CREATE TRIGGER {name}_update AFTER UPDATE OF {quoted} ON "{table}" WHEN {changed} '
        f"BEGIN {queue}NEW.id); END",
        f'CREATE TRIGGER {name}_delete AFTER DELETE ON "{table}" WHEN EXISTS (SELECT 1 FROM '
        f"{ROWS} WHERE tbl = '{table}' AND row_id = OLD.id) BEGIN {gone}; END",
    ]


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        return
    run = connection.exec_driver_sql
    run(
        f"CREATE VIRTUAL TABLE {INDEX} USING fts5("
        "words, tokenize = 'unicode61 remove_diacritics 0')"
    )
    run(f"CREATE TABLE {ROWS} (tbl TEXT NOT NULL, row_id TEXT NOT NULL, UNIQUE (tbl, row_id))")
    run(
        f"CREATE TABLE {QUEUE} (tbl TEXT NOT NULL, row_id TEXT NOT NULL, "
        "gone INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (tbl, row_id)) WITHOUT ROWID"
    )
    # the purge probe asks for rows marked gone at every open and close: one index step
    run(f"CREATE INDEX {QUEUE}_gone ON {QUEUE} (gone) WHERE gone = 1")
    for table, columns in COLUMNS.items():
        for ddl in _triggers(table, columns):
            run(ddl)
        run(
            f"INSERT OR IGNORE INTO {QUEUE} (tbl, row_id) "
            f"SELECT '{table}', id FROM \"{table}\" WHERE {_filled(sorted(columns), '')}"
        )


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        return
    for table in COLUMNS:
        for suffix in ("insert", "update", "delete"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {INDEX}_{table}_{suffix}")
    for name in (QUEUE, ROWS, INDEX):
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {name}")
