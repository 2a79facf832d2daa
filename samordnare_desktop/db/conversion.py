"""Encrypting or decrypting a database together with every file that belongs to it (its backups).

Above both :mod:`db.encryption` (keys, one file's conversion) and :mod:`db.backup` (which files
are this database's backups), so neither imports the other's way up.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from samordnare_desktop.db import keys
from samordnare_desktop.db.backup import adopt_legacy_drafts, list_backups
from samordnare_desktop.db.encryption import (
    _KEYS,
    OLD_SUFFIX,
    SEALED_MAGIC,
    _export,
    _put_in_place,
    _side_file_key,
    convert_file,
    database_errors,
    drafts_dir,
    is_encrypted_file,
    key_for,
    normalised,
    remember_key,
    scrub_file,
    scrub_leftovers,
)
from samordnare_desktop.domain.errors import DatabaseError
from samordnare_desktop.i18n import translate


def files_to_convert(db_path: Path) -> list[Path]:
    return [db_path, *list_backups(db_path)]


def _files_to_convert(db_path: Path) -> list[Path]:
    from samordnare_desktop.db.backup import list_backups

    return [db_path, *list_backups(db_path)]


def _owner(db_path: Path) -> str | None:
    from samordnare_desktop.db.backup import owner_id

    return owner_id(db_path)


def _damaged_copies(db_path: Path) -> list[Path]:
    from samordnare_desktop.db.backup import list_damaged

    return list_damaged(db_path)


def _refuse_strange(db_path: Path, key: bytes | None) -> None:
    """encrypt converts only this app's databases, never a foreign or newer-schema file."""
    from samordnare_desktop.db import identity, migrate
    from samordnare_desktop.db.backup import raise_if_disk_full

    try:
        found = identity.inspect(db_path, key)
    except DatabaseError:
        raise
    except database_errors() as exc:
        raise_if_disk_full(exc)  # opening a WAL database writes its -shm file
        raise migrate.corrupt_error(str(exc)) from exc
    if db_path.stat().st_size == 0:
        raise identity.empty_error(db_path)
    if found.kind is identity.Kind.NEW:
        raise identity.empty_database_error(db_path)
    if found.kind is identity.Kind.FOREIGN:
        raise identity.foreign_error(db_path)
    status = migrate.inspect_schema(db_path)
    migrate.refuse_too_new(status)
    migrate.refuse_foreign_schema(status, db_path)


def _convert_side_copies(db_path: Path, source_key: bytes | None, target_key: bytes | None) -> int:
    """Backups and damaged copies to the new key; a damaged copy that cannot be converted is
    scrubbed (never left in the clear). Returns how many damaged copies were scrubbed."""
    want_encrypted = target_key is not None
    for path in _files_to_convert(db_path)[1:]:
        if is_encrypted_file(path) != want_encrypted:
            convert_file(path, source_key, target_key)
    scrubbed = 0
    for path in _damaged_copies(db_path):
        if is_encrypted_file(path) == want_encrypted:
            continue
        try:
            convert_file(path, source_key, target_key)
        except Exception as exc:
            from samordnare_desktop.db.backup import is_disk_full

            if is_disk_full(exc):
                raise
            for suffix in ("", "-wal", "-shm", "-journal"):
                scrub_file(Path(str(path) + suffix))
            scrubbed += 1
    return scrubbed


def encrypt_database(db_path: Path, passphrase: str) -> keys.NewKeys:
    """Encrypt ``db_path``, its backups, its damaged copies and its drafts.

    Order makes every crash point recoverable and never leaves a key file beside a database it
    does not open: the encrypted copy of the database is written and synced first, then the key
    file, then the copy takes the database's place; then each backup and damaged copy (one that
    cannot be converted is scrubbed) and each draft. Running it again after an interruption (key
    file present, some files still plaintext) reuses the data key unlocked by the same
    passphrase. A full disk stops it with one line; the rerun resumes.
    """
    from samordnare_desktop.db.backup import raise_if_disk_full

    db_path = normalised(db_path)
    if not db_path.exists():
        raise DatabaseError(translate("cli", "No database at {path}.").format(path=str(db_path)))
    from samordnare_desktop.db import identity

    identity.refuse_other_names(db_path)  # a hard link would keep the plaintext (or zeros)
    key_file = keys.key_file_for(db_path)
    adopt_legacy_drafts(db_path)  # drafts from before drafts/<database>/: sealed too if ours
    data_key: bytes | None = None
    if key_file.exists():
        if (
            is_encrypted_file(db_path)
            and all(is_encrypted_file(p) for p in _files_to_convert(db_path))
            and all(is_encrypted_file(p) for p in _damaged_copies(db_path))
            and not _plain_drafts(db_path)
        ):
            raise DatabaseError(translate("encryption", "The database is already encrypted."))
        data_key = keys.unlock_with_passphrase(db_path, passphrase)  # resume
    before = _KEYS.get(db_path)
    remember_key(db_path, data_key if is_encrypted_file(db_path) else None)  # as the file is
    try:
        _refuse_strange(db_path, key_for(db_path))
    except BaseException:
        remember_key(db_path, before)
        raise
    document, new = keys.build_key_file(passphrase, data_key)
    try:
        own = _owner(db_path)
        temp = None if is_encrypted_file(db_path) else _export(db_path, None, new.data_key)
        try:
            keys.write_key_file(db_path, document)  # only now: the encrypted copy is durable
        except BaseException:
            if temp is not None:
                scrub_file(temp)
            raise
        if temp is not None:
            _put_in_place(temp, db_path)
        remember_key(db_path, new.data_key)
        if own:
            identity.remember(db_path, own)  # the encrypted file is a new inode
        _convert_side_copies(db_path, None, new.data_key)
        seal_drafts(db_path, new.data_key)
        from samordnare_desktop.db import legacy_drafts

        scrubbed = legacy_drafts.scrub_possibly_ours(db_path)  # none stays in the clear
    except Exception as exc:
        if keys.key_file_for(db_path).exists():
            _raise_if_disk_full_halfway(exc, "encrypt")
        raise_if_disk_full(exc)  # nothing was changed yet: the key file comes after the copy
        raise
    finally:
        remember_key(db_path, before)
    scrub_leftovers(db_path)
    return replace(new, scrubbed_drafts=scrubbed)


def unfinished_encryption(db_path: Path) -> int:
    """How many of an encrypted database's backups, damaged copies and drafts are still in the
    clear (an ``encrypt`` stopped halfway, by a full disk say); 0 when none or not encrypted."""
    if not keys.key_file_for(db_path).exists() or not is_encrypted_file(db_path):
        return 0
    plain = [
        p
        for p in [*list_backups(db_path), *_damaged_copies(db_path)]
        if p.exists() and not is_encrypted_file(p)
    ]
    return len(plain) + len(_plain_drafts(db_path))


def _raise_if_disk_full_halfway(exc: BaseException, command: str) -> None:
    """A full disk after some files were converted: say so, and how to finish (not "nothing was
    changed", which would not be true)."""
    from samordnare_desktop.db.backup import is_disk_full

    if is_disk_full(exc):
        raise DatabaseError(
            translate(
                "encryption",
                "The disk filled up before every file was converted. Free some space and run "
                "'{command}' again to finish it; no data is lost meanwhile.",
            ).format(command=command)
        ) from exc


def decrypt_database(db_path: Path, data_key: bytes) -> None:
    """Decrypt ``db_path``, its backups, damaged copies and drafts, then delete the key file
    (last, so a crash resumes)."""

    from samordnare_desktop.db import identity

    db_path = normalised(db_path)
    identity.refuse_other_names(db_path)
    before = _KEYS.get(db_path)
    try:
        remember_key(db_path, data_key)  # so this database's backups are found by its id
        identity_known = _owner(db_path)
        if is_encrypted_file(db_path):
            convert_file(db_path, data_key, None)
        if identity_known:
            identity.remember(db_path, identity_known)  # the decrypted file is a new inode
        _convert_side_copies(db_path, data_key, None)
        adopt_legacy_drafts(db_path)
        unseal_drafts(db_path, data_key)
    except Exception as exc:
        _raise_if_disk_full_halfway(exc, "decrypt")
        raise
    except BaseException:
        remember_key(db_path, before)
        raise
    remember_key(db_path, None)
    scrub_file(keys.key_file_for(db_path))
    scrub_leftovers(db_path)


def _plain_drafts(db_path: Path) -> list[Path]:
    folder = drafts_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        if path.is_file() and not path.name.startswith("."):
            with open(path, "rb") as handle:
                if handle.read(len(SEALED_MAGIC)) != SEALED_MAGIC:
                    found.append(path)
    return found


def _rewrite_draft(path: Path, data: bytes) -> None:
    from samordnare_desktop.files import atomic_write_bytes

    old = path.with_name(path.name + OLD_SUFFIX)
    old.unlink(missing_ok=True)
    try:
        os.link(path, old)  # the plaintext inode, overwritten once the new file is in place
    except OSError:
        old = None  # type: ignore[assignment]
    atomic_write_bytes(path, data, private=True)
    if old is not None:
        scrub_file(old)


def seal_drafts(db_path: Path, data_key: bytes) -> int:
    """Drafts written before the database was encrypted are sealed with its key now."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    sealed = 0
    for path in _plain_drafts(db_path):
        nonce = os.urandom(12)
        body = AESGCM(_side_file_key(data_key)).encrypt(nonce, path.read_bytes(), SEALED_MAGIC)
        _rewrite_draft(path, SEALED_MAGIC + nonce + body)
        sealed += 1
    return sealed


def unseal_drafts(db_path: Path, data_key: bytes) -> int:
    """Drafts sealed with this key become readable again (decrypt); others are left alone."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    folder = drafts_dir(db_path)
    if not folder.is_dir():
        return 0
    opened = 0
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.name.startswith("."):
            continue
        data = path.read_bytes()
        if not data.startswith(SEALED_MAGIC):
            continue
        body = data[len(SEALED_MAGIC) :]
        try:
            plain = AESGCM(_side_file_key(data_key)).decrypt(body[:12], body[12:], SEALED_MAGIC)
        except InvalidTag:
            continue  # sealed with another key (a copied file): left as it is
        _rewrite_draft(path, plain)
        opened += 1
    return opened
