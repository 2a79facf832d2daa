"""Encrypting or decrypting a database together with every file that belongs to it (its backups).

Above both :mod:`db.encryption` (keys, one file's conversion) and :mod:`db.backup` (which files
are this database's backups), so neither imports the other's way up.
"""

from __future__ import annotations

from pathlib import Path

from samordnare_desktop.db import encryption, keys
from samordnare_desktop.db.backup import list_backups
from samordnare_desktop.domain.errors import DatabaseError
from samordnare_desktop.i18n import translate


def files_to_convert(db_path: Path) -> list[Path]:
    return [db_path, *list_backups(db_path)]


def encrypt_database(db_path: Path, passphrase: str) -> keys.NewKeys:
    """Encrypt ``db_path`` and every backup beside it; returns the data key and recovery key.

    Order makes every crash point recoverable: the key file is written first, then each file is
    replaced atomically by its encrypted copy. Running it again after an interruption (key file
    present, some files still plaintext) reuses the data key unlocked by the same passphrase.
    """
    db_path = encryption.normalised(db_path)
    if not db_path.exists():
        raise DatabaseError(translate("cli", "No database at {path}.").format(path=str(db_path)))
    key_file = keys.key_file_for(db_path)
    data_key: bytes | None = None
    if key_file.exists():
        if encryption.is_encrypted_file(db_path) and all(
            encryption.is_encrypted_file(p) for p in files_to_convert(db_path)
        ):
            raise DatabaseError(translate("encryption", "The database is already encrypted."))
        data_key = keys.unlock_with_passphrase(db_path, passphrase)  # resume
    document, new = keys.build_key_file(passphrase, data_key)
    keys.write_key_file(db_path, document)
    for path in files_to_convert(db_path):
        if not encryption.is_encrypted_file(path):
            encryption.convert_file(path, None, new.data_key)
    encryption.scrub_leftovers(db_path)
    return new


def decrypt_database(db_path: Path, data_key: bytes) -> None:
    """Decrypt ``db_path`` and its backups, then delete the key file (last, so a crash resumes)."""
    db_path = encryption.normalised(db_path)
    for path in files_to_convert(db_path):
        if encryption.is_encrypted_file(path):
            encryption.convert_file(path, data_key, None)
    encryption.scrub_file(keys.key_file_for(db_path))
    encryption.scrub_leftovers(db_path)
