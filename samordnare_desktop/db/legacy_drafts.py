"""Drafts from before each database had its own drafts folder, and whose they are.

Older versions kept every draft directly in ``drafts/`` beside the databases, shared by all of
them. A draft's file name carries the id of the record it edits (``contact-<uuid>.json``), so its
owner can often be known: the one database in the folder that holds that record. The rules:

- at a database's first open its drafts move into its own folder when that is unambiguous: it is
  the only database in the folder, or it alone holds the draft's record (every other database
  there could be read and does not);
- a draft whose owner cannot be known (a new record's draft, a record that two copies both hold,
  another database that cannot be read) stays where it is, offered to none; on ``encrypt`` and
  ``erase`` of any database in the folder it is treated as possibly that database's: scrubbed
  (``encrypt``: always; ``erase``: when it mentions the person), never left in the clear;
- a draft that provably belongs to another database is left for that one.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import os
import re
from pathlib import Path

from samordnare_desktop.files import fsync_directory

log = logging.getLogger(__name__)

_RECORD_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class Owner(enum.Enum):
    THIS = "this"  # the database asked about, and no other
    OTHER = "other"  # provably another database in the folder
    UNKNOWN = "unknown"


def legacy_drafts(db_path: Path) -> list[Path]:
    """The drafts directly in the common ``drafts/`` folder beside ``db_path``."""
    from samordnare_desktop.db.encryption import OLD_SUFFIX, drafts_dir

    root = drafts_dir(db_path).parent
    if not root.is_dir():
        return []
    return sorted(
        p
        for p in root.iterdir()
        if p.is_file() and not p.name.startswith(".") and not p.name.endswith(OLD_SUFFIX)
    )


def _others(db_path: Path) -> list[Path]:
    """The other databases in ``db_path``'s folder (another name of the same file is not one)."""
    found = []
    for other in other_databases(Path(db_path)):
        try:
            if os.path.samefile(other, db_path):
                continue
        except OSError:
            pass
        found.append(other)
    return found


def owner(draft: Path, db_path: Path, others: list[Path] | None = None) -> Owner:
    """Whose the old shared ``draft`` is, as far as can be known (see the module's rules)."""
    others = _others(db_path) if others is None else others
    if not others:
        return Owner.THIS  # the only database in the folder: nobody else's
    record_ids = [m.replace("-", "") for m in _RECORD_ID.findall(draft.name.lower())]
    if not record_ids:
        return Owner.UNKNOWN
    mine = _holds(db_path, record_ids)
    theirs = [_holds(other, record_ids) for other in others]
    if mine and all(held is False for held in theirs):
        return Owner.THIS
    if mine is False and any(theirs):
        return Owner.OTHER
    return Owner.UNKNOWN


def _holds(db_path: Path, record_ids: list[str]) -> bool | None:
    """Whether the database has a row with one of ``record_ids``; None if it cannot be read."""
    from samordnare_desktop.db.encryption import (
        SQLITE_HEADER,
        connect_raw,
        database_errors,
        key_for,
    )
    from samordnare_desktop.domain.errors import DatabaseError

    try:
        with open(db_path, "rb") as handle:
            plain = handle.read(16) == SQLITE_HEADER
        key = None if plain else key_for(db_path)
        if not plain and key is None:
            return None
        conn = connect_raw(db_path, key, readonly=True)
        try:
            tables = [
                str(r[0])
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%'"
                )
            ]
            marks = ",".join("?" * len(record_ids))
            for table in tables:
                columns = {str(r[1]) for r in conn.execute(f'PRAGMA table_info("{table}")')}
                if "id" not in columns:
                    continue
                sql = f'SELECT 1 FROM "{table}" WHERE id IN ({marks}) LIMIT 1'
                if conn.execute(sql, record_ids).fetchone():
                    return True
            return False
        finally:
            conn.close()
    except (OSError, DatabaseError, *database_errors()):
        return None


def adopt(db_path: Path) -> int:
    """Move the old shared drafts that are ``db_path``'s into its own drafts folder (the only
    database in the folder, or it alone holds the draft's record). Returns how many moved."""
    from samordnare_desktop.db.encryption import drafts_dir

    drafts = legacy_drafts(db_path)
    if not drafts:
        return 0
    others = _others(db_path)
    mine = [d for d in drafts if owner(d, db_path, others) is Owner.THIS]
    if not mine:
        return 0
    own = drafts_dir(db_path)
    own.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(own, 0o700)
    moved = 0
    for path in mine:
        target = own / path.name
        if target.exists():
            continue  # a newer draft of the same record is already there: it wins
        os.replace(path, target)
        moved += 1
    fsync_directory(own)
    fsync_directory(own.parent)
    return moved


def possibly_ours(db_path: Path) -> list[Path]:
    """Old shared drafts that could hold ``db_path``'s data: every one not provably another's."""
    others = _others(db_path)
    return [d for d in legacy_drafts(db_path) if owner(d, db_path, others) is not Owner.OTHER]


def follow_rename(db_path: Path, old_path: Path) -> int:
    """A database renamed in its folder (or copied to a new name and the old file deleted) takes
    its drafts along: ``drafts/<old name>/`` becomes ``drafts/<new name>/``, else its drafts would
    be offered to none and left unsealed by a later ``encrypt``. Returns how many moved."""
    from samordnare_desktop.db.encryption import drafts_dir

    old_path, db_path = Path(old_path), Path(db_path)
    try:
        if old_path.exists() or old_path.parent.resolve() != db_path.parent.resolve():
            return 0
    except OSError:
        return 0
    old, new = drafts_dir(old_path), drafts_dir(db_path)
    if old == new or not old.is_dir():
        return 0
    new.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(new, 0o700)
    moved = 0
    for path in sorted(old.iterdir()):
        if path.is_file() and not (new / path.name).exists():
            os.replace(path, new / path.name)
            moved += 1
    fsync_directory(new)
    with contextlib.suppress(OSError):  # left if something else is in it
        old.rmdir()
    return moved


def adopt_orphaned(db_path: Path) -> int:
    """A database moved into this folder under a new name (its recorded origin elsewhere, so
    :func:`follow_rename` cannot tell): the unsealed drafts of ``drafts/<name>/`` folders whose
    database is gone become ``db_path``'s when they provably are (the only database in the
    folder, or it alone holds the draft's record), as old shared drafts are. Returns how many."""
    from samordnare_desktop.db.encryption import drafts_dir

    own = drafts_dir(db_path)
    others = _others(db_path)
    mine = [d for d in orphaned(db_path) if owner(d, db_path, others) is Owner.THIS]
    if not mine:
        return 0
    own.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(own, 0o700)
    moved = 0
    for path in mine:
        if not (own / path.name).exists():
            os.replace(path, own / path.name)
            moved += 1
    fsync_directory(own)
    for folder in {path.parent for path in mine}:
        with contextlib.suppress(OSError):  # left if something else is in it
            folder.rmdir()
    return moved


def orphaned(db_path: Path) -> list[Path]:
    """Unsealed drafts in ``drafts/<name>/`` folders whose database ``<name>`` is not in the
    folder any more (deleted, or renamed by an older version): whose they are cannot be known."""
    from samordnare_desktop.db.encryption import OLD_SUFFIX, SEALED_MAGIC, drafts_dir

    own = drafts_dir(db_path)
    root = own.parent
    if not root.is_dir():
        return []
    found = []
    for folder in sorted(root.iterdir()):
        if not folder.is_dir() or folder == own or (Path(db_path).parent / folder.name).exists():
            continue
        for path in sorted(folder.iterdir()):
            if not path.is_file() or path.name.endswith(OLD_SUFFIX):
                continue
            try:
                with open(path, "rb") as handle:
                    if handle.read(len(SEALED_MAGIC)) == SEALED_MAGIC:
                        continue  # sealed: not in the clear
            except OSError:
                continue
            found.append(path)
    return found


def scrub_possibly_ours(db_path: Path) -> int:
    """``encrypt``: drafts that could be ``db_path``'s would stay in the clear beside an
    encrypted database: old shared ones not provably another's, and unsealed ones of a database
    no longer in the folder. They are scrubbed (overwritten, then deleted). Returns how many."""
    from samordnare_desktop.db.encryption import scrub_file

    drafts = [*possibly_ours(db_path), *orphaned(db_path)]
    for path in drafts:
        scrub_file(path)
    for folder in {path.parent for path in drafts}:
        fsync_directory(folder)
    return len(drafts)


def other_databases(db_path: Path) -> list[Path]:
    """Other SQLite (or encrypted Samordnare) databases in ``db_path``'s folder."""
    from samordnare_desktop.db.encryption import SQLITE_HEADER
    from samordnare_desktop.db.keys import KEY_FILE_SUFFIX

    others = []
    for path in db_path.parent.iterdir():
        if path.name == db_path.name or not path.is_file():
            continue
        if path.name.endswith(("-wal", "-shm", "-journal", KEY_FILE_SUFFIX)):
            continue
        if Path(str(path) + KEY_FILE_SUFFIX).exists():
            others.append(path)
            continue
        try:
            with open(path, "rb") as handle:
                if handle.read(16) == SQLITE_HEADER:
                    others.append(path)
        except OSError:
            continue
    return others


def follow_rename_of(path: Path, key: bytes | None = None) -> int:
    """A command run on a database renamed in its folder (before the window has opened it) takes
    its drafts along first, as the window's open does: else ``encrypt``/``erase`` would count
    ``drafts/<old name>/`` as nobody's and scrub it. Read-only on the database; a file that is
    not this app's (or cannot be read) is left to the command to refuse. Returns how many.
    Here, not in ``services.startup``: every command runs it, and importing the start-up
    (SQLAlchemy, the engine) would cost a read-only command more than its own work."""
    from samordnare_desktop.db import encryption, identity

    try:
        if not path.is_file() or path.stat().st_size == 0:
            return 0
        key = key or encryption.key_for(path)
        if encryption.needs_key(path):
            if key is None:
                return 0
        elif identity.header_application_id(path) != identity.APPLICATION_ID:
            return 0  # another program's file, or a damaged one: never opened here
        with identity.leave_no_wal(path):
            found = identity.inspect(path, key)
        if not found.database_id:  # new, or a copy of another database: nothing to follow
            return 0
        if found.origin is not None:
            moved = follow_rename(path, Path(found.origin.path))
            if moved or Path(found.origin.path).parent.resolve() == path.parent.resolve():
                return moved
        return adopt_orphaned(path)  # moved here from elsewhere, then renamed
    except Exception:  # the command itself reports what is wrong with the file
        log.warning("drafts could not follow the renamed database", exc_info=True)
        return 0
