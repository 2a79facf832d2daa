"""Consistent copies through SQLite's backup API, daily rotation, restore and integrity checks.

A plain file copy of a live WAL database can be torn; the backup API copies a consistent
snapshot. Backups are written to a temporary name and renamed, so a crash never leaves a
half-written backup that looks whole.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from samordnare_desktop.domain.errors import DatabaseError
from samordnare_desktop.files import fsync_directory
from samordnare_desktop.files import private_file as private_file  # re-exported
from samordnare_desktop.i18n import translate
from samordnare_desktop.paths import backup_dir_for

KEEP_BACKUPS = 14
_PREFIX = "samordnare-"
_SUFFIX = ".sqlite3"
_STAMP = "%Y-%m-%dT%H%M%S-%f"  # microseconds: two backups in one second never collide

RawConnect = Callable[[Path], sqlite3.Connection]


def _plain_connect(path: Path) -> sqlite3.Connection:
    """Open ``path`` with the key unlocked for its database (plain sqlite3 when unencrypted)."""
    from samordnare_desktop.db.encryption import connect_raw, key_for

    return connect_raw(path, key_for(path))


def copy_database(
    source: Path, target: Path, connect: RawConnect, *, delete_journal: bool = False
) -> None:
    """SQLite's online backup of ``source`` into ``target``, both opened with ``connect`` (so an
    encrypted database is copied with its key). ``delete_journal``: the copy stands alone, no WAL."""
    src = connect(source)
    try:
        dest = connect(target)
        try:
            src.backup(dest)
            if delete_journal:
                dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    finally:
        src.close()


def list_backups(db_path: Path) -> list[Path]:
    """Backups of ``db_path``, newest first."""
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{_PREFIX}*{_SUFFIX}"), reverse=True)


def backup_now(
    db_path: Path, *, now: datetime | None = None, connect: RawConnect = _plain_connect
) -> Path:
    """Write a consistent copy of ``db_path`` into its ``backups/`` folder and rotate old ones."""
    now = now or datetime.now()
    folder = backup_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = folder / f"{_PREFIX}{now.strftime(_STAMP)}{_SUFFIX}"
    temp = target.with_name(target.name + ".part")
    rotate(db_path)  # also before: a crash between rename and rotation never lets copies pile up
    private_file(temp)
    try:
        copy_database(db_path, temp, connect, delete_journal=True)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
        fsync_directory(folder)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    rotate(db_path)
    return target


def rotate(db_path: Path, keep: int = KEEP_BACKUPS) -> None:
    for old in list_backups(db_path)[keep:]:
        old.unlink(missing_ok=True)
    # a backup interrupted by a crash leaves its temporary file: never a backup, just litter
    for litter in backup_dir_for(db_path).glob(f"{_PREFIX}*{_SUFFIX}.part"):
        litter.unlink(missing_ok=True)


def newest_good_backup(db_path: Path, connect: RawConnect = _plain_connect) -> Path | None:
    """The newest backup of ``db_path`` that passes an integrity check (walks newest first)."""
    for candidate in list_backups(db_path):
        if not integrity_problems(candidate, connect):
            return candidate
    return None


def backup_time(path: Path) -> datetime | None:
    """When a backup was taken, read from its name (``None`` for another file)."""
    stamp = path.name.removeprefix(_PREFIX).removesuffix(_SUFFIX)
    try:
        return datetime.strptime(stamp, _STAMP)
    except ValueError:
        return None


def keep_damaged(db_path: Path, *, now: datetime | None = None) -> Path:
    """Move a damaged database (and its WAL) aside into the backups folder, never deleting it."""
    now = now or datetime.now()
    folder = backup_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = folder / f"damaged-{now.strftime(_STAMP)}{_SUFFIX}"
    for suffix in ("-wal", "-shm"):
        side = Path(str(db_path) + suffix)
        if side.exists():
            os.replace(side, Path(str(target) + suffix))
    os.replace(db_path, target)
    return target


def backup_if_due(
    db_path: Path, *, now: datetime | None = None, connect: RawConnect = _plain_connect
) -> Path | None:
    """At most one automatic backup a day (none for a database that does not exist yet)."""
    now = now or datetime.now()
    if not backup_due(db_path, now=now):
        return None
    return backup_now(db_path, now=now, connect=connect)


def backup_due(db_path: Path, *, now: datetime | None = None) -> bool:
    """True if ``db_path`` exists and has no backup from today yet."""
    now = now or datetime.now()
    if not db_path.exists():
        return False
    newest = list_backups(db_path)
    return not (newest and newest[0].name.startswith(f"{_PREFIX}{now.strftime('%Y-%m-%d')}"))


def check_marker(db_path: Path) -> Path:
    """Present when damage was met while the app ran: the next start checks the whole file."""
    return db_path.with_name(db_path.name + ".needs-check")


def integrity_problems(path: Path, connect: RawConnect = _plain_connect) -> list[str]:
    """``integrity_check`` and ``foreign_key_check`` findings; an empty list means healthy."""
    try:
        conn = connect(path)
        try:
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
            problems = [] if rows == ["ok"] else rows
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            problems += [f"foreign key: {tuple(r)}" for r in fk]
            return problems
        finally:
            conn.close()
    except (sqlite3.DatabaseError, DatabaseError) as exc:
        return [getattr(exc, "message", None) or str(exc)]
    except Exception as exc:  # sqlcipher3's own DatabaseError class
        from samordnare_desktop.db.encryption import database_errors

        if isinstance(exc, database_errors()):
            return [str(exc)]
        raise


def _keyed_for_restore(backup: Path, db_path: Path, connect: RawConnect) -> RawConnect:
    """An encrypted database restores only backups encrypted with its key, wherever they lie."""
    from samordnare_desktop.db import encryption

    key = encryption.key_for(db_path)
    if connect is not _plain_connect or (key is None and not encryption.needs_key(db_path)):
        return connect
    if key is None or not encryption.is_encrypted_file(backup):
        raise DatabaseError(
            translate(
                "database",
                "The database is encrypted but this file is not (or it is locked): restore it "
                "into an unencrypted database, or run 'decrypt' first. Nothing was changed.",
            )
        )
    return encryption.raw_connector(key)


def restore(backup: Path, db_path: Path, *, connect: RawConnect = _plain_connect) -> Path | None:
    """Replace ``db_path`` with ``backup`` (after backing up the current state, if it is readable).

    Returns where the replaced state was kept: a safety backup if it was readable, else the
    damaged file itself moved aside as ``backups/damaged-<time>.sqlite3`` (never deleted).
    """
    if not backup.is_file():
        raise DatabaseError(
            translate("database", "Backup file not found: {path}").format(path=str(backup))
        )
    connect = _keyed_for_restore(backup, db_path, connect)
    problems = integrity_problems(backup, connect)
    if problems:
        raise DatabaseError(
            translate("database", "The backup is damaged and was not restored: {detail}").format(
                detail=problems[0]
            )
        )
    safety: Path | None = None
    damaged = db_path.exists() and bool(integrity_problems(db_path, connect))
    if db_path.exists() and not damaged:
        safety = backup_now(db_path, now=datetime.now(), connect=connect)
    temp = db_path.with_name(db_path.name + ".restore")
    temp.unlink(missing_ok=True)
    private_file(temp)
    try:
        copy_database(backup, temp, connect)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if damaged:
        safety = keep_damaged(db_path)  # only now that the good copy is whole on disk
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(temp, db_path)
    fsync_directory(db_path.parent)
    return safety
