"""A damaged database at start, as the window meets it: the offer to restore the newest healthy
backup (the services' side is in tests/unit/test_recovery.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from samordnare_desktop.db import backup
from samordnare_desktop.domain.errors import CorruptDatabaseError
from samordnare_desktop.services.startup import open_database
from tests.unit.test_recovery import _contacts, _database_with_backups, zeroed_page


def test_start_dialog_offers_and_restores_the_newest_good_backup(
    qapp, db_path: Path, messages
) -> None:
    from samordnare_desktop.ui.recovery import offer_restore

    _older, _newer = _database_with_backups(db_path)
    zeroed_page(db_path)
    with pytest.raises(CorruptDatabaseError) as caught:
        open_database(db_path, daily_backup=False, check=True)
    messages.confirm_answer = False
    assert offer_restore(None, caught.value, db_path) is False
    assert backup.integrity_problems(db_path)  # declined: nothing touched
    messages.confirm_answer = True
    assert offer_restore(None, caught.value, db_path) is True
    question = messages.texts("confirm")[-1]
    assert "Återställa" in question or "återställ" in question
    assert backup.integrity_problems(db_path) == []
    assert "Bertil Berg" in _contacts(db_path)
    assert any("damaged-" in text for text in messages.texts("inform"))


def test_watched_start_on_a_damaged_database_offers_the_backup_and_opens(
    qtbot, tmp_path: Path, messages, monkeypatch
) -> None:
    """Damage met while the app ran (the marker): the next start scans before the window."""
    db_path, _older, _newer = _damaged_with_backups(tmp_path, monkeypatch)
    backup.check_marker(db_path).touch()
    _start_offers_the_backup_and_opens(qtbot, db_path, messages)


def _damaged_with_backups(tmp_path: Path, monkeypatch) -> tuple[Path, Path, Path]:
    """A damaged database with two healthy backups (its path, the older and the newer
    backup), started as if someone watched (the restore is offered, not refused)."""
    from samordnare_desktop import app

    db_path = tmp_path / "gui" / "samordnare.sqlite3"
    db_path.parent.mkdir()
    older, newer = _database_with_backups(db_path)
    zeroed_page(db_path)
    monkeypatch.setattr(app, "_person_is_watching", lambda: True)
    return db_path, older, newer


def _start_offers_the_backup_and_opens(qtbot, db_path: Path, messages) -> None:
    from samordnare_desktop import app

    window = app._open_or_recover(db_path)
    qtbot.addWidget(window)
    try:
        assert window is not None
        assert len(messages.texts("confirm")) == 1
        assert "Bertil Berg" in _contacts(db_path)
    finally:
        window.close()


def test_first_start_of_a_day_checks_and_backs_up_once_the_window_shows(
    qtbot, db_path: Path, messages
) -> None:
    from samordnare_desktop import app

    open_database(db_path, daily_backup=False).close()
    window = app._open_or_recover(db_path)
    qtbot.addWidget(window)
    try:
        assert window.session.db.daily_check_due
        assert backup.list_backups(db_path) == []  # nothing copied before the window shows
        window.show()
        qtbot.waitUntil(lambda: len(backup.list_backups(db_path)) == 1, timeout=15_000)
        (taken,) = backup.list_backups(db_path)
        qtbot.waitUntil(lambda: taken.exists() and not window.starting(), timeout=15_000)
        assert backup.integrity_problems(taken) == []
        assert messages.shown == []  # a healthy file is copied quietly
    finally:
        window.close()


def test_first_start_of_a_day_on_a_damaged_file_says_so_and_keeps_the_backups(
    qtbot, tmp_path: Path, messages, monkeypatch
) -> None:
    """The check after the window shows finds the damage: no backup is taken over the good
    ones, the user is told, and the next start offers the newest healthy backup."""
    from samordnare_desktop import app

    db_path, older, newer = _damaged_with_backups(tmp_path, monkeypatch)
    window = app._open_or_recover(db_path)
    qtbot.addWidget(window)
    try:
        assert messages.texts("confirm") == []  # not scanned before the window
        window.show()
        qtbot.waitUntil(lambda: backup.check_marker(db_path).exists(), timeout=15_000)
        qtbot.waitUntil(lambda: bool(messages.texts("warn")), timeout=15_000)
        (said,) = messages.texts("warn")
        assert said.startswith("Dagens kontroll fann databasfilen skadad")
        assert "Dagens säkerhetskopia togs inte" in said and "nästa start" in said
        assert backup.list_backups(db_path) == [newer, older]
    finally:
        window.close()
    _start_offers_the_backup_and_opens(qtbot, db_path, messages)


def test_a_days_backup_that_cannot_be_written_is_said_over_the_open_window(
    qtbot, db_path: Path, messages
) -> None:
    """The backups folder is a file: the window works on, and says why today's copy is
    missing (the start used to refuse to open at all)."""
    from samordnare_desktop import app

    open_database(db_path, daily_backup=False).close()
    (db_path.parent / "backups").write_bytes(b"someone else's notes\n")
    window = app._open_or_recover(db_path)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: bool(messages.texts("warn")), timeout=15_000)
        (said,) = messages.texts("warn")
        assert said.startswith("Dagens säkerhetskopia kunde inte skrivas.")
        assert "är en fil, inte en mapp" in said and "Säkerhetskopiera nu" in said
        assert (db_path.parent / "backups").read_bytes() == b"someone else's notes\n"
    finally:
        window.close()


def test_a_days_backup_refused_by_the_file_system_is_said_in_words(
    qtbot, db_path: Path, messages, monkeypatch
) -> None:
    """A backups folder the user may not write (another owner's, a read-only drive: root
    cannot make one with chmod, so the refusal is made here): said as today's backup not
    written and why, not as an unexpected error."""
    import errno

    from samordnare_desktop import app

    open_database(db_path, daily_backup=False).close()
    folder = db_path.parent / "backups"

    def refused(path: Path) -> Path:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(backup, "private_dir", refused)
    window = app._open_or_recover(db_path)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: bool(messages.shown), timeout=15_000)
        assert [kind for kind, _title, _text in messages.shown] == ["warn"]
        (said,) = messages.texts("warn")
        assert said.startswith("Dagens säkerhetskopia kunde inte skrivas.")
        assert f"{folder}: du saknar behörighet" in said
        assert "Oväntat" not in said and not folder.exists()
    finally:
        window.close()


def test_a_long_check_finding_is_kept_short_in_the_message(db_path: Path, monkeypatch) -> None:
    """SQLCipher's ``quick_check`` gives one row of a hundred lines: the message names the
    first three, short, so it fits on a screen with its advice."""
    from samordnare_desktop.db import migrate
    from samordnare_desktop.services import startup

    open_database(db_path, daily_backup=False).close()
    finding = "\n".join(f"Page {n}: btreeInitPage() returns error code 11" for n in range(100))
    monkeypatch.setattr(migrate, "quick_problems", lambda *_args: [finding])
    with pytest.raises(CorruptDatabaseError) as caught:
        startup.daily_check_and_backup(db_path)
    said = caught.value.message
    assert "Page 2:" in said and "Page 3:" not in said and len(said) < 700
    assert said.endswith("som klarar en integritetskontroll.")
    with pytest.raises(CorruptDatabaseError) as caught:
        open_database(db_path, daily_backup=False, check=True)
    assert "Page 2:" in caught.value.message and "Page 3:" not in caught.value.message
