"""Qt helpers for writing files atomically (images, via :mod:`samordnare_desktop.files`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from samordnare_desktop.files import atomic_write_bytes


def save_pixmap(pixmap: QPixmap, path: Path) -> None:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    buffer.close()
    atomic_write_bytes(Path(path), bytes(data.data()))


def choose_save_path(
    parent: QWidget | None, title: str, suggested: str, filter_: str
) -> Path | None:
    """Ask where to save (tests replace this function); ``None`` if the user cancelled."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), filter_)
    return Path(name) if name else None


def choose_open_path(parent: QWidget | None, title: str, filter_: str) -> Path | None:
    """Ask for a file to read (tests replace this function); ``None`` if the user cancelled."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filter_)
    return Path(name) if name else None
