"""The triggers that record changes for sync, made from the model metadata (issue #20).

Every data table (``domain.models.synced_tables``) gets them, so a table added by a later
revision gets them too: :func:`install_triggers` is idempotent and is called by migration
``0022_sync``, after every upgrade at start-up, and before each sync.

- **SQLite (a laptop)**: a row inserted, updated or deleted is noted in ``sync_outbox`` (table,
  id: no data), except while a pull is applied (``sync_state.pulling``, set and cleared inside
  the pull's own transaction). A hard delete (purge, GDPR erasure) also removes the row's
  ``sync_base`` and conflicts, pulled or not; a soft delete empties the base's copy of the row
  (only ids stay behind about a deleted row).
- **PostgreSQL (the server)**: statement-level triggers (plpgsql, transition tables: one call
  per statement, not per row) upsert ``sync_row`` with the next ``sync_row_seq``: the newest change
  of each row, by which device and user (``samordnare.device`` / ``samordnare.user`` set for the
  transaction by :func:`tag_transaction`; a direct edit with ``--server`` records the session's
  user). Each writer holds a shared advisory lock until it commits, so a reader taking it
  exclusively knows every number below the highest is committed (:data:`WATERMARK_LOCK`).
"""

from __future__ import annotations

from typing import Any

WATERMARK_LOCK = 720_020  # pg_advisory lock key: "#20"

_PG_FUNCTIONS = (
    f"""
CREATE OR REPLACE FUNCTION sync_log_upsert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock_shared({WATERMARK_LOCK});
    INSERT INTO sync_row (table_name, row_id, seq, device, user_name, changed_at, deleted)
    SELECT TG_TABLE_NAME, n.id, nextval('sync_row_seq'),
           nullif(current_setting('samordnare.device', true), ''),
           coalesce(nullif(current_setting('samordnare.user', true), ''), session_user),
           (now() AT TIME ZONE 'utc'), false
    FROM new_rows n
    ON CONFLICT (table_name, row_id) DO UPDATE SET
        seq = EXCLUDED.seq, device = EXCLUDED.device, user_name = EXCLUDED.user_name,
        changed_at = EXCLUDED.changed_at, deleted = false;
    RETURN NULL;
END $$
""",
    f"""
CREATE OR REPLACE FUNCTION sync_log_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock_shared({WATERMARK_LOCK});
    INSERT INTO sync_row (table_name, row_id, seq, device, user_name, changed_at, deleted)
    SELECT TG_TABLE_NAME, o.id, nextval('sync_row_seq'),
           nullif(current_setting('samordnare.device', true), ''),
           coalesce(nullif(current_setting('samordnare.user', true), ''), session_user),
           (now() AT TIME ZONE 'utc'), true
    FROM old_rows o
    ON CONFLICT (table_name, row_id) DO UPDATE SET
        seq = EXCLUDED.seq, device = EXCLUDED.device, user_name = EXCLUDED.user_name,
        changed_at = EXCLUDED.changed_at, deleted = true;
    RETURN NULL;
END $$
""",
)

_NOT_PULLING = "NOT EXISTS (SELECT 1 FROM sync_state WHERE pulling)"


def _sqlite_statements(table: str, soft_delete: bool) -> list[str]:
    note_new = f"INSERT INTO sync_outbox (table_name, row_id) VALUES ('{table}', NEW.id);"
    statements = [
        f'CREATE TRIGGER IF NOT EXISTS "sync_i_{table}" AFTER INSERT ON "{table}" '
        f"WHEN {_NOT_PULLING} BEGIN {note_new} END",
        f'CREATE TRIGGER IF NOT EXISTS "sync_u_{table}" AFTER UPDATE ON "{table}" '
        f"WHEN {_NOT_PULLING} BEGIN {note_new} END",
        f'CREATE TRIGGER IF NOT EXISTS "sync_d_{table}" AFTER DELETE ON "{table}" BEGIN '
        f"INSERT INTO sync_outbox (table_name, row_id) SELECT '{table}', OLD.id "
        f"WHERE {_NOT_PULLING}; "
        f"DELETE FROM sync_base WHERE table_name = '{table}' AND row_id = OLD.id; "
        f"DELETE FROM sync_conflict WHERE table_name = '{table}' AND row_id = OLD.id; END",
    ]
    if soft_delete:
        statements.append(
            f'CREATE TRIGGER IF NOT EXISTS "sync_s_{table}" AFTER UPDATE OF deleted_at '
            f'ON "{table}" WHEN NEW.deleted_at IS NOT NULL BEGIN '
            f"UPDATE sync_base SET data = NULL WHERE table_name = '{table}' "
            f"AND row_id = NEW.id; END"
        )
    return statements


def _pg_statements(table: str, existing: set[str]) -> list[str]:
    made = []
    for name, event, transition, function in (
        (f"sync_i_{table}", "INSERT", "NEW TABLE AS new_rows", "sync_log_upsert"),
        (f"sync_u_{table}", "UPDATE", "NEW TABLE AS new_rows", "sync_log_upsert"),
        (f"sync_d_{table}", "DELETE", "OLD TABLE AS old_rows", "sync_log_delete"),
    ):
        if name not in existing:
            made.append(
                f'CREATE TRIGGER "{name}" AFTER {event} ON "{table}" REFERENCING {transition} '
                f"FOR EACH STATEMENT EXECUTE FUNCTION {function}()"
            )
    return made


def install_triggers(connection: Any) -> int:
    """Create the missing sync triggers on every data table that exists (a SQLAlchemy
    connection, in the caller's transaction); returns how many statements ran."""
    run = connection.exec_driver_sql
    dialect = connection.dialect.name
    if dialect == "sqlite":
        tables = {r[0] for r in run("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "sync_outbox" not in tables:
            return 0  # a database before 0022 (a test writing at an older revision)
        existing = {r[0] for r in run("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        statements = [
            statement
            for table in _synced_tables()
            if table.name in tables
            for statement in _sqlite_statements(table.name, "deleted_at" in table.c)
            if statement.split('"')[1] not in existing
        ]
    elif dialect == "postgresql":
        tables = {
            r[0] for r in run("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        }
        if "sync_row" not in tables:
            return 0
        existing = {
            r[0] for r in run("SELECT tgname FROM pg_trigger WHERE left(tgname, 5) = 'sync_'")
        }
        have_functions = {
            r[0]
            for r in run(
                "SELECT proname FROM pg_proc WHERE proname IN ('sync_log_upsert', 'sync_log_delete')"
            )
        }
        statements = [] if len(have_functions) == 2 else list(_PG_FUNCTIONS)
        statements += [
            statement
            for table in _synced_tables()
            if table.name in tables
            for statement in _pg_statements(table.name, existing)
        ]
    else:  # pragma: no cover - only the two dialects exist
        raise ValueError(dialect)
    for statement in statements:
        run(statement)
    return len(statements)


def tag_transaction(connection: Any, device: str | None, user: str | None) -> None:
    """On PostgreSQL, name the device and user the server's triggers record for the rest of
    this transaction (``set_config(..., true)``: gone at commit)."""
    if connection.dialect.name != "postgresql":
        return
    connection.exec_driver_sql(
        "SELECT set_config('samordnare.device', %(device)s, true), "
        "set_config('samordnare.user', %(user)s, true)",
        {"device": device or "", "user": user or ""},
    )


def drop_triggers(connection: Any) -> None:
    """Remove every sync trigger (the migration's downgrade)."""
    run = connection.exec_driver_sql
    if connection.dialect.name == "sqlite":
        names = [
            r[0]
            for r in run(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\\_%' ESCAPE '\\'"
            )
        ]
        for name in names:
            run(f'DROP TRIGGER IF EXISTS "{name}"')
    else:
        rows = list(
            run(
                "SELECT tgname, tgrelid::regclass::text FROM pg_trigger "
                "WHERE left(tgname, 5) = 'sync_' AND NOT tgisinternal"
            )
        )
        for name, table in rows:
            run(f'DROP TRIGGER IF EXISTS "{name}" ON {table}')
        run("DROP FUNCTION IF EXISTS sync_log_upsert()")
        run("DROP FUNCTION IF EXISTS sync_log_delete()")


def _synced_tables() -> list:
    """Every data table; the models are imported only when sync or its triggers need them."""
    from samordnare_desktop.domain.models import synced_tables

    return synced_tables()
