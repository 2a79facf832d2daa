"""Arkiv → Teamserver… (#20): the connection tested off the GUI thread against a real TLS+SCRAM
server, settings saved without the password, refusals as one Swedish line in the dialog."""

from __future__ import annotations

import json
import uuid

import pytest
from PySide6.QtCore import QThreadPool

from samordnare_desktop.db import credentials
from samordnare_desktop.services import server_settings as ss


@pytest.fixture(scope="module")
def login(secure_pg):
    name = f"ulla_{uuid.uuid4().hex[:6]}"
    secure_pg.create_login(name, "ullas-lösenord")
    database = f"ui_{uuid.uuid4().hex[:8]}"
    secure_pg.create_database(database)
    with secure_pg.admin(database) as conn:
        # the coordinator's login owns the team's database (in PostgreSQL 15 only the owner may
        # create tables in its public schema), as the README's setup says
        conn.execute(f'ALTER DATABASE "{database}" OWNER TO "{name}"')
    return name, database


def _open(main_window):
    from samordnare_desktop.ui.teamserver.dialog import TeamServerDialog

    action = main_window.findChild(type(main_window.file_menu.actions()[0]), "action_team_server")
    assert action is not None and action.text() == "&Teamserver…"
    return TeamServerDialog(main_window, main_window.ctx)


def _fill(dialog, secure_pg, user: str, database: str, password: str) -> None:
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(secure_pg.port)
    dialog.database.setText(database)
    dialog.user.setText(user)
    dialog.password.setText(password)
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("verify-full"))
    dialog.ca.setText(str(secure_pg.ca))


def _test(qtbot, dialog) -> str:
    dialog.test_button.click()
    qtbot.waitUntil(
        lambda: dialog.test_button.isEnabled() and dialog.result.isVisible(), timeout=20_000
    )
    return dialog.result.text()


def test_connection_tested_and_saved_without_password(
    qtbot, main_window, secure_pg, login, db_path
):
    user, database = login
    dialog = _open(main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "förseglas" in dialog.where.text() or "kan inte sparas" in dialog.where.text()
    assert not dialog.keep.isEnabled()  # no keyring here, and the database is not encrypted
    _fill(dialog, secure_pg, user, database, "fel-lösenord")
    assert "verify-full" in dialog.tls.text()
    assert _test(qtbot, dialog).startswith("Fel användarnamn eller lösenord")
    dialog.password.setText("ullas-lösenord")
    text = _test(qtbot, dialog)
    assert text.startswith("Ansluten: PostgreSQL 15") and "krypterad (TLS)" in text, text
    assert "Databasen är tom" in text
    assert dialog.try_save()
    saved = ss.load(db_path)
    assert saved is not None and (saved.user, saved.database) == (user, database)
    raw = credentials.store_file_for(db_path).read_text()
    assert "ullas" not in raw and "passwords" not in json.loads(raw)
    QThreadPool.globalInstance().waitForDone(10_000)


def test_plaintext_over_the_network_refused_in_the_dialog(qtbot, main_window):
    dialog = _open(main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.host.setText("team.example.se")
    dialog.user.setText("anna")
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("disable"))
    assert "sslmode=disable" in dialog.tls.text()
    dialog.test_button.click()
    assert dialog.result.isVisible() and dialog.result.text().startswith("Nekat:")
    assert not dialog.try_save()


def test_with_a_keyring_the_password_goes_there(qtbot, main_window, db_path):
    import keyring
    from keyring.backend import KeyringBackend

    class Desktop(KeyringBackend):
        priority = -1  # only through set_keyring

        def __init__(self) -> None:
            super().__init__()
            self.items: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.items.get((service, username))

        def set_password(self, service, username, password):
            self.items[(service, username)] = password

        def delete_password(self, service, username):
            self.items.pop((service, username), None)

    previous = keyring.get_keyring()
    backend = Desktop()
    keyring.set_keyring(backend)
    try:
        dialog = _open(main_window)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.keep.isEnabled() and dialog.keep.isChecked()
        dialog.host.setText("team.example.se")
        dialog.user.setText("anna.berg")
        dialog.password.setText("annas-hemliga")
        assert "nyckelring" in dialog.where.text()
        assert dialog.try_save()
        assert backend.items == {
            (credentials.SERVICE, "anna.berg@team.example.se:5432/samordnare"): "annas-hemliga"
        }
        assert "annas" not in credentials.store_file_for(db_path).read_text()
        again = _open(main_window)
        qtbot.addWidget(again)
        assert "sparas i operativsystemets nyckelring" in again.where.text()
        assert again.password.placeholderText() == "sparat; skriv ett nytt för att byta"
    finally:
        keyring.set_keyring(previous)
