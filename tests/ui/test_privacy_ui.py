"""Unlock dialog at start, and the personal-data dialog (export, erase) from the Arkiv menu."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from samordnare_desktop.app import build_main_window
from samordnare_desktop.db import conversion, encryption, keys
from samordnare_desktop.services.municipalities import ContactInput
from samordnare_desktop.session import AppSession
from samordnare_desktop.ui.privacy import person_data_dialog, unlock_dialog
from samordnare_desktop.ui.privacy.person_data_dialog import PersonDataDialog
from samordnare_desktop.ui.privacy.unlock_dialog import UnlockDialog
from tests.helpers import finish_background

PASSPHRASE = "korrekt häst batteri"
NAME = "Kanarie7f3a9 Lund"


@pytest.fixture
def encrypted_db(db_path: Path) -> keys.NewKeys:
    with AppSession(db_path, daily_backup=False) as session:
        mjolby = session.services.municipalities.by_code("0586")
        session.services.municipalities.add_contact(mjolby.id, ContactInput(NAME))
    new = conversion.encrypt_database(db_path, PASSPHRASE)
    encryption.forget_all_keys()
    return new


def test_wrong_passphrase_keeps_the_dialog_open_and_the_file_unchanged(
    qtbot, db_path: Path, encrypted_db: keys.NewKeys
) -> None:
    before = db_path.read_bytes(), keys.key_file_for(db_path).read_bytes()
    dialog = UnlockDialog(None, db_path)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("fel fel fel")
    assert not dialog.try_unlock()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Fel lösenfras" in dialog.errors.message("passphrase")
    assert (db_path.read_bytes(), keys.key_file_for(db_path).read_bytes()) == before
    dialog.passphrase.setText(PASSPHRASE)
    assert dialog.try_unlock()
    assert dialog.key == encrypted_db.data_key
    assert dialog.passphrase.text() == ""


def test_recovery_key_mode(qtbot, db_path: Path, encrypted_db: keys.NewKeys) -> None:
    dialog = UnlockDialog(None, db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.use_recovery.text() == "Använd återställningsnyckel"
    assert not dialog.recovery.isVisible()
    dialog.use_recovery.setChecked(True)
    assert dialog.recovery.isVisible() and not dialog.passphrase.isVisible()
    dialog.recovery.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    assert not dialog.try_unlock()
    assert "återställningsnyckeln" in dialog.errors.message("recovery_key")
    dialog.recovery.setText(encrypted_db.recovery_key.lower())
    assert dialog.try_unlock() and dialog.key == encrypted_db.data_key


def test_unlock_then_the_window_opens_the_encrypted_database(
    qtbot, db_path: Path, encrypted_db: keys.NewKeys, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fake_exec(self: UnlockDialog) -> int:
        self.passphrase.setText(PASSPHRASE)
        return int(self.try_unlock())

    monkeypatch.setattr(UnlockDialog, "exec", fake_exec)
    key = unlock_dialog.unlock(None, db_path)
    assert key == encrypted_db.data_key
    monkeypatch.setattr(UnlockDialog, "exec", lambda self: 0)
    assert unlock_dialog.unlock(None, db_path) is None  # cancelled
    encryption.remember_key(db_path, key)
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    try:
        tab = window.tab("municipalities")
        tab.search.setText("0586")
        tab.table.selectRow(0)
        assert [c.name for c in tab.details.contacts] == [NAME]
    finally:
        window.close()


def _open_dialog(main_window, monkeypatch: pytest.MonkeyPatch) -> PersonDataDialog:
    opened: list[PersonDataDialog] = []
    monkeypatch.setattr(PersonDataDialog, "exec", lambda self: opened.append(self) or 0)
    action = main_window.findChild(type(main_window.menuBar().actions()[0]), "action_erase_person")
    action.trigger()
    assert opened
    return opened[0]


def test_export_and_erase_from_the_arkiv_menu(
    qtbot, main_window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, messages
) -> None:
    services = main_window.session.services
    mjolby = services.municipalities.by_code("0586")
    services.municipalities.add_contact(mjolby.id, ContactInput(NAME, email="k@lund.example"))
    tab = main_window.tab("municipalities")
    tab.search.setText("0586")
    tab.table.selectRow(0)
    assert [c.name for c in tab.details.contacts] == [NAME]

    dialog = _open_dialog(main_window, monkeypatch)
    qtbot.addWidget(dialog)
    assert not dialog.erase_button.isEnabled()
    dialog.search()
    assert "Ange personens namn" in dialog.errors.message("name")
    dialog.name.setText(NAME.upper())
    dialog.search()  # off the GUI thread: the list fills when the records are found
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.results.count() == 1 and "0586 Mjölby" in dialog.results.item(0).text()
    monkeypatch.setattr(
        person_data_dialog, "choose_export_path", lambda _p, _s: tmp_path / "utdrag.json"
    )
    assert dialog.export() is not None
    finish_background(qtbot)
    written = dialog.written
    assert written and json.loads(written[0].read_text())["records"][0]["fields"]["name"] == NAME

    from PySide6.QtCore import Qt

    dialog.results.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.erase()  # nothing ticked: nothing asked, nothing erased
    assert "Kryssa" in messages.texts("inform")[-1]
    dialog.results.item(0).setCheckState(Qt.CheckState.Checked)
    messages.confirm_answer = False
    assert not dialog.erase()
    assert [c.name for c in services.municipalities.details(mjolby.id).contacts] == [NAME]
    messages.confirm_answer = True
    assert dialog.erase() is not None
    finish_background(qtbot)
    assert "Radera" in messages.shown[-2][1]
    assert tab.details.contacts == ()
    qtbot.waitUntil(lambda: dialog.report is not None)  # searched again
    assert dialog.results.count() == 0 and not dialog.erase_button.isEnabled()
    assert main_window.undo_stack.count() == 0


def test_contact_context_menu_opens_the_persons_data(
    qtbot, main_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QMenu

    services = main_window.session.services
    mjolby = services.municipalities.by_code("0586")
    services.municipalities.add_contact(mjolby.id, ContactInput(NAME, email="k@lund.example"))
    tab = main_window.tab("municipalities")
    tab.search.setText("0586")
    tab.table.selectRow(0)
    tab.contacts.selectRow(0)
    shown: list[list[str]] = []

    def fake_menu_exec(menu: QMenu, *_args: object) -> None:
        shown.append([a.text() for a in menu.actions()])
        menu.actions()[1].trigger()

    opened: list[PersonDataDialog] = []
    monkeypatch.setattr(person_data_dialog, "popup_menu", fake_menu_exec)
    monkeypatch.setattr(PersonDataDialog, "exec", lambda self: opened.append(self) or 0)
    tab.contacts.customContextMenuRequested.emit(QPoint(5, 5))
    assert shown == [["Exportera personuppgifter…", "Radera person helt…"]]
    dialog = opened[0]
    assert (dialog.name.text(), dialog.email.text()) == (NAME, "k@lund.example")
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.results.count() == 1 and dialog.erase_button.isEnabled()
    dialog.deleteLater()
