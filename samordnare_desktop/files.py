"""Every file the app writes goes through here: write a temporary file, fsync, rename.

A crash or a full disk then leaves either the old file or the new one, never half of one.
"""

from __future__ import annotations

import errno
import os
import re
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
        _make_folder(path.parent)
        _remember_folder(path.parent)
        fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=_temp_prefix(path), suffix=".part")
    except OSError as exc:
        raise UserError(
            translate("files", "Could not write {path}: {reason}").format(
                path=str(path), reason=os_error_reason(exc)
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
                path=str(path), reason=os_error_reason(exc)
            )
        ) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _make_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) if missing. Where its name is a file or a link to
    nothing, that is said as such (a path through a file; a folder that does not exist), not as
    the "already exists" ``mkdir`` reports."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:
        code = errno.ENOENT if folder.is_symlink() and not folder.exists() else errno.ENOTDIR
        raise OSError(code, os.strerror(code), str(folder)) from exc


def os_error_reason(exc: OSError) -> str:
    """Why a file or folder could not be used, in the user's language, by ``exc.errno``: the one
    place an ``OSError`` becomes text for the user (the window and the command line alike). A
    short clause for "Could not write {path}: {reason}"; only an errno not named here keeps the
    operating system's own text."""
    code = exc.errno
    if code == errno.EROFS:
        return translate("files", "the drive or folder is read-only")
    if code in (errno.EACCES, errno.EPERM):
        return translate("files", "you do not have permission to use it")
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return translate("files", "the disk is full (or your disk quota is used up)")
    if code == errno.EFBIG:
        return translate("files", "the file is too large for the drive")
    if code == errno.ENOENT:
        return translate("files", "the folder or the file does not exist")
    if code == errno.EISDIR:
        return translate("files", "it is a folder, not a file")
    if code == errno.ENOTDIR:
        return translate("files", "a part of the path is a file, not a folder")
    if code == errno.EEXIST:
        return translate("files", "a file or folder of that name already exists")
    if code == errno.ENAMETOOLONG:
        return translate("files", "the name is too long")
    if code in (errno.EBUSY, getattr(errno, "ETXTBSY", errno.EBUSY)):
        return translate("files", "the file is in use by another program")
    text = exc.strerror or str(exc) or type(exc).__name__
    return translate("files", "the system reports: {text}").format(text=text)


# --- litter: temporary files a killed process left behind -------------------------------------
# A temporary file is named ``.<name>.<pid>.<random>.part`` in the folder of the file it becomes;
# the folders written to are remembered (a small list in the user's state folder), so the next
# start removes what a process that no longer runs left there.
_FOLDERS_FILE = "written-folders.txt"
_LITTER = re.compile(r"^\..+\.(\d+)\.[^.]+\.part(?:-journal)?$")


def _temp_prefix(path: Path) -> str:
    return f".{path.name}.{os.getpid()}."


def _state_dir() -> Path:
    from platformdirs import user_state_dir

    return Path(
        os.environ.get("SAMORDNARE_STATE_DIR")
        or user_state_dir("SamordnareDesktop", appauthor=False)
    )


def _remember_folder(folder: Path) -> None:
    try:
        record = _state_dir() / _FOLDERS_FILE
        folder_text = str(Path(folder).resolve())
        known = record.read_text(encoding="utf-8").splitlines() if record.exists() else []
        if folder_text in known:
            return
        private_dir(record.parent)
        known = [*known, folder_text][-50:]  # the recent ones are enough
        fd = os.open(record, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write("\n".join(known) + "\n")
    except OSError:
        pass  # best effort: remembering where litter may be must never stop a save


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_litter(folders: list[Path] | None = None) -> int:
    """Remove temporary files left by processes that no longer run (in the folders written to,
    and ``folders``); returns how many. Called at start."""
    record = _state_dir() / _FOLDERS_FILE
    try:
        known = [Path(line) for line in record.read_text(encoding="utf-8").splitlines() if line]
    except OSError:
        known = []
    removed = 0
    for folder in {*known, *(folders or [])}:
        try:
            entries = list(Path(folder).iterdir())
        except OSError:
            continue
        for entry in entries:
            match = _LITTER.match(entry.name)
            if match and not _running(int(match.group(1))) and entry.is_file():
                try:
                    entry.unlink()
                    removed += 1
                except OSError:
                    pass
    return removed


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


def write_pdf(path: Path, data: bytes) -> Path:
    """Save a PDF the app built: the one way every document reaches the disk, from the window and
    the command line alike. Written atomically (the old file or the new one, never half of one);
    ``~`` is expanded. Any failure is the same refusal in every place: "The PDF was not saved."
    and why."""
    path = Path(path).expanduser()
    try:
        atomic_write_bytes(path, data)
    except UserError as exc:
        raise UserError(
            translate("files", "The PDF was not saved. {problem}").format(problem=exc.message)
        ) from exc
    return path


def write_docx(path: Path, data: bytes) -> Path:
    """Save a Word document the app built, as :func:`write_pdf` saves a PDF: atomically, ``~``
    expanded, any failure one refusal: "The Word document was not saved." and why."""
    path = Path(path).expanduser()
    try:
        atomic_write_bytes(path, data)
    except UserError as exc:
        raise UserError(
            translate("files", "The Word document was not saved. {problem}").format(
                problem=exc.message
            )
        ) from exc
    return path


def atomic_write_set(files: list[tuple[Path, bytes]], *, private: bool = False) -> None:
    """Write several files as one set: every one appears, or none does.

    Each is written to a temporary file and synced first (a full disk stops it here, and every
    temporary file is removed); only then are they renamed into place, one after the other.
    """
    written: list[tuple[Path, Path]] = []
    files = [(writable_target(Path(path)), data) for path, data in files]
    try:
        for path, data in files:
            _remember_folder(path.parent)
            fd, temp_name = tempfile.mkstemp(
                dir=path.parent, prefix=_temp_prefix(path), suffix=".part"
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
                path=str(files[min(len(written), len(files)) - 1][0]), reason=os_error_reason(exc)
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
