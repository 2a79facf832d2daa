"""The Deltagare tab's document buttons: import with preview, export, list and sign-in PDFs."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton

from samordnare_desktop.domain.participant import ParticipantCategory as Cat
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.pdf.participants import ListColumn
from samordnare_desktop.services import tabular
from samordnare_desktop.services.participant_import import ImportAction
from samordnare_desktop.services.participants import ParticipationInput, PersonInput
from samordnare_desktop.services.visits import VisitInput
from samordnare_desktop.ui.participants import import_preview_dialog as preview_module
from samordnare_desktop.ui.participants import pdf_dialogs
from samordnare_desktop.ui.participants.import_preview_dialog import ImportPreviewDialog
from samordnare_desktop.ui.participants.pdf_dialogs import ParticipantListDialog, SigninSheetDialog


@pytest.fixture
def tab(main_window):
    services = main_window.ctx.services
    m = services.municipalities.by_code("0586")
    visit = services.visits.create(VisitInput(m.id, VisitKind.FIRST, date(2026, 3, 4)))
    services.participants.add(
        visit.id,
        PersonInput("Anna Berg", Cat.MANAGER, organisation="Socialförvaltningen"),
        ParticipationInput(attended=True),
    )
    main_window.select_tab("participants")
    tab = main_window.tab("participants")
    main_window.ctx.bus.changed.emit("visits")
    assert tab.show_visit(visit.id)
    return tab


def _pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_buttons_follow_the_visit(main_window) -> None:
    tab = main_window.tab("participants")
    assert not tab.documents.isEnabled()  # no visit chosen
    assert tab.documents.import_button.text() == "Importera…"
    assert tab.documents.signin_button.text() == "Närvarolista (PDF)…"


def _status(tab) -> str:
    return tab.window().statusBar().currentMessage()


def test_import_preview_then_apply(qtbot, tab, tmp_path: Path, monkeypatch) -> None:
    source = tmp_path / "kommunen.csv"
    source.write_bytes(
        "Namn;Organisation;Kategori;E-post\r\n"
        "Anna Berg;Socialförvaltningen;;anna@mjolby.se\r\n"
        "Nils Nord;Polisen;Polis;\r\n"
        ";Skolan;;\r\n".encode("cp1252")
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(source), ""))
    seen = {}

    def fake_exec(dialog: ImportPreviewDialog) -> int:
        seen["counts"] = dialog.counts.text()
        seen["rows"] = [(r.line, r.action) for r in dialog.visible_rows()]
        dialog.action_filter.setCurrentIndex(dialog.action_filter.findData("skip"))
        seen["skipped"] = [r.detail for r in dialog.visible_rows()]
        seen["ok"] = dialog.ok_button.isEnabled()
        # nothing is written while the preview is open
        seen["names_during_preview"] = [r.name for r in tab.visible_rows()]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", fake_exec)
    tab.documents.import_button.click()
    qtbot.waitUntil(lambda: "Importerat" in _status(tab), timeout=20_000)
    assert seen["counts"] == "1 läggs till, 1 uppdateras, 1 hoppas över"
    assert seen["rows"] == [(2, ImportAction.UPDATE), (3, ImportAction.ADD), (4, ImportAction.SKIP)]
    assert seen["skipped"] == ["Namn saknas."]
    assert seen["ok"]
    assert seen["names_during_preview"] == ["Anna Berg"]
    names = sorted(r.name for r in tab.visible_rows())
    assert names == ["Anna Berg", "Nils Nord"]  # the tab reloaded
    anna = next(r for r in tab.visible_rows() if r.name == "Anna Berg")
    assert anna.email == "anna@mjolby.se"
    assert "Importerat från kommunen.csv" in _status(tab)
    # Ctrl+Z takes the whole import back, Ctrl+Y does it again
    tab.ctx.undo_stack.undo()
    assert [(r.name, r.email) for r in tab.visible_rows()] == [("Anna Berg", "")]
    tab.ctx.undo_stack.redo()
    assert sorted((r.name, r.email) for r in tab.visible_rows()) == [
        ("Anna Berg", "anna@mjolby.se"),
        ("Nils Nord", ""),
    ]


def test_import_cancel_changes_nothing(qtbot, tab, tmp_path: Path, monkeypatch) -> None:
    source = tmp_path / "a.csv"
    source.write_text("Name\nNils Nord\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(source), ""))
    shown = []

    def cancel(dialog) -> int:
        shown.append(dialog.plan.added)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportPreviewDialog, "exec", cancel)
    tab.documents.import_button.click()
    qtbot.waitUntil(lambda: shown == [1], timeout=20_000)
    QThreadPool.globalInstance().waitForDone(20_000)
    assert [r.name for r in tab.visible_rows()] == ["Anna Berg"]


def test_import_of_a_garbage_file_shows_the_error(
    qtbot, tab, tmp_path: Path, monkeypatch, messages
) -> None:
    source = tmp_path / "bild.csv"
    source.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(source), ""))

    def never(_dialog) -> int:
        raise AssertionError("no preview for an unreadable file")

    monkeypatch.setattr(ImportPreviewDialog, "exec", never)
    tab.documents.import_button.click()
    qtbot.waitUntil(lambda: bool(messages.texts("warn")), timeout=20_000)
    assert any("kalkylark" in text for text in messages.texts("warn"))
    assert [r.name for r in tab.visible_rows()] == ["Anna Berg"]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export(qtbot, tab, tmp_path: Path, monkeypatch, suffix: str) -> None:
    target = tmp_path / "ut"
    chosen_filter = "CSV för Excel (*.csv)" if suffix == ".csv" else "Excel-arbetsbok (*.xlsx)"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), chosen_filter))
    tab.documents.export_button.click()
    qtbot.waitUntil(lambda: "sparade" in _status(tab), timeout=20_000)
    written = target.with_name("ut" + suffix)
    table = tabular.read_table(written)
    assert table.rows[0][0] == "Anna Berg"
    assert "1 deltagare sparade" in _status(tab)


def test_participant_list_pdf_with_options(qtbot, tab, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "lista.pdf"

    def fake_exec(dialog: ParticipantListDialog) -> int:
        dialog.group_by.setCurrentIndex(dialog.group_by.findData("organisation"))
        dialog.columns[ListColumn.EMAIL].setChecked(False)
        dialog.columns[ListColumn.CATEGORY].setChecked(True)
        dialog.attendance_style.setCurrentIndex(dialog.attendance_style.findData("words"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ParticipantListDialog, "exec", fake_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), "PDF (*.pdf)"))
    tab.documents.list_button.click()
    qtbot.waitUntil(lambda: "Deltagarlistan sparad" in _status(tab), timeout=20_000)
    text = _pdf_text(target)
    assert "Deltagarlista" in text
    assert "Socialförvaltningen (1) · Närvarande 1 av 1" in text
    assert "Kategori" in text and "Ja" in text
    # the choices are remembered for next time
    dialog = ParticipantListDialog(None, tab.ctx.settings)
    assert dialog.group_by.currentData() == "organisation"
    assert dialog.columns[ListColumn.CATEGORY].isChecked()
    assert dialog.attendance_style.currentData() == "words"


def test_signin_sheet_pdf(qtbot, tab, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "narvaro.pdf"

    def fake_exec(dialog: SigninSheetDialog) -> int:
        dialog.blank_rows.setValue(4)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SigninSheetDialog, "exec", fake_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), "PDF (*.pdf)"))
    tab.documents.signin_button.click()
    qtbot.waitUntil(lambda: "Närvarolistan sparad" in _status(tab), timeout=20_000)
    text = _pdf_text(target)
    assert "Närvarolista" in text and "Anna Berg" in text
    numbers = {int(w) for w in text.split() if w.isdigit()}
    assert 5 in numbers and 6 not in numbers  # 1 name + 4 blank rows


def test_cancelled_save_dialog_writes_nothing(tab, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(SigninSheetDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    tab.documents.signin_button.click()
    assert list(tmp_path.iterdir()) == [] or all(p.is_dir() for p in tmp_path.iterdir())


def test_import_preview_chooses_the_sheet_of_a_workbook(
    qtbot, tab, tmp_path: Path, monkeypatch
) -> None:
    source = tmp_path / "kommunen.xlsx"
    tabular.write_xlsx(
        source,
        [
            tabular.Sheet("Instruktioner", ["Fyll i bladet Deltagare"], [["Tack!"]]),
            tabular.Sheet("Deltagare", ["Namn", "Organisation"], [["Nils Nord", "Polisen"]]),
            tabular.Sheet(
                "Reserver", ["Namn", "Organisation"], [["Eva Ås", "Skolan"], ["Ola Ek", ""]]
            ),
        ],
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(source), ""))
    seen = {}

    def fake_exec(dialog: ImportPreviewDialog) -> int:
        seen["visible"] = dialog.sheet.isVisibleTo(dialog)
        seen["sheets"] = [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())]
        seen["first"] = (dialog.sheet.currentText(), [r.name for r in dialog.visible_rows()])
        dialog.sheet.setCurrentText("Instruktioner")  # no name column: an error, choice kept
        seen["kept"] = dialog.sheet.currentText()
        dialog.sheet.setCurrentText("Reserver")
        seen["counts"] = dialog.counts.text()
        seen["names"] = [r.name for r in dialog.visible_rows()]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", fake_exec)
    warned = []
    monkeypatch.setattr(preview_module, "show_error", lambda _parent, exc: warned.append(str(exc)))
    tab.documents.import_button.click()
    qtbot.waitUntil(lambda: "Importerat" in _status(tab), timeout=20_000)
    assert seen["visible"]
    assert seen["sheets"] == ["Instruktioner", "Deltagare", "Reserver"]
    assert seen["first"] == ("Deltagare", ["Nils Nord"])
    assert warned and seen["kept"] == "Deltagare"
    assert seen["counts"] == "2 läggs till, 0 uppdateras, 0 hoppas över"
    assert seen["names"] == ["Eva Ås", "Ola Ek"]
    assert sorted(r.name for r in tab.visible_rows()) == ["Anna Berg", "Eva Ås", "Ola Ek"]


def test_csv_import_preview_has_no_sheet_chooser(qtbot, tab, tmp_path: Path, monkeypatch) -> None:
    source = tmp_path / "a.csv"
    source.write_text("Name\nNils Nord\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(source), ""))
    seen = []

    def cancel(dialog) -> int:
        seen.append(dialog.sheet.isVisibleTo(dialog))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportPreviewDialog, "exec", cancel)
    tab.documents.import_button.click()
    qtbot.waitUntil(lambda: seen == [False], timeout=20_000)
    QThreadPool.globalInstance().waitForDone(20_000)


@pytest.fixture
def open_after_reset(tab):
    """Settings outlive a test: start with "open after saving" unset and unset it again."""
    key = pdf_dialogs._OPEN_AFTER
    tab.ctx.settings.remove(key)
    yield
    tab.ctx.settings.remove(key)


@pytest.mark.parametrize("viewer", [True, False])
def test_open_the_pdf_after_saving(
    qtbot, tab, tmp_path: Path, monkeypatch, viewer: bool, open_after_reset
) -> None:
    from PySide6.QtGui import QDesktopServices

    opened = []

    def fake_open(url) -> bool:
        opened.append(url.toLocalFile())
        return viewer

    monkeypatch.setattr(QDesktopServices, "openUrl", fake_open)
    target = tmp_path / "narvaro.pdf"

    def tick(dialog: SigninSheetDialog) -> int:
        assert not dialog.open_after.isChecked()  # off until chosen
        dialog.open_after.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SigninSheetDialog, "exec", tick)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), "PDF (*.pdf)"))
    tab.documents.signin_button.click()
    qtbot.waitUntil(lambda: "Närvarolistan sparad" in _status(tab), timeout=20_000)
    assert opened == [str(target)] and target.exists()
    assert ("Inget program" in _status(tab)) is not viewer
    # remembered, also for the participant list
    seen = []

    def keep(dialog: ParticipantListDialog) -> int:
        seen.append(dialog.open_after.isChecked())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ParticipantListDialog, "exec", keep)
    listing = tmp_path / "lista.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(listing), "PDF (*.pdf)"))
    tab.documents.list_button.click()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=20_000)
    assert seen == [True] and opened[1] == str(listing)


def test_list_and_signin_open_in_the_print_preview(qtbot, tab, monkeypatch) -> None:
    from samordnare_desktop.ui import print_preview

    monkeypatch.setattr(print_preview, "available_printers", lambda: [])
    for dialog_class, button, title in (
        (SigninSheetDialog, tab.documents.signin_button, "Närvarolista"),
        (ParticipantListDialog, tab.documents.list_button, "Deltagarlista"),
    ):

        def fake_exec(dialog) -> int:
            dialog.findChild(QPushButton, "preview").click()
            return dialog.result()

        monkeypatch.setattr(dialog_class, "exec", fake_exec)
        tab.documents.last_preview = None
        button.click()  # built in the background, then shown
        qtbot.waitUntil(lambda: tab.documents.last_preview is not None, timeout=20_000)
        window = tab.documents.last_preview
        assert window.windowTitle() == title and window.pages >= 1
        assert "Anna Berg" in " ".join(
            p.extract_text() for p in PdfReader(io.BytesIO(window.pdf)).pages
        )
        window.close()
