"""Database identity (#13 items 1, 2 and 5): every file the app keeps belongs to one database,
found by the UUID inside it; another program's SQLite file is refused by every command.

Hostile cases: two databases side by side in one folder (the README suggests ``--db demo.sqlite3``
beside the default), an old database with shared backups, a browser's ``places.sqlite``, a file
from a newer version, a backup of another database offered to restore, damaged copies and drafts
left in plaintext by encrypt.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from samordnare_desktop.app import main
from samordnare_desktop.db import backup, conversion, encryption, identity, keys
from samordnare_desktop.domain.errors import DatabaseError
from samordnare_desktop.services import recovery
from samordnare_desktop.services.municipalities import ContactInput
from samordnare_desktop.services.startup import open_database
from samordnare_desktop.session import AppSession

PASSPHRASE = "korrekt häst batteri"
CANARY = "Kanarie5d1c"


def _database(path: Path, contact: str | None = None, backups: int = 1) -> None:
    with AppSession(path, daily_backup=False) as session:
        if contact:
            mjolby = session.services.municipalities.by_code("0586")
            session.services.municipalities.add_contact(mjolby.id, ContactInput(contact))
        for n in range(backups):
            backup.backup_now(path, now=datetime(2026, 11, 1 + n, 9, 0))


def _contacts(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM contact"))
    finally:
        conn.close()


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _foreign(path: Path) -> None:
    """Another program's database: a browser history, say."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.se')")
    conn.commit()
    conn.close()


# --- "this is ours" and "this is that one" ----------------------------------------------------
def test_a_new_database_carries_the_application_id_and_a_uuid(db_path: Path) -> None:
    open_database(db_path, daily_backup=False).close()
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == identity.APPLICATION_ID
        (value,) = conn.execute(f"SELECT value FROM {identity.TABLE}").fetchone()
    finally:
        conn.close()
    assert len(value) == 32
    made = backup.backup_now(db_path)
    assert value in made.name and made.name.startswith(db_path.name)
    # the copy carries the same identity inside
    assert identity.read_id(made, None) == value
    assert backup.is_backup_file(made)  # never opened as a database (refused with --db)


def test_an_ordinary_start_opens_the_file_once(db_path: Path, monkeypatch) -> None:
    """Identity, schema version and the engine's work share one connection (issue #15); the
    file is read as a file for its application id first, so another program's file is still
    inspected read-only and refused untouched."""
    _database(db_path, backups=0)
    opened: list[str] = []
    real = sqlite3.connect

    def counted(target, *args, **kwargs):
        opened.append(str(target))
        return real(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", counted)
    db = open_database(db_path, daily_backup=False)
    try:
        with db.read() as s:
            s.connection()  # the engine's work starts on the connection start-up opened
        assert identity.header_application_id(db_path) == identity.APPLICATION_ID
        assert opened == [str(db_path)]
    finally:
        db.close()
    foreign = db_path.with_name("places.sqlite")
    _foreign(foreign)
    before = foreign.read_bytes()
    opened.clear()
    with pytest.raises(DatabaseError):
        open_database(foreign, daily_backup=False)
    assert opened == [f"file:{foreign}?mode=ro"] and foreign.read_bytes() == before


def test_two_databases_side_by_side_never_see_each_others_backups(tmp_path: Path) -> None:
    ours = tmp_path / "samordnare.sqlite3"
    demo = tmp_path / "demo.sqlite3"
    _database(ours, "Anna Ours", backups=3)
    _database(demo, None, backups=2)  # the demo database's backups are newer and empty
    assert len(backup.list_backups(ours)) == 3 and len(backup.list_backups(demo)) == 2
    assert not set(backup.list_backups(ours)) & set(backup.list_backups(demo))
    # rotation counts each database's own copies only
    for n in range(20):
        backup.backup_now(demo, now=datetime(2026, 12, 1, 9, n))
    assert len(backup.list_backups(demo)) == backup.KEEP_BACKUPS
    assert len(backup.list_backups(ours)) == 3
    # restore --latest-good restores the database's own backup, never the other's
    restored = recovery.restore_latest_good(ours)
    assert restored.backup in backup.list_backups(ours) or restored.backup.parent.exists()
    assert _contacts(ours) == ["Anna Ours"]
    assert identity.database_id(ours) != identity.database_id(demo)


def test_encrypt_and_erase_touch_only_their_own_databases_backups(tmp_path: Path) -> None:
    ours = tmp_path / "samordnare.sqlite3"
    demo = tmp_path / "demo.sqlite3"
    _database(ours, "Anna Berg", backups=2)
    _database(demo, "Anna Berg", backups=2)
    demo_files = {p: p.read_bytes() for p in backup.list_backups(demo)}
    with AppSession(ours, daily_backup=False) as session:
        session.services.privacy.erase_person("Anna Berg")
    assert {p: p.read_bytes() for p in backup.list_backups(demo)} == demo_files
    conversion.encrypt_database(ours, PASSPHRASE)
    encryption.forget_all_keys()
    assert all(encryption.is_encrypted_file(p) for p in backup.list_backups(ours))
    assert {p: p.read_bytes() for p in backup.list_backups(demo)} == demo_files
    assert _contacts(demo) == ["Anna Berg"]


def test_restore_refuses_a_backup_of_another_database(tmp_path: Path, capsys) -> None:
    ours = tmp_path / "samordnare.sqlite3"
    demo = tmp_path / "demo.sqlite3"
    _database(ours, "Anna Ours")
    _database(demo, "Bo Demo")
    before = ours.read_bytes()
    (theirs,) = backup.list_backups(demo)
    with pytest.raises(DatabaseError, match="annan databas"):
        backup.restore(theirs, ours)
    assert ours.read_bytes() == before
    code, _out, err = _cli(capsys, "--db", str(ours), "restore", str(theirs))
    assert code == 2 and len(err.strip().splitlines()) == 1 and "annan databas" in err


def test_an_old_database_gets_an_identity_and_takes_over_the_folders_old_backups(
    db_path: Path,
) -> None:
    _database(db_path, "Anna Berg", backups=0)
    folder = backup.backup_dir_for(db_path)
    folder.mkdir()
    for day in (1, 2):  # backups named as before: one name for every database in the folder
        (folder / f"samordnare-2026-10-0{day}T090000-000000.sqlite3").write_bytes(
            db_path.read_bytes()
        )
    (folder / "damaged-2026-10-03T090000-000000.sqlite3").write_bytes(b"torn" * 1000)
    conn = sqlite3.connect(db_path)  # as the previous version left it
    conn.execute(f"DROP TABLE {identity.TABLE}")
    conn.execute("PRAGMA application_id = 0")
    conn.commit()
    conn.close()
    identity._KNOWN.clear()
    assert identity.inspect(db_path).kind is identity.Kind.LEGACY
    open_database(db_path, daily_backup=False).close()
    found = identity.inspect(db_path)
    assert found.kind is identity.Kind.OURS and found.database_id
    assert len(backup.list_backups(db_path)) == 2 and len(backup.list_damaged(db_path)) == 1
    assert not list(folder.glob("samordnare-2026-*"))


def test_old_backups_shared_by_two_databases_are_adopted_by_neither(tmp_path: Path) -> None:
    ours = tmp_path / "samordnare.sqlite3"
    demo = tmp_path / "demo.sqlite3"
    _database(ours, backups=0)
    _database(demo, backups=0)
    folder = backup.backup_dir_for(ours)
    folder.mkdir()
    legacy = folder / "samordnare-2026-10-01T090000-000000.sqlite3"
    legacy.write_bytes(ours.read_bytes())
    for path in (ours, demo):
        conn = sqlite3.connect(path)
        conn.execute(f"DROP TABLE {identity.TABLE}")
        conn.execute("PRAGMA application_id = 0")
        conn.commit()
        conn.close()
    identity._KNOWN.clear()
    open_database(ours, daily_backup=False).close()
    assert legacy.exists() and backup.list_backups(ours) == []


# --- foreign files ------------------------------------------------------------------------------
COMMANDS = (
    ("check",),
    ("backup",),
    ("list", "visits"),
    ("demo",),
    ("export", "person", "--name", "Anna Berg", "--out", "utdrag"),
)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_another_programs_database_is_refused_by_every_command_unchanged(
    tmp_path: Path, capsys, command: tuple[str, ...]
) -> None:
    places = tmp_path / "places.sqlite"
    _foreign(places)
    before = places.read_bytes()
    code, _out, err = _cli(capsys, "--db", str(places), *command)
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1 and "inte en Samordnare Desktop-databas" in err
    assert places.read_bytes() == before
    # nothing beside it either (the instance lock's own file aside, db/instance_lock.py)
    assert [p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")] == ["places.sqlite"]


def test_encrypt_refuses_a_foreign_file_and_writes_no_key_file(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    places = tmp_path / "places.sqlite"
    _foreign(places)
    before = places.read_bytes()
    monkeypatch.setenv("SAMORDNARE_PASSPHRASE", PASSPHRASE)
    code, _out, err = _cli(capsys, "--db", str(places), "encrypt")
    assert code == 2 and "inte en Samordnare Desktop-databas" in err
    assert places.read_bytes() == before
    assert not keys.key_file_for(places).exists()
    with pytest.raises(DatabaseError, match="inte en Samordnare Desktop-databas"):
        conversion.encrypt_database(places, PASSPHRASE)
    assert places.read_bytes() == before and not keys.key_file_for(places).exists()


def test_encrypt_refuses_a_database_from_a_newer_version(db_path: Path) -> None:
    open_database(db_path, daily_backup=False).close()
    conn = sqlite3.connect(db_path)
    conn.execute("DELETE FROM alembic_version")
    conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="nyare version"):
        conversion.encrypt_database(db_path, PASSPHRASE)
    assert db_path.read_bytes() == before and not keys.key_file_for(db_path).exists()


@pytest.mark.parametrize("kind", ["foreign", "newer", "empty"])
def test_restore_refuses_a_file_that_is_not_a_samordnare_backup(
    tmp_path: Path, db_path: Path, capsys, kind: str
) -> None:
    _database(db_path, "Anna Berg", backups=0)
    other = tmp_path / "other.sqlite3"
    if kind == "foreign":
        _foreign(other)
    elif kind == "empty":
        sqlite3.connect(other).close()
        other.write_bytes(b"")
    else:
        other.write_bytes(db_path.read_bytes())
        conn = sqlite3.connect(other)
        conn.execute("DELETE FROM alembic_version")
        conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
        conn.commit()
        conn.close()
    before = db_path.read_bytes()
    code, _out, err = _cli(capsys, "--db", str(db_path), "restore", str(other))
    assert code == 2 and len(err.strip().splitlines()) == 1, err
    assert db_path.read_bytes() == before
    assert backup.list_backups(db_path) == []  # not even the safety backup: nothing changed


# --- damaged copies and drafts under encryption ---------------------------------------------
def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\xff" * 8192
    path.write_bytes(bytes(data))


def test_encrypt_converts_or_scrubs_damaged_copies_and_seals_old_drafts(db_path: Path) -> None:
    _database(db_path, f"{CANARY} Andersson", backups=1)
    identity._KNOWN.clear()
    _damage(db_path)
    restored = recovery.restore_latest_good(db_path)
    assert restored.kept is not None and restored.kept in backup.list_damaged(db_path)
    drafts = db_path.parent / "drafts"  # as before each database had its own drafts folder
    drafts.mkdir()
    payload = {"key": "contact-new", "values": {"name": f"{CANARY} Bengtsson"}}
    (drafts / "contact-new.json").write_text(json.dumps(payload), encoding="utf-8")
    conversion.encrypt_database(db_path, PASSPHRASE)
    draft = encryption.drafts_dir(db_path) / "contact-new.json"  # the only database: its own
    assert draft.exists() and not (drafts / "contact-new.json").exists()
    for path in db_path.parent.rglob("*"):
        if path.is_file() and path.name != keys.key_file_for(db_path).name:
            assert CANARY.encode() not in path.read_bytes(), path
    assert encryption.is_encrypted_file(db_path)
    for copy in backup.list_damaged(db_path):
        assert encryption.is_encrypted_file(copy)
    # decrypt turns the sealed draft back into a readable one
    key = keys.unlock_with_passphrase(db_path, PASSPHRASE)
    conversion.decrypt_database(db_path, key)
    assert CANARY in draft.read_text(encoding="utf-8")
    assert not draft.read_bytes().startswith(encryption.SEALED_MAGIC)


def test_damaged_copies_are_rotated_like_backups(db_path: Path) -> None:
    _database(db_path, backups=1)
    database_id = identity.database_id(db_path)
    folder = backup.backup_dir_for(db_path)
    for n in range(backup.KEEP_DAMAGED + 5):
        name = f"damaged-{db_path.name}-{database_id}-2026-10-{n + 1:02d}T090000-000000.sqlite3"
        (folder / name).write_bytes(b"x")
    backup.rotate(db_path)
    assert len(backup.list_damaged(db_path)) == backup.KEEP_DAMAGED
