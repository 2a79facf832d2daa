"""The instance lock: on the database file's identity, Qt-free, with a true message."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from samordnare_desktop.domain.errors import DatabaseError
from samordnare_desktop.instance_lock import InstanceLock, lock_path_for
from samordnare_desktop.services.startup import open_database
from samordnare_desktop.session import AppSession
from tests.helpers import ROOT, lock_held_by_other_process


def test_a_command_line_holder_is_named_a_program_not_a_window(db_path: Path) -> None:
    with (
        lock_held_by_other_process(db_path, role="program") as holder,
        pytest.raises(DatabaseError) as refused,
    ):
        InstanceLock(db_path).acquire()
    text = str(refused.value)
    assert "ett annat Samordnare Desktop-program" in text and "fönster" not in text
    assert f"process {holder.pid}" in text


def test_a_window_holder_is_named_a_window(db_path: Path) -> None:
    with (
        lock_held_by_other_process(db_path, role="window") as holder,
        pytest.raises(DatabaseError, match=f"Samordnare Desktop-fönster \\(process {holder.pid}"),
    ):
        InstanceLock(db_path).acquire()


@contextmanager
def _session_held_by_other_process(db_path: Path) -> Iterator[None]:
    code = (
        "import sys, time\n"
        "from samordnare_desktop.session import AppSession\n"
        "s = AppSession(sys.argv[1], daily_backup=False)\n"
        "print('open', flush=True)\n"
        "time.sleep(120)\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", code, str(db_path)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
            yield
        finally:
            holder.kill()  # like a crash
            holder.wait()


@pytest.mark.parametrize("spelling", ["hard link", "symlink", "dotted path"])
def test_another_name_for_the_same_file_is_the_same_lock(
    tmp_path: Path, db_path: Path, spelling: str
) -> None:
    open_database(db_path, daily_backup=False).close()
    other_dir = tmp_path / "elsewhere"
    other_dir.mkdir()
    if spelling == "hard link":
        other = other_dir / "same.sqlite3"
        os.link(db_path, other)
    elif spelling == "symlink":
        other = other_dir / "same.sqlite3"
        other.symlink_to(db_path)
    else:
        other = db_path.parent / ".." / db_path.parent.name / db_path.name
    with _session_held_by_other_process(db_path):
        before = db_path.read_bytes()
        with pytest.raises(DatabaseError, match="ett annat Samordnare Desktop-program"):
            AppSession(other, daily_backup=False)
        assert db_path.read_bytes() == before
        if spelling != "dotted path":  # no second -wal beside the other name
            assert not Path(str(other) + "-wal").exists()
    # the holder died like a crash: both locks went with it
    AppSession(other, daily_backup=False).close()


def test_a_new_database_is_locked_by_its_identity_once_created(
    tmp_path: Path, db_path: Path
) -> None:
    with AppSession(db_path, daily_backup=False):
        link = tmp_path / "link.sqlite3"
        os.link(db_path, link)
        with pytest.raises(DatabaseError, match="redan"):
            InstanceLock(link).acquire()
    lock = InstanceLock(link)
    lock.acquire()
    lock.release()


def test_lock_file_is_private_and_beside_the_real_file(tmp_path: Path, db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    link = tmp_path / "link.sqlite3"
    link.symlink_to(db_path)
    lock = InstanceLock(link)
    lock.acquire()
    try:
        assert lock_path_for(link) == db_path.with_name(db_path.name + ".lock")
        assert (lock_path_for(link).stat().st_mode & 0o777) == 0o600
    finally:
        lock.release()
    assert not db_path.exists()  # locking creates no database


def test_instance_lock_imports_no_qt() -> None:
    code = (
        "import sys\n"
        "import samordnare_desktop.instance_lock, samordnare_desktop.session\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "[]"
