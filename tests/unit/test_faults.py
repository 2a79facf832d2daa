"""Disk full, I/O errors at commit, two writers, interrupted file writes: nothing half-done."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import event

from samordnare_desktop.db import backup
from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain.errors import DatabaseError, StaleEditError, UserError
from samordnare_desktop.files import atomic_write_bytes, atomic_writer
from samordnare_desktop.services.municipalities import ContactInput
from samordnare_desktop.services.registry import Services

BIG_NOTES = "Anteckning om placeringar. " * 3000  # ~80 kB: needs new pages


def limit_file_size(db: Database) -> None:
    """From now on the file cannot grow by a single page: SQLite reports SQLITE_FULL."""
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _limit(dbapi_connection, _record) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")


def snapshot(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT 'm', code, notes, version FROM municipality "
            "UNION ALL SELECT 'c', name, email, version FROM contact ORDER BY 1, 2"
        ).fetchall()
    finally:
        conn.close()


def test_disk_full_is_a_clear_error_and_the_file_stays_whole(
    database: Database, services: Services, db_path: Path
) -> None:
    svc = services.municipalities
    town = svc.by_code("2480")
    svc.add_contact(town.id, ContactInput("Före Fullt"))
    before = snapshot(db_path)
    limit_file_size(database)
    with pytest.raises(DatabaseError, match="disken är full"):
        svc.update(town.id, expected_version=None, in_programme=True, notes=BIG_NOTES)
    with pytest.raises(DatabaseError, match="disken är full"):
        for i in range(200):  # small rows fill the last free space, then fail cleanly
            svc.add_contact(town.id, ContactInput(f"Kontakt {i:03d}", email="a@b.se"))
    database.engine.dispose()
    assert backup.integrity_problems(db_path) == []
    after = snapshot(db_path)
    assert [r for r in after if r[1] == "2480"] == [r for r in before if r[1] == "2480"]
    assert all(r in after for r in before)  # nothing that was there is lost


def test_io_error_at_commit_rolls_back_and_changes_nothing(
    database: Database, services: Services, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc = services.municipalities
    town = svc.by_code("0180")
    before = snapshot(db_path)
    dialect = database.engine.dialect
    real_commit = dialect.do_commit

    def failing_commit(dbapi_connection) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(dialect, "do_commit", failing_commit)
    with pytest.raises(DatabaseError, match="disken är full"):
        svc.add_contact(town.id, ContactInput("Aldrig Sparad"))
    with pytest.raises(DatabaseError):
        svc.update(town.id, expected_version=None, in_programme=True, notes="aldrig")
    monkeypatch.setattr(dialect, "do_commit", real_commit)
    assert snapshot(db_path) == before
    assert backup.integrity_problems(db_path) == []
    svc.add_contact(town.id, ContactInput("Sparad Sedan"))  # the connection pool is healthy
    assert [c.name for c in svc.details(town.id).contacts] == ["Sparad Sedan"]


def test_a_bug_at_commit_rolls_back_too(
    database: Database, services: Services, db_path: Path
) -> None:
    svc = services.municipalities
    town = svc.by_code("0180")
    before = snapshot(db_path)

    def explode(_conn) -> None:
        raise RuntimeError("injected fault")

    event.listen(database.engine, "commit", explode)
    try:
        with pytest.raises(RuntimeError, match="injected"):
            svc.add_contact(town.id, ContactInput("Aldrig Sparad"))
    finally:
        event.remove(database.engine, "commit", explode)
    assert snapshot(db_path) == before


# --- two writers --------------------------------------------------------------------------------


@pytest.fixture
def second(db_path: Path, database: Database):
    """A second writer on the same file (another window, a background worker)."""
    other = Database(db_path)
    yield Services(other)
    other.engine.dispose()


def test_stale_notes_edit_is_refused_and_the_other_edit_kept(services, second) -> None:
    mine, theirs = services.municipalities, second.municipalities
    town = mine.by_code("1880")
    loaded = mine.details(town.id)
    seen_by_other = theirs.details(town.id)
    theirs.update(
        town.id, expected_version=seen_by_other.version, in_programme=True, notes="Deras text"
    )
    with pytest.raises(StaleEditError, match="Någon annan har ändrat"):
        mine.update(town.id, expected_version=loaded.version, in_programme=False, notes="Min text")
    current = mine.details(town.id)
    assert current.notes == "Deras text" and current.in_programme
    mine.update(town.id, expected_version=current.version, in_programme=True, notes="Min text")
    assert theirs.details(town.id).notes == "Min text"


def test_stale_contact_edit_is_refused(services, second) -> None:
    mine, theirs = services.municipalities, second.municipalities
    town = mine.by_code("1880")
    contact = mine.add_contact(town.id, ContactInput("Eva Ek", email="eva@orebro.se"))
    theirs.update_contact(
        contact.id, ContactInput("Eva Ek", email="eva.ek@orebro.se"), expected_version=1
    )
    with pytest.raises(StaleEditError):
        mine.update_contact(contact.id, ContactInput("Eva Eken"), expected_version=contact.version)
    (row,) = mine.details(town.id).contacts
    assert (row.name, row.email, row.version) == ("Eva Ek", "eva.ek@orebro.se", 2)


# --- files ---------------------------------------------------------------------------------------


def _litter(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_failure_mid_write_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "export.pdf"
    atomic_write_bytes(target, b"%PDF old and whole")
    with pytest.raises(RuntimeError), atomic_writer(target) as handle:
        handle.write(b"%PDF half of the new")
        raise RuntimeError("renderer failed")
    assert target.read_bytes() == b"%PDF old and whole"
    assert _litter(tmp_path) == []


def test_disk_error_at_fsync_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "lista.csv"
    atomic_write_bytes(target, b"old;file\n")

    def no_space(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(UserError, match="disken är full"):  # in Swedish, not the OS text
        atomic_write_bytes(target, b"new;file\n" * 1000)
    monkeypatch.undo()
    assert target.read_bytes() == b"old;file\n"
    assert _litter(tmp_path) == []


def test_interrupted_backup_leaves_no_half_backup(
    database: Database, db_path: Path, monkeypatch
) -> None:
    first = backup.backup_now(db_path, now=datetime(2026, 11, 1, 8, 0))
    original = first.read_bytes()

    class Torn(sqlite3.Connection):
        def backup(self, target, **kwargs) -> None:  # type: ignore[override]
            super().backup(target, **{**kwargs, "pages": 1})
            raise sqlite3.OperationalError("disk I/O error")

    def torn_connect(path: Path) -> sqlite3.Connection:
        return sqlite3.connect(str(path), factory=Torn)

    with pytest.raises(DatabaseError, match="Disken är full"):  # one line, not a traceback
        backup.backup_now(db_path, now=datetime(2026, 11, 2, 8, 0), connect=torn_connect)
    assert backup.list_backups(db_path) == [first]
    assert first.read_bytes() == original
    assert _litter(first.parent) == []
    # a .part left by a killed process is cleared by the next backup's rotation
    torn = first.name.replace("2026-11-01", "2026-11-03") + ".part"
    (first.parent / torn).write_bytes(b"torn")
    (first.parent / (torn + "-journal")).write_bytes(b"torn")  # SQLite's journal of it
    backup.backup_now(db_path, now=datetime(2026, 11, 4, 8, 0))
    assert _litter(first.parent) == []


def test_backups_never_pile_up_after_crashes(
    database: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed between a backup's rename and its rotation, again and again: one extra copy at most."""
    first = backup.backup_now(db_path, now=datetime(2026, 10, 1, 8, 0))
    for day in range(2, 2 + backup.KEEP_BACKUPS):  # the last crash left KEEP + 1 copies
        (first.parent / first.name.replace("2026-10-01", f"2026-10-{day:02d}")).write_bytes(
            first.read_bytes()
        )
    assert len(backup.list_backups(db_path)) == backup.KEEP_BACKUPS + 1

    def killed(_folder: Path) -> None:  # the process dies right after the rename
        raise KeyboardInterrupt

    monkeypatch.setattr(backup, "fsync_directory", killed)
    for day in (20, 21, 22):
        with pytest.raises(KeyboardInterrupt):
            backup.backup_now(db_path, now=datetime(2026, 10, day, 8, 0))
        assert len(backup.list_backups(db_path)) <= backup.KEEP_BACKUPS + 1
    monkeypatch.undo()
    backup.backup_now(db_path, now=datetime(2026, 11, 1, 8, 0))
    assert len(backup.list_backups(db_path)) == backup.KEEP_BACKUPS
