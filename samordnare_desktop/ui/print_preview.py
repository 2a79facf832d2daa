"""The one print preview window for every document the app makes (agenda, participant list,
sign-in sheet, visit pack, press invitation, badges, action plan, follow-up, reports).

It shows the PDF itself (QtPdf), so what is previewed is what is printed and what is saved.
Beside it: the printer (the last one used is remembered), page range, copies, two-sided
printing where the printer can, paper A4. With no printer installed the window says so and
offers to save the PDF instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.pdf_paint import wait_loaded
from samordnare_desktop.ui.widgets.form import FieldErrors
from samordnare_desktop.ui.widgets.number_input import NumberInput

SETTINGS_KEY = "print/last_printer"


@dataclass(frozen=True)
class PrinterChoice:
    name: str
    duplex: bool  # the printer can print on both sides


def available_printers() -> list[PrinterChoice]:
    """The installed printers (tests replace this function)."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    out = []
    for info in QPrinterInfo.availablePrinters():
        modes = info.supportedDuplexModes()
        two_sided = any(
            m in modes
            for m in (QPrinter.DuplexMode.DuplexLongSide, QPrinter.DuplexMode.DuplexShortSide)
        )
        out.append(PrinterChoice(info.printerName(), two_sided))
    return out


def _settings():
    """The user's settings, as ``app.settings()`` opens them (the window does not import app)."""
    from PySide6.QtCore import QSettings

    from samordnare_desktop import ORG_NAME

    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, "SamordnareDesktop"
    )


class PrintPreviewWindow(QDialog):
    """Preview ``pdf`` and print or save it."""

    def __init__(
        self, parent: QWidget | None, pdf: bytes, title: str, file_name: str = "dokument.pdf"
    ) -> None:
        super().__init__(parent)
        self.setObjectName("print_preview")
        self.setWindowTitle(title)
        self.pdf = pdf
        self.title = title
        self.file_name = file_name
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        wait_loaded(self.document)
        self.pages = self.document.pageCount()

        self._build_view()
        self._build_printer()
        pages_row = self._build_range()
        form = self._build_form(pages_row)
        buttons = self._build_buttons()
        self._build_layout(buttons, form)
        self.printer_combo.currentIndexChanged.connect(self._printer_changed)
        self._printer_changed()
        (self.print_button if self.printers else self.save_button).setDefault(True)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_now)
        self.resize(1100, 900)

    def _build_view(self):
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setAccessibleName(self.tr("Pages"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

    def _build_printer(self):
        self.printers = available_printers()
        self.printer_combo = QComboBox()
        self.printer_combo.setObjectName("printer")
        for choice in self.printers:
            self.printer_combo.addItem(choice.name)
        last = str(_settings().value(SETTINGS_KEY, "") or "")
        names = [p.name for p in self.printers]
        if last in names:
            self.printer_combo.setCurrentIndex(names.index(last))
        self.no_printer = QLabel(
            self.tr(
                "No printer is installed. Save the document as PDF and print it from another "
                "computer, or install a printer."
            )
        )
        self.no_printer.setObjectName("no_printer")
        self.no_printer.setWordWrap(True)
        self.no_printer.setVisible(not self.printers)

    def _build_range(self):
        self.range_all = QRadioButton(self.tr("All pages ({count})").format(count=self.pages))
        self.range_all.setObjectName("range_all")
        self.range_all.setChecked(True)
        self.range_pages = QRadioButton(self.tr("Pages"))
        self.range_pages.setObjectName("range_pages")
        self._range = QButtonGroup(self)
        self._range.addButton(self.range_all)
        self._range.addButton(self.range_pages)
        # typed pages and copies are kept as typed: page 9 of 4 or 0 copies is refused beside
        # the field and nothing is printed, never some other page or number
        last = max(1, self.pages)
        self.from_page = NumberInput("from_page", 1, last, 1)
        self.from_page.setAccessibleName(self.tr("From page"))
        self.to_page = NumberInput("to_page", 1, last, last)
        self.to_page.setAccessibleName(self.tr("To page"))
        for box in (self.from_page, self.to_page):  # typing a range chooses it
            box.valueChanged.connect(lambda _page: self.range_pages.setChecked(True))
            box.textEdited.connect(lambda _text: self.range_pages.setChecked(True))
        pages = QWidget()
        pages_row = QHBoxLayout(pages)
        pages_row.setContentsMargins(0, 0, 0, 0)
        pages_row.addWidget(self.range_pages)
        pages_row.addWidget(self.from_page)
        pages_row.addWidget(QLabel("–"))
        pages_row.addWidget(self.to_page)
        pages_row.addStretch(1)
        return pages

    def _build_form(self, pages_row):
        self.copies = NumberInput("copies", 1, 500, 1)
        self.duplex = QComboBox()
        self.duplex.setObjectName("duplex")
        self.duplex.addItem(self.tr("One-sided"), "none")
        self.duplex.addItem(self.tr("Two-sided (long edge)"), "long")
        self.duplex.addItem(self.tr("Two-sided (short edge)"), "short")
        paper = QLabel(self.tr("A4, as the document is laid out"))
        paper.setObjectName("paper")

        form = QFormLayout()
        form.addRow(self.tr("Printer"), self.printer_combo)
        form.addRow(self.no_printer)
        form.addRow(self.range_all)
        self.errors = FieldErrors()  # a refused page or number of copies, under its row
        self.errors.add_row(form, "", pages_row, "pages")
        self.errors.add_row(form, self.tr("Copies"), self.copies, "copies")
        form.addRow(self.tr("Sides"), self.duplex)
        form.addRow(self.tr("Paper"), paper)
        return form

    def _build_buttons(self):
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setObjectName("print")
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("save_pdf")
        close = QPushButton(self.tr("Close"))
        close.setObjectName("close")
        self.print_button.clicked.connect(self.print_now)
        self.save_button.clicked.connect(self.save_pdf)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.save_button, self.print_button, close):
            buttons.addWidget(button)
        return buttons

    def _build_layout(self, buttons, form):
        side = QVBoxLayout()
        side.addLayout(form)
        side.addStretch(1)
        side.addLayout(buttons)
        panel = QWidget()
        panel.setLayout(side)
        panel.setMaximumWidth(380)
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(panel)

    # --- state ----------------------------------------------------------------------------
    def _printer_changed(self) -> None:
        choice = self.current_printer()
        has = choice is not None
        for widget in (self.printer_combo, self.print_button, self.copies):
            widget.setEnabled(has)
        self.duplex.setEnabled(has and choice.duplex)
        if not (has and choice.duplex):
            self.duplex.setCurrentIndex(0)
        self.duplex.setToolTip(
            "" if has and choice.duplex else self.tr("This printer cannot print on both sides.")
        )

    def current_printer(self) -> PrinterChoice | None:
        index = self.printer_combo.currentIndex()
        return self.printers[index] if 0 <= index < len(self.printers) else None

    def typed_numbers_ok(self) -> bool:
        """The copies and (when chosen) the page range are numbers in range; else the first
        refusal is said beside its field and ``False``."""
        boxes = [self.copies]
        if self.range_pages.isChecked():
            boxes += [self.from_page, self.to_page]
        for box in boxes:
            try:
                box.value()
            except ValidationError as exc:
                self.errors.show(exc)
                return False
        return True

    def page_numbers(self) -> list[int]:
        """The pages to print, 0-based (the typed range: see :meth:`typed_numbers_ok`)."""
        if self.range_all.isChecked():
            return list(range(self.pages))
        first, last = sorted((self.from_page.value(), self.to_page.value()))
        return list(range(first - 1, min(last, self.pages)))

    def first_page_image(self, width: int = 900) -> QImage:
        """Page 1 rendered as the view shows it (bench and tests; the view renders the same)."""
        points = self.document.pagePointSize(0)
        height = round(width * points.height() / max(1.0, points.width()))
        return self.document.render(0, QSize(width, height))

    # --- actions --------------------------------------------------------------------------
    def configured_printer(self):
        """A ``QPrinter`` set up from the window: printer, copies, sides, A4, document name."""
        from samordnare_desktop.ui.pdf_paint import new_printer

        printer = new_printer()
        printer.setDocName(self.title)
        choice = self.current_printer()
        if choice is not None:
            printer.setPrinterName(choice.name)
        printer.setCopyCount(self.copies.value())
        printer.setDuplex(self.duplex_mode())
        return printer

    def duplex_mode(self):
        """The sides chosen, as Qt's duplex mode (one-sided when the printer cannot)."""
        from PySide6.QtPrintSupport import QPrinter

        return {
            "none": QPrinter.DuplexMode.DuplexNone,
            "long": QPrinter.DuplexMode.DuplexLongSide,
            "short": QPrinter.DuplexMode.DuplexShortSide,
        }[self.duplex.currentData()]

    def print_now(self, printer=None) -> bool:
        """Send the chosen pages to the printer (or to ``printer``, e.g. a PDF file in tests)."""
        from samordnare_desktop.ui.errors import guarded
        from samordnare_desktop.ui.pdf_paint import paint_pdf

        if printer is None and self.current_printer() is None:
            messages.inform(
                self,
                self.tr("No printer"),
                self.tr("No printer is installed. Save the document as PDF instead."),
            )
            return False
        if not self.typed_numbers_ok():
            return False
        target = printer if printer is not None else self.configured_printer()
        pages = self.page_numbers()
        if guarded(self, lambda: paint_pdf(target, self.pdf, pages)) is None:
            return False
        if self.current_printer() is not None:
            _settings().setValue(SETTINGS_KEY, self.current_printer().name)
        self.accept()
        return True

    def save_pdf(self) -> Path | None:
        from samordnare_desktop.files import write_pdf
        from samordnare_desktop.ui import files
        from samordnare_desktop.ui.errors import guarded

        path = files.ask_save_path(
            self,
            self.tr("Save as PDF"),
            self.file_name,
            "PDF (*.pdf)",
            settings=_settings(),
            folder_key="print/last_folder",
            fallback=files.documents_folder(),
        )
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")

        return guarded(self, lambda: write_pdf(path, self.pdf))


def show_preview(
    parent: QWidget | None, pdf: bytes, title: str, file_name: str = "dokument.pdf"
) -> PrintPreviewWindow:
    """Open the preview window (modal for the person; tests drive the returned window)."""
    window = PrintPreviewWindow(parent, pdf, title, file_name)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.open()
    return window


__all__: Sequence[str] = ("PrintPreviewWindow", "available_printers", "show_preview")
