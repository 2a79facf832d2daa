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
    from samordnare_desktop import app

    db_path = tmp_path / "gui" / "samordnare.sqlite3"
    db_path.parent.mkdir()
    _database_with_backups(db_path)
    zeroed_page(db_path)
    monkeypatch.setattr(app, "_person_is_watching", lambda: True)
    window = app._open_or_recover(db_path)
    qtbot.addWidget(window)
    try:
        assert window is not None
        assert len(messages.texts("confirm")) == 1
        assert "Bertil Berg" in _contacts(db_path)
    finally:
        window.close()
