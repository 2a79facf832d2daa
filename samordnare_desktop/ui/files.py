"""Qt helpers for writing files atomically (images, via :mod:`samordnare_desktop.files`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPixmap

from samordnare_desktop.files import atomic_write_bytes


def save_pixmap(pixmap: QPixmap, path: Path) -> None:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    buffer.close()
    atomic_write_bytes(Path(path), bytes(data.data()))
