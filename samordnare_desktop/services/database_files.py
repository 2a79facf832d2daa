"""The database's own files as the window handles them: a backup now, unlocking an encrypted
database, sealing the drafts kept beside it. The UI asks here, never ``db/`` directly."""

from __future__ import annotations

from pathlib import Path

from samordnare_desktop.db import backup, encryption, keys

WrongSecretError = keys.WrongSecretError  # a wrong passphrase or recovery key (nothing changed)


def backup_now(db_path: Path) -> Path:
    """A consistent copy of the database in its backups folder (old ones rotated); its path."""
    return backup.backup_now(db_path)


def unlock_with_passphrase(db_path: Path, passphrase: str) -> bytes:
    """The data key, or :class:`WrongSecretError`."""
    return keys.unlock_with_passphrase(db_path, passphrase)


def unlock_with_recovery_key(db_path: Path, recovery_key: str) -> bytes:
    """The data key, or :class:`WrongSecretError`."""
    return keys.unlock_with_recovery_key(db_path, recovery_key)


def drafts_folder(db_path: Path) -> Path:
    """Where the database's drafts are kept: its own folder, ``drafts/<database file name>/``."""
    return encryption.drafts_dir(db_path)


def seal(db_path_or_file: Path, data: bytes) -> bytes:
    """A side file's content encrypted when its database is (unchanged when it is not)."""
    return encryption.seal_for(db_path_or_file, data)


def unseal(db_path_or_file: Path, data: bytes) -> bytes:
    """The content written by :func:`seal`."""
    return encryption.unseal_for(db_path_or_file, data)
