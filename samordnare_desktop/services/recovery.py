"""Recovering from a damaged database: find the newest backup that passes a check and restore it.

Used by ``main.py restore --latest-good`` and by the start-up dialog; both take the instance lock
so a running window never has its file replaced underneath it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from samordnare_desktop.db import backup
from samordnare_desktop.domain.errors import DatabaseError
from samordnare_desktop.i18n import translate


@dataclass(frozen=True)
class Restored:
    backup: Path  # the backup that was restored
    taken_at: datetime | None  # when that backup was made
    kept: Path | None  # where the replaced state was kept (safety backup or damaged file)


def newest_good_backup(db_path: Path) -> Path | None:
    return backup.newest_good_backup(db_path)


def no_good_backup_error(db_path: Path) -> DatabaseError:
    return DatabaseError(
        translate(
            "recovery",
            "No backup of {path} passes an integrity check, so nothing was restored. The "
            "backups are in {folder}.",
        ).format(path=str(db_path), folder=str(backup.backup_dir_for(db_path)))
    )


def restore_latest_good(db_path: Path) -> Restored:
    """Restore the newest healthy backup over ``db_path`` (under the instance lock)."""
    from samordnare_desktop.instance_lock import InstanceLock

    lock = InstanceLock(db_path)
    lock.acquire()
    try:
        from samordnare_desktop.db.identity import refuse_foreign, refuse_other_names

        refuse_other_names(db_path)  # before a byte is read: one file under two names
        refuse_foreign(db_path)
        chosen = newest_good_backup(db_path)
        if chosen is None:
            raise no_good_backup_error(db_path)
        kept = backup.restore(chosen, db_path)
    except BaseException:
        lock.release(remove=True)  # refused or failed: no lock file left behind
        raise
    lock.release()
    return Restored(chosen, backup.backup_time(chosen), kept)
