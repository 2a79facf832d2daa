"""The database's own files as the window handles them: a backup now, unlocking an encrypted
database. The UI asks here, never ``db/`` directly (drafts beside it: ``services.drafts``)."""

from __future__ import annotations

from pathlib import Path

from samordnare_desktop.db import backup, keys

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
