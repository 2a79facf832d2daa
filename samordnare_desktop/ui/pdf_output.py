"""Showing and printing PDFs the app made: preview, print, open in the system viewer.

The PDF (from ``pdf/``) is the one source of truth: printing renders its pages with QtPdf and
paints them onto the printer, so paper and file always look the same.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.files import write_pdf
from samordnare_desktop.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

from samordnare_desktop.ui.pdf_paint import (
    MAX_DPI as MAX_DPI,
)
from samordnare_desktop.ui.pdf_paint import (
    new_printer as new_printer,
)
from samordnare_desktop.ui.pdf_paint import (
    paint_pdf as paint_pdf,
)
from samordnare_desktop.ui.pdf_paint import (
    wait_loaded as wait_loaded,
)


def preview_pdf(parent: QWidget, pdf: bytes, title: str, file_name: str = "dokument.pdf") -> None:
    """The app's print preview window (ui.print_preview) over ``pdf``: print or save it."""
    from samordnare_desktop.ui.print_preview import PrintPreviewWindow

    window = PrintPreviewWindow(parent, pdf, title, file_name)
    window.exec()


def print_pdf(parent: QWidget, pdf: bytes, title: str) -> bool:
    """The system print dialog; ``True`` if the pages were sent to the printer."""
    from PySide6.QtPrintSupport import QPrintDialog

    printer = new_printer()
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("print_dialog")
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_pdf(printer, pdf)
    return True


def open_pdf(pdf: bytes, file_name: str) -> Path:
    """Write ``pdf`` to the app's temporary folder and open it in the system's PDF viewer."""
    folder = Path(tempfile.gettempdir()) / "samordnare-desktop"
    path = write_pdf(folder / file_name, pdf)
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        raise UserError(
            translate(
                "pdf_output", "No program to open PDF files was found. The file is at {path}."
            ).format(path=str(path))
        )
    return path
