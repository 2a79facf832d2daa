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
    """Yield a binary file; on success it replaces ``path`` atomically, on error it vanishes."""
    path = Path(path)
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


def atomic_write_bytes(path: Path, data: bytes, *, private: bool = False) -> None:
    with atomic_writer(path, private=private) as handle:
        handle.write(data)


def private_file(path: Path) -> None:
    """Create ``path`` (if missing) readable and writable by the owner only."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


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
