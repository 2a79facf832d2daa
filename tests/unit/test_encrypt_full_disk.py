"""encrypt on a full disk (#13 item 6): one line about the disk at every step, the key file only
once the encrypted copy is durable, and a rerun that finishes the job."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from samordnare_desktop.db import backup, conversion, encryption, keys
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.services.municipalities import ContactInput
from samordnare_desktop.session import AppSession

PASSPHRASE = "korrekt häst batteri"


def _database(db_path: Path) -> None:
    with AppSession(db_path, daily_backup=False) as session:
        mjolby = session.services.municipalities.by_code("0586")
        session.services.municipalities.add_contact(mjolby.id, ContactInput("Anna Full"))
        backup.backup_now(db_path)
        backup.backup_now(db_path)


def _full(*_args, **_kwargs):
    raise sqlite3.OperationalError("database or disk is full")


def _no_space(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def _litter(folder: Path) -> list[str]:
    return sorted(
        p.name for p in folder.rglob("*") if p.name.endswith((".converting", ".part", ".replaced"))
    )


@pytest.mark.parametrize("step", ["export", "key file"])
def test_full_before_the_key_file_changes_nothing(db_path: Path, monkeypatch, step: str) -> None:
    _database(db_path)
    before = {p: p.read_bytes() for p in [db_path, *backup.list_backups(db_path)]}
    if step == "export":
        monkeypatch.setattr(conversion, "_export", _full)
    else:
        monkeypatch.setattr("samordnare_desktop.files.os.fsync", _no_space)
    with pytest.raises(UserError) as caught:
        conversion.encrypt_database(db_path, PASSPHRASE)
    message = caught.value.message
    assert "\n" not in message and ("Disken är full" in message or "utrymme" in message.lower())
    assert not keys.key_file_for(db_path).exists()
    assert not encryption.is_encrypted_file(db_path)
    assert {p: p.read_bytes() for p in before} == before
    assert _litter(db_path.parent) == []


def test_full_while_converting_backups_says_so_and_the_rerun_finishes(
    db_path: Path, monkeypatch
) -> None:
    _database(db_path)
    real_convert = conversion.convert_file
    calls = []

    def full_at_the_second_backup(path, source_key, target_key):
        calls.append(path)
        if len(calls) == 2:
            _full()
        return real_convert(path, source_key, target_key)

    monkeypatch.setattr(conversion, "convert_file", full_at_the_second_backup)
    with pytest.raises(UserError) as caught:
        conversion.encrypt_database(db_path, PASSPHRASE)
    assert "encrypt" in caught.value.message and "Ingenting ändrades" not in caught.value.message
    # never a key file beside a plaintext database
    assert keys.key_file_for(db_path).exists() and encryption.is_encrypted_file(db_path)
    monkeypatch.undo()
    conversion.encrypt_database(db_path, PASSPHRASE)  # the rerun resumes with the same key
    for path in [db_path, *backup.list_backups(db_path)]:
        assert encryption.is_encrypted_file(path), path
    key = keys.unlock_with_passphrase(db_path, PASSPHRASE)
    with AppSession(db_path, daily_backup=False, key=key) as session:
        mjolby = session.services.municipalities.by_code("0586")
        names = [c.name for c in session.services.municipalities.details(mjolby.id).contacts]
    assert names == ["Anna Full"]
