"""Opening the user's database: refuse a newer schema, back up, migrate, seed reference data."""

from __future__ import annotations

import logging
from pathlib import Path

from samordnare_desktop.db import backup, encryption, migrate
from samordnare_desktop.db.engine import Connector, Database
from samordnare_desktop.db.migrate import SchemaState
from samordnare_desktop.reference.municipalities import load_missing

log = logging.getLogger(__name__)


def open_database(
    path: Path,
    *,
    connector: Connector | None = None,
    daily_backup: bool = True,
    key: bytes | None = None,
) -> Database:
    """Open (creating if needed) and upgrade the database at ``path``.

    Order matters: the schema check is read-only, so a database from a newer app is refused
    untouched; a backup is taken before a migration rewrites an existing file. An encrypted
    database (``key``, or the key unlocked earlier in this process) is never opened, recreated
    or backed up as plaintext.
    """
    if key is not None:
        encryption.remember_key(path, key)
    key = encryption.key_for(path)
    encryption.check_can_open(path, key)
    status = migrate.inspect_schema(path)
    migrate.refuse_too_new(status)
    if status.state is SchemaState.MISSING and not path.exists():
        backup.private_file(path)
    if daily_backup and status.state is not SchemaState.MISSING:
        backup.backup_if_due(path)
    db = Database(path, connector, key=key)
    try:
        if status.state is not SchemaState.CURRENT:
            if status.state is SchemaState.OUTDATED:
                backup.backup_now(path)
            with db.engine.connect() as conn:
                migrate.upgrade(conn)
                conn.commit()
            log.info("database schema upgraded to %s", sorted(migrate.script_heads()))
        with db.write() as session:
            load_missing(session)
    except BaseException:
        db.engine.dispose()
        raise
    return db
