"""A damaged database at start: a clear refusal, the newest healthy backup found and restored;
an upgrade that would lose rows is rolled back with the backup untouched."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from samordnare_desktop.db import backup, migrate
from samordnare_desktop.domain.errors import CorruptDatabaseError, DatabaseError
from samordnare_desktop.services import recovery
from samordnare_desktop.services.municipalities import ContactInput, MunicipalityService
from samordnare_desktop.services.startup import open_database
from tests.unit.test_cli import run
from tools.crash_harness import OLD_CONTACTS, OLD_REVISION, make_old_database

PAGE = 4096


def _contacts(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM contact"))
    finally:
        conn.close()


def _database_with_backups(db_path: Path) -> tuple[Path, Path]:
    """A database with two backups: an older one with contact A, a newer with A and B."""
    db = open_database(db_path, daily_backup=False, check=True)
    service = MunicipalityService(db)
    municipality = service.by_code("0180")
    service.add_contact(municipality.id, ContactInput("Anna Andersson"))
    older = backup.backup_now(db_path, now=datetime(2026, 11, 1, 9, 0))
    service.add_contact(municipality.id, ContactInput("Bertil Berg"))
    newer = backup.backup_now(db_path, now=datetime(2026, 11, 2, 9, 0))
    service.add_contact(municipality.id, ContactInput("Cecilia Ceder"))
    db.close()
    return older, newer


def garbage(path: Path) -> None:
    path.write_bytes(b"this is not a database \x00\xff" * 2000)


def truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3 + 100])


def zeroed_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[PAGE * 2 : PAGE * 3] = bytes(PAGE)  # a b-tree page in the middle of the file
    data[PAGE * 5 : PAGE * 6] = bytes(PAGE)
    path.write_bytes(bytes(data))


DAMAGE: dict[str, Callable[[Path], None]] = {
    "garbage": garbage,
    "truncated": truncated,
    "zeroed page": zeroed_page,
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_damaged_database_is_refused_clearly_and_the_newest_good_backup_restored(
    db_path: Path, damage: str
) -> None:
    older, newer = _database_with_backups(db_path)
    DAMAGE[damage](db_path)
    with pytest.raises(CorruptDatabaseError, match="skadad"):
        open_database(db_path, daily_backup=False, check=True)
    # the newest backup is damaged too: the walk must skip it
    zeroed_page(newer)
    assert backup.newest_good_backup(db_path) == older

    restored = recovery.restore_latest_good(db_path)

    assert restored.backup == older
    assert restored.taken_at == datetime(2026, 11, 1, 9, 0)
    assert restored.kept is not None and restored.kept.name.startswith("damaged-")
    assert restored.kept.exists()  # the damaged file is kept, never deleted
    assert restored.kept not in backup.list_backups(db_path)
    db = open_database(db_path, daily_backup=False, check=True)
    db.close()
    assert backup.integrity_problems(db_path) == []
    assert "Anna Andersson" in _contacts(db_path)
    assert "Bertil Berg" not in _contacts(db_path)


def test_no_healthy_backup_is_a_clear_refusal(db_path: Path) -> None:
    open_database(db_path, daily_backup=False).close()
    garbage(db_path)
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="Ingen säkerhetskopia"):
        recovery.restore_latest_good(db_path)
    assert db_path.read_bytes() == before


def test_cli_check_names_the_good_backup_and_restore_latest_good_restores_it(
    tmp_path: Path,
) -> None:
    db_path = tmp_path / "cli.sqlite3"
    _older, _newer = _database_with_backups(db_path)
    truncated(db_path)
    checked = run("--db", str(db_path), "check")
    assert checked.returncode == 2
    assert len(checked.stderr.strip().splitlines()) == 1
    assert "--latest-good" in checked.stderr
    restored = run("--db", str(db_path), "restore", "--latest-good")
    assert restored.returncode == 0, restored.stderr
    assert "damaged-" in restored.stdout
    assert run("--db", str(db_path), "check").returncode == 0
    assert "Cecilia Ceder" not in _contacts(db_path)
    assert "Bertil Berg" in _contacts(db_path)


def test_headless_start_on_a_damaged_database_exits_without_waiting(tmp_path: Path) -> None:
    db_path = tmp_path / "gui.sqlite3"
    _database_with_backups(db_path)
    garbage(db_path)
    result = run("--db", str(db_path), env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2
    assert "restore --latest-good" in result.stderr


def test_upgrade_of_an_old_database_keeps_every_row_and_backs_up_first(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    make_old_database(db_path)
    assert migrate.inspect_schema(db_path).database_revisions == {OLD_REVISION}
    before = _contacts(db_path)
    open_database(db_path, daily_backup=False).close()
    assert migrate.inspect_schema(db_path).state is migrate.SchemaState.CURRENT
    assert _contacts(db_path) == before and len(before) == OLD_CONTACTS
    (copy,) = backup.list_backups(db_path)
    assert migrate.inspect_schema(copy).database_revisions == {OLD_REVISION}
    assert _contacts(copy) == before


def test_upgrade_that_loses_a_row_is_rolled_back_with_a_clear_error(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path.parent.mkdir(parents=True)
    make_old_database(db_path)
    real_upgrade = migrate.upgrade

    def lossy_upgrade(connection) -> None:  # a migration with a bug
        real_upgrade(connection)
        connection.exec_driver_sql("DELETE FROM contact WHERE name = 'Old 007'")

    monkeypatch.setattr(migrate, "upgrade", lossy_upgrade)
    with pytest.raises(DatabaseError, match="contact: 25 -> 24"):
        open_database(db_path, daily_backup=False, check=True)
    # nothing changed: still the old revision with every row, and the backup is whole
    assert migrate.inspect_schema(db_path).database_revisions == {OLD_REVISION}
    assert len(_contacts(db_path)) == OLD_CONTACTS
    assert backup.integrity_problems(db_path) == []
    (copy,) = backup.list_backups(db_path)
    assert backup.integrity_problems(copy) == []
    assert len(_contacts(copy)) == OLD_CONTACTS
    # with the bug fixed, the next start upgrades normally
    monkeypatch.setattr(migrate, "upgrade", real_upgrade)
    open_database(db_path, daily_backup=False).close()
    assert migrate.inspect_schema(db_path).state is migrate.SchemaState.CURRENT
    assert len(_contacts(db_path)) == OLD_CONTACTS


def test_upgrade_runs_with_foreign_keys_off_and_leaves_them_on(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    make_old_database(db_path)
    db = open_database(db_path, daily_backup=False, check=True)
    try:
        for _ in range(3):  # every pooled connection has them back on
            with db.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.close()


def test_damage_met_while_working_is_a_clear_error(db_path: Path) -> None:
    from samordnare_desktop.db.engine import Database

    _database_with_backups(db_path)
    data = bytearray(db_path.read_bytes())
    data[PAGE:] = bytes(len(data) - PAGE)  # every page after the schema page
    db_path.write_bytes(bytes(data))
    db = Database(db_path)  # opened without the start-up check, as if damaged while running
    try:
        service = MunicipalityService(db)
        with pytest.raises(CorruptDatabaseError, match="nästa start"):
            service.list()
        with pytest.raises(CorruptDatabaseError):
            service.add_contact(uuid.uuid4(), ContactInput("X"))
    finally:
        db.engine.dispose()


def test_start_checks_the_file_only_when_due(db_path: Path, monkeypatch) -> None:
    from samordnare_desktop.services import startup

    open_database(db_path, daily_backup=False).close()
    scans: list[Path] = []
    real = migrate.quick_problems
    monkeypatch.setattr(
        migrate, "quick_problems", lambda p, *conn: scans.append(p) or real(p, *conn)
    )
    open_database(db_path, daily_backup=False).close()
    assert scans == []  # clean shutdown, no backup due: no scan
    open_database(db_path, daily_backup=True).close()
    assert len(scans) == 1  # first start of the day: scanned before the daily backup
    open_database(db_path, daily_backup=True).close()
    assert len(scans) == 1  # backup done today: skipped
    Path(str(db_path) + "-wal").write_bytes(b"x" * 100)  # what a crash leaves behind
    assert startup.check_due(db_path, daily_backup=False)
    Path(str(db_path) + "-wal").unlink()
    backup.check_marker(db_path).touch()  # damage met while running
    open_database(db_path, daily_backup=False).close()
    assert len(scans) == 2
    assert not backup.check_marker(db_path).exists()  # checked and healthy: marker gone


def test_the_window_leaves_the_days_check_and_backup_until_it_shows(
    db_path: Path, monkeypatch
) -> None:
    """``defer_daily``: a first start of the day neither scans nor copies the file before the
    window (a second at ten times the demo); ``daily_check_and_backup`` then does both. A crash
    or a marker still scans before anything, and so does a file about to be upgraded."""
    from samordnare_desktop.services import startup

    open_database(db_path, daily_backup=False).close()
    scans: list[Path] = []
    real = migrate.quick_problems
    monkeypatch.setattr(
        migrate, "quick_problems", lambda p, *conn: scans.append(p) or real(p, *conn)
    )
    db = open_database(db_path, daily_backup=True, defer_daily=True)
    db.close()
    assert db.daily_check_due and scans == [] and backup.list_backups(db_path) == []
    written = startup.daily_check_and_backup(db_path)
    assert scans == [db_path] and backup.list_backups(db_path) == [written]
    assert backup.integrity_problems(written) == []
    db = open_database(db_path, daily_backup=True, defer_daily=True)
    db.close()
    assert not db.daily_check_due and len(scans) == 1  # today's backup is there: nothing due
    assert startup.daily_check_and_backup(db_path) is None
    written.unlink()  # due again; damage met while running: scanned before the window
    backup.check_marker(db_path).touch()
    db = open_database(db_path, daily_backup=True, defer_daily=True)
    db.close()
    assert not db.daily_check_due and len(scans) == 2 and len(backup.list_backups(db_path)) == 1


def test_a_file_to_upgrade_is_checked_and_backed_up_before_the_window(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    make_old_database(db_path)
    zeroed_page(db_path)
    with pytest.raises(CorruptDatabaseError):
        open_database(db_path, daily_backup=True, defer_daily=True)
    assert backup.list_backups(db_path) == []


def test_the_days_check_finds_damage_marks_the_file_and_keeps_the_backups(db_path: Path) -> None:
    from samordnare_desktop.services import startup

    older, newer = _database_with_backups(db_path)
    zeroed_page(db_path)
    before = {p: p.read_bytes() for p in (older, newer)}
    with pytest.raises(CorruptDatabaseError, match="Dagens säkerhetskopia togs inte"):
        startup.daily_check_and_backup(db_path)
    assert backup.list_backups(db_path) == [newer, older]
    assert {p: p.read_bytes() for p in (older, newer)} == before
    assert backup.check_marker(db_path).exists()  # the next start checks and offers a backup
    with pytest.raises(CorruptDatabaseError):
        open_database(db_path, daily_backup=True, defer_daily=True)


def test_damage_met_while_working_marks_the_file_for_a_check(db_path: Path) -> None:
    from samordnare_desktop.db.engine import Database

    _database_with_backups(db_path)
    data = bytearray(db_path.read_bytes())
    data[PAGE:] = bytes(len(data) - PAGE)
    db_path.write_bytes(bytes(data))
    db = Database(db_path)
    try:
        with pytest.raises(CorruptDatabaseError):
            MunicipalityService(db).list()
    finally:
        db.engine.dispose()
    assert backup.check_marker(db_path).exists()
    with pytest.raises(CorruptDatabaseError):
        open_database(db_path, daily_backup=False)  # the marker makes this start check


def test_headless_start_on_an_encrypted_database_never_prompts(tmp_path: Path) -> None:
    from samordnare_desktop.db import conversion, encryption

    db_path = tmp_path / "locked.sqlite3"
    open_database(db_path, daily_backup=False).close()
    conversion.encrypt_database(db_path, "en lång lösenfras för test")
    encryption.forget_all_keys()
    result = run("--db", str(db_path), env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2
    assert "krypterad" in result.stderr


def test_copy_database_is_a_standalone_copy(tmp_path: Path) -> None:
    source = tmp_path / "a.sqlite3"
    with sqlite3.connect(source) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES ('kept')")
    conn.close()
    target = tmp_path / "b.sqlite3"
    backup.copy_database(source, target, sqlite3.connect, delete_journal=True)
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("SELECT x FROM t").fetchall() == [("kept",)]
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        copy.close()


def test_person_record_heading_names_place_and_deletion() -> None:
    from samordnare_desktop.services.privacy import PersonRecord

    record = PersonRecord("contact", "Kontakt", "Ale (1440)", "x", {}, deleted=True)
    assert record.heading(2).startswith("2. Kontakt – Ale (1440) (")
    assert PersonRecord("person", "Person", "", "y", {}).heading(1) == "1. Person"
