"""One open database for one process: the instance lock, the upgraded database, its services."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from samordnare_desktop.db.engine import Database
from samordnare_desktop.db.requested_server import request_server as request_server  # re-exported
from samordnare_desktop.db.requested_server import requested
from samordnare_desktop.db.requested_server import requested_server as requested_server
from samordnare_desktop.domain.errors import CorruptDatabaseError
from samordnare_desktop.instance_lock import PROGRAM, InstanceLock
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.startup import open_database

log = logging.getLogger(__name__)


class _NoLock:
    """The server's sessions need no instance lock (PostgreSQL serves many at once)."""

    def acquire(self) -> None:
        pass

    def hold_file(self) -> None:
        pass

    def release(self, *, remove: bool = False) -> None:
        pass


class AppSession:
    """Lock, open and upgrade ``db_path``; ``close()`` checkpoints and releases everything."""

    def __init__(
        self,
        db_path: Path,
        *,
        daily_backup: bool = True,
        key: bytes | None = None,
        defer_purge: bool = False,
        defer_daily: bool = False,
        role: str = PROGRAM,
    ) -> None:
        self.db_path = Path(db_path).expanduser().resolve()
        server = requested()  # ``--server URL`` (db/requested_server.py)
        self._lock = _NoLock() if server is not None else InstanceLock(self.db_path, role=role)
        self._lock.acquire()
        try:
            if server is not None:  # the server takes its own locks; no file, no backups
                from samordnare_desktop.services.startup import open_server_database

                self.db: Database = open_server_database(server[0], password=server[1])
            else:
                self.db = open_database(
                    self.db_path, daily_backup=daily_backup, key=key, defer_daily=defer_daily
                )
            self._lock.hold_file()  # a database created just now is locked by its identity too
        except BaseException:
            if hasattr(self, "db"):
                self.db.close()
            self._lock.release(remove=True)  # a refused open leaves no lock file behind
            raise
        self.services = Services(self.db)
        try:
            self._check_requested_user()
        except BaseException:
            self.db.close()
            self._lock.release()
            raise
        self._closed = False
        self._purged_at: int | None = None  # db.writes when the last purge ended
        if not defer_purge:  # the window defers it until it is shown (start-up time)
            self.purge_deleted()  # rows deleted before a crash are purged now

    def _check_requested_user(self) -> None:
        """``--user NAME``: an unknown or deactivated name is refused (one line) before any
        command writes. Only when the command line named one (its module is imported then)."""
        users = sys.modules.get("samordnare_desktop.services.users")
        if users is not None and users.requested_user() is not None:
            self.services.users.current()

    @property
    def closed(self) -> bool:
        return self._closed

    def purge_deleted(self) -> None:
        """Blank personal fields of soft-deleted rows (the undo window is the session).

        Skipped when nothing was written since the last purge (a command that only reads
        purges once, not again at close). Safe off the GUI thread: it opens its own session.
        """
        if self._closed or self._purged_at == self.db.writes:
            return
        try:
            from samordnare_desktop.services.purge_probe import purge_pending

            writes = self.db.writes
            if not purge_pending(self.db.engine):  # nearly always: no registry imported
                self._purged_at = writes
                return
            self.services.privacy.purge_deleted()
            self._purged_at = self.db.writes
        except CorruptDatabaseError:  # said by the tabs that meet it; the next start checks it
            log.warning("purging deleted personal data met a damaged page of the file")
        except Exception:
            log.exception("purging deleted personal data failed")

    def close(self) -> None:
        if self._closed:
            return
        try:
            self.purge_deleted()
            self._closed = True
            self.db.close()
        finally:
            self._closed = True
            self._lock.release()

    def __enter__(self) -> AppSession:
        return self

    def __exit__(self, *_exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()
