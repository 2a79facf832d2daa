"""Canary test: use the app through its services with unique names, then grep every file it wrote.

The promises it checks (stated in services/privacy.py and the README):
- encrypted: no canary in any file, ever (database, -wal, -shm, backups, key file, logs);
- unencrypted: after a delete and a close, no canary in the database, its -wal/-shm or the log;
  backups made before the delete keep it (history until rotated) until the person is erased,
  after which no file holds it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from samordnare_desktop import app
from samordnare_desktop.db import backup, conversion, encryption
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.municipalities import ContactInput
from samordnare_desktop.services.participants import ParticipationInput, PersonInput
from samordnare_desktop.services.visits import VisitInput
from samordnare_desktop.session import AppSession

CANARIES = (b"kanarie7f3a9", b"k7f3a9@kanarie.example", b"kanariefagel4b1c")
NAME = "Kanarie7f3a9 Före"
EDITED = "Kanarie7f3a9 Efter"
EMAIL = "k7f3a9@kanarie.example"


@contextmanager
def app_log_in(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app's real log file setup, pointed at ``folder``; the test's handlers come back after."""
    monkeypatch.setenv("SAMORDNARE_LOG_DIR", str(folder))
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    app._setup_logging()
    try:
        yield folder
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers[:], level = saved
        root.setLevel(level)


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    with app_log_in(tmp_path / "logs", monkeypatch) as folder:
        yield folder


def hits(*folders: Path) -> dict[str, list[str]]:
    """Files under ``folders`` containing a canary (case-insensitive), per canary."""
    found: dict[str, list[str]] = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if not path.is_file():
                continue
            data = path.read_bytes().lower()
            for canary in CANARIES:
                if canary in data:
                    found.setdefault(canary.decode(), []).append(path.name)
    return found


def keep_draft(db_path: Path, text: str) -> Path:
    """What the notes form leaves behind while typing (the reliability area's DraftKeeper)."""
    from PySide6.QtWidgets import QLineEdit, QWidget

    from samordnare_desktop.ui.drafts import DraftKeeper

    form = QWidget()
    field = QLineEdit(form)
    field.setObjectName("notes")
    keeper = DraftKeeper(form, db_path, "municipality", "0586")
    field.setText(text)
    keeper.save_now()
    assert keeper.path.exists() and keeper.load().values["notes"] == text
    form.deleteLater()
    return keeper.path


def use_the_app(db_path: Path) -> Path:
    """Add, edit, delete contacts with canary data; back up between; close. Returns the backup."""
    with AppSession(db_path) as session:
        m = session.services.municipalities
        mjolby = m.by_code("0586")
        added = m.add_contact(mjolby.id, ContactInput(NAME, "Kanarie7f3a9 titel", email=EMAIL))
        edited = m.update_contact(
            added.id,
            ContactInput(EDITED, "Kanarie7f3a9 chef", "Kanarie7f3a9 förvaltning", "", EMAIL),
            expected_version=added.version,
        )
        other = m.add_contact(mjolby.id, ContactInput("Kanariefagel4b1c Berg"))
        m.delete_contact(other.id)
        m.restore_contact(other.id)  # undo
        m.delete_contact(other.id)  # redo
        visit = session.services.visits.create(
            VisitInput(municipality_id=mjolby.id, kind=VisitKind.FIRST, day=date(2026, 3, 4))
        )
        participants = session.services.participants
        row = participants.add(
            visit.id,
            PersonInput("Kanariefagel4b1c Ek", email="deltagare.k7f3a9@kanarie.example"),
            ParticipationInput(notes="Kanarie7f3a9 allergi"),
        )
        keep_draft(db_path, f"Ring {EDITED} imorgon")  # unsaved, left by a crash
        before_delete = backup.backup_now(db_path)
        m.delete_contact(edited.id)
        participants.delete_person(row.person_id)
        logging.getLogger("samordnare_desktop.test").info("contacts changed")
    return before_delete


def test_unencrypted_deleted_person_is_gone_at_close_backups_until_erased(
    db_path: Path, log_dir: Path
) -> None:
    older = use_the_app(db_path)
    data_dir = db_path.parent
    assert db_path.exists() and (log_dir / "samordnare.log").read_text()
    files_outside_backups = {
        name
        for names in hits(data_dir, log_dir).values()
        for name in names
        if not (backup.backup_dir_for(db_path) / name).exists()
    }
    # An unsaved draft holds what was typed (plaintext without encryption) until saved,
    # cancelled or the person is erased; nothing else outside the backups does.
    assert files_outside_backups == {"municipality-0586.json"}
    # Documented: a backup made before the delete keeps the history until it is rotated...
    assert older.name in hits(backup.backup_dir_for(db_path)).get("kanarie7f3a9", [])
    # ...or until the person is erased, which rewrites every backup.
    with AppSession(db_path, daily_backup=False) as session:
        first = session.services.privacy.erase_person(name=EDITED, email=EMAIL)
        second = session.services.privacy.erase_person(name="Kanariefagel4b1c Berg")
        third = session.services.privacy.erase_person(name="Kanariefagel4b1c Ek")
    assert first.cleaned_backups >= 1 and second.cleaned_backups >= 1
    assert first.removed_drafts == 1
    assert third.cleaned_backups >= 1
    assert hits(data_dir, log_dir) == {}


def test_encrypted_no_file_ever_holds_a_canary(db_path: Path, log_dir: Path) -> None:
    AppSession(db_path, daily_backup=False).close()
    new = conversion.encrypt_database(db_path, "korrekt häst batteri")
    encryption.forget_all_keys()
    encryption.remember_key(db_path, new.data_key)
    use_the_app(db_path)
    assert backup.list_backups(db_path)
    assert hits(db_path.parent, log_dir) == {}
    # Open again (purge at start, daily backup), leave the WAL in place, then look again.
    session = AppSession(db_path)
    try:
        assert Path(str(db_path) + "-wal").exists()
        assert hits(db_path.parent, log_dir) == {}
    finally:
        session.close()
