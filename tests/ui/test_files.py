"""ui.files: the one way the app asks for a path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from samordnare_desktop.ui import files


def test_save_path_adds_the_chosen_filters_suffix_and_remembers_the_folder(
    qapp, tmp_path, monkeypatch
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    asked: list[str] = []

    def dialog(_parent, _title, start, _filters):
        asked.append(start)
        return str(tmp_path / "lista"), "CSV (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    filters = "Excel (*.xlsx);;CSV (*.csv)"
    chosen = files.ask_save_path(None, "t", "a.xlsx", filters, settings=settings, folder_key="k")
    assert chosen == tmp_path / "lista.csv"
    assert asked == [str(Path.home() / "a.xlsx")]
    files.ask_save_path(None, "t", "b.xlsx", filters, settings=settings, folder_key="k")
    assert asked[-1] == str(tmp_path / "b.xlsx")  # the folder used last time

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "x.CSV"), ""))
    assert files.ask_save_path(None, "t", "a.xlsx", filters) == tmp_path / "x.CSV"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert files.ask_save_path(None, "t", "a.xlsx", filters) is None


def test_open_path_starts_in_the_remembered_folder(qapp, tmp_path, monkeypatch) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    (tmp_path / "in").mkdir()
    starts: list[str] = []

    def dialog(_parent, _title, start, _filters):
        starts.append(start)
        return str(tmp_path / "in" / "fil.csv"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog)
    fallback = tmp_path
    kwargs = {"settings": settings, "folder_key": "k", "fallback": fallback}
    assert files.ask_open_path(None, "t", "CSV (*.csv)", **kwargs) == tmp_path / "in" / "fil.csv"
    files.ask_open_path(None, "t", "CSV (*.csv)", **kwargs)
    assert starts == [str(tmp_path), str(tmp_path / "in")]
