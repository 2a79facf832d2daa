"""Consistent copies through SQLite's backup API, daily rotation, restore and integrity checks.

A plain file copy of a live WAL database can be torn; the backup API copies a consistent
snapshot. Backups are written to a temporary name and renamed, so a crash never leaves a
half-written backup that looks whole.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from samordnare_desktop import give_way
from samordnare_desktop.db import identity
from samordnare_desktop.domain.errors import DatabaseError
from samordnare_desktop.files import fsync_directory, os_error_reason, private_dir
from samordnare_desktop.files import private_file as private_file  # re-exported
from samordnare_desktop.i18n import translate
from samordnare_desktop.paths import backup_dir_for

KEEP_BACKUPS = 14
KEEP_DAMAGED = KEEP_BACKUPS  # damaged copies moved aside are whole databases: rotated alike
_SUFFIX = ".sqlite3"
_STAMP = "%Y-%m-%dT%H%M%S-%f"  # microseconds: two backups in one second never collide
_STAMP_RE = r"\d{4}-\d{2}-\d{2}T\d{6}-\d{6}"
# <database file name>-<database id>-<time>.sqlite3, and damaged-<the same> for damaged copies
_NAME = re.compile(rf"^(?P<db>.+)-(?P<id>[0-9a-f]{{32}})-(?P<stamp>{_STAMP_RE})\.sqlite3$")
_DAMAGED = re.compile(
    rf"^damaged-(?P<db>.+)-(?P<id>[0-9a-f]{{32}})-(?P<stamp>{_STAMP_RE})\.sqlite3$"
)
# before databases had an identity: one name for every database in the folder
_LEGACY = re.compile(rf"^(?P<kind>samordnare|damaged)-(?P<stamp>{_STAMP_RE})\.sqlite3$")
_ID_IN_NAME = re.compile(r"-([0-9a-f]{32})-")

RawConnect = Callable[[Path], sqlite3.Connection]


def _plain_connect(path: Path) -> sqlite3.Connection:
    """Open ``path`` with the key unlocked for its database (plain sqlite3 when unencrypted)."""
    from samordnare_desktop.db.encryption import connect_raw, key_for

    return connect_raw(path, key_for(path))


# the pages SQLite's backup copies in one step (4 MB; a step takes some 6 ms)
BACKUP_STEP_PAGES = 1024


def _between_steps(_status: int, _remaining: int, _total: int) -> None:
    give_way.checkpoint()


def copy_database(
    source: Path, target: Path, connect: RawConnect, *, delete_journal: bool = False
) -> None:
    """SQLite's online backup of ``source`` into ``target``, both opened with ``connect`` (so an
    encrypted database is copied with its key). ``delete_journal``: the copy stands alone, no WAL."""
    src = connect(source)
    try:
        dest = connect(target)
        try:
            # in steps: between two, work that can wait gives way to the user (give_way)
            src.backup(dest, pages=BACKUP_STEP_PAGES, progress=_between_steps)
            if delete_journal:
                dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    finally:
        src.close()


def owner_id(db_path: Path) -> str | None:
    """The identity that names ``db_path``'s backups.

    Read from the database (or remembered from earlier in this process); when the file cannot be
    read (damaged, missing, still locked), the id of the newest backup made under its file name.
    """
    found = identity.database_id(db_path)
    if found:
        return found
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return None
    newest: tuple[str, str] | None = None
    for path in folder.iterdir():
        match = _DAMAGED.match(path.name) or _NAME.match(path.name)
        if match and match["db"] == db_path.name and (newest is None or match["stamp"] > newest[0]):
            newest = (match["stamp"], match["id"])
    return newest[1] if newest else None


def id_in_name(name: str) -> str | None:
    """The database id a backup's (or damaged copy's, or temporary file's) name carries."""
    match = _ID_IN_NAME.search(name)
    return match.group(1) if match else None


def _own(db_path: Path, pattern: re.Pattern[str]) -> list[Path]:
    database_id = owner_id(db_path)
    folder = backup_dir_for(db_path)
    if database_id is None or not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if (
            match
            and match["id"] == database_id
            and (pattern is _DAMAGED or not _DAMAGED.match(path.name))
        ):
            found.append((match["stamp"], path))
    return [path for _stamp, path in sorted(found, reverse=True)]


def list_backups(db_path: Path) -> list[Path]:
    """Backups of ``db_path`` (found by its identity, never another database's), newest first."""
    return _own(db_path, _NAME)


def list_damaged(db_path: Path) -> list[Path]:
    """Damaged copies of ``db_path`` moved aside by a restore, newest first."""
    return _own(db_path, _DAMAGED)


def _name_for(db_path: Path, database_id: str, now: datetime, *, damaged: bool = False) -> str:
    name = f"{db_path.name}-{database_id}-{now.strftime(_STAMP)}{_SUFFIX}"
    return f"damaged-{name}" if damaged else name


def _require_id(db_path: Path) -> str:
    database_id = owner_id(db_path)
    if database_id is None:
        raise DatabaseError(
            translate(
                "database",
                "{path} cannot be read, so no backup of it was made. Nothing was changed.",
            ).format(path=str(db_path))
        )
    return database_id


def _backup_folder(db_path: Path) -> Path:
    """``db_path``'s backups folder, made if missing (the owner's only). A file (or anything
    else that is not a folder) of that name is refused in words, and left as it is."""
    folder = backup_dir_for(db_path)
    try:
        return private_dir(folder)
    except (FileExistsError, NotADirectoryError) as exc:
        raise DatabaseError(
            translate(
                "database",
                "{path} is a file, not a folder: Samordnare Desktop keeps the database's backups "
                "in a folder of that name, so no backup could be made. Nothing was changed. Move "
                "or rename that file (it may belong to something else), then try again.",
            ).format(path=str(folder))
        ) from exc


_EXCLUSIVE: dict[Path, threading.RLock] = {}
_EXCLUSIVE_GUARD = threading.Lock()


@contextmanager
def exclusive(db_path: Path) -> Iterator[None]:
    """``db_path``'s backups written or rewritten by one thread of this process at a time (other
    processes are kept out by the instance lock): a day's backup taken in the background while
    a person is erased from the database and its backups either ends before the erasure cleans
    the backups, or starts after it (its copy would otherwise hold the person)."""
    key = Path(os.path.abspath(db_path))
    with _EXCLUSIVE_GUARD:
        lock = _EXCLUSIVE.setdefault(key, threading.RLock())
    if not lock.acquire(blocking=False):
        # the day's backup holds it, maybe giving way to the user (give_way): this one, the
        # user's own "Back up now" or an erasure, waits for it, so it goes on at once
        give_way.want_every()
        lock.acquire()
    try:
        yield
    finally:
        lock.release()


def unwritable_error(exc: OSError, path: Path) -> DatabaseError:
    """A backup refused by the file system (no permission, a read-only drive), in words."""
    return DatabaseError(
        translate("database", "Could not use {path}: {reason}.").format(
            path=str(exc.filename or path), reason=os_error_reason(exc)
        )
    )


def backup_now(
    db_path: Path, *, now: datetime | None = None, connect: RawConnect = _plain_connect
) -> Path:
    """Write a consistent copy of ``db_path`` into its ``backups/`` folder and rotate old ones
    (one backup or erasure at a time: :func:`exclusive`). A file system that refuses it (no
    permission, read-only) is said in words."""
    import errno

    with exclusive(db_path):
        try:
            return _backup_now(db_path, now or datetime.now(), connect)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise unwritable_error(exc, backup_dir_for(db_path)) from exc
            raise


def _backup_now(db_path: Path, now: datetime, connect: RawConnect) -> Path:
    folder = _backup_folder(db_path)
    target = folder / _name_for(db_path, _require_id(db_path), now)
    temp = target.with_name(target.name + ".part")
    rotate(db_path)  # also before: a crash between rename and rotation never lets copies pile up
    try:
        private_file(temp)
        copy_database(db_path, temp, connect, delete_journal=True)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
        fsync_directory(folder)
    except BaseException as exc:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(str(temp) + suffix).unlink(missing_ok=True)
        raise_if_disk_full(exc)
        raise
    rotate(db_path)
    return target


def disk_full_error() -> DatabaseError:
    return DatabaseError(
        translate(
            "database",
            "The disk is full (or cannot be written), so this could not be completed. Nothing "
            "was changed; free some space and try again.",
        )
    )


def is_disk_full(exc: BaseException) -> bool:
    import errno

    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return True
    text = str(exc).lower()
    return any(
        words in text
        for words in ("database or disk is full", "no space left", "disk i/o error", "too large")
    )


def raise_if_disk_full(exc: BaseException) -> None:
    if is_disk_full(exc):
        raise disk_full_error() from exc


def _remove_copy(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def rotate(db_path: Path, keep: int = KEEP_BACKUPS) -> None:
    """Keep ``db_path``'s newest backups and damaged copies; remove its interrupted temporaries.

    Only this database's files: another database's backups in the same folder are not counted.
    """
    for old in list_backups(db_path)[keep:]:
        _remove_copy(old)
    for old in list_damaged(db_path)[KEEP_DAMAGED:]:
        _remove_copy(old)
    # a backup interrupted by a crash leaves its temporary file (and SQLite's journal of it):
    # never a backup, just litter
    database_id = owner_id(db_path)
    folder = backup_dir_for(db_path)
    if database_id is None or not folder.is_dir():
        return
    for litter in folder.glob(f"*-{database_id}-*{_SUFFIX}.part*"):
        litter.unlink(missing_ok=True)


def adopt_legacy(db_path: Path, database_id: str) -> int:
    """Backups from before databases had an identity (``samordnare-<time>.sqlite3``, shared by
    every database in the folder) are renamed for ``db_path`` when it is the only database there.

    With several databases side by side no one can tell whose they are: they stay as they are,
    used by none. Returns how many were adopted.
    """
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return 0
    legacy = [(p, _LEGACY.match(p.name)) for p in folder.iterdir()]
    legacy = [(p, m) for p, m in legacy if m]
    from samordnare_desktop.db.legacy_drafts import other_databases

    if not legacy or other_databases(db_path):
        return 0
    for path, match in legacy:
        stamp = _parse_stamp(match["stamp"])
        target = folder / _name_for(db_path, database_id, stamp, damaged=match["kind"] == "damaged")
        for suffix in ("-wal", "-shm"):
            side = Path(str(path) + suffix)
            if side.exists():
                os.replace(side, Path(str(target) + suffix))
        os.replace(path, target)
    fsync_directory(folder)
    return len(legacy)


def adopt_legacy_drafts(db_path: Path) -> int:
    """Drafts from before each database had its own drafts folder move into ``db_path``'s when
    they are provably its own (:mod:`samordnare_desktop.db.legacy_drafts`). Returns how many."""
    from samordnare_desktop.db import legacy_drafts

    return legacy_drafts.adopt(db_path)


def newest_good_backup(db_path: Path, connect: RawConnect = _plain_connect) -> Path | None:
    """The newest backup of ``db_path`` that passes an integrity check (walks newest first).

    A file whose name says it is this database's but whose inside says otherwise (a backup
    opened by hand with ``--db`` and so given an id of its own) is passed over."""
    own = owner_id(db_path)
    for candidate in list_backups(db_path):
        inside = _id_inside(candidate, connect)
        if inside is not None and own is not None and inside != own:
            continue
        if not integrity_problems(candidate, connect):
            return candidate
    return None


def _id_inside(path: Path, connect: RawConnect) -> str | None:
    try:
        conn = connect(path)
        try:
            return identity.classify(conn).database_id
        finally:
            conn.close()
    except Exception:  # unreadable: the integrity check says so
        return None


def is_backup_file(path: Path) -> bool:
    """A file in a backups folder named as a backup or damaged copy is one, not a database."""
    from samordnare_desktop.paths import BACKUP_DIRNAME

    name = Path(path).name
    return Path(path).parent.name == BACKUP_DIRNAME and bool(
        _NAME.match(name) or _DAMAGED.match(name) or _LEGACY.match(name)
    )


def _parse_stamp(stamp: str) -> datetime:
    """A name's stamp (``_STAMP``, as ``_STAMP_RE`` matched it) as a datetime; ValueError for
    an impossible date or time. By hand, not ``strptime``: its first call in a process builds
    the locale's month and day names and compiles its patterns (~5-10 ms of every start, which
    looks at the newest backup's date)."""
    return datetime(
        int(stamp[0:4]),
        int(stamp[5:7]),
        int(stamp[8:10]),
        int(stamp[11:13]),
        int(stamp[13:15]),
        int(stamp[15:17]),
        int(stamp[18:24]),
    )


def backup_time(path: Path) -> datetime | None:
    """When a backup was taken, read from its name (``None`` for another file)."""
    match = _DAMAGED.match(path.name) or _NAME.match(path.name) or _LEGACY.match(path.name)
    if match is None:
        return None
    try:
        return _parse_stamp(match["stamp"])
    except ValueError:
        return None


def keep_damaged(
    db_path: Path, *, now: datetime | None = None, database_id: str | None = None
) -> Path:
    """Move a damaged database (and its WAL) aside into the backups folder, never deleting it.

    Named for the database (``database_id`` when its own cannot be read any more), so encrypt,
    erase and rotation find it.
    """
    now = now or datetime.now()
    folder = _backup_folder(db_path)
    database_id = owner_id(db_path) or database_id or identity.new_id()
    target = folder / _name_for(db_path, database_id, now, damaged=True)
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
    taken = backup_time(newest[0]) if newest else None
    return taken is None or taken.date() != now.date()


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


def _refuse_strange_backup(backup: Path, db_path: Path, connect: RawConnect) -> str | None:
    """Refuse (one line, nothing changed) a file that is not a Samordnare database, one from a
    newer version, or a backup of another database; returns the backup's database id."""
    from samordnare_desktop.db.migrate import script_revisions

    identity.refuse_foreign(db_path)  # the live file is another program's: not ours to replace
    if backup.stat().st_size == 0:
        raise DatabaseError(
            translate(
                "database", "{path} is an empty file (0 bytes), not a backup. Nothing was changed."
            ).format(path=str(backup))
        )
    try:
        conn = connect(backup)
        try:
            found = identity.classify(conn)
            revisions: set[str] = set()
            if found.kind is identity.Kind.OURS:
                revisions = {
                    str(r[0]) for r in conn.execute("SELECT version_num FROM alembic_version")
                }
        finally:
            conn.close()
    except DatabaseError:
        raise
    except Exception as exc:
        from samordnare_desktop.db.encryption import database_errors

        if isinstance(exc, database_errors()):
            return None  # unreadable: the integrity check says so
        raise
    if found.kind in (identity.Kind.FOREIGN, identity.Kind.NEW):
        raise identity.foreign_error(backup)
    if revisions - set(script_revisions()):
        raise DatabaseError(
            translate(
                "database",
                "{path} was written by a newer version of Samordnare Desktop and cannot be "
                "restored by this one. Nothing was changed.",
            ).format(path=str(backup))
        )
    own = identity.database_id(db_path) if db_path.exists() else None
    if own and found.database_id and found.database_id != own:
        raise DatabaseError(
            translate(
                "database",
                "{path} is a backup of another database, not of {db}. Nothing was changed.",
            ).format(path=str(backup), db=str(db_path))
        )
    return found.database_id


def restore(backup: Path, db_path: Path, *, connect: RawConnect = _plain_connect) -> Path | None:
    """Replace ``db_path`` with ``backup`` (after backing up the current state, if it is readable).

    Returns where the replaced state was kept: a safety backup if it was readable, else the
    damaged file itself moved aside as ``backups/damaged-<time>.sqlite3`` (never deleted).
    """
    if not backup.is_file():
        raise DatabaseError(
            translate("database", "Backup file not found: {path}").format(path=str(backup))
        )
    identity.refuse_other_names(db_path)  # the other names would keep the replaced state
    connect = _keyed_for_restore(backup, db_path, connect)
    backup_id = _refuse_strange_backup(backup, db_path, connect)
    problems = integrity_problems(backup, connect)
    if problems:
        raise DatabaseError(
            translate("database", "The backup is damaged and was not restored: {detail}").format(
                detail=problems[0]
            )
        )
    # The backup is copied before the safety backup is taken: that one rotates old backups and
    # may delete the very file being restored (the crash loop restored an emptied copy once).
    temp = db_path.with_name(db_path.name + ".restore")
    temp.unlink(missing_ok=True)
    private_file(temp)
    try:
        copy_database(backup, temp, connect)
        if backup_id is None:  # an old backup: it takes the identity of the database it restores
            conn = connect(temp)
            try:
                conn.isolation_level = None
                identity.ensure(conn, owner_id(db_path) or id_in_name(backup.name))
            finally:
                conn.close()
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
    except BaseException as exc:
        _remove_copy(temp)
        raise_if_disk_full(exc)
        raise
    safety: Path | None = None
    emptied = db_path.is_file() and db_path.stat().st_size == 0  # nothing in it to keep
    damaged = db_path.exists() and not emptied and bool(integrity_problems(db_path, connect))
    if db_path.exists() and not damaged and not emptied:
        try:
            safety = backup_now(db_path, now=datetime.now(), connect=connect)
        except BaseException:
            _remove_copy(temp)
            raise
    if damaged:
        safety = keep_damaged(
            db_path, database_id=backup_id
        )  # only now that the good copy is whole on disk
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(temp, db_path)
    fsync_directory(db_path.parent)
    return safety
