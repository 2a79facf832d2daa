"""Render ``resources/icons/samordnare.svg`` to the PNG, ICO and ICNS icons the app and bundles use.

Run after changing the SVG: ``python tools/make_icons.py`` (offscreen Qt, no other tools).
Writes ``samordnare-{16..256}.png`` (window icon, Linux ``.desktop``), ``samordnare.ico``
(Windows executable) and ``samordnare.icns`` (macOS app), all committed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows ICO whose entries are PNG images (Vista and later read them)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = images[size]
        edge = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """A macOS ICNS of PNG entries (icp4 16, icp5 32, ic07 128, ic08 256, ic09 512)."""
    kinds = {16: b"icp4", 32: b"icp5", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
    body = b"".join(
        kind + struct.pack(">I", 8 + len(images[size])) + images[size]
        for size, kind in kinds.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "samordnare.svg"))
    if not renderer.isValid():
        raise SystemExit("samordnare.svg is not a valid SVG")
    images = {size: render_png(renderer, size) for size in (*PNG_SIZES, 512)}
    for size in PNG_SIZES:
        (ICONS / f"samordnare-{size}.png").write_bytes(images[size])
    (ICONS / "samordnare.ico").write_bytes(ico({s: images[s] for s in (16, 32, 48, 256)}))
    (ICONS / "samordnare.icns").write_bytes(icns(images))
    print(f"icons written to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
