"""Every file the app writes goes through here: write a temporary file, fsync, rename.

A crash or a full disk then leaves either the old file or the new one, never half of one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.i18n import translate


@contextmanager
def atomic_writer(path: Path, *, private: bool = False) -> Iterator[BinaryIO]:
    """Yield a binary file; on success it replaces ``path`` atomically, on error it vanishes.

    A symbolic link is followed (its target is replaced, the link stays); a device node, a folder
    or anything else that is not a regular file is refused, never replaced.
    """
    path = writable_target(Path(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise UserError(
            translate("files", "Could not write {path}: {reason}").format(
                path=str(path), reason=exc.strerror
            )
        ) from exc
    temp = Path(temp_name)
    try:
        if not private:
            os.chmod(temp, 0o644 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
        fsync_directory(path.parent)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise UserError(
            translate("files", "Could not write {path}: {reason}").format(
                path=str(path), reason=exc.strerror
            )
        ) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def writable_target(path: Path) -> Path:
    """Where writing ``path`` really goes: a symlink's target; refused if not a regular file."""
    if path.is_symlink():
        path = path.resolve()
    if path.exists() and not path.is_file():
        raise UserError(
            translate(
                "files",
                "{path} is not an ordinary file (a folder or a device), so it was not "
                "overwritten. Choose a file name.",
            ).format(path=str(path))
        )
    return path


def atomic_write_bytes(path: Path, data: bytes, *, private: bool = False) -> None:
    with atomic_writer(path, private=private) as handle:
        handle.write(data)


def atomic_write_set(files: list[tuple[Path, bytes]], *, private: bool = False) -> None:
    """Write several files as one set: every one appears, or none does.

    Each is written to a temporary file and synced first (a full disk stops it here, and every
    temporary file is removed); only then are they renamed into place, one after the other.
    """
    written: list[tuple[Path, Path]] = []
    files = [(writable_target(Path(path)), data) for path, data in files]
    try:
        for path, data in files:
            fd, temp_name = tempfile.mkstemp(
                dir=path.parent, prefix=f".{path.name}.", suffix=".part"
            )
            written.append((Path(temp_name), path))
            if not private:
                os.chmod(temp_name, 0o644 & ~_umask())
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        for temp, path in written:
            os.replace(temp, path)
        for folder in {path.parent for _temp, path in written}:
            fsync_directory(folder)
    except OSError as exc:
        for temp, _path in written:
            temp.unlink(missing_ok=True)
        raise UserError(
            translate("files", "Could not write {path}: {reason}").format(
                path=str(files[min(len(written), len(files)) - 1][0]), reason=exc.strerror
            )
        ) from exc
    except BaseException:
        for temp, _path in written:
            temp.unlink(missing_ok=True)
        raise


def private_dir(folder: Path) -> Path:
    """An app folder (backups, drafts, logs, settings) readable by the owner only, 0700 whatever
    the umask (``mkdir``'s mode is filtered by it; an existing folder is tightened too)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    return folder


def fsync_directory(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a power loss right after it keeps the new name).

    Best effort: Windows cannot open a directory for fsync, and its rename is already journaled.
    """
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
