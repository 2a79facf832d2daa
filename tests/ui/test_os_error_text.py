"""The window's refusal when a file cannot be saved is wholly Swedish and names the file: the
operating system's English text ("Not a directory", "Read-only file system") never shows."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from samordnare_desktop import files
from samordnare_desktop.pdf.badges import Card, badges_pdf
from samordnare_desktop.ui import print_preview
from samordnare_desktop.ui.print_preview import PrintPreviewWindow
from tests.unit.test_os_error_text import _no_english


def _save(qtbot, monkeypatch, messages, target: Path) -> str:
    monkeypatch.setattr(print_preview, "available_printers", lambda: [])
    monkeypatch.setattr("samordnare_desktop.ui.files.ask_save_path", lambda *a, **k: target)
    window = PrintPreviewWindow(None, badges_pdf([Card("Namn", "Org")], "Mjölby"), "B", "b.pdf")
    qtbot.addWidget(window)
    assert window.save_pdf() is None
    (text,) = messages.texts()
    assert text.startswith("PDF-filen sparades inte.") and str(target) in text
    _no_english(text)
    return text


def test_a_save_through_a_file_is_swedish(qtbot, monkeypatch, tmp_path, messages):
    plain = tmp_path / "fil.txt"
    plain.write_text("x")
    text = _save(qtbot, monkeypatch, messages, plain / "b.pdf")
    assert "en del av sökvägen är en fil, inte en mapp" in text


def test_a_save_into_a_broken_link_folder_is_swedish(qtbot, monkeypatch, tmp_path, messages):
    (tmp_path / "mapp").symlink_to(tmp_path / "borta")
    text = _save(qtbot, monkeypatch, messages, tmp_path / "mapp" / "b.pdf")
    assert "mappen eller filen finns inte" in text


@pytest.mark.parametrize(
    ("code", "swedish"),
    [
        (errno.EROFS, "enheten eller mappen är skrivskyddad"),
        (errno.ENOSPC, "disken är full"),
        (errno.ENOENT, "mappen eller filen finns inte"),
        (errno.EACCES, "du saknar behörighet"),
        (errno.EBUSY, "används av ett annat program"),
    ],
)
def test_a_save_the_disk_refuses_is_swedish(qtbot, monkeypatch, tmp_path, messages, code, swedish):
    def refuse(_source, target) -> None:
        raise OSError(code, os.strerror(code), str(target))

    monkeypatch.setattr(files.os, "replace", refuse)
    target = tmp_path / "b.pdf"
    assert swedish in _save(qtbot, monkeypatch, messages, target)
    assert not target.exists()


@pytest.mark.parametrize(
    ("where", "swedish"),
    [
        ("saknas/placeringar.csv", "mappen eller filen finns inte"),
        ("mapp", "det är en mapp, inte en fil"),
        ("fil.txt/placeringar.csv", "en del av sökvägen är en fil, inte en mapp"),
    ],
)
def test_an_import_that_cannot_read_its_file_is_swedish(
    main_window, messages, tmp_path, where, swedish
):
    """Vårdplatser's import of a missing file, a folder or a path through a file: one Swedish
    refusal naming the path."""
    (tmp_path / "mapp").mkdir()
    (tmp_path / "fil.txt").write_text("x")
    main_window.select_tab("care_places")
    tab = main_window.tab("care_places")
    path = tmp_path / where
    assert not tab.import_file(path)
    (text,) = messages.texts()
    assert str(path) in text and swedish in text
    _no_english(text)
