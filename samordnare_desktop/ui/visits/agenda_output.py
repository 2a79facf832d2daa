"""Print, preview and PDF of a visit's agenda (the buttons under the agenda and what they do).
The PDF modules load on first use."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.files import safe_file_name

if TYPE_CHECKING:
    from samordnare_desktop.pdf.agenda import AgendaPdfOptions, RenderedAgenda
    from samordnare_desktop.ui.visits.agenda_host import AgendaHost

SETTINGS_PREFIX = "agendas/pdf_"


class AgendaOutput(QObject):
    def __init__(self, editor: AgendaHost) -> None:
        super().__init__(editor)
        self.editor = editor
        self.ctx = editor.ctx
        self.buttons: list[QPushButton] = []
        self.preview_button = self._button(self.tr("Print preview"), "print_preview", self.preview)
        self.print_button = self._button(self.tr("Print…"), "print", self.print_agenda)
        self.export_button = self._button(self.tr("Export PDF…"), "export_pdf", self.export_pdf)
        self.open_button = self._button(self.tr("Open PDF"), "open_pdf", self.open_pdf)

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.append(button)
        return button

    def set_enabled(self, enabled: bool) -> None:
        for button in self.buttons:
            button.setEnabled(enabled)

    def pdf_options(self) -> AgendaPdfOptions:
        from samordnare_desktop.pdf.agenda import AgendaPdfOptions

        def flag(key: str, default: bool) -> bool:
            value = self.ctx.settings.value(SETTINGS_PREFIX + key, default)
            return value in (True, "true", "1", 1)

        return AgendaPdfOptions(
            descriptions=flag("descriptions", True),
            presenter_details=flag("presenter_details", False),
            compact=flag("compact", False),
        )

    def set_pdf_options(self, options: AgendaPdfOptions) -> None:
        for key in ("descriptions", "presenter_details", "compact"):
            self.ctx.settings.setValue(SETTINGS_PREFIX + key, getattr(options, key))

    def pdf_bytes(self, options: AgendaPdfOptions | None = None) -> bytes:
        return self.rendered(options).data

    def rendered(self, options: AgendaPdfOptions | None = None) -> RenderedAgenda:
        """The PDF, its page count and the notice when the wall version took more than a page."""
        from samordnare_desktop.pdf.agenda import render_agenda_pages

        assert self.editor.visit_id is not None
        document = self.editor.service.document(self.editor.visit_id, printed_on=date.today())
        return render_agenda_pages(document, options or self.pdf_options())

    def pdf_file_name(self) -> str:
        visit = self.editor.visit
        if visit is None:
            return self.tr("Agenda") + ".pdf"
        return (
            safe_file_name(  # "Dagordning Mjölby 2026-03-04.pdf"
                self.tr("Agenda {municipality} {date}").format(
                    municipality=visit.municipality_name, date=visit.day.isoformat()
                )
            )
            + ".pdf"
        )

    def _document_title(self) -> str:
        return self.pdf_file_name().removesuffix(".pdf")

    def preview(self) -> None:
        from samordnare_desktop.ui.pdf_output import preview_pdf

        editor = self.editor
        if editor.visit_id is not None:
            guarded(editor, lambda: preview_pdf(editor, self.pdf_bytes(), self._document_title()))

    def print_agenda(self) -> None:
        from samordnare_desktop.ui.pdf_output import print_pdf

        editor = self.editor
        if editor.visit_id is None:
            return
        rendered = guarded(editor, self.rendered)
        if rendered is None:
            return
        if guarded(editor, lambda: print_pdf(editor, rendered.data, self._document_title())):
            self._status(self.tr("Agenda sent to the printer."), rendered)

    def export_pdf(self) -> None:
        from samordnare_desktop.files import write_pdf
        from samordnare_desktop.ui import files
        from samordnare_desktop.ui.visits.agenda_pdf_dialog import AgendaPdfDialog

        editor = self.editor
        if editor.visit_id is None:
            return
        dialog = AgendaPdfDialog(editor, self.pdf_options())
        if not dialog.exec():
            return
        options = dialog.options()
        self.set_pdf_options(options)
        target = files.ask_save_path(
            editor,
            self.tr("Export agenda"),
            self.pdf_file_name(),
            self.tr("PDF files (*.pdf)"),
            settings=self.ctx.settings,
            folder_key="agendas/export_dir",
        )
        if target is None:
            return
        from samordnare_desktop.ui.operations import run_in_background

        def write(_progress: object) -> RenderedAgenda:
            rendered = self.rendered(options)
            write_pdf(target, rendered.data)
            return rendered

        run_in_background(  # rendering runs off the GUI thread
            editor,
            write,
            lambda rendered: self._status(
                self.tr("Agenda saved: {path}").format(path=str(target)), rendered
            ),
            title=self.tr("Saving {file}…").format(file=target.name),
        )

    def open_pdf(self) -> None:
        from samordnare_desktop.ui.pdf_output import open_pdf

        editor = self.editor
        if editor.visit_id is None:
            return
        rendered = guarded(editor, self.rendered)
        if rendered is None:
            return
        path = guarded(editor, lambda: open_pdf(rendered.data, self.pdf_file_name()))
        if path is not None:
            self._status(self.tr("Opened {path}").format(path=str(path)), rendered)

    def _status(self, message: str, rendered: RenderedAgenda) -> None:
        """``message`` in the status bar, with the notice that the wall version took more than
        one page (its type never shrinks below a readable size to fit)."""
        if rendered.notice:
            message = self.tr("{done} {notice}").format(done=message, notice=rendered.notice)
        self.ctx.show_status(message)
