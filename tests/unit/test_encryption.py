"""Encryption at rest: key file, unlock, refusing plaintext opens, encrypt/decrypt with backups."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from samordnare_desktop.db import backup, conversion, encryption, keys
from samordnare_desktop.domain.errors import DatabaseError, ValidationError
from samordnare_desktop.services.municipalities import ContactInput
from samordnare_desktop.services.startup import open_database
from samordnare_desktop.session import AppSession
from tests.helpers import cli

CANARY = "Kanarie7f3a9"
PASSPHRASE = "korrekt häst batteri"


def _all_bytes(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _make_database(db_path: Path, *, with_backup: bool = True) -> None:
    with AppSession(db_path, daily_backup=False) as session:
        mjolby = session.services.municipalities.by_code("0586")
        session.services.municipalities.add_contact(
            mjolby.id, ContactInput(f"{CANARY} Andersson", email="kanarie@example.se")
        )
        if with_backup:
            backup.backup_now(db_path)


def _contact_names(session: AppSession) -> list[str]:
    mjolby = session.services.municipalities.by_code("0586")
    return [c.name for c in session.services.municipalities.details(mjolby.id).contacts]


@pytest.fixture
def encrypted(db_path: Path) -> keys.NewKeys:
    _make_database(db_path)
    new = conversion.encrypt_database(db_path, PASSPHRASE)
    encryption.forget_all_keys()
    return new


def test_encrypt_leaves_no_plaintext_and_a_private_versioned_key_file(
    db_path: Path, encrypted: keys.NewKeys
) -> None:
    files = _all_bytes(db_path.parent)
    assert db_path in files and backup.list_backups(db_path)
    for path, data in files.items():
        assert CANARY.encode() not in data, path
        if path.suffix == ".sqlite3":
            assert not data.startswith(encryption.SQLITE_HEADER), path
    key_file = keys.key_file_for(db_path)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    document = json.loads(key_file.read_text())
    assert document["version"] == keys.FORMAT_VERSION
    assert document["passphrase"]["kdf"]["name"] == "scrypt"
    assert {"n", "r", "p"} <= set(document["passphrase"]["kdf"])
    assert encrypted.data_key.hex() not in key_file.read_text()
    assert len(encrypted.recovery_key.split("-")) == 8


def test_unlock_with_passphrase_opens_data_and_backups_stay_encrypted(
    db_path: Path, encrypted: keys.NewKeys
) -> None:
    key = keys.unlock_with_passphrase(db_path, PASSPHRASE)
    assert key == encrypted.data_key
    with AppSession(db_path, daily_backup=False, key=key) as session:
        assert _contact_names(session) == [f"{CANARY} Andersson"]
        assert session.db.encrypted
        with session.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        new_backup = backup.backup_now(db_path)
    data = new_backup.read_bytes()
    assert not data.startswith(encryption.SQLITE_HEADER) and CANARY.encode() not in data
    assert backup.integrity_problems(new_backup) == []


def test_recovery_key_unlocks_as_typed(db_path: Path, encrypted: keys.NewKeys) -> None:
    typed = " " + encrypted.recovery_key.lower().replace("-", " ") + " "
    assert keys.unlock_with_recovery_key(db_path, typed) == encrypted.data_key


def test_wrong_secrets_change_nothing(db_path: Path, encrypted: keys.NewKeys) -> None:
    before = _all_bytes(db_path.parent)
    with pytest.raises(keys.WrongSecretError, match="Fel lösenfras"):
        keys.unlock_with_passphrase(db_path, "fel lösenfras")
    with pytest.raises(keys.WrongSecretError):
        keys.unlock_with_recovery_key(db_path, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    with pytest.raises(DatabaseError):
        AppSession(db_path, daily_backup=False, key=b"\x01" * 32)
    assert _all_bytes(db_path.parent) == before


def test_encrypted_database_is_never_opened_or_recreated_as_plaintext(
    db_path: Path, encrypted: keys.NewKeys
) -> None:
    before = _all_bytes(db_path.parent)
    with pytest.raises(DatabaseError, match="krypterad"):
        open_database(db_path, daily_backup=False)
    assert _all_bytes(db_path.parent) == before
    # The database file gone but its key file there: refuse instead of creating a new one.
    moved = db_path.with_name("moved.sqlite3")
    db_path.rename(moved)
    with pytest.raises(DatabaseError, match="saknas"):
        open_database(db_path, daily_backup=False, key=encrypted.data_key)
    assert not db_path.exists()
    # An encrypted file without its key file is not mistaken for an empty database either.
    moved.rename(db_path)
    keys.key_file_for(db_path).rename(db_path.with_name("keys.bak"))
    encryption.forget_all_keys()
    with pytest.raises(DatabaseError, match="kan inte läsas"):
        open_database(db_path, daily_backup=False)
    assert db_path.read_bytes() == before[db_path]


def test_driver_errors_are_sqlalchemy_errors_on_an_encrypted_database(
    db_path: Path, encrypted: keys.NewKeys
) -> None:
    db = open_database(db_path, daily_backup=False, key=encrypted.data_key)
    try:
        with pytest.raises(IntegrityError), db.write() as s:
            s.execute(
                text(
                    "INSERT INTO county (id, code, name, created_at, updated_at, version)"
                    " VALUES (x'00', '01', 'dup', 0, 0, 1)"
                )
            )
    finally:
        db.close()


def test_decrypt_restores_plaintext_everywhere_and_removes_the_key_file(
    db_path: Path, encrypted: keys.NewKeys
) -> None:
    conversion.decrypt_database(db_path, encrypted.data_key)
    assert not keys.key_file_for(db_path).exists()
    for path in [db_path, *backup.list_backups(db_path)]:
        assert path.read_bytes().startswith(encryption.SQLITE_HEADER)
        assert backup.integrity_problems(path) == []
    with AppSession(db_path, daily_backup=False) as session:
        assert _contact_names(session) == [f"{CANARY} Andersson"]
    assert not [p for p in db_path.parent.rglob("*") if p.name.endswith(encryption.OLD_SUFFIX)]


def test_interrupted_encryption_resumes_with_the_same_data_key(db_path: Path) -> None:
    _make_database(db_path)
    document, first = keys.build_key_file(PASSPHRASE)
    keys.write_key_file(db_path, document)  # crashed right after writing the key file
    with pytest.raises(DatabaseError, match="avbröts"):
        open_database(db_path, daily_backup=False, key=first.data_key)
    resumed = conversion.encrypt_database(db_path, PASSPHRASE)
    assert resumed.data_key == first.data_key
    assert resumed.recovery_key != first.recovery_key
    with AppSession(db_path, daily_backup=False, key=resumed.data_key) as session:
        assert _contact_names(session) == [f"{CANARY} Andersson"]


def test_short_passphrase_is_refused(db_path: Path) -> None:
    _make_database(db_path, with_backup=False)
    with pytest.raises(ValidationError):
        conversion.encrypt_database(db_path, "kort")
    assert not keys.key_file_for(db_path).exists()


def test_restore_of_an_encrypted_backup_stays_encrypted(
    db_path: Path, encrypted: keys.NewKeys
) -> None:
    encryption.remember_key(db_path, encrypted.data_key)
    old = backup.list_backups(db_path)[0]
    safety = backup.restore(old, db_path)
    assert safety is not None and not safety.read_bytes().startswith(encryption.SQLITE_HEADER)
    assert not db_path.read_bytes().startswith(encryption.SQLITE_HEADER)
    with AppSession(db_path, daily_backup=False) as session:
        assert _contact_names(session) == [f"{CANARY} Andersson"]


# --- command line -------------------------------------------------------------------------------
def test_cli_encrypt_check_backup_decrypt(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _make_database(db_path)
    monkeypatch.setenv("SAMORDNARE_PASSPHRASE", PASSPHRASE)
    encrypted = cli(["--db", str(db_path), "encrypt"])
    assert encrypted.returncode == 0, encrypted.stderr
    out = encrypted.stdout
    recovery = next(line.strip() for line in out.splitlines() if line.count("-") == 7)
    assert len(recovery) == 39
    assert cli(["--db", str(db_path), "check"]).returncode == 0
    assert cli(["--db", str(db_path), "backup"]).returncode == 0
    monkeypatch.setenv("SAMORDNARE_PASSPHRASE", "fel fel fel")
    wrong = cli(["--db", str(db_path), "check"])
    assert wrong.returncode == 2 and "Fel lösenfras" in wrong.stderr
    monkeypatch.delenv("SAMORDNARE_PASSPHRASE")
    no_secret = cli(["--db", str(db_path), "demo"])  # stdin is no terminal: nothing to ask
    assert no_secret.returncode == 2 and "SAMORDNARE_PASSPHRASE" in no_secret.stderr
    monkeypatch.setenv("SAMORDNARE_RECOVERY_KEY", recovery)
    assert cli(["--db", str(db_path), "decrypt"]).returncode == 0
    assert not keys.key_file_for(db_path).exists()
    for path in [db_path, *backup.list_backups(db_path)]:
        assert path.read_bytes().startswith(encryption.SQLITE_HEADER)


def test_files_are_private(db_path: Path, encrypted: keys.NewKeys) -> None:
    with AppSession(db_path, daily_backup=False, key=encrypted.data_key) as session:
        backup.backup_now(session.db_path)
        wal = Path(str(db_path) + "-wal")
        shm = Path(str(db_path) + "-shm")
        for path in (db_path, wal, shm, keys.key_file_for(db_path), *backup.list_backups(db_path)):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for folder in (db_path.parent, backup.backup_dir_for(db_path)):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_side_files_are_sealed_only_for_an_encrypted_database(
    db_path: Path, encrypted: keys.NewKeys
) -> None:
    payload = f'{{"name": "{CANARY}"}}'.encode()
    draft = encryption.drafts_dir(db_path) / "contact-x.json"
    assert encryption.seal_for(draft, payload) == payload  # not unlocked: nothing to seal with
    encryption.remember_key(db_path, encrypted.data_key)
    sealed = encryption.seal_for(draft, payload)
    assert CANARY.encode() not in sealed
    assert encryption.unseal_for(draft, sealed) == payload
    assert encryption.unseal_for(draft, payload) == payload  # an old plain draft still reads
    with pytest.raises(DatabaseError):
        encryption.unseal_for(draft, sealed[:-1] + bytes([sealed[-1] ^ 1]))
    encryption.forget_all_keys()
    with pytest.raises(DatabaseError):
        encryption.unseal_for(draft, sealed)
    other = db_path.parent.parent / "elsewhere" / "drafts" / "contact-x.json"
    encryption.remember_key(db_path, encrypted.data_key)
    assert encryption.seal_for(other, payload) == payload
    # beside it: another database's drafts, and old ones directly in drafts/, are not its own
    neighbour = encryption.drafts_dir(db_path.with_name("demo.sqlite3")) / "contact-x.json"
    assert encryption.seal_for(neighbour, payload) == payload
    assert encryption.seal_for(db_path.parent / "drafts" / "contact-x.json", payload) == payload


def _keep_draft(db_path: Path, name: str) -> Path:
    """A draft as ui.drafts writes it (sealed when the database is unlocked and encrypted)."""
    from samordnare_desktop.files import atomic_write_bytes

    payload = {"key": "contact-new", "saved_at": "2026-12-05T10:00:00", "values": {"name": name}}
    draft = encryption.drafts_dir(db_path) / "contact-new.json"
    draft.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(payload).encode("utf-8")
    atomic_write_bytes(draft, encryption.seal_for(draft, data), private=True)
    return draft


def test_each_database_beside_another_has_its_own_drafts(db_path: Path) -> None:
    demo = db_path.with_name("demo.sqlite3")
    _make_database(db_path, with_backup=False)
    _make_database(demo, with_backup=False)
    mine = _keep_draft(db_path, f"{CANARY} Egen")
    theirs = _keep_draft(demo, f"{CANARY} Demo")
    assert mine.parent != theirs.parent  # drafts/<database file name>/
    assert theirs.parent == db_path.parent / "drafts" / "demo.sqlite3"

    new = conversion.encrypt_database(db_path, PASSPHRASE)
    encryption.forget_all_keys()
    assert mine.read_bytes().startswith(encryption.SEALED_MAGIC)  # sealed with its own key
    assert CANARY.encode() not in mine.read_bytes()
    assert json.loads(theirs.read_text(encoding="utf-8"))["values"]["name"] == f"{CANARY} Demo"
    encryption.remember_key(db_path, new.data_key)  # the other's draft stays its, readable
    assert encryption.unseal_for(theirs, theirs.read_bytes()).decode().count(CANARY) == 1
    assert not theirs.read_bytes().startswith(encryption.SEALED_MAGIC)
    sealed = json.loads(encryption.unseal_for(mine, mine.read_bytes()))
    assert sealed["values"]["name"] == f"{CANARY} Egen"

    conversion.decrypt_database(db_path, new.data_key)
    assert json.loads(mine.read_text(encoding="utf-8"))["values"]["name"] == f"{CANARY} Egen"
    assert json.loads(theirs.read_text(encoding="utf-8"))["values"]["name"] == f"{CANARY} Demo"


def test_old_drafts_go_to_the_only_database_in_the_folder(db_path: Path) -> None:
    _make_database(db_path, with_backup=False)
    old = db_path.parent / "drafts" / "contact-old.json"
    old.parent.mkdir()
    old.write_text('{"values": {}}', encoding="utf-8")
    demo = db_path.with_name("demo.sqlite3")
    _make_database(demo, with_backup=False)  # two databases: whose it is cannot be told
    assert old.exists()
    assert not (encryption.drafts_dir(demo) / old.name).exists()
    demo.unlink()
    open_database(db_path, daily_backup=False).engine.dispose()  # alone again: it is this one's
    assert not old.exists()
    assert (encryption.drafts_dir(db_path) / old.name).read_text() == '{"values": {}}'


def test_plain_database_files_are_private_too(db_path: Path, tmp_path: Path) -> None:
    with AppSession(db_path, daily_backup=False) as session:
        mjolby = session.services.municipalities.by_code("0586")
        session.services.municipalities.add_contact(mjolby.id, ContactInput(CANARY))
        backup.backup_now(db_path)
        written = session.services.privacy.export_person(tmp_path / "utdrag", name=CANARY)
        wal = Path(str(db_path) + "-wal")
        shm = Path(str(db_path) + "-shm")
        for path in (db_path, wal, shm, *backup.list_backups(db_path), *written):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for folder in (db_path.parent, backup.backup_dir_for(db_path)):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_restore_into_an_encrypted_database_from_anywhere_or_refused_clearly(
    db_path: Path, encrypted: keys.NewKeys, tmp_path: Path
) -> None:
    encryption.remember_key(db_path, encrypted.data_key)
    moved = tmp_path / "usb" / "kopia.sqlite3"
    moved.parent.mkdir()
    moved.write_bytes(backup.list_backups(db_path)[0].read_bytes())
    backup.restore(moved, db_path)
    with AppSession(db_path, daily_backup=False) as session:
        assert _contact_names(session) == [f"{CANARY} Andersson"]
    plain = tmp_path / "usb" / "okrypterad.sqlite3"
    AppSession(plain, daily_backup=False).close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="decrypt"):
        backup.restore(plain, db_path)
    assert db_path.read_bytes() == before


def test_check_says_an_encryption_stopped_halfway_is_unfinished(db_path: Path, monkeypatch) -> None:
    """Encrypted database and key file, but a backup still in the clear (a full disk stopped
    ``encrypt``): ``check`` does not call it whole; it says to run ``encrypt`` again."""
    _make_database(db_path)
    old = backup.list_backups(db_path)[0]
    plain = old.read_bytes()
    conversion.encrypt_database(db_path, PASSPHRASE)
    old.write_bytes(plain)  # as if the disk had filled before this backup's turn
    monkeypatch.setenv("SAMORDNARE_PASSPHRASE", PASSPHRASE)
    done = cli(["--db", str(db_path), "check"])
    assert done.returncode == 2 and "Krypteringen avbröts" in done.stderr
    assert "encrypt" in done.stderr and "hel" not in done.stdout
    assert cli(["--db", str(db_path), "encrypt"]).returncode == 0
    done = cli(["--db", str(db_path), "check"])
    assert done.returncode == 0, done.stderr
    assert not old.read_bytes().startswith(encryption.SQLITE_HEADER)
