"""When a save fails (disk full, someone else's edit), the user is told and keeps their text."""

from __future__ import annotations

from pathlib import Path

from samordnare_desktop.db.engine import Database
from samordnare_desktop.services.municipalities import ContactInput
from samordnare_desktop.services.registry import Services
from samordnare_desktop.ui.municipalities.contact_dialog import ContactDialog
from tests.ui.test_municipalities_tab import _select, _tab
from tests.unit.test_faults import BIG_NOTES, limit_file_size


def test_disk_full_on_notes_keeps_the_text_and_says_why(qtbot, main_window, messages) -> None:
    tab = _tab(main_window)
    _select(tab, "2480")
    svc = main_window.ctx.services.municipalities
    limit_file_size(svc.db)
    tab.notes.insertPlainText(BIG_NOTES)
    tab.save_notes()
    (warning,) = messages.texts("warn")
    assert "disken är full" in warning
    assert tab.notes.toPlainText() == BIG_NOTES
    assert tab._notes_dirty and tab.notes_status.text() == "Osparade ändringar"
    assert svc.details(svc.by_code("2480").id).notes == ""


def test_disk_full_in_contact_dialog_keeps_the_dialog_and_its_text(
    qtbot, main_window, messages
) -> None:
    svc = main_window.ctx.services.municipalities
    town = svc.by_code("2480")
    limit_file_size(svc.db)
    filler = ContactInput("Fyllnad", organisation="x" * 190)
    for _ in range(400):  # use the last free bytes of the file's pages
        try:
            svc.add_contact(town.id, filler)
        except Exception:
            break
    dialog = ContactDialog(None, lambda data: svc.add_contact(town.id, data))
    qtbot.addWidget(dialog)
    dialog.name.setText("Åsa Lind")
    dialog.organisation.setText("Socialtjänsten " * 12)
    assert dialog.try_save() is False
    assert any("disken är full" in t for t in messages.texts("warn"))
    assert dialog.name.text() == "Åsa Lind"
    assert dialog.result() == 0  # still open, nothing accepted


def test_stale_notes_in_the_tab_are_refused_with_the_text_kept(
    qtbot, main_window, messages, db_path
) -> None:
    tab = _tab(main_window)
    _select(tab, "0581")
    other = Services(Database(db_path))  # a second writer on the same file
    try:
        town = other.municipalities.by_code("0581")
        other.municipalities.update(
            town.id, expected_version=None, in_programme=True, notes="Från en annan skrivare"
        )
    finally:
        other.db.engine.dispose()
    tab.notes.insertPlainText("Mina anteckningar")
    tab.save_notes()
    (warning,) = messages.texts("warn")
    assert "Någon annan har ändrat" in warning
    assert tab.notes.toPlainText() == "Mina anteckningar"
    tab.search.clear()
    other_town = main_window.ctx.services.municipalities.by_code("0114")
    tab.select_municipality(other_town.id)  # a refused save keeps the municipality selected
    assert tab.details.code == "0581"
    assert tab.notes.toPlainText() == "Mina anteckningar"
    assert tab.drafts.path.exists()  # and the text is kept as a draft


def test_stale_contact_edit_in_the_dialog_is_refused_with_the_text_kept(
    qtbot, main_window, messages, db_path
) -> None:
    svc = main_window.ctx.services.municipalities
    town = svc.by_code("0581")
    contact = svc.add_contact(town.id, ContactInput("Nils Norr"))
    other = Services(Database(db_path))
    try:
        other.municipalities.update_contact(
            contact.id, ContactInput("Nils Norrman"), expected_version=contact.version
        )
    finally:
        other.db.engine.dispose()

    def save(data: ContactInput) -> object:
        return svc.update_contact(contact.id, data, expected_version=contact.version)

    dialog = ContactDialog(None, save, contact)
    qtbot.addWidget(dialog)
    dialog.phone.setText("013-20 00 00")
    assert dialog.try_save() is False
    assert any("Någon annan har ändrat" in t for t in messages.texts("warn"))
    assert dialog.phone.text() == "013-20 00 00"
    assert svc.details(town.id).contacts[0].name == "Nils Norrman"


def test_settings_are_written_by_replacing_the_file(tmp_path: Path, qapp) -> None:
    """QSettings writes the INI through QSaveFile (temp + rename): a crash keeps the old file."""
    from PySide6.QtCore import QSettings

    path = tmp_path / "settings.ini"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.setValue("language", "sv")
    settings.sync()
    first_inode = path.stat().st_ino
    settings.setValue("window/geometry", "x" * 5000)
    settings.sync()
    assert settings.status() == QSettings.Status.NoError
    assert path.stat().st_ino != first_inode  # a new file renamed over the old, not rewritten
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.ini"]
    del settings
    assert QSettings(str(path), QSettings.Format.IniFormat).value("language") == "sv"
