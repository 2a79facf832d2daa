"""A database opened only to read, without a session: what ``export agenda`` reads through
(issue #15: the command line's export at a few times ReportLab's own start).

:func:`open_for_reading` gives a read-only DB-API connection when the file needs nothing done at
open: a database of this app (plaintext, or SQLCipher with its key unlocked) with its identity
where it is, no crash to look at (a write-ahead log with content, a damage marker), no litter or
older drafts to tidy, and a schema that is current (``alembic_version`` read directly; a newer
one is refused with the open's own line). Anything else returns None, and the command opens the full session
(``session.AppSession``: upgrade, identity, checks, seeding), which says what is wrong exactly
as before. No SQLAlchemy is imported here, no reference data is seeded and nothing is purged: a
read changes nothing. The instance lock (handed in: ``instance_lock.InstanceLock``, a layer
beside this one) is held as a session holds it, so a database open in a window is refused with
the same line.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import suppress
from pathlib import Path
from typing import Any

from samordnare_desktop.db import backup, encryption, identity, migrate
from samordnare_desktop.domain.errors import CorruptDatabaseError
from samordnare_desktop.i18n import translate


def _needs_full_open(path: Path, key: bytes | None) -> bool:
    """What only the full open handles: anything but a tidy file of this app, plaintext or
    encrypted with its key unlocked (``key``)."""
    try:
        if not path.is_file() or path.stat().st_size == 0 or backup.is_backup_file(path):
            return True
        if key is not None or encryption.needs_key(path) or encryption.is_encrypted_file(path):
            # SQLCipher: only with its key, its key file and an encrypted file (else the full
            # open refuses with its own words, or finishes what an interrupted run began)
            if key is None or not encryption.needs_key(path):
                return True
            if not encryption.is_encrypted_file(path):
                return True
        elif identity.header_application_id(path) != identity.APPLICATION_ID:
            return True  # another program's file, an older one of ours, a damaged one
        wal = Path(str(path) + "-wal")
        if (wal.exists() and wal.stat().st_size > 0) or backup.check_marker(path).exists():
            return True  # a crash or damage met: the full open checks the file first
        litter = (".restore", ".restore-journal", ".restore-wal", ".restore-shm")
        if any(Path(str(path) + s).exists() for s in (*litter, identity.CREATING_SUFFIX)):
            return True
        if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            return True  # read-only: the session's open says so in its words
    except OSError:
        return True
    from samordnare_desktop.db.legacy_drafts import legacy_drafts

    return bool(legacy_drafts(path))  # drafts from before per-database folders: adopted there


class ReadingDatabase:
    """The instance lock and a read-only connection; ``with`` gives the connection and closes
    both (the side files a read-only look leaves behind are removed, as they were not there)."""

    def __init__(self, path: Path, lock: Any, conn: sqlite3.Connection, no_wal: Any) -> None:
        self.path = path
        self._lock = lock
        self._conn = conn
        self._no_wal = no_wal  # identity.leave_no_wal, entered before the connection opened

    def __enter__(self) -> sqlite3.Connection:
        return self._conn

    def __exit__(self, exc_type: Any, exc: Any, _tb: Any) -> None:
        try:
            self._conn.close()
            self._no_wal.__exit__(None, None, None)
        finally:
            self._lock.release()
        if isinstance(exc, Exception) and isinstance(exc, encryption.database_errors()):
            raise_if_damaged(exc, self.path)


def raise_if_damaged(exc: BaseException, path: Path | None) -> None:
    """A damaged page met while working: say so plainly (the next start offers a backup)."""
    if path is None:  # a server: its own administrator repairs it
        return
    text = str(exc).lower()
    if "malformed" in text or "not a database" in text:
        with suppress(OSError):  # the next start checks the whole file (startup.check_due)
            path.with_name(path.name + ".needs-check").touch()
        raise CorruptDatabaseError(
            translate(
                "database",
                "The database file is damaged, so this could not be completed. Close Samordnare "
                "Desktop: at the next start it offers to restore the newest backup that passes "
                "an integrity check.",
            )
        ) from exc


def open_for_reading(path: Path, lock: Any) -> ReadingDatabase | None:
    """``path`` opened read-only under ``lock`` (an ``InstanceLock`` for it, not yet acquired),
    or None: the full open is needed."""
    path = Path(path)
    key = encryption.key_for(path)
    if _needs_full_open(path, key):
        return None
    lock.acquire()  # held elsewhere: the same refusal as a session's
    no_wal = identity.leave_no_wal(path)
    no_wal.__enter__()
    try:
        conn = encryption.connect_raw(path, key, readonly=True)
        try:
            current = _current(path, key, conn)
        except BaseException:
            conn.close()
            raise
        if current:
            return ReadingDatabase(path, lock, conn, no_wal)
        conn.close()
    except BaseException as exc:
        if not (isinstance(exc, Exception) and isinstance(exc, encryption.database_errors())):
            no_wal.__exit__(None, None, None)
            lock.release(remove=True)
            raise
        # else: a file the driver cannot read; the full open explains it
    no_wal.__exit__(None, None, None)
    lock.release(remove=True)  # the session takes it again (and knows it made the file)
    return None


def _current(path: Path, key: bytes | None, conn: sqlite3.Connection) -> bool:
    """Ours, where its identity says, with the current schema; a newer schema is refused."""
    found = identity.inspect(path, key, conn)
    if found.kind is identity.Kind.FOREIGN or not found.database_id:
        return False  # not ours, new, or a copy: the full open refuses or gives it its own id
    if identity.origin_outdated(path, found):
        return False  # moved or renamed: the full open records where it is now
    status = migrate.inspect_schema(path, conn)
    migrate.refuse_too_new(status)  # the open's own line: nothing was changed
    migrate.refuse_foreign_schema(status, path)
    return status.state is migrate.SchemaState.CURRENT
