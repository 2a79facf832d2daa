"""Encrypting or decrypting a database together with every file that belongs to it (its backups).

Above both :mod:`db.encryption` (keys, one file's conversion) and :mod:`db.backup` (which files
are this database's backups), so neither imports the other's way up.
"""

from __future__ import annotations

from pathlib import Path

from samordnare_desktop.db import encryption
from samordnare_desktop.db.backup import list_backups


def files_to_convert(db_path: Path) -> list[Path]:
    return [db_path, *list_backups(db_path)]


# the order of steps (copy durable before the key file, resume, damaged copies, drafts) lives
# with the conversion of one file in db.encryption; these names are the ones callers use
encrypt_database = encryption.encrypt_database
decrypt_database = encryption.decrypt_database
