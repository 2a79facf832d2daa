"""A copy of a database is another database (#13, second pass): it gets its own identity.

The UUID inside a file names its backups and drafts; a copy carries the original's. Hostile cases:
``cp`` while the app is closed, a copy into another folder, a backup copied out of ``backups/``,
the original renamed after the copy was made; and what must NOT become a second identity: a
moved or renamed database, one file under two names (a hard link), a restored backup.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from samordnare_desktop.app import main
from samordnare_desktop.db import backup, identity
from samordnare_desktop.services.municipalities import ContactInput
from samordnare_desktop.session import AppSession


@pytest.fixture(autouse=True)
def _forget_identities() -> None:
    identity._KNOWN.clear()  # each step as a fresh process would see it


def _make(path: Path, contact: str, backups: int = 2) -> str:
    with AppSession(path, daily_backup=False) as session:
        mjolby = session.services.municipalities.by_code("0586")
        session.services.municipalities.add_contact(mjolby.id, ContactInput(contact))
        for n in range(backups):
            backup.backup_now(path, now=datetime(2026, 11, 1 + n, 9, 0))
    identity._KNOWN.clear()
    return _uuid(path)


def _uuid(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            f"SELECT value FROM {identity.TABLE} WHERE name = 'database_id'"
        ).fetchone()[0]
    finally:
        conn.close()


def _open(path: Path) -> None:
    AppSession(path, daily_backup=False).close()
    identity._KNOWN.clear()


def _copy(source: Path, target: Path) -> None:
    """``cp``: the file alone (the app closed, so the WAL is checkpointed)."""
    shutil.copyfile(source, target)


def _contacts(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM contact"))
    finally:
        conn.close()


def test_a_copy_made_while_the_app_is_closed_gets_its_own_identity(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    original = _make(a, "Anna Original")
    a_backups = backup.list_backups(a)
    _copy(a, b)
    # before the copy is opened, read-only looks see none of the original's files
    assert identity.inspect(b).copied and identity.database_id(b) is None
    assert backup.list_backups(b) == [] and backup.owner_id(b) is None
    _open(b)
    assert _uuid(b) != original and _uuid(a) == original  # the original keeps its identity
    backup.backup_now(b)
    assert backup.list_backups(a) == a_backups
    assert not set(backup.list_backups(b)) & set(a_backups)
    _open(a)  # the original stays the original on its next open
    assert _uuid(a) == original


def test_restore_latest_good_on_a_copy_never_restores_the_originals_backup(
    tmp_path: Path, capsys
) -> None:
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    _make(a, "Anna Original")
    _copy(a, b)
    conn = sqlite3.connect(b)  # the copy goes its own way (edited by hand, say)
    conn.execute("UPDATE contact SET name = 'Bo Kopia'")
    conn.commit()
    conn.close()
    code = main(["--db", str(b), "restore", "--latest-good"])
    assert code == 2 and "Ingen säkerhetskopia" in capsys.readouterr().err
    assert _contacts(b) == ["Bo Kopia"]


def test_erase_and_rotation_on_a_copy_leave_the_originals_backups_alone(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    _make(a, "Anna Berg")
    before = {p: p.read_bytes() for p in backup.list_backups(a)}
    _copy(a, b)
    with AppSession(b, daily_backup=False) as session:
        session.services.privacy.erase_person("Anna Berg")
        for n in range(backup.KEEP_BACKUPS + 3):
            backup.backup_now(b, now=datetime(2026, 12, 1, 9, n))
    assert {p: p.read_bytes() for p in backup.list_backups(a)} == before
    assert _contacts(a) == ["Anna Berg"]


@pytest.mark.parametrize("name", ["fran-backup.sqlite3", "a.sqlite3-kopia"])
def test_a_backup_copied_out_beside_the_original_gets_its_own_identity(
    tmp_path: Path, name: str
) -> None:
    a = tmp_path / "a.sqlite3"
    original = _make(a, "Anna Original")
    copy = tmp_path / name  # a copy made by the app itself, then taken out
    _copy(backup.list_backups(a)[0], copy)
    _open(copy)
    assert _uuid(copy) != original and _uuid(a) == original


def test_a_folder_copied_whole_elsewhere_keeps_its_backups_coherent(tmp_path: Path) -> None:
    """Backups and drafts are per folder: a copy of the whole folder (a USB stick) shares nothing
    with the original, so it keeps the id its copied backups carry; brought back beside the
    original under another name, it is a copy there and gets its own."""
    home = tmp_path / "hem"
    home.mkdir()
    a = home / "a.sqlite3"
    original = _make(a, "Anna Original")
    stick = tmp_path / "usb"
    shutil.copytree(home, stick)
    _open(stick / "a.sqlite3")
    assert _uuid(stick / "a.sqlite3") == original
    assert len(backup.list_backups(stick / "a.sqlite3")) == 2
    assert backup.newest_good_backup(stick / "a.sqlite3") is not None
    back = home / "fran-usb.sqlite3"
    _copy(stick / "a.sqlite3", back)
    _open(back)
    assert _uuid(back) != original and _uuid(a) == original
    assert backup.list_backups(back) == []


def test_the_original_renamed_after_the_copy_was_made_still_tells_them_apart(
    tmp_path: Path,
) -> None:
    a, b, old = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3", tmp_path / "a-gammal.sqlite3"
    original = _make(a, "Anna Original")
    _copy(a, b)
    os.replace(a, old)
    _open(b)  # the recorded place is gone, but its twin in the folder is the recorded file
    _open(old)
    assert _uuid(old) == original and _uuid(b) != original
    assert len(backup.list_backups(old)) == 2 and backup.list_backups(b) == []


@pytest.mark.parametrize("how", ["renamed", "copied-then-original-deleted", "other-folder"])
def test_a_moved_database_keeps_its_identity_and_backups(tmp_path: Path, how: str) -> None:
    a = tmp_path / "a.sqlite3"
    original = _make(a, "Anna Original")
    moved = tmp_path / "c.sqlite3"
    if how == "renamed":
        os.replace(a, moved)
    elif how == "copied-then-original-deleted":
        _copy(a, moved)
        a.unlink()
    else:  # onto another disk, where the folder and its backups come along
        moved = tmp_path / "ny-plats" / "a.sqlite3"
        shutil.copytree(tmp_path, tmp_path.parent / "flytt")
        shutil.rmtree(tmp_path / "backups")
        a.unlink()
        shutil.move(tmp_path.parent / "flytt", tmp_path / "ny-plats")
    _open(moved)
    assert _uuid(moved) == original
    assert len(backup.list_backups(moved)) == 2
    # the new place is recorded: a copy made from here on is told apart from it
    copy = moved.with_name("kopia.sqlite3")
    _copy(moved, copy)
    _open(copy)
    assert _uuid(copy) != original and _uuid(moved) == original


def test_one_database_under_two_names_is_one_identity(tmp_path: Path) -> None:
    a, h = tmp_path / "a.sqlite3", tmp_path / "h.sqlite3"
    original = _make(a, "Anna Original", backups=1)
    os.link(a, h)
    _open(h)
    backup.backup_now(h)
    _open(a)
    assert _uuid(a) == _uuid(h) == original
    assert len(backup.list_backups(a)) == len(backup.list_backups(h)) == 2
    a.unlink()  # the first name goes: the second keeps the identity
    _open(h)
    assert _uuid(h) == original


def test_a_restored_backup_keeps_the_identity_of_the_database_it_restores(
    tmp_path: Path, capsys
) -> None:
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    original = _make(a, "Anna Original")
    _copy(a, b)
    _open(b)
    assert main(["--db", str(a), "restore", "--latest-good"]) == 0, capsys.readouterr().err
    _open(a)
    assert _uuid(a) == original
    assert len(backup.list_backups(a)) == 3  # its two and the safety copy
    os.replace(a, tmp_path / "c.sqlite3")  # renamed, then restored: still itself
    c = tmp_path / "c.sqlite3"
    assert main(["--db", str(c), "restore", "--latest-good"]) == 0, capsys.readouterr().err
    _open(c)
    assert _uuid(c) == original and _uuid(b) != original


@pytest.mark.parametrize("command", [["encrypt"], ["restore", "--latest-good"]])
def test_a_database_under_two_names_is_never_replaced_under_one(
    tmp_path: Path, capsys, monkeypatch, command: list[str]
) -> None:
    """Encrypt put a new file under one name and scrubbed the old one: the other name was left
    holding zeros. Restore would leave it holding the state before. Both refuse, change nothing."""
    monkeypatch.setenv("SAMORDNARE_PASSPHRASE", "korrekt häst batteri")
    a, h = tmp_path / "a.sqlite3", tmp_path / "h.sqlite3"
    _make(a, "Anna Original")
    os.link(a, h)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    code = main(["--db", str(h), *command])
    err = capsys.readouterr().err
    assert code == 2 and "hårda länkar" in err and len(err.strip().splitlines()) == 1
    after = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert {p: d for p, d in after.items() if not p.name.endswith(".lock")} == {
        p: d for p, d in before.items() if not p.name.endswith(".lock")
    }
    h.unlink()  # one name again: it goes ahead
    assert main(["--db", str(a), *command]) == 0, capsys.readouterr().err


def test_a_backup_is_not_opened_as_a_database_and_never_chosen_if_it_was(
    tmp_path: Path, capsys
) -> None:
    a = tmp_path / "a.sqlite3"
    original = _make(a, "Anna Original")
    newest = backup.list_backups(a)[0]
    before = newest.read_bytes()
    code = main(["--db", str(newest), "list", "visits"])
    err = capsys.readouterr().err
    assert code == 2 and "säkerhetskopia" in err and len(err.strip().splitlines()) == 1
    assert newest.read_bytes() == before
    # opened by another tool and given another id inside: restore passes over it
    conn = sqlite3.connect(newest)
    conn.execute(f"UPDATE {identity.TABLE} SET value = ? WHERE name = 'database_id'", ("f" * 32,))
    conn.commit()
    conn.close()
    chosen = backup.newest_good_backup(a)
    assert chosen is not None and chosen != newest and original in chosen.name
