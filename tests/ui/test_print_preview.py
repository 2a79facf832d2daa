"""The one print preview window: the PDF shown by QtPdf, printer remembered, page range, copies,
two-sided only where the printer can, and saving the PDF when no printer is installed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from samordnare_desktop.pdf.badges import Card, badges_pdf
from samordnare_desktop.ui import print_preview
from samordnare_desktop.ui.print_preview import SETTINGS_KEY, PrinterChoice, PrintPreviewWindow


@pytest.fixture
def pdf() -> bytes:
    return badges_pdf([Card(f"Namn {n}", "Org") for n in range(30)], "Mjölby")  # 4 pages


def _window(qtbot, pdf: bytes) -> PrintPreviewWindow:
    window = PrintPreviewWindow(None, pdf, "Namnbrickor", "brickor.pdf")
    qtbot.addWidget(window)
    return window


def test_without_a_printer_it_says_so_and_saves_the_pdf(
    qtbot, pdf, monkeypatch, tmp_path, messages
):
    monkeypatch.setattr(print_preview, "available_printers", lambda: [])
    window = _window(qtbot, pdf)
    window.show()
    assert window.no_printer.isVisible() and "Ingen skrivare" in window.no_printer.text()
    assert not window.print_button.isEnabled() and window.save_button.isDefault()
    assert window.pages == 4 and window.range_all.text() == "Alla sidor (4)"
    target = tmp_path / "ut"
    monkeypatch.setattr("samordnare_desktop.ui.files.ask_save_path", lambda *a, **k: target)
    saved = window.save_pdf()
    assert messages.texts() == []
    assert saved == tmp_path / "ut.pdf" and saved.read_bytes() == pdf


def test_printer_remembered_duplex_only_where_possible_and_page_range(
    qtbot, pdf, monkeypatch, tmp_path: Path
):
    printers = [PrinterChoice("Kontor", True), PrinterChoice("Enkel", False)]
    monkeypatch.setattr(print_preview, "available_printers", lambda: printers)
    print_preview._settings().setValue(SETTINGS_KEY, "Enkel")
    window = _window(qtbot, pdf)
    assert window.printer_combo.currentText() == "Enkel"
    assert not window.duplex.isEnabled()
    window.printer_combo.setCurrentIndex(0)
    assert window.duplex.isEnabled() and window.print_button.isEnabled()
    window.duplex.setCurrentIndex(1)
    window.copies.setValue(2)
    window.from_page.setValue(2)
    window.to_page.setValue(3)
    assert window.range_pages.isChecked() and window.page_numbers() == [1, 2]
    printer = window.configured_printer()
    assert printer.copyCount() == 2 and window.duplex_mode() == printer.DuplexMode.DuplexLongSide
    assert printer.docName() == "Namnbrickor"

    printer.setOutputFormat(printer.OutputFormat.PdfFormat)
    out = tmp_path / "utskrift.pdf"
    printer.setOutputFileName(str(out))
    assert window.print_now(printer)
    printed = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(printed.pages) == 2
    assert print_preview._settings().value(SETTINGS_KEY) == "Kontor"


def test_the_view_shows_the_document(qtbot, pdf, monkeypatch, tmp_path: Path):
    from PySide6.QtPdf import QPdfDocument

    monkeypatch.setattr(print_preview, "available_printers", lambda: [])
    window = _window(qtbot, pdf)
    window.show()
    qtbot.waitUntil(lambda: window.document.status() == QPdfDocument.Status.Ready)
    image = window.first_page_image(600)
    assert not image.isNull() and image.width() == 600
    assert window.view.document() is window.document
    window.grab().save(str(tmp_path / "preview.png"))


def test_a_failed_save_is_the_same_refusal_as_on_the_command_line(
    qtbot, pdf, monkeypatch, tmp_path, messages
):
    """The window saves through files.write_pdf too (issue #12): a full disk is one Swedish
    refusal, the same words the command line prints, and the old file stands."""
    import errno
    import os

    from samordnare_desktop import files

    target = tmp_path / "brickor.pdf"
    target.write_bytes(b"%PDF-old")

    def full_disk(_source, _target) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "replace", full_disk)
    monkeypatch.setattr(print_preview, "available_printers", lambda: [])
    monkeypatch.setattr("samordnare_desktop.ui.files.ask_save_path", lambda *a, **k: target)
    window = _window(qtbot, pdf)
    assert window.save_pdf() is None
    (text,) = messages.texts()
    assert text.startswith("PDF-filen sparades inte.") and str(target) in text
    assert target.read_bytes() == b"%PDF-old"
