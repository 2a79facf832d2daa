"""Encryption at rest with SQLCipher: how a database file is opened, told apart and converted.

- A database is *encrypted* when its key file exists or its first 16 bytes are not
  ``SQLite format 3\\0``. Such a file is only ever opened with its key: a plaintext open is
  refused with a clear message, and a missing file beside a key file is never recreated.
- The raw 256-bit data key goes to SQLCipher as ``PRAGMA key = "x'<hex>'"``, so SQLCipher runs
  no second KDF per connection; ``cipher_log_level = NONE`` keeps its logging off stderr.
- Unlocked keys live in this process only (:func:`remember_key`), so every path that opens the
  database (session, backups, restore, check) finds the key without threading it through each
  command; nothing is ever written to disk in the clear.
- :func:`encrypt_database` / :func:`decrypt_database` convert the database (WAL checkpointed
  first) and every backup beside it with ``sqlcipher_export``; the replaced files are
  overwritten, synced and deleted, so no plaintext copy remains (best effort on SSDs and
  copy-on-write file systems, whose old blocks the app cannot reach).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from samordnare_desktop.db import keys
from samordnare_desktop.domain.errors import CorruptDatabaseError, DatabaseError
from samordnare_desktop.files import private_file
from samordnare_desktop.i18n import translate
from samordnare_desktop.paths import backup_dir_for

SQLITE_HEADER = b"SQLite format 3\x00"
OLD_SUFFIX = ".replaced"  # hard link to a converted file's old content, scrubbed right after

_KEYS: dict[Path, bytes] = {}
DRAFTS_DIRNAME = "drafts"  # beside the databases; one subfolder per database: drafts_dir()


# --- process-wide unlocked keys -------------------------------------------------------------
def normalised(path: Path) -> Path:
    return Path(path).expanduser().resolve()


def remember_key(db_path: Path, key: bytes | None) -> None:
    if key is None:
        _KEYS.pop(normalised(db_path), None)
    else:
        _KEYS[normalised(db_path)] = key


def forget_all_keys() -> None:
    _KEYS.clear()


def key_for(path: Path) -> bytes | None:
    """The unlocked key for a database, or for a file in its ``backups/`` or drafts folder.

    A draft maps to its own database's key only: ``drafts/<database file name>/`` is that
    database's (:func:`drafts_dir`); a file directly in ``drafts/`` (from before) is nobody's.
    """
    path = normalised(path)
    if path in _KEYS:
        return _KEYS[path]
    for db_path, key in _KEYS.items():
        if path.parent == backup_dir_for(db_path):
            return key  # a backup, or a backup being written
        if path.parent == db_path.parent and path.name.startswith(db_path.name):
            return key  # e.g. the temporary file a restore writes
        if path.parent == drafts_dir(db_path):
            return key  # a draft of this database
    return None


# --- telling files apart --------------------------------------------------------------------
def is_encrypted_file(path: Path) -> bool:
    """A non-empty file that does not start with SQLite's plaintext header."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except FileNotFoundError:
        return False
    return bool(head) and head != SQLITE_HEADER


def needs_key(db_path: Path) -> bool:
    """Whether to ask for the passphrase: the key file is there (without it nothing can unlock;
    an unreadable file without one is handled as damaged, see :func:`check_can_open`)."""
    return keys.key_file_for(db_path).exists()


def check_can_open(db_path: Path, key: bytes | None) -> None:
    """Refuse every way of opening the wrong kind of file (called before anything is written)."""
    key_file = keys.key_file_for(db_path)
    exists = db_path.exists() and db_path.stat().st_size > 0
    if key is None:
        if key_file.exists():
            raise DatabaseError(
                translate(
                    "encryption",
                    "The database is encrypted: it opens only with its passphrase or recovery "
                    "key. Nothing was changed.",
                )
            )
        if is_encrypted_file(db_path):
            raise CorruptDatabaseError(  # the recovery flow offers a backup; nothing is deleted
                translate(
                    "encryption",
                    "The database file cannot be read: it is damaged, or it is encrypted and "
                    "its key file {path} is missing. Nothing was changed.",
                ).format(path=str(key_file))
            )
        return
    if not key_file.exists():
        raise DatabaseError(
            translate(
                "encryption",
                "The key file {path} is missing, so the encrypted database cannot be opened. "
                "Put the key file back beside the database.",
            ).format(path=str(key_file))
        )
    if not exists:
        raise DatabaseError(
            translate(
                "encryption",
                "The encrypted database {path} is missing although its key file is there. "
                "No new database was created; restore the file or a backup.",
            ).format(path=str(db_path))
        )
    if not is_encrypted_file(db_path):
        raise DatabaseError(
            translate(
                "encryption",
                "The database is not encrypted although a key file lies beside it: an "
                "encryption or decryption was interrupted. Run 'encrypt' or 'decrypt' again "
                "to finish it.",
            )
        )


# --- connections ------------------------------------------------------------------------------
def _sqlcipher() -> Any:
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2


def database_errors() -> tuple[type[BaseException], ...]:
    """DB-API errors of both drivers (sqlcipher3 has its own exception classes)."""
    return (sqlite3.DatabaseError, _sqlcipher().DatabaseError)


def _key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect_raw(
    path: Path, key: bytes | None, *, readonly: bool = False, **kwargs: Any
) -> sqlite3.Connection:
    """A DB-API connection to ``path``: sqlite3 for plaintext, SQLCipher keyed for encrypted.

    A wrong key raises :class:`DatabaseError` at once, before anything is written.
    """
    target = f"file:{path}?mode=ro" if readonly else str(path)
    if key is None:
        return sqlite3.connect(target, uri=readonly, **kwargs)
    module = _sqlcipher()
    conn = module.connect(target, uri=readonly, **kwargs)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as exc:
        conn.close()
        raise DatabaseError(
            translate(
                "encryption",
                "The database could not be opened with this key: {path} is damaged or was "
                "encrypted with another key.",
            ).format(path=str(path))
        ) from exc
    return conn


RawConnect = Callable[[Path], sqlite3.Connection]


def raw_connector(key: bytes | None) -> RawConnect:
    return lambda path: connect_raw(path, key)


def raw_connector_for(path: Path) -> RawConnect:
    """Open ``path`` (a database or one of its backups) with the key unlocked for it, if any."""
    return raw_connector(key_for(path))


def engine_connector(path: Path, key: bytes) -> Callable[[], Any]:
    """The ``creator`` for SQLAlchemy: a keyed SQLCipher connection per pool slot."""

    def connect() -> Any:
        return connect_raw(path, key, check_same_thread=False, isolation_level=None)

    return connect


def engine_module(key: bytes | None) -> Any:
    """The DB-API module SQLAlchemy must use (so it recognises the driver's exceptions)."""
    return _sqlcipher() if key is not None else None


# --- scrubbing --------------------------------------------------------------------------------
def scrub_file(path: Path) -> None:
    """Overwrite a file with zeros, sync, then delete it (best effort; missing is fine)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    try:
        with open(path, "r+b") as handle:
            block = b"\0" * 65536
            remaining = size
            while remaining > 0:
                chunk = block[: min(remaining, len(block))]
                handle.write(chunk)
                remaining -= len(chunk)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


def scrub_leftovers(db_path: Path) -> None:
    """Scrub copies an interrupted conversion or backup may have left behind."""
    drafts = (drafts_dir(db_path), drafts_dir(db_path).parent)  # the root: from before
    folders = [db_path.parent, backup_dir_for(db_path), *drafts]
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            name = path.name
            if folder in drafts:
                if name.endswith(OLD_SUFFIX) and path.is_file():
                    scrub_file(path)
                continue
            if not name.startswith((db_path.name, ".", "samordnare-", "damaged-")):
                continue
            temporary = (OLD_SUFFIX, ".converting", ".part", ".restore")
            if name.endswith(temporary + tuple(t + "-journal" for t in temporary)) and (
                path.is_file()
            ):
                scrub_file(path)


def replace_and_scrub(new: Path, target: Path) -> None:
    """Atomically put ``new`` at ``target`` and scrub the content it replaced."""
    old = target.with_name(target.name + OLD_SUFFIX)
    old.unlink(missing_ok=True)
    try:
        os.link(target, old)  # keep the old inode reachable so it can be overwritten
    except OSError:
        old = None  # type: ignore[assignment]
    os.replace(new, target)
    if old is not None:
        scrub_file(old)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


# --- conversion -------------------------------------------------------------------------------
def _export(source: Path, source_key: bytes | None, target_key: bytes | None) -> Path:
    """Write ``source`` re-encrypted (or decrypted) to a private temp file beside it."""
    temp = source.with_name(source.name + ".converting")
    scrub_file(temp)
    private_file(temp)
    conn = _sqlcipher().connect(str(source), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if source_key is not None:
            conn.execute(_key_pragma(source_key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        target_spec = f"\"x'{target_key.hex()}'\"" if target_key is not None else "''"
        conn.execute(f"ATTACH DATABASE ? AS converted KEY {target_spec}", (str(temp),))
        conn.execute("SELECT sqlcipher_export('converted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE converted")
    except BaseException:
        conn.close()
        for suffix in ("", "-journal", "-wal", "-shm"):
            scrub_file(Path(str(temp) + suffix))
        raise
    conn.close()
    try:
        check = connect_raw(temp, target_key)
        try:
            result = check.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            check.close()
        if result != "ok":
            raise DatabaseError(
                translate(
                    "encryption", "The converted copy of {path} failed its check: {detail}"
                ).format(path=str(source), detail=result)
            )
        fsync_file(temp)
    except BaseException:
        for suffix in ("", "-journal", "-wal", "-shm"):
            scrub_file(Path(str(temp) + suffix))
        raise
    return temp


def convert_file(path: Path, source_key: bytes | None, target_key: bytes | None) -> None:
    temp = _export(path, source_key, target_key)
    _put_in_place(temp, path)


def _put_in_place(temp: Path, path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        scrub_file(Path(str(path) + suffix))
    replace_and_scrub(temp, path)


# --- files beside the database (drafts, caches) ----------------------------------------------
SEALED_MAGIC = b"SAMORDNARE-SEALED-1\n"


def _side_file_key(data_key: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"samordnare side files v1"
    ).derive(data_key)


def drafts_dir(db_path: Path) -> Path:
    """The one place a database's drafts live: ``drafts/<database file name>/`` beside it, so
    two databases in one folder never share (or seal, or erase) each other's drafts."""
    db_path = normalised(db_path)  # as key_for sees it, so a draft is sealed with its key
    return db_path.parent / DRAFTS_DIRNAME / db_path.name


def seal_for(path: Path, data: bytes) -> bytes:
    """Encrypt a side file's content (e.g. a draft at ``path``) when its database is encrypted.

    Files of an unencrypted database get ``data`` back unchanged. AES-256-GCM under a key derived
    from the data key (HKDF), so no side file of an encrypted database is ever plaintext.
    """
    key = key_for(path)
    if key is None:
        return data
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return SEALED_MAGIC + nonce + AESGCM(_side_file_key(key)).encrypt(nonce, data, SEALED_MAGIC)


def unseal_for(path: Path, data: bytes) -> bytes:
    """The content written by :func:`seal_for` (plain content is returned as it is)."""
    if not data.startswith(SEALED_MAGIC):
        return data
    key = key_for(path)
    if key is None:
        raise DatabaseError(
            translate(
                "encryption",
                "The database is encrypted: it opens only with its passphrase or recovery "
                "key. Nothing was changed.",
            )
        )
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    body = data[len(SEALED_MAGIC) :]
    try:
        return AESGCM(_side_file_key(key)).decrypt(body[:12], body[12:], SEALED_MAGIC)
    except InvalidTag as exc:
        raise DatabaseError(
            translate(
                "encryption",
                "A file beside the database is damaged or was sealed with another key.",
            )
        ) from exc
