"""The Deltagare tab's document buttons: import from CSV/XLSX with a preview, export to CSV/XLSX,
the participant list PDF (with its options) and the sign-in sheet PDF.

:class:`ParticipantDocumentsBar` is one widget the tab places in its layout; it reads the tab's
current ``visit_id`` when a button is pressed and announces imports on the change bus, so the
tab (and every other listener) reloads. File dialogs go through :func:`choose_open_file` and
:func:`choose_save_file`, which tests replace.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.i18n import translate
from samordnare_desktop.pdf.participants import (
    DEFAULT_COLUMNS,
    AttendanceStyle,
    GroupBy,
    ListColumn,
    ListOptions,
)
from samordnare_desktop.services.participant_documents import (
    ImportAction,
    ImportPlan,
    ImportRow,
    write_pdf,
)
from samordnare_desktop.ui.context import UiContext
from samordnare_desktop.ui.errors import show_error
from samordnare_desktop.ui.municipalities.tab import configure_table
from samordnare_desktop.ui.operations import run_in_background
from samordnare_desktop.ui.table_model import Column, RowFilterProxy, RowTableModel
from samordnare_desktop.ui.undo import ServiceCommand
from samordnare_desktop.ui.widgets.labels import plain_label

_SETTINGS = "participant_documents/"


# --- file dialogs (tests replace these) -------------------------------------------------------------


def choose_open_file(parent: QWidget, title: str, filters: str, folder: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return path


def choose_save_file(parent: QWidget, title: str, suggested: str, filters: str) -> tuple[str, str]:
    """Returns (path, chosen filter)."""
    return QFileDialog.getSaveFileName(parent, title, suggested, filters)


def _safe_file_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text).strip() or "deltagare"


# --- import preview --------------------------------------------------------------------------------

_ACTION_COLOURS = {
    ImportAction.ADD: QColor("#1b7f3b"),
    ImportAction.UPDATE: QColor("#1f4e79"),
    ImportAction.SKIP: QColor("#a33b00"),
}


def _plan_columns() -> list[Column[ImportRow]]:
    return [
        Column(lambda: translate("ImportPreview", "Row"), lambda r: r.line,
               align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        Column(lambda: translate("ImportPreview", "Action"), lambda r: r.action.label(),
               sort=lambda r: list(ImportAction).index(r.action)),
        Column(lambda: translate("ImportPreview", "Name"), lambda r: r.name),
        Column(lambda: translate("ImportPreview", "Organisation"), lambda r: r.organisation),
        Column(lambda: translate("ImportPreview", "Category"),
               lambda r: r.category.label() if r.category else ""),
        Column(lambda: translate("ImportPreview", "E-mail"), lambda r: r.email),
        Column(lambda: translate("ImportPreview", "Why"), lambda r: r.detail,
               tooltip=lambda r: r.detail),
    ]  # fmt: skip


class ImportPlanModel(RowTableModel[ImportRow]):
    ACTION = 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_plan_columns(), parent)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 1:
            return _ACTION_COLOURS[self.row_at(index.row()).action]
        return super().data(index, role)


class ImportPlanProxy(RowFilterProxy):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._action: ImportAction | None = None

    def set_filters(self, text: str, action: ImportAction | None) -> None:
        def change() -> None:
            self._text = text.casefold().strip()
            self._action = action

        self.change_filter(change)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        row: ImportRow = self.sourceModel().row_at(source_row)
        if self._action is not None and row.action is not self._action:
            return False
        if self._text:
            hay = f"{row.name} {row.organisation} {row.email} {row.detail} {row.line}".casefold()
            return self._text in hay
        return True


class ImportPreviewDialog(QDialog):
    """The plan, row by row, with counts; OK imports, Cancel changes nothing."""

    def __init__(
        self,
        parent: QWidget | None,
        plan: ImportPlan,
        visit_label: str,
        read_sheet: Callable[[str], ImportPlan] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_preview")
        self.setWindowTitle(self.tr("Import participants – preview"))
        self.plan = plan
        self._visit_label = visit_label
        self._read_sheet = read_sheet
        self.intro = plain_label()
        self.intro.setWordWrap(True)
        # a workbook with several sheets: choose the one to import (the CLI's --sheet)
        self.sheet = QComboBox()
        self.sheet.setObjectName("sheet")
        self.sheet.addItems(list(plan.sheets))
        self.sheet.setToolTip(self.tr("The workbook has several sheets: choose the one to import."))
        self.sheet_label = QLabel(self.tr("Sheet:"))
        self.sheet_label.setBuddy(self.sheet)
        several = len(plan.sheets) > 1 and read_sheet is not None
        self.sheet.setVisible(several)
        self.sheet_label.setVisible(several)
        self.counts = plain_label()
        self.counts.setObjectName("counts")
        font = self.counts.font()
        font.setBold(True)
        self.counts.setFont(font)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Search rows…"))
        self.search.setClearButtonEnabled(True)
        self.action_filter = QComboBox()
        self.action_filter.setObjectName("action_filter")
        self.model = ImportPlanModel(self)
        self.proxy = ImportPlanProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("plan_table")
        self.table.setModel(self.proxy)
        configure_table(self.table)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        for column, width in ((0, 45), (1, 100), (2, 150), (3, 150), (4, 130), (5, 170)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("import_ok")
        self.ok_button.setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        heading = QHBoxLayout()
        heading.addWidget(self.counts, 1)
        heading.addWidget(self.sheet_label)
        heading.addWidget(self.sheet)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.action_filter, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._show(plan)
        self.search.textChanged.connect(self._refilter)
        self.action_filter.currentIndexChanged.connect(self._refilter)
        self.sheet.currentTextChanged.connect(self._choose_sheet)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self.resize(1180, 580)

    def _show(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.intro.setText(
            self.tr("{file} into {visit}. Nothing is saved until you press Import.").format(
                file=plan.file_name, visit=self._visit_label
            )
        )
        self.counts.setText(plan.summary())
        if plan.sheet is not None and self.sheet.currentText() != plan.sheet:
            self.sheet.blockSignals(True)
            self.sheet.setCurrentText(plan.sheet)
            self.sheet.blockSignals(False)
        chosen = self.action_filter.currentData()
        self.action_filter.blockSignals(True)
        self.action_filter.clear()
        self.action_filter.addItem(self.tr("All rows"), "")
        for action in ImportAction:
            self.action_filter.addItem(f"{action.label()} ({plan.count(action)})", action.value)
        self.action_filter.setCurrentIndex(max(0, self.action_filter.findData(chosen or "")))
        self.action_filter.blockSignals(False)
        self.model.set_rows(plan.rows)
        self.ok_button.setEnabled(bool(plan.added or plan.updated))

    def _choose_sheet(self, name: str) -> None:
        if not name or self._read_sheet is None or name == self.plan.sheet:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            plan = self._read_sheet(name)
        except Exception as exc:
            QApplication.restoreOverrideCursor()
            show_error(self, exc)
            self.sheet.blockSignals(True)
            self.sheet.setCurrentText(self.plan.sheet or "")
            self.sheet.blockSignals(False)
            return
        QApplication.restoreOverrideCursor()
        self._show(plan)

    def _refilter(self) -> None:
        value = self.action_filter.currentData()
        self.proxy.set_filters(self.search.text(), ImportAction(value) if value else None)

    def visible_rows(self) -> list[ImportRow]:
        return [self.proxy.row(i) for i in range(self.proxy.rowCount())]


# --- PDF options ---

_OPEN_AFTER = _SETTINGS + "open_after_saving"


def _open_after_box(parent: QWidget, settings) -> QCheckBox:
    """ "Open after saving" under a PDF dialog; one remembered choice for both PDFs."""
    box = QCheckBox(translate("ParticipantDocumentsBar", "Open the PDF after saving"), parent)
    box.setObjectName("open_after")
    box.setChecked(str(settings.value(_OPEN_AFTER, "false")).lower() in ("true", "1"))
    return box


def _remember_open_after(settings, box: QCheckBox) -> None:
    settings.setValue(_OPEN_AFTER, "true" if box.isChecked() else "false")


def open_saved_pdf(path: Path) -> bool:
    """Show a saved PDF in the system's viewer; False when no program opens PDF files."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ParticipantListDialog(QDialog):
    """Group by, columns and how attendance is shown; remembered between uses."""

    def __init__(self, parent: QWidget | None, settings) -> None:
        super().__init__(parent)
        self.setObjectName("participant_list_options")
        self.setWindowTitle(self.tr("Participant list (PDF)"))
        self.settings = settings
        self.group_by = QComboBox()
        self.group_by.setObjectName("group_by")
        for group in GroupBy:
            self.group_by.addItem(group.label(), group.value)
        self.attendance_style = QComboBox()
        self.attendance_style.setObjectName("attendance_style")
        for style in AttendanceStyle:
            self.attendance_style.addItem(style.label(), style.value)
        self.columns: dict[ListColumn, QCheckBox] = {}
        box = QGroupBox(self.tr("Columns"))
        grid = QGridLayout(box)
        for number, column in enumerate(ListColumn):
            check = QCheckBox(column.label())
            check.setObjectName(f"column_{column.value}")
            self.columns[column] = check
            grid.addWidget(check, number // 2, number % 2)
        self.columns[ListColumn.NAME].setEnabled(False)  # a list without names is no list
        form = QFormLayout()
        form.addRow(self.tr("Group by"), self.group_by)
        form.addRow(self.tr("Attendance as"), self.attendance_style)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save PDF…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.open_after = _open_after_box(self, settings)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(self.open_after)
        layout.addWidget(buttons)
        self.columns[ListColumn.ATTENDANCE].toggled.connect(self.attendance_style.setEnabled)
        self._load()

    def _load(self) -> None:
        group = str(self.settings.value(_SETTINGS + "group_by", GroupBy.CATEGORY.value))
        self.group_by.setCurrentIndex(max(0, self.group_by.findData(group)))
        style = str(self.settings.value(_SETTINGS + "attendance", AttendanceStyle.BOXES.value))
        self.attendance_style.setCurrentIndex(max(0, self.attendance_style.findData(style)))
        saved = str(self.settings.value(_SETTINGS + "columns", ""))
        chosen = (
            {c for c in ListColumn if c.value in saved.split(",")}
            if saved
            else set(DEFAULT_COLUMNS)
        )
        for column, check in self.columns.items():
            check.setChecked(column in chosen or column is ListColumn.NAME)
        self.attendance_style.setEnabled(self.columns[ListColumn.ATTENDANCE].isChecked())

    def options(self) -> ListOptions:
        return ListOptions(
            group_by=GroupBy(self.group_by.currentData()),
            columns=tuple(c for c, check in self.columns.items() if check.isChecked()),
            attendance_style=AttendanceStyle(self.attendance_style.currentData()),
        )

    def remember(self) -> None:
        options = self.options()
        self.settings.setValue(_SETTINGS + "group_by", options.group_by.value)
        self.settings.setValue(_SETTINGS + "attendance", options.attendance_style.value)
        self.settings.setValue(_SETTINGS + "columns", ",".join(c.value for c in options.columns))
        _remember_open_after(self.settings, self.open_after)


class SigninSheetDialog(QDialog):
    """How many blank rows for walk-ins."""

    def __init__(self, parent: QWidget | None, settings) -> None:
        super().__init__(parent)
        self.setObjectName("signin_options")
        self.setWindowTitle(self.tr("Sign-in sheet (PDF)"))
        self.settings = settings
        self.blank_rows = QSpinBox()
        self.blank_rows.setObjectName("blank_rows")
        self.blank_rows.setRange(0, 500)
        self.blank_rows.setValue(int(settings.value(_SETTINGS + "blank_rows", 10) or 10))
        self.blank_rows.setToolTip(self.tr("Empty rows at the end for people not on the list."))
        form = QFormLayout()
        form.addRow(self.tr("Blank rows for walk-ins"), self.blank_rows)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save PDF…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.open_after = _open_after_box(self, settings)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.open_after)
        layout.addWidget(buttons)

    def remember(self) -> None:
        self.settings.setValue(_SETTINGS + "blank_rows", self.blank_rows.value())
        _remember_open_after(self.settings, self.open_after)


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
        self.service = ctx.services.participant_documents
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

    # --- helpers ---------------------------------------------------------------------------------
    def _folder(self) -> str:
        saved = self.ctx.settings.value(_SETTINGS + "folder", "")
        if saved and Path(str(saved)).is_dir():
            return str(saved)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _remember_folder(self, path: Path) -> None:
        self.ctx.settings.setValue(_SETTINGS + "folder", str(path.parent))

    def _suggested(self, what: str, suffix: str) -> str:
        label = _safe_file_name(f"{what} {self._visit_label()}")
        return str(Path(self._folder()) / f"{label}{suffix}")

    def _save_path(
        self, title: str, suggested: str, filters: str, default_suffix: str
    ) -> Path | None:
        chosen, selected = choose_save_file(self, title, suggested, filters)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".pdf", ".csv", ".xlsx"):
            match = re.search(r"\*(\.\w+)", selected or "")
            path = path.with_name(path.name + (match.group(1) if match else default_suffix))
        self._remember_folder(path)
        return path

    def _background(
        self, title: str, work: Callable[[], object], on_done: Callable[[Any], None]
    ) -> None:
        """Run ``work`` off the GUI thread (a progress dialog after a moment); errors as messages."""
        run_in_background(self, lambda _progress: work(), on_done, title=title)

    # --- actions ---------------------------------------------------------------------------------
    def import_file(self) -> None:
        visit_id = self._visit_id()
        if visit_id is None:
            return
        chosen = choose_open_file(
            self,
            self.tr("Import participants"),
            self.tr("Spreadsheets (*.csv *.xlsx *.xlsm *.txt);;All files (*)"),
            self._folder(),
        )
        if not chosen:
            return
        path = Path(chosen)
        self._remember_folder(path)
        label = self._visit_label()

        def review(plan: ImportPlan) -> None:
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
            ".xlsx",
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
        dialog = ParticipantListDialog(self, self.ctx.settings)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        dialog.remember()
        options = dialog.options()
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
        dialog = SigninSheetDialog(self, self.ctx.settings)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        dialog.remember()
        blank = dialog.blank_rows.value()
        self._write_pdf(
            self.tr("Save sign-in sheet"),
            self.tr("Sign-in sheet"),
            lambda: self.service.signin_sheet_pdf(visit_id, blank_rows=blank),
            self.tr("Sign-in sheet saved to {path}."),
            dialog.open_after.isChecked(),
        )

    def _write_pdf(
        self, title: str, name: str, render: Callable[[], bytes], done: str, open_after: bool
    ) -> None:
        """Ask where to save, render in the background, then say so (``done`` has ``{path}``)."""
        path = self._save_path(title, self._suggested(name, ".pdf"), self.tr("PDF (*.pdf)"), ".pdf")
        if path is None:
            return
        self._background(
            self.tr("Saving {file}…").format(file=path.name),
            lambda: write_pdf(path, render()),
            lambda _none: self._saved_pdf(path, done.format(path=str(path)), open_after),
        )

    def _saved_pdf(self, path: Path, message: str, open_after: bool) -> None:
        if open_after and not open_saved_pdf(path):
            message = self.tr("{saved} No program to open PDF files was found.").format(
                saved=message
            )
        self.ctx.show_status(message)
