"""Opening the user's database: refuse a newer schema, back up, migrate, seed reference data."""

from __future__ import annotations

import logging
from contextlib import suppress
from pathlib import Path

from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from samordnare_desktop.db import backup, encryption, identity, migrate
from samordnare_desktop.db.engine import Connector, Database, keep_statistics, plain_connection
from samordnare_desktop.db.legacy_drafts import follow_rename_of as follow_rename_of  # re-exported
from samordnare_desktop.db.migrate import SchemaState
from samordnare_desktop.db.reading import raise_if_damaged
from samordnare_desktop.domain.errors import CorruptDatabaseError, DatabaseError
from samordnare_desktop.i18n import translate
from samordnare_desktop.reference.municipalities import load_missing, reference_complete

log = logging.getLogger(__name__)


def check_due(path: Path, *, daily_backup: bool) -> bool:
    """Whether this start runs ``quick_check`` (about 5 ms per MB) before touching the file.

    After a crash (a WAL file with content left behind), when damage was met while the app ran
    (a marker file), and on the first start of the day, before the daily backup: a damaged file
    is never copied over the backups that could repair it. Other starts skip the scan.
    """
    if not path.exists() or not path.stat().st_size:
        return False
    return _crashed_or_marked(path) or (daily_backup and backup.backup_due(path))


def _crashed_or_marked(path: Path) -> bool:
    """A crash left a write-ahead log with content, or damage was met while the app ran."""
    wal = Path(str(path) + "-wal")
    return (wal.exists() and wal.stat().st_size > 0) or backup.check_marker(path).exists()


def daily_check_and_backup(path: Path) -> Path | None:
    """The first start of a day's ``quick_check`` and backup, left by ``open_database``
    (``defer_daily``) to run once the window shows, off the GUI thread (a large file takes a
    second). A damaged file is not copied over the backups that could repair it: it is marked
    for the next start, which offers the newest healthy backup, and ``CorruptDatabaseError``
    says so. Otherwise the day's backup; its path (None: one was taken meanwhile)."""
    if not backup.backup_due(path):
        return None
    problems = migrate.quick_problems(path)
    if problems:
        with suppress(OSError):
            backup.check_marker(path).touch()
        log.warning("the daily check found damage: %s", migrate.brief("\n".join(problems)))
        raise CorruptDatabaseError(
            translate(
                "database",
                "Today's check found the database file damaged ({detail}). Today's backup was "
                "not taken, so the backups that can repair it are kept. Close Samordnare "
                "Desktop: at the next start it offers to restore the newest backup that passes "
                "an integrity check.",
            ).format(detail=migrate.brief("\n".join(problems)))
        )
    return backup.backup_if_due(path)


def open_database(
    path: Path,
    *,
    connector: Connector | None = None,
    daily_backup: bool = True,
    check: bool | None = None,
    key: bytes | None = None,
    defer_daily: bool = False,
) -> Database:
    """Open (creating if needed) and upgrade the database at ``path``.

    Order matters: the schema check is read-only, so a database from a newer app is refused
    untouched; a damaged file is refused before it is backed up (``check``: None decides by
    :func:`check_due`); a backup is taken before a migration rewrites an existing file. An
    encrypted database (``key``, or the key unlocked earlier in this process) is never opened,
    recreated or backed up as plaintext.

    ``defer_daily`` (the window): when the day's check and backup are the only reason to scan
    the file (no crash, no damage met, the schema current), both are left to
    :func:`daily_check_and_backup` once the window shows, and ``db.daily_check_due`` says so;
    a first start of the day scanned and copied ~200 MB before the window could show.
    """
    if key is not None:
        encryption.remember_key(path, key)
    key = encryption.key_for(path)
    encryption.check_can_open(path, key)
    if backup.is_backup_file(path):  # opened, it would be changed and given an id of its own
        raise DatabaseError(
            translate(
                "database",
                "{path} is a backup, not a database to work in: opening it would change it. "
                "Restore it with 'restore {path}', or copy it out of the backups folder first. "
                "Nothing was changed.",
            ).format(path=str(path))
        )
    if path.is_file() and path.stat().st_size == 0:
        raise identity.empty_error(path)  # an emptied file is not silently made a database
    first = _first_connection(path, key, connector)
    try:
        found = _identity(path, key, first)  # another program's file is refused first of all
        if found.kind is identity.Kind.FOREIGN:
            raise identity.foreign_error(path)
        if found.kind is identity.Kind.NEW and path.exists():
            raise identity.empty_database_error(path)
        status = migrate.inspect_schema(path, first)
        migrate.refuse_too_new(status)
        migrate.refuse_foreign_schema(status, path)
        exists = path.exists() and path.stat().st_size > 0
        later = (
            defer_daily
            and daily_backup
            and exists
            and status.state is SchemaState.CURRENT
            and not _crashed_or_marked(path)
            and backup.backup_due(path)
        )
        daily = daily_backup and not later
        if exists and (check if check is not None else check_due(path, daily_backup=daily)):
            problems = migrate.quick_problems(path, first)
            if problems:
                raise migrate.corrupt_error("\n".join(problems))
            backup.check_marker(path).unlink(missing_ok=True)
    except BaseException:
        if first is not None:
            first.close()
        raise
    if status.state is SchemaState.MISSING and not path.exists():
        identity.create_file(path)
    _remove_litter(path)
    db = Database(path, connector, key=key, first=first)
    try:
        if found.kind is not identity.Kind.NEW and not found.database_id:
            _give_identity(
                db,
                adopt=found.kind is identity.Kind.LEGACY and not found.copied,
                renew=found.copied,  # a copy of another database gets its own identity
            )
        elif identity.origin_outdated(path, found):  # moved, renamed or rewritten in place
            _record_origin(db)
            if found.origin is not None:  # renamed in its folder: its drafts come along
                _follow_rename(path, Path(found.origin.path))
        if daily and status.state is not SchemaState.MISSING:
            backup.backup_if_due(path)
        if status.state is not SchemaState.CURRENT:
            if status.state is SchemaState.OUTDATED:
                backup.backup_now(path)
            _upgrade_verified(db)
            log.info("database schema upgraded to %s", sorted(migrate.script_heads()))
        if found.kind is identity.Kind.NEW:
            _give_identity(db, adopt=False)
        # the municipalities, counties and their organisations: added when some are missing
        # (a new file), asked with plain SQL on every other start (no unit of work)
        if not _reference_complete(db):
            with db.write() as session:
                load_missing(session)
        with db.engine.connect() as conn:  # ANALYZE where statistics are missing (quick)
            keep_statistics(conn, optimize=False)
            conn.commit()
        db.daily_check_due = later
    except BaseException:
        db.engine.dispose()
        if first is not None:  # if never handed out by the pool, it would keep the -wal/-shm
            first.close()
        raise
    return db


def _reference_complete(db: Database) -> bool:
    """Whether the reference data is all there. A damaged page under its counts (the
    organisation table's: the live count reads the table, not only an index) is not the
    start's to stop on: the file is marked for the next start's full check, and the reads that
    meet the damage say it once, as over any other table; the data is taken as complete."""
    try:
        with db.engine.connect() as conn:
            return reference_complete(conn)
    except SQLAlchemyDatabaseError as exc:
        try:
            raise_if_damaged(exc.orig or exc, db.path)
        except CorruptDatabaseError:
            log.info("reference data not checked at start: a damaged page")
            return True
        raise


def _remove_litter(path: Path) -> None:
    """What an interrupted restore or backup left beside the database (the instance lock is
    held, so nothing is writing them now): never a database, just litter, scrubbed."""
    creating = identity.CREATING_SUFFIX
    for suffix in (".restore", ".restore-journal", ".restore-wal", ".restore-shm", creating):
        encryption.scrub_file(Path(str(path) + suffix))
    if backup.owner_id(path):
        backup.rotate(path)  # also removes this database's interrupted backups (*.part*)
    try:
        backup.adopt_legacy_drafts(path)  # drafts from before each database had its own folder
    except OSError:
        log.warning("older drafts could not be moved", exc_info=True)


def _first_connection(path: Path, key: bytes | None, connector: Connector | None):
    """The one connection start-up reads the file through (identity, schema, check) and the
    engine then works with, so the file is opened once; None where the inspection must use a
    read-only connection of its own: not a plaintext file of this app (another program's file
    is refused untouched), or a write-ahead log left with content by a crash (a read-write
    connection could fold it into the file before the check has looked at it)."""
    if key is not None or connector is not None:
        return None
    if identity.header_application_id(path) != identity.APPLICATION_ID:
        return None
    wal = Path(str(path) + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return None
    return plain_connection(path)


def _identity(path: Path, key: bytes | None, conn=None) -> identity.Identity:
    """The file's identity; a foreign file is refused here, an unreadable one below (damaged)."""
    try:
        return identity.inspect(path, key, conn)
    except DatabaseError:
        raise
    except Exception as exc:
        if isinstance(exc, encryption.database_errors()):
            raise migrate.corrupt_error(str(exc)) from exc
        raise


def _give_identity(db: Database, *, adopt: bool, renew: bool = False) -> None:
    """Stamp ``application_id``, a UUID and where the file is into the database (first open, or
    the first open of a copy: ``renew``); an old database also takes over the backups of the
    folder when it is the only database there."""
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        database_id = identity.ensure(raw, path=db.path, renew=renew)
    identity.remember(db.path, database_id)
    if renew:
        log.info("a copy of another database was given its own identity")
    if adopt:
        adopted = backup.adopt_legacy(db.path, database_id)
        if adopted:
            log.info("%d older backups renamed for this database", adopted)


def _follow_rename(path: Path, old_path: Path) -> None:
    from samordnare_desktop.db import legacy_drafts

    try:
        legacy_drafts.follow_rename(path, old_path)
    except OSError:
        log.warning("drafts could not follow the renamed database", exc_info=True)


def _record_origin(db: Database) -> None:
    with db.engine.connect() as conn:
        identity.record_origin(conn.connection.driver_connection, db.path)


def _upgrade_verified(db: Database) -> None:
    """Upgrade in one transaction; count every table's rows before and after, check foreign keys.

    Foreign keys are off during the upgrade: Alembic's batch mode copies a table and drops the
    old one, and with foreign keys on that ``DROP TABLE`` would cascade into other tables. A lost
    row or a dangling reference rolls the whole upgrade back: the file (and the backup taken
    before) stay exactly as they were.
    """
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys = OFF")  # outside a transaction, or it is a no-op
        try:
            before = migrate.row_counts(conn)  # begins the one transaction of the upgrade
            migrate.upgrade(conn)
            # a table rebuilt or added by a revision (batch mode copies tables) has no sync
            # triggers until they are made again from the models
            from samordnare_desktop.db.sync_triggers import install_triggers

            install_triggers(conn)
            lost = migrate.lost_rows(before, migrate.row_counts(conn))
            dangling = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if lost or dangling:
                conn.rollback()
                detail = "; ".join(lost[:3]) or translate(
                    "database", "{count} rows point to rows that do not exist"
                ).format(count=len(dangling))
                log.error("upgrade rolled back: %s", detail)
                raise DatabaseError(
                    translate(
                        "database",
                        "The database upgrade was stopped because it would have lost data "
                        "({detail}). Nothing was changed; the backup taken before the upgrade "
                        "is in the backups folder. Please report this.",
                    ).format(detail=detail)
                )
            conn.commit()
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def open_server_database(
    url: str, *, password: str | None = None, upgrade: bool = True
) -> Database:
    """The team's server database (``db/server.py``), migrated when empty, with the reference
    data (counties, municipalities: fixed ids, so every laptop and the server agree) loaded."""
    from samordnare_desktop.db.server import open_server

    return open_server(url, password=password, upgrade=upgrade, seed=load_missing)
