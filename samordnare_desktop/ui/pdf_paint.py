"""Painting a PDF's pages onto a printer (QtPdf): shared by ``ui.pdf_output`` and the print
preview window, which import it, not each other."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter

from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 200  # enough for text on paper; keeps page images small


def new_printer() -> QPrinter:
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the PDF pages carry their own margins
    return printer


def wait_loaded(document) -> None:
    """A document loaded from a buffer is ready at once; should it still be loading, wait for
    it (at most 10 s) so page counts and rendering see the whole document."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtPdf import QPdfDocument

    if document.status() == QPdfDocument.Status.Loading:
        loop = QEventLoop()
        document.statusChanged.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()


def paint_pdf(printer: QPrinter, pdf: bytes, pages: Sequence[int] | None = None) -> int:
    """Paint ``pages`` (0-based; all when ``None``) of ``pdf`` onto ``printer``, each fit to the
    sheet and turned to the page's own orientation; returns the number of pages painted."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPdf import QPdfDocument

    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    wait_loaded(document)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise UserError(translate("pdf_output", "The document could not be read for printing."))
    wanted = [
        p
        for p in (range(document.pageCount()) if pages is None else pages)
        if 0 <= p < document.pageCount()
    ]
    if not wanted:
        return 0

    def orient(page: int) -> None:
        size = document.pagePointSize(page)
        landscape = size.width() > size.height()
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )

    orient(wanted[0])
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(translate("pdf_output", "The printer could not be started."))
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        for index, page in enumerate(wanted):
            if index:
                orient(page)
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(
                page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            target = painter.viewport()
            keep = Qt.AspectRatioMode.KeepAspectRatio
            scaled = image.size().scaled(target.size(), keep)
            painter.drawImage(
                target.x() + (target.width() - scaled.width()) // 2,
                target.y(),
                image.scaled(scaled, keep, Qt.TransformationMode.SmoothTransformation),
            )
        return len(wanted)
    finally:
        painter.end()
        document.close()
        buffer.close()
