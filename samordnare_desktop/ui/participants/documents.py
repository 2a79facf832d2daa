"""The Deltagare tab's document buttons: import from CSV/XLSX with a preview, export to CSV/XLSX,
the participant list PDF (with its options) and the sign-in sheet PDF.

:class:`ParticipantDocumentsBar` is one widget the tab places in its layout; it reads the tab's
current ``visit_id`` when a button is pressed and announces imports on the change bus, so the
tab (and every other listener) reloads. File dialogs go through :func:`ui.files.ask_open_path` and
:func:`ui.files.ask_save_path`.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from samordnare_desktop.files import write_pdf
from samordnare_desktop.ui import files
from samordnare_desktop.ui.context import UiContext
from samordnare_desktop.ui.errors import show_error
from samordnare_desktop.ui.undo import ServiceCommand

if TYPE_CHECKING:
    from samordnare_desktop.services.participant_import import ImportPlan

# The dialogs, the import's reader and the PDFs' writers are imported when a button is pressed
# (issue #15: some 5-10 ms of the Deltagare tab's first view, which shows none of them).

_SETTINGS = "participant_documents/"


def _safe_file_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text).strip() or "deltagare"


# --- import preview --------------------------------------------------------------------------------

# --- the bar --------------------------------------------------------------------------------------------


class ParticipantDocumentsBar(QWidget):
    """Import…, Export…, Participant list (PDF)…, Sign-in sheet (PDF)… for the tab's visit."""

    def __init__(
        self, ctx: UiContext, visit_id: Callable[[], uuid.UUID | None], visit_label: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("participant_documents")
        self.ctx = ctx
        self._visit_id = visit_id
        self._visit_label = visit_label
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("import_participants")
        self.import_button.setToolTip(
            self.tr("Add participants from a CSV or Excel file, with a preview first.")
        )
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("export_participants")
        self.export_button.setToolTip(self.tr("Save the list as an Excel or CSV file."))
        self.list_button = QPushButton(self.tr("Participant list (PDF)…"))
        self.list_button.setObjectName("participant_list_pdf")
        self.signin_button = QPushButton(self.tr("Sign-in sheet (PDF)…"))
        self.signin_button.setObjectName("signin_sheet_pdf")
        self.signin_button.setToolTip(
            self.tr("A list to sign on arrival, with blank rows for people not on the list.")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.import_button,
            self.export_button,
            self.list_button,
            self.signin_button,
        ):
            layout.addWidget(button)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.list_button.clicked.connect(self.participant_list)
        self.signin_button.clicked.connect(self.signin_sheet)

    @property
    def service(self):
        """The documents' service (its import and the readers it brings: on a button's press)."""
        return self.ctx.services.participant_documents

    # --- helpers ---------------------------------------------------------------------------------
    def _save_path(self, title: str, suggested: str, filters: str) -> Path | None:
        return files.ask_save_path(
            self,
            title,
            suggested,
            filters,
            settings=self.ctx.settings,
            folder_key=_SETTINGS + "folder",
            fallback=files.documents_folder(),
        )

    def _suggested(self, what: str, suffix: str) -> str:
        return _safe_file_name(f"{what} {self._visit_label()}") + suffix

    def _background(
        self, title: str, work: Callable[[], object], on_done: Callable[[Any], None]
    ) -> None:
        """Run ``work`` off the GUI thread (a progress dialog after a moment); errors as messages."""
        from samordnare_desktop.ui.operations import run_in_background

        run_in_background(self, lambda _progress: work(), on_done, title=title)

    # --- actions ---------------------------------------------------------------------------------
    def import_file(self) -> None:
        visit_id = self._visit_id()
        if visit_id is None:
            return
        path = files.ask_open_path(
            self,
            self.tr("Import participants"),
            self.tr("Spreadsheets (*.csv *.xlsx *.xlsm *.txt);;All files (*)"),
            settings=self.ctx.settings,
            folder_key=_SETTINGS + "folder",
            fallback=files.documents_folder(),
        )
        if path is None:
            return
        label = self._visit_label()

        def review(plan: ImportPlan) -> None:
            from samordnare_desktop.ui.participants.import_preview_dialog import (
                ImportPreviewDialog,
            )

            dialog = ImportPreviewDialog(
                self, plan, label, lambda sheet: self.service.preview(visit_id, path, sheet=sheet)
            )
            if dialog.exec() == QDialog.DialogCode.Accepted:
                chosen = dialog.plan
                self._background(
                    self.tr("Importing participants…"),
                    lambda: self.service.apply(visit_id, path, sheet=chosen.sheet, expected=chosen),
                    lambda done: self._imported(path, done),
                )

        self._background(
            self.tr("Reading {file}…").format(file=path.name),
            lambda: self.service.preview(visit_id, path),
            review,
        )

    def _imported(self, path: Path, done: ImportPlan) -> None:
        receipt = done.receipt
        assert receipt is not None
        command = ServiceCommand(
            self.tr("Import participants from {file}").format(file=path.name),
            lambda: self.service.redo_import(receipt),
            lambda: self.service.undo_import(receipt),
            lambda: self.ctx.bus.changed.emit("participants"),
            lambda exc: show_error(self, exc),
        )
        self.ctx.undo_stack.push(command)  # already done: the first redo only refreshes
        self.ctx.show_status(
            self.tr("Imported from {file}: {summary}. Ctrl+Z undoes.").format(
                file=path.name, summary=done.summary()
            )
        )

    def export_file(self) -> None:
        visit_id = self._visit_id()
        if visit_id is None:
            return
        path = self._save_path(
            self.tr("Export participants"),
            self._suggested(self.tr("Participants"), ".xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"),
        )
        if path is None:
            return
        self._background(
            self.tr("Saving {file}…").format(file=path.name),
            lambda: self.service.export_table(visit_id, path),
            lambda count: self.ctx.show_status(
                self.tr("{count} participants saved to {path}.").format(count=count, path=str(path))
            ),
        )

    def participant_list(self) -> None:
        visit_id = self._visit_id()
        if visit_id is None:
            return
        from samordnare_desktop.ui.participants.pdf_dialogs import ParticipantListDialog

        dialog = ParticipantListDialog(self, self.ctx.settings)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        dialog.remember()
        options = dialog.options()
        if dialog.preview_requested:
            self._preview_pdf(
                self.tr("Participant list"),
                lambda: self.service.participant_list_pdf(visit_id, options),
            )
            return
        self._write_pdf(
            self.tr("Save participant list"),
            self.tr("Participant list"),
            lambda: self.service.participant_list_pdf(visit_id, options),
            self.tr("Participant list saved to {path}."),
            dialog.open_after.isChecked(),
        )

    def signin_sheet(self) -> None:
        visit_id = self._visit_id()
        if visit_id is None:
            return
        from samordnare_desktop.ui.participants.pdf_dialogs import SigninSheetDialog

        dialog = SigninSheetDialog(self, self.ctx.settings)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        dialog.remember()
        blank = dialog.blank_rows.value()
        if dialog.preview_requested:
            self._preview_pdf(
                self.tr("Sign-in sheet"),
                lambda: self.service.signin_sheet_pdf(visit_id, blank_rows=blank),
            )
            return
        self._write_pdf(
            self.tr("Save sign-in sheet"),
            self.tr("Sign-in sheet"),
            lambda: self.service.signin_sheet_pdf(visit_id, blank_rows=blank),
            self.tr("Sign-in sheet saved to {path}."),
            dialog.open_after.isChecked(),
        )

    def _preview_pdf(self, name: str, render: Callable[[], bytes]) -> None:
        """The document, built in the background, in the print preview window (print, or save
        from there)."""
        from samordnare_desktop.ui.print_preview import show_preview

        file_name = Path(self._suggested(name, ".pdf")).name

        def done(pdf: bytes) -> None:
            self.last_preview = show_preview(self.window(), pdf, name, file_name)

        self._background(
            self.tr("Creating {document}…").format(document=name.lower()), render, done
        )

    def _write_pdf(
        self, title: str, name: str, render: Callable[[], bytes], done: str, open_after: bool
    ) -> None:
        """Ask where to save, render in the background, then say so (``done`` has ``{path}``)."""
        path = self._save_path(title, self._suggested(name, ".pdf"), self.tr("PDF (*.pdf)"))
        if path is None:
            return
        self._background(
            self.tr("Saving {file}…").format(file=path.name),
            lambda: write_pdf(path, render()),
            lambda _none: self._saved_pdf(path, done.format(path=str(path)), open_after),
        )

    def _saved_pdf(self, path: Path, message: str, open_after: bool) -> None:
        from samordnare_desktop.ui.participants.pdf_dialogs import open_saved_pdf

        if open_after and not open_saved_pdf(path):
            message = self.tr("{saved} No program to open PDF files was found.").format(
                saved=message
            )
        self.ctx.show_status(message)
