"""Opening, migrating and refusing databases; pragmas; backups; restore; the instance lock."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime
from pathlib import Path

import pytest

from samordnare_desktop.db import backup, migrate
from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain.errors import DatabaseError
from samordnare_desktop.services.startup import open_database
from tests.helpers import lock_held_by_other_process


def test_new_database_is_created_at_head_with_private_permissions(db_path: Path) -> None:
    db = open_database(db_path, daily_backup=False)
    db.close()
    status = migrate.inspect_schema(db_path)
    assert status.state is migrate.SchemaState.CURRENT
    assert status.database_revisions == migrate.script_heads()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_pragmas_are_set_on_every_connection(database: Database) -> None:
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


def test_schema_matches_models_after_upgrade(database: Database) -> None:
    """Alembic's migrations produce exactly the tables the models describe."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from samordnare_desktop.domain.models import Base

    with database.engine.connect() as conn:
        from samordnare_desktop.domain.search import include_in_schema_compare

        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": include_in_schema_compare}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_newer_schema_is_refused_without_touching_the_file(db_path: Path) -> None:
    open_database(db_path, daily_backup=False).close()
    conn = sqlite3.connect(db_path)
    conn.execute("DELETE FROM alembic_version")
    conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    mtime = db_path.stat().st_mtime_ns
    with pytest.raises(DatabaseError, match="nyare version"):
        open_database(db_path, daily_backup=False)
    assert db_path.read_bytes() == before
    assert db_path.stat().st_mtime_ns == mtime
    assert not backup.list_backups(db_path)


def test_outdated_schema_is_backed_up_then_upgraded(db_path: Path) -> None:
    """A database at the first revision (as an older app left it) is backed up, then upgraded."""
    from alembic import command
    from alembic.config import Config

    from samordnare_desktop.db.engine import make_engine

    db_path.parent.mkdir(parents=True)
    engine = make_engine(db_path)
    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001_foundation")
        conn.commit()
    engine.dispose()
    assert migrate.inspect_schema(db_path).state is migrate.SchemaState.OUTDATED
    open_database(db_path, daily_backup=False).close()
    assert migrate.inspect_schema(db_path).state is migrate.SchemaState.CURRENT
    assert len(backup.list_backups(db_path)) == 1


def test_garbage_file_gives_a_clear_error(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseError, match="kan inte läsas"):
        open_database(db_path, daily_backup=False)


def test_backup_round_trip_restores_data(db_path: Path, database: Database) -> None:
    with database.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE municipality SET notes = 'before backup' WHERE code = '0586'")
    copy = backup.backup_now(db_path)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert backup.integrity_problems(copy) == []
    with database.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE municipality SET notes = 'after backup' WHERE code = '0586'")
    database.close()
    safety = backup.restore(copy, db_path)
    assert safety is not None and safety.exists()
    conn = sqlite3.connect(db_path)
    assert (
        conn.execute("SELECT notes FROM municipality WHERE code='0586'").fetchone()[0]
        == "before backup"
    )
    conn.close()
    conn = sqlite3.connect(safety)
    assert (
        conn.execute("SELECT notes FROM municipality WHERE code='0586'").fetchone()[0]
        == "after backup"
    )
    conn.close()


def test_daily_backup_at_most_once_a_day_and_keeps_fourteen(
    db_path: Path, database: Database
) -> None:
    day = datetime(2026, 3, 1, 9, 0, 0)
    assert backup.backup_if_due(db_path, now=day) is not None
    assert backup.backup_if_due(db_path, now=day.replace(hour=17)) is None
    for n in range(2, 20):
        backup.backup_if_due(db_path, now=day.replace(day=n))
    kept = backup.list_backups(db_path)
    assert len(kept) == backup.KEEP_BACKUPS
    assert backup.backup_time(kept[0]) == day.replace(day=19)


def test_restore_refuses_a_damaged_backup(
    tmp_path: Path, db_path: Path, database: Database
) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(DatabaseError):
        backup.restore(bad, db_path)


def test_second_instance_is_refused_and_stale_lock_recovered(db_path: Path) -> None:
    from samordnare_desktop.instance_lock import InstanceLock

    with lock_held_by_other_process(db_path), pytest.raises(DatabaseError, match="redan öppen"):
        InstanceLock(db_path).acquire()
    # the holder was killed like a crash: its lock file stays behind and is recovered
    lock = InstanceLock(db_path)
    lock.acquire()
    lock.release()
