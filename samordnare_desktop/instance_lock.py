"""One running program per database file, whatever name it is reached by. No Qt.

Two operating-system locks, both released by the kernel when the process ends (a crash leaves no
stale lock to recover):

- the *name lock*: ``<database>.lock`` beside the database's real path (symlinks resolved), which
  also records who holds it (process id, window or command) for the message a second start gets;
- the *identity lock*: a lock on the database file itself, i.e. on its inode, so a hard link, a
  symlink or another spelling of the same file on a case-insensitive disk is the same lock. It is
  taken as soon as the file exists (:meth:`InstanceLock.hold_file`, called again once a new
  database has been created).

SQLite itself serialises writers that open the file by one name (``BEGIN IMMEDIATE`` and its own
locks on the file); it cannot do so across two names, since each name gets its own ``-wal`` and
``-shm`` files, which is what corrupts a database opened through a hard link. The identity lock
closes that gap. The descriptor behind it stays open until :meth:`release`, after the database is
closed: closing any descriptor of the file would drop SQLite's own POSIX locks in this process.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from samordnare_desktop.domain.errors import DatabaseError
from samordnare_desktop.i18n import translate

WINDOW = "window"
PROGRAM = "program"

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # One byte far beyond SQLite's lock bytes (at 1 GiB) and any content: a mandatory Windows
    # lock there stops no read or write of the file.
    _LOCK_OFFSET = 2**40

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock locks the open file (the inode), independently of SQLite's fcntl byte locks.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path_for(db_path: Path) -> Path:
    real = Path(os.path.realpath(db_path))
    return real.with_name(real.name + ".lock")


def _held_error(holder: tuple[str, str] | None) -> DatabaseError:
    """The message a second start gets: a window is a window; a command or a holder reached
    under another name of the file (who, unknown) is "another program"."""
    if holder is None:
        text = translate(
            "database",
            "The database is already in use by another Samordnare Desktop program. Wait for "
            "it to finish or close it; this start was stopped and nothing was changed.",
        )
    elif holder[1] == WINDOW:
        text = translate(
            "database",
            "The database is already open in another Samordnare Desktop window "
            "(process {pid}). Close it first; this start was stopped and nothing was changed.",
        )
    else:
        text = translate(
            "database",
            "The database is already in use by another Samordnare Desktop program "
            "(process {pid}). Wait for it to finish or close it; this start was stopped and "
            "nothing was changed.",
        )
    return DatabaseError(text.format(pid=holder[0]) if holder else text)


class InstanceLock:
    """Held for the program's lifetime; a second start on the same file is refused at once.

    ``role`` (:data:`WINDOW` or :data:`PROGRAM`) is what a second start is told holds the file.
    """

    def __init__(self, db_path: Path, *, role: str = PROGRAM) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path_for(self.db_path)
        self.role = role
        self._name_fd: int | None = None
        self._file_fd: int | None = None
        self._made_file = False  # this start created the lock file (a refused open removes it)

    @property
    def held(self) -> bool:
        return self._name_fd is not None

    def acquire(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
                self._made_file = True
            except FileExistsError:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise DatabaseError(
                translate("database", "Could not create the lock file beside the database.")
            ) from exc
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            raise _held_error(holder)
        if not _same_file(fd, self.path):  # removed by a refused open meanwhile: a new one
            _unlock(fd)
            os.close(fd)
            self.acquire()
            return
        with contextlib.suppress(OSError):  # who holds it: only for the message
            os.chmod(self.path, 0o600)
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()} {self.role}\n".encode())
        self._name_fd = fd
        try:
            self.hold_file()
        except BaseException:
            self.release()
            raise

    def hold_file(self) -> None:
        """Lock the database file itself (its identity) if it exists and is not locked yet."""
        if self._file_fd is not None or self._name_fd is None:
            return
        try:
            fd = os.open(self.db_path, os.O_RDONLY)
        except FileNotFoundError:
            return  # nothing to reach by another name yet; called again once created
        except OSError:
            return  # not openable (a folder, no permission): opening the database says why
        if not _try_lock(fd):
            os.close(fd)
            raise _held_error(None)
        self._file_fd = fd

    def release(self, *, remove: bool = False) -> None:
        """``remove``: the open was refused (not a database of ours, a newer version ...): the
        lock file this start created is removed while still held (one left by an earlier start
        stays: a refused open changes nothing), so nothing is left beside the refused file (a
        start that opened it meanwhile notices it was removed and takes a new one)."""
        if remove and self._made_file and self._name_fd is not None:
            with contextlib.suppress(OSError):
                if _same_file(self._name_fd, self.path):
                    self.path.unlink()
        for name in ("_file_fd", "_name_fd"):
            fd = getattr(self, name)
            if fd is not None:
                setattr(self, name, None)
                _unlock(fd)
                os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _read_holder(fd: int) -> tuple[str, str] | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        parts = os.read(fd, 64).decode("ascii", "replace").split()
    except OSError:
        return None
    if len(parts) == 2 and parts[0].isdigit() and parts[1] in (WINDOW, PROGRAM):
        return parts[0], parts[1]
    return None
