"""Which database a file is: "this is ours" and "this is that one".

- **Ours.** Every Samordnare database carries SQLite's ``application_id`` :data:`APPLICATION_ID`
  in its header. A database from before this existed (``application_id`` 0) is recognised by its
  ``alembic_version`` naming only revisions this app ships, and gets the id on its first open. Any
  other file with tables (a browser's ``places.sqlite``, another program's Alembic database) is
  *foreign*: every command refuses it with one line, before a byte of it is written.
- **That one.** Each database holds a random UUID in the one-row table :data:`TABLE` (created
  when the database is first opened; not a model, so it is no part of the schema the migrations
  build). A backup is a copy, so it carries the same UUID inside, and its file name carries it
  too: backups, damaged copies and drafts are found by it, and two databases side by side in one
  folder never see each other's files.
"""

from __future__ import annotations

import contextlib
import enum
import os
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from samordnare_desktop.domain.errors import DatabaseError
from samordnare_desktop.i18n import translate

APPLICATION_ID = 0x53414D44  # "SAMD"
TABLE = "samordnare_identity"
_ID_KEY = "database_id"
_ORIGIN_PATH, _ORIGIN_DEVICE, _ORIGIN_INODE = "origin_path", "origin_device", "origin_inode"
_HEX = re.compile(r"^[0-9a-f]{32}$")

_KNOWN: dict[tuple[str, int, int], str] = {}  # (path, device, inode) -> id, for damaged files


class Kind(enum.Enum):
    NEW = "new"  # no file, an empty file, or a database without any table
    OURS = "ours"  # application_id set (the UUID may still be missing if made by hand)
    LEGACY = "legacy"  # a Samordnare database from before the identity: gets one when opened
    FOREIGN = "foreign"  # another program's file, or a database this app cannot recognise


@dataclass(frozen=True)
class Origin:
    """Where the file was when its identity was made or last confirmed (path, device, inode)."""

    path: str
    device: int
    inode: int


@dataclass(frozen=True)
class Identity:
    kind: Kind
    database_id: str | None = None
    origin: Origin | None = None
    # the UUID inside belongs to another file (this one is a copy of it): read-only callers see
    # no id (no backups, no drafts of the original); the next open gives the copy its own
    copied: bool = False


def _file_key(path: Path) -> tuple[str, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (str(Path(path).resolve()), st.st_dev, st.st_ino)


def classify(conn: Any) -> Identity:
    """What the open DB-API connection ``conn`` is (read-only queries only)."""
    from samordnare_desktop.db.migrate import script_revisions

    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    tables = {
        str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    database_id = None
    origin = None
    if TABLE in tables:
        values = {str(r[0]): str(r[1]) for r in conn.execute(f"SELECT name, value FROM {TABLE}")}
        if _HEX.match(values.get(_ID_KEY, "")):
            database_id = values[_ID_KEY]
        origin = _origin_from(values)
    if app_id == APPLICATION_ID:
        return Identity(Kind.OURS, database_id, origin)
    if app_id != 0:
        return Identity(Kind.FOREIGN)
    if not tables:
        return Identity(Kind.NEW)
    if "alembic_version" in tables:
        revisions = {str(r[0]) for r in conn.execute("SELECT version_num FROM alembic_version")}
        if revisions and revisions <= set(script_revisions()):
            return Identity(Kind.LEGACY, database_id, origin)
    return Identity(Kind.FOREIGN)


def _origin_from(values: dict[str, str]) -> Origin | None:
    try:
        return Origin(values[_ORIGIN_PATH], int(values[_ORIGIN_DEVICE]), int(values[_ORIGIN_INODE]))
    except (KeyError, ValueError):
        return None


def _here(path: Path) -> Origin | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return Origin(str(Path(path).resolve()), st.st_dev, st.st_ino)


# --- copies ---------------------------------------------------------------------------------
# A copy of a database (``cp``, a file manager, a backup copied out of backups/) carries the
# original's UUID inside. Two files with one UUID would share backups and drafts, so a copy is
# told apart from the original and a moved one:
# - the file is where its identity was recorded (same path: the app rewrote it, e.g. encrypt or
#   restore), or it is the recorded inode (under any name: a hard link, a rename): the original;
# - otherwise it is a copy when another file in its folder (not the same inode) still holds the
#   same UUID; else it was moved (or copied to another folder, whose backups and drafts are its
#   own) and keeps its identity, backups and all.
def is_copy(path: Path, found: Identity, key: bytes | None) -> bool:
    here = _here(path)
    if here is None or not found.database_id:
        return False
    origin = found.origin
    if origin is not None and (
        (origin.device, origin.inode) == (here.device, here.inode) or origin.path == here.path
    ):
        return False
    if not _twin_exists(path, found.database_id, origin, key):
        return False
    if origin is None:  # identity made before origins were recorded: its backups' name decides
        return not _backups_named_for(path, found.database_id)
    return True


def _twin_exists(path: Path, database_id: str, origin: Origin | None, key: bytes | None) -> bool:
    """Another file in ``path``'s folder with the same UUID. Only there: backups and drafts are
    per folder, so a copy elsewhere (a folder copied whole, backups and all, to a USB stick)
    shares nothing with the original and keeps the id its copied backups are named by."""
    folder = Path(path).parent
    candidates = []
    if origin is not None and Path(origin.path).parent == folder.resolve():
        candidates.append(Path(origin.path))
    candidates += _databases_in(folder)
    seen: set[tuple[int, int]] = set()
    for candidate in candidates:
        try:
            st = os.stat(candidate)
            if not candidate.is_file() or os.path.samefile(candidate, path):
                continue
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in seen:
            continue
        seen.add((st.st_dev, st.st_ino))
        with leave_no_wal(candidate):  # a neighbour is only looked at, never left changed
            if read_id(candidate, key) == database_id:
                return True
    return False


def _databases_in(folder: Path) -> list[Path]:
    """SQLite files in ``folder`` (and encrypted ones with a key file beside them)."""
    from samordnare_desktop.db.encryption import SQLITE_HEADER
    from samordnare_desktop.db.keys import KEY_FILE_SUFFIX

    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        name = entry.name
        if name.endswith(("-wal", "-shm", "-journal", ".lock", KEY_FILE_SUFFIX)):
            continue
        try:
            if not entry.is_file():
                continue
            if Path(str(entry) + KEY_FILE_SUFFIX).exists():
                found.append(entry)
                continue
            with open(entry, "rb") as handle:
                if handle.read(16) == SQLITE_HEADER:
                    found.append(entry)
        except OSError:
            continue
    return found


def read_id(path: Path, key: bytes | None) -> str | None:
    """The UUID inside another file (read-only), or None when it cannot be read."""
    from samordnare_desktop.db.encryption import (
        SQLITE_HEADER,
        connect_raw,
        database_errors,
        key_for,
    )

    try:
        with open(path, "rb") as handle:
            plain = handle.read(16) == SQLITE_HEADER
        use = None if plain else (key_for(path) or key)
        if not plain and use is None:
            return None
        conn = connect_raw(path, use, readonly=True)
        try:
            row = conn.execute(f"SELECT value FROM {TABLE} WHERE name = ?", (_ID_KEY,)).fetchone()
        finally:
            conn.close()
    except (OSError, DatabaseError, *database_errors()):
        return None
    return str(row[0]) if row and _HEX.match(str(row[0])) else None


def _backups_named_for(path: Path, database_id: str) -> bool:
    from samordnare_desktop.paths import backup_dir_for

    folder = backup_dir_for(path)
    return folder.is_dir() and any(folder.glob(f"{Path(path).name}-{database_id}-*"))


def origin_outdated(path: Path, found: Identity) -> bool:
    """Whether the recorded origin should be brought up to date (the file was rewritten in
    place, renamed or moved). A hard link's second name leaves it as it is."""
    here = _here(path)
    if here is None or not found.database_id:
        return False
    origin = found.origin
    if origin is None or origin == here:
        return origin is None
    if (origin.device, origin.inode) == (here.device, here.inode):
        try:  # the recorded name still leads to this very file: a hard link, nothing to do
            return not os.path.samefile(origin.path, path)
        except OSError:
            return True
    return True


def _write_origin(conn: Any, path: Path) -> None:
    here = _here(path)
    if here is None:
        return
    conn.executemany(
        f"INSERT OR REPLACE INTO {TABLE} (name, value) VALUES (?, ?)",
        [
            (_ORIGIN_PATH, here.path),
            (_ORIGIN_DEVICE, str(here.device)),
            (_ORIGIN_INODE, str(here.inode)),
        ],
    )


def record_origin(conn: Any, path: Path) -> None:
    """Record where the database on ``conn`` (DB-API, no transaction open) is now."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            f"CREATE TABLE IF NOT EXISTS {TABLE} (name TEXT PRIMARY KEY, value TEXT NOT NULL)"
        )
        _write_origin(conn, path)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def inspect(path: Path, key: bytes | None = None, conn: Any | None = None) -> Identity:
    """Read ``path``'s identity without writing to it. Raises the driver's error if unreadable.

    ``conn``: a connection to ``path`` already open (start-up opens the file once), else one is
    opened read-only for this."""
    from samordnare_desktop.db.encryption import connect_raw

    if not path.exists() or path.stat().st_size == 0:
        return Identity(Kind.NEW)
    if conn is not None:
        found = classify(conn)
    else:
        own = connect_raw(path, key, readonly=True)
        try:
            found = classify(own)
        finally:
            own.close()
    if found.database_id and is_copy(path, found, key):
        return Identity(found.kind, None, found.origin, copied=True)
    if found.database_id:
        remember(path, found.database_id)
    return found


def header_application_id(path: Path) -> int | None:
    """The ``application_id`` in a plaintext SQLite file's header (bytes 68-71), read as a file,
    without opening a database connection; None for anything else (encrypted, short, missing)."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError:
        return None
    if len(header) < 100 or not header.startswith(b"SQLite format 3\0"):
        return None
    return int.from_bytes(header[68:72], "big")


def foreign_error(path: Path) -> DatabaseError:
    return DatabaseError(
        translate(
            "database",
            "{path} is not a Samordnare Desktop database (it belongs to another program). "
            "Nothing was changed.",
        ).format(path=str(path))
    )


def empty_error(path: Path) -> DatabaseError:
    return DatabaseError(
        translate(
            "database",
            "{path} is an empty file (0 bytes), not a Samordnare Desktop database. Nothing was "
            "changed. Give the path of your database; if this was it, run 'restore "
            "--latest-good'; to start a new database here, delete the empty file first.",
        ).format(path=str(path))
    )


def empty_database_error(path: Path) -> DatabaseError:
    return DatabaseError(
        translate(
            "database",
            "{path} is an empty SQLite database made by another program, not a Samordnare "
            "Desktop database. Nothing was changed.",
        ).format(path=str(path))
    )


def refuse_foreign(path: Path, *, allow_empty: bool = True) -> None:
    """Refuse another program's file with one line (nothing written). A file that cannot be read
    (damaged, or encrypted and still locked) is left to the callers' own handling.

    ``allow_empty=False`` (every command but restore, which may put a backup into an emptied
    file): an existing empty file, or an SQLite database without a table and without this app's
    ``application_id``, is refused too; only a path where no file exists becomes a new database.
    """
    from samordnare_desktop.db.encryption import database_errors, key_for, needs_key

    if not allow_empty and path.is_file() and path.stat().st_size == 0:
        raise empty_error(path)
    key = key_for(path)
    if key is None and needs_key(path):
        return
    try:
        found = inspect(path, key)
    except (DatabaseError, *database_errors()):
        return
    if found.kind is Kind.FOREIGN:
        raise foreign_error(path)
    if not allow_empty and found.kind is Kind.NEW and path.exists():
        raise empty_database_error(path)


def refuse_not_ours(path: Path) -> None:
    """Everything but a Samordnare database (or a path where no file is yet) is refused."""
    refuse_foreign(path, allow_empty=False)


def create_file(path: Path) -> None:
    """Make a new, empty database file at ``path`` (which does not exist) that is marked as ours
    from its first byte: written as ``<name>.creating``, stamped with :data:`APPLICATION_ID`,
    synced, then renamed. A crash leaves either no file or one that the next start completes;
    never an empty file that could be someone else's."""
    import sqlite3

    from samordnare_desktop.files import fsync_directory, private_file

    temp = path.with_name(path.name + CREATING_SUFFIX)
    temp.unlink(missing_ok=True)
    private_file(temp)
    conn = sqlite3.connect(temp)
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.commit()
    finally:
        conn.close()
    with open(temp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temp, path)
    fsync_directory(path.parent)


CREATING_SUFFIX = ".creating"


def refuse_other_names(path: Path) -> None:
    """A database that is one file under several names (hard links) is not replaced under one of
    them: encrypt, decrypt and restore put a new file in its place, which would leave the other
    names holding the old content (scrubbed to zeros by encrypt, or an older state by restore)."""
    try:
        links = os.stat(path).st_nlink
    except OSError:
        return
    if links > 1:
        raise DatabaseError(
            translate(
                "database",
                "{path} is one file under {count} names (hard links). It is not replaced under "
                "one name only, which would leave the others behind. Remove the other names "
                "(keep this one), then try again. Nothing was changed.",
            ).format(path=str(path), count=links)
        )


def new_id() -> str:
    return uuid.uuid4().hex


def ensure(
    conn: Any, preferred: str | None = None, *, path: Path | None = None, renew: bool = False
) -> str:
    """Give the database on ``conn`` (a DB-API connection, no transaction open) its identity.

    One transaction: ``application_id`` and the UUID row (``preferred`` if it has none yet, e.g.
    the id of the database a restored old backup was made from; a new one when ``renew``: a copy
    gets its own), and where the file is (``path``). Returns the database's id.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            f"CREATE TABLE IF NOT EXISTS {TABLE} (name TEXT PRIMARY KEY, value TEXT NOT NULL)"
        )
        row = conn.execute(f"SELECT value FROM {TABLE} WHERE name = ?", (_ID_KEY,)).fetchone()
        if row and _HEX.match(str(row[0])) and not renew:
            database_id = str(row[0])
        elif renew:
            database_id = new_id()
            conn.execute(
                f"INSERT OR REPLACE INTO {TABLE} (name, value) VALUES (?, ?)",
                (_ID_KEY, database_id),
            )
        else:
            database_id = preferred if preferred and _HEX.match(preferred) else new_id()
            conn.execute(
                f"INSERT OR REPLACE INTO {TABLE} (name, value) VALUES (?, ?)",
                (_ID_KEY, database_id),
            )
        if path is not None:
            _write_origin(conn, path)
        if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return database_id


def remember(path: Path, database_id: str) -> None:
    file_key = _file_key(path)
    if file_key is not None:
        _KNOWN[file_key] = database_id


def known_id(path: Path) -> str | None:
    """The id read from ``path`` earlier in this process (same file, same inode), if any."""
    file_key = _file_key(path)
    return _KNOWN.get(file_key) if file_key else None


def database_id(path: Path) -> str | None:
    """``path``'s UUID: remembered from earlier in this process, else read; None if unreadable."""
    known = known_id(path)
    if known:
        return known
    from samordnare_desktop.db.encryption import database_errors, key_for, needs_key

    key = key_for(path)
    if key is None and needs_key(path):
        return None
    try:
        return inspect(path, key).database_id
    except (DatabaseError, *database_errors()):
        return None


@contextlib.contextmanager
def leave_no_wal(path: Path) -> Iterator[None]:
    """A read-only look at a database in WAL mode makes an empty ``-wal`` and a ``-shm`` that
    it cannot remove on close: removed again when they were not there before and the log is
    still empty (nothing else had the file open), so a refused or checked file is left as it
    was found."""
    side = [Path(str(path) + suffix) for suffix in ("-wal", "-shm")]
    before = [p.exists() for p in side]
    try:
        yield
    finally:
        wal, shm = side
        with contextlib.suppress(OSError):
            if not any(before) and wal.exists() and wal.stat().st_size == 0:
                wal.unlink()
                shm.unlink(missing_ok=True)
