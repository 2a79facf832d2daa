"""A file that is not a Samordnare database is never silently made one (#13, second pass).

Hostile cases: an empty (0-byte) file, an SQLite database of another program without a single
table, a missing file under ``check``; each command refuses with one line and changes nothing.
Only a path where no file exists becomes a new database, and that file is marked as ours from its
first byte (a crash while it is made never leaves an empty file behind).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from samordnare_desktop.app import main
from samordnare_desktop.db import backup, identity
from samordnare_desktop.domain.errors import DatabaseError
from samordnare_desktop.services.startup import open_database

UNEXPECTED = "oväntat fel"
COMMANDS = [
    ["check"],
    ["list", "visits"],
    ["backup"],
    ["erase", "person", "--name", "Anna Berg"],
    ["export", "person", "--name", "Anna Berg", "--out", "OUT/utdrag.pdf"],
    ["encrypt"],
    ["demo"],
]


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _files(folder: Path) -> dict[str, bytes]:
    """Every file but the instance locks (taken before a file is looked at, and harmless) and
    SQLite's own -wal/-shm of a live database (made when it is read, its content unchanged)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith((".lock", "-wal", "-shm"))
    }


def _other_programs_empty_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("kind", ["zero-bytes", "empty-sqlite"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: "-".join(c[:2]))
def test_every_command_refuses_a_file_that_is_no_samordnare_database(
    tmp_path: Path, capsys, monkeypatch, kind: str, command: list[str]
) -> None:
    monkeypatch.setenv("SAMORDNARE_PASSPHRASE", "korrekt häst batteri")
    db = tmp_path / "data.sqlite3"
    if kind == "zero-bytes":
        db.write_bytes(b"")
    else:
        _other_programs_empty_database(db)
    command = [part.replace("OUT", str(tmp_path)) for part in command]
    before = _files(tmp_path)
    code, out, err = _cli(capsys, "--db", str(db), *command)
    assert code == 2, (out, err)
    assert len(err.strip().splitlines()) == 1 and UNEXPECTED not in err
    assert "hel" not in out and "Ingenting ändrades" in err
    assert ("tom fil" if kind == "zero-bytes" else "annat program") in err
    assert _files(tmp_path) == before


def test_check_of_a_missing_file_creates_nothing(tmp_path: Path, capsys) -> None:
    db = tmp_path / "saknas.sqlite3"
    code, out, err = _cli(capsys, "--db", str(db), "check")
    assert code == 2 and "hel" not in out and "ingen databas" in err
    assert list(tmp_path.iterdir()) == []


def test_a_new_database_is_ours_from_its_first_byte(tmp_path: Path) -> None:
    db = tmp_path / "ny.sqlite3"
    # what a kill during an earlier creation left: a half-made file under the temporary name
    (tmp_path / ("ny.sqlite3" + identity.CREATING_SUFFIX)).write_bytes(b"")
    open_database(db, daily_backup=False).close()
    assert not (tmp_path / ("ny.sqlite3" + identity.CREATING_SUFFIX)).exists()
    found = identity.inspect(db)
    assert found.kind is identity.Kind.OURS and found.database_id


def test_a_crash_after_the_file_was_made_is_completed_at_the_next_start(tmp_path: Path) -> None:
    db = tmp_path / "ny.sqlite3"
    identity.create_file(db)  # the process died here: stamped, but no tables yet
    assert identity.inspect(db).kind is identity.Kind.OURS
    open_database(db, daily_backup=False).close()
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM municipality").fetchone()[0] == 290
    finally:
        conn.close()


def test_an_emptied_database_is_restored_from_its_backups(tmp_path: Path, capsys) -> None:
    """A full disk can truncate a file to 0 bytes: the refusal says how to get it back, and
    restore puts the newest backup in (without first "backing up" the empty file)."""
    db = tmp_path / "samordnare.sqlite3"
    assert main(["--db", str(db), "backup"]) == 0
    (made,) = backup.list_backups(db)
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    db.write_bytes(b"")
    identity._KNOWN.clear()
    code, _out, err = _cli(capsys, "--db", str(db), "list", "visits")
    assert code == 2 and "restore --latest-good" in err
    code, _out, err = _cli(capsys, "--db", str(db), "restore", "--latest-good")
    assert code == 0, err
    assert backup.list_backups(db) == [made]  # no "backup" of the empty file
    code, out, _err = _cli(capsys, "--db", str(db), "check")
    assert code == 0 and "hel" in out


def test_restore_of_an_empty_file_says_so(tmp_path: Path, capsys) -> None:
    db = tmp_path / "samordnare.sqlite3"
    assert main(["--db", str(db), "backup"]) == 0
    capsys.readouterr()
    empty = tmp_path / "tom.sqlite3"
    empty.write_bytes(b"")
    before = _files(tmp_path)
    code, _out, err = _cli(capsys, "--db", str(db), "restore", str(empty))
    assert code == 2 and "tom fil" in err and "annat program" not in err
    assert len(err.strip().splitlines()) == 1
    assert _files(tmp_path) == before


def test_check_refuses_a_database_of_a_newer_version_and_leaves_nothing_beside_it(
    tmp_path: Path, capsys
) -> None:
    """A revision this version does not know: ``check`` may not call it whole (backup and
    encrypt refuse it), and its look leaves no -wal/-shm beside the file."""
    path = tmp_path / "nyare.sqlite3"
    open_database(path, daily_backup=False).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff9999zzzz'")
    conn.commit()
    conn.close()
    identity._KNOWN.clear()
    before = sorted(p.name for p in tmp_path.iterdir())
    code, out, err = _cli(capsys, "--db", str(path), "check")
    assert code == 2 and "nyare version" in err and "hel" not in out
    after = sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock"))
    assert after == [n for n in before if not n.endswith(".lock")]
    assert not any(n.endswith(("-wal", "-shm")) for n in after)


@pytest.mark.parametrize("kind", ["empty", "pdf", "foreign"])
def test_a_refused_open_leaves_no_lock_file_beside_the_file(
    tmp_path: Path, capsys, monkeypatch, kind: str
) -> None:
    path = tmp_path / "fil.sqlite3"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "pdf":
        path.write_bytes(b"%PDF-1.4\n" + b"x" * 2000)
    else:
        _other_programs_empty_database(path)
    monkeypatch.setenv("SAMORDNARE_PASSPHRASE", "korrekt häst batteri")
    for command in (["list", "visits"], ["backup"], ["encrypt"], ["check"]):
        code, _out, err = _cli(capsys, "--db", str(path), *command)
        assert code == 2 and UNEXPECTED not in err.lower(), (command, err)
        assert not list(tmp_path.glob("*.lock")), command


def test_a_lock_file_removed_by_a_refused_open_is_taken_anew(tmp_path: Path) -> None:
    """The lock file a refused open removed is not held by a stale handle: the next start makes
    a new one and holds it (two starts never both hold the database)."""
    from samordnare_desktop.instance_lock import InstanceLock

    path = tmp_path / "a.sqlite3"
    first = InstanceLock(path)
    first.acquire()
    first.release(remove=True)
    assert not first.path.exists()
    second = InstanceLock(path)
    second.acquire()
    try:
        third = InstanceLock(path)
        with pytest.raises(DatabaseError):
            third.acquire()
    finally:
        second.release()


def test_the_window_makes_no_folders_for_a_mistyped_db(tmp_path: Path) -> None:
    """``--db nope/sub/x.sqlite3``: the window refuses with one line instead of creating the
    folders (only the default data location is created on first start)."""
    from tests.helpers import cli

    target = tmp_path / "nope" / "sub" / "x.sqlite3"
    done = cli(["--db", str(target), "--quit-after-ms", "0"])
    assert done.returncode == 2 and "finns inte" in done.stderr
    assert not (tmp_path / "nope").exists()
