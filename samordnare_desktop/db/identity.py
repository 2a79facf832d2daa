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

import enum
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from samordnare_desktop.domain.errors import DatabaseError
from samordnare_desktop.i18n import translate

APPLICATION_ID = 0x53414D44  # "SAMD"
TABLE = "samordnare_identity"
_ID_KEY = "database_id"
_HEX = re.compile(r"^[0-9a-f]{32}$")

_KNOWN: dict[tuple[str, int, int], str] = {}  # (path, device, inode) -> id, for damaged files


class Kind(enum.Enum):
    NEW = "new"  # no file, an empty file, or a database without any table
    OURS = "ours"  # application_id set (the UUID may still be missing if made by hand)
    LEGACY = "legacy"  # a Samordnare database from before the identity: gets one when opened
    FOREIGN = "foreign"  # another program's file, or a database this app cannot recognise


@dataclass(frozen=True)
class Identity:
    kind: Kind
    database_id: str | None = None


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
    if TABLE in tables:
        row = conn.execute(f"SELECT value FROM {TABLE} WHERE name = ?", (_ID_KEY,)).fetchone()
        if row and _HEX.match(str(row[0])):
            database_id = str(row[0])
    if app_id == APPLICATION_ID:
        return Identity(Kind.OURS, database_id)
    if app_id != 0:
        return Identity(Kind.FOREIGN)
    if not tables:
        return Identity(Kind.NEW)
    if "alembic_version" in tables:
        revisions = {str(r[0]) for r in conn.execute("SELECT version_num FROM alembic_version")}
        if revisions and revisions <= set(script_revisions()):
            return Identity(Kind.LEGACY, database_id)
    return Identity(Kind.FOREIGN)


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


def refuse_foreign(path: Path) -> None:
    """Refuse another program's file with one line (nothing written). A file that cannot be read
    (damaged, or encrypted and still locked) is left to the callers' own handling."""
    from samordnare_desktop.db.encryption import database_errors, key_for, needs_key

    key = key_for(path)
    if key is None and needs_key(path):
        return
    try:
        found = inspect(path, key)
    except (DatabaseError, *database_errors()):
        return
    if found.kind is Kind.FOREIGN:
        raise foreign_error(path)


def new_id() -> str:
    return uuid.uuid4().hex


def ensure(conn: Any, preferred: str | None = None) -> str:
    """Give the database on ``conn`` (a DB-API connection, no transaction open) its identity.

    One transaction: ``application_id`` and the UUID row (``preferred`` if it has none yet, e.g.
    the id of the database a restored old backup was made from). Returns the database's id.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            f"CREATE TABLE IF NOT EXISTS {TABLE} (name TEXT PRIMARY KEY, value TEXT NOT NULL)"
        )
        row = conn.execute(f"SELECT value FROM {TABLE} WHERE name = ?", (_ID_KEY,)).fetchone()
        if row and _HEX.match(str(row[0])):
            database_id = str(row[0])
        else:
            database_id = preferred if preferred and _HEX.match(preferred) else new_id()
            conn.execute(
                f"INSERT OR REPLACE INTO {TABLE} (name, value) VALUES (?, ?)",
                (_ID_KEY, database_id),
            )
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
