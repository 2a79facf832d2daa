"""One running app per database file: a ``QLockFile`` beside it (stale locks are recovered)."""

from __future__ import annotations

from pathlib import Path

from samordnare_desktop.domain.errors import DatabaseError
from samordnare_desktop.i18n import translate


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class InstanceLock:
    """Held for the app's lifetime; a second start on the same file is refused at once."""

    def __init__(self, db_path: Path) -> None:
        path = lock_path_for(db_path)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Qt imported here, not with the module: the database layer (which imports this
        # module) is imported before Qt at start-up, see app._import_database_layer
        from PySide6.QtCore import QLockFile

        self._lock = QLockFile(str(path))
        self._lock.setStaleLockTime(0)  # stale only when the owner process is gone

    def acquire(self) -> None:
        if self._lock.tryLock(0):
            return
        from PySide6.QtCore import QLockFile

        if self._lock.error() == QLockFile.LockError.LockFailedError:
            info = self._lock.getLockInfo()  # (pid, hostname, appname); pid 0 if unreadable
            pid = info[0] if info and info[0] else "?"
            raise DatabaseError(
                translate(
                    "database",
                    "The database is already open in another Samordnare Desktop window "
                    "(process {pid}). Close it first; this start was stopped and nothing was changed.",
                ).format(pid=pid)
            )
        raise DatabaseError(
            translate("database", "Could not create the lock file beside the database.")
        )

    def release(self) -> None:
        self._lock.unlock()
