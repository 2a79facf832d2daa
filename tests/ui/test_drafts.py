"""Unsaved text survives a crash: typed into a form, kept as a draft, offered back on reopening."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from samordnare_desktop.services.drafts import drafts_folder
from samordnare_desktop.services.municipalities import ContactInput
from samordnare_desktop.ui.drafts import DraftKeeper
from samordnare_desktop.ui.municipalities.contact_dialog import ContactDialog
from tests.ui.test_municipalities_tab import _select, _tab


@pytest.fixture(autouse=True)
def someone_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Offscreen no dialog is ever shown; here the ``messages`` fixture answers instead."""
    from samordnare_desktop.ui import messages

    monkeypatch.setattr(messages, "can_ask", lambda: True)


def test_headless_run_keeps_the_draft_without_asking(
    qtbot, db_path: Path, messages, monkeypatch
) -> None:
    from samordnare_desktop.ui import messages as module

    dialog = ContactDialog(None, lambda _d: None, drafts=db_path, draft_id="h")
    qtbot.addWidget(dialog)
    dialog.name.setText("Kvar")
    dialog.drafts.save_now()
    monkeypatch.setattr(module, "can_ask", lambda: False)
    again = ContactDialog(None, lambda _d: None, drafts=db_path, draft_id="h")
    qtbot.addWidget(again)
    again.show()
    assert messages.texts("confirm") == []
    assert again.drafts.path.exists() and again.name.text() == ""


def _wait_for_draft(qtbot, keeper: DraftKeeper) -> dict:
    qtbot.waitUntil(keeper.path.exists, timeout=5000)
    return json.loads(keeper.path.read_text(encoding="utf-8"))


def test_contact_dialog_draft_survives_a_crash_and_is_restored(
    qtbot, services, db_path: Path, messages
) -> None:
    municipality = services.municipalities.by_code("1280")
    folder = drafts_folder(db_path)
    saved: list[ContactInput] = []

    def make() -> ContactDialog:
        dialog = ContactDialog(None, saved.append, drafts=db_path, draft_id=municipality.id)
        qtbot.addWidget(dialog)
        return dialog

    dialog = make()
    dialog.show()
    assert messages.texts("confirm") == []  # nothing to offer yet
    qtbot.keyClicks(dialog.name, "Karin ")
    dialog.name.insert("Öberg")
    qtbot.keyClicks(dialog.email, "karin@malmo.se")
    draft = _wait_for_draft(qtbot, dialog.drafts)
    assert draft["values"]["name"] == "Karin Öberg"
    assert stat.S_IMODE(dialog.drafts.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700

    dialog.hide()  # the crash: no cancel, no close, nothing cleaned up
    dialog.deleteLater()

    reopened = make()
    reopened.show()  # offering happens when the form appears
    (question,) = messages.texts("confirm")
    assert question.startswith("Återställa osparad text från ")
    assert reopened.name.text() == "Karin Öberg"
    assert reopened.email.text() == "karin@malmo.se"
    assert reopened.try_save()
    assert saved[-1].name == "Karin Öberg"
    assert not reopened.drafts.path.exists()  # saved: the draft is gone


def test_declined_or_cancelled_draft_is_removed(qtbot, db_path: Path, messages) -> None:
    dialog = ContactDialog(None, lambda _d: None, drafts=db_path, draft_id="x")
    qtbot.addWidget(dialog)
    dialog.name.setText("Per")
    dialog.drafts.save_now()
    assert dialog.drafts.path.exists()
    dialog.reject()  # cancel
    assert not dialog.drafts.path.exists()

    dialog = ContactDialog(None, lambda _d: None, drafts=db_path, draft_id="x")
    qtbot.addWidget(dialog)
    dialog.name.setText("Per")
    dialog.drafts.save_now()
    again = ContactDialog(None, lambda _d: None, drafts=db_path, draft_id="x")
    qtbot.addWidget(again)
    messages.confirm_answer = False
    assert again.drafts.offer() is False
    assert again.name.text() == ""
    assert not again.drafts.path.exists()


def test_draft_equal_to_the_record_is_not_kept_nor_offered(qtbot, tmp_path: Path, messages) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    line, text, combo = QLineEdit("a"), QPlainTextEdit("b"), QComboBox()
    combo.addItem("Ett", "1")
    combo.addItem("Två", "2")
    for name, widget in (("line", line), ("text", text), ("combo", combo)):
        widget.setObjectName(name)
        layout.addWidget(widget)
    unnamed = QLineEdit("ignored")
    layout.addWidget(unnamed)
    keeper = DraftKeeper(form, tmp_path / "x.sqlite3", "demo", 7, delay_ms=10)
    assert set(keeper.values()) == {"line", "text", "combo"}
    combo.setCurrentIndex(1)
    text.setPlainText("ändrad\nrad två 🙂")
    draft = _wait_for_draft(qtbot, keeper)
    assert draft["values"] == {"line": "a", "text": "ändrad\nrad två 🙂", "combo": "2"}
    combo.setCurrentIndex(0)
    text.setPlainText("b")
    keeper.save_now()
    assert not keeper.path.exists()  # back to the record: nothing to keep
    keeper.path.write_text("{not json", encoding="utf-8")
    assert keeper.offer() is False  # an unreadable draft is ignored, never a crash
    assert messages.texts("confirm") == []


def test_municipality_notes_draft_is_offered_after_a_crash(qtbot, main_window, messages) -> None:
    tab = _tab(main_window)
    tab.drafts._timer.setInterval(10)
    _select(tab, "1480")
    tab.notes.insertPlainText("Möte om placeringar & <uppföljning>")
    draft = _wait_for_draft(qtbot, tab.drafts)
    assert draft["values"]["notes"] == "Möte om placeringar & <uppföljning>"
    svc = main_window.ctx.services.municipalities
    assert svc.details(svc.by_code("1480").id).notes == ""  # not saved yet: only the draft

    tab._notes_dirty = False  # the crash: the app is gone before it saved anything
    tab.drafts.set_record("gone")
    _select(tab, "0114")
    _select(tab, "1480")  # started again, the same municipality opened

    assert any(t.startswith("Återställa osparad text") for t in messages.texts("confirm"))
    assert tab.notes.toPlainText() == "Möte om placeringar & <uppföljning>"
    assert tab._notes_dirty
    tab.save_notes()
    assert svc.details(svc.by_code("1480").id).notes == "Möte om placeringar & <uppföljning>"
    assert not tab.drafts.path.exists()


def test_draft_of_an_encrypted_database_is_sealed(qtbot, db_path: Path, messages) -> None:
    from samordnare_desktop.db import conversion, encryption
    from samordnare_desktop.services.startup import open_database

    open_database(db_path, daily_backup=False).close()
    new = conversion.encrypt_database(db_path, "en lång lösenfras för test")
    encryption.remember_key(db_path, new.data_key)  # unlocked, as in a running app
    try:
        dialog = ContactDialog(None, lambda _d: None, drafts=db_path, draft_id="enc")
        qtbot.addWidget(dialog)
        dialog.name.setText("Hemlig Person")
        dialog.drafts.save_now()
        raw = dialog.drafts.path.read_bytes()
        assert b"Hemlig" not in raw and raw.startswith(encryption.SEALED_MAGIC)
        again = ContactDialog(None, lambda _d: None, drafts=db_path, draft_id="enc")
        qtbot.addWidget(again)
        assert again.drafts.offer() is True
        assert again.name.text() == "Hemlig Person"
        encryption.forget_all_keys()  # locked: the draft is not readable, and never a crash
        assert again.drafts.load() is None
    finally:
        encryption.forget_all_keys()
