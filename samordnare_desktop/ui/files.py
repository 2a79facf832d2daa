"""Files from the UI: the one way to ask for a path to save or open (``ask_save_path``,
``ask_open_path``), and images written atomically (via :mod:`samordnare_desktop.files`)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from samordnare_desktop.files import atomic_write_bytes


def safe_file_name(text: str) -> str:
    """``text`` as a file name on every system: "Dagordning Mjölby 2026-03-04" keeps its
    letters and spaces; characters Windows refuses (\\ / : * ? " < > |) become spaces."""
    import re

    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text).strip() or "dokument"


def save_pixmap(pixmap: QPixmap, path: Path) -> None:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    buffer.close()
    atomic_write_bytes(Path(path), bytes(data.data()))


def documents_folder() -> Path:
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def _start_folder(settings: QSettings | None, folder_key: str, fallback: Path | None) -> Path:
    saved = str(settings.value(folder_key, "") or "") if settings is not None and folder_key else ""
    if saved and Path(saved).is_dir():
        return Path(saved)
    return fallback or Path.home()


def _remember(settings: QSettings | None, folder_key: str, path: Path) -> None:
    if settings is not None and folder_key:
        settings.setValue(folder_key, str(path.parent))


def ask_save_path(
    parent: QWidget | None,
    title: str,
    suggested: str,
    filters: str,
    *,
    settings: QSettings | None = None,
    folder_key: str = "",
    fallback: Path | None = None,
) -> Path | None:
    """Where to save: the app's one save dialog (tests replace this function or
    ``QFileDialog.getSaveFileName``); ``None`` if the user cancelled.

    ``suggested`` is a file name, offered in the folder remembered under ``folder_key`` (else
    ``fallback``, else the home folder). A name without one of the filters' suffixes gets the chosen filter's.
    """
    from PySide6.QtWidgets import QFileDialog

    start = Path(suggested)
    if not start.is_absolute():
        start = _start_folder(settings, folder_key, fallback) / suggested
    name, chosen = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    if not name:
        return None
    path = Path(name)
    suffixes = [s.lower() for s in re.findall(r"\*(\.\w+)", filters)]
    if suffixes and path.suffix.lower() not in suffixes:
        picked = re.search(r"\*(\.\w+)", chosen or "")
        path = path.with_name(path.name + (picked.group(1) if picked else suffixes[0]))
    _remember(settings, folder_key, path)
    return path


def ask_open_path(
    parent: QWidget | None,
    title: str,
    filters: str,
    *,
    settings: QSettings | None = None,
    folder_key: str = "",
    fallback: Path | None = None,
) -> Path | None:
    """A file to read: the app's one open dialog (tests replace this function or
    ``QFileDialog.getOpenFileName``); ``None`` if the user cancelled."""
    from PySide6.QtWidgets import QFileDialog

    start = _start_folder(settings, folder_key, fallback)
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start), filters)
    if not name:
        return None
    path = Path(name)
    _remember(settings, folder_key, path)
    return path
