"""Import a municipality's time-study spreadsheet: choose the file, see what was read (per role,
per category, with computed shares), then save. A doubtful file is refused with its reason."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.domain.time_study import RespondentRole
from samordnare_desktop.services.time_study import StudyInput, Tally, TimeStudyService, figures
from samordnare_desktop.services.time_study_import import ImportPreview
from samordnare_desktop.ui import theme
from samordnare_desktop.ui.errors import attempt, show_error
from samordnare_desktop.ui.operations import Operation
from samordnare_desktop.ui.widgets.form import FieldErrors, date_edit
from samordnare_desktop.ui.widgets.labels import plain_label


class TimeStudyImportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        service: TimeStudyService,
        municipality_id: uuid.UUID,
        default_label: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("time_study_import_dialog")
        self.setWindowTitle(self.tr("Import time study"))
        self.service = service
        self.municipality_id = municipality_id
        self.preview: ImportPreview | None = None
        self.saved_id: uuid.UUID | None = None
        self.errors = FieldErrors()
        self.reading: Operation | None = None  # the file being read, if any

        self.path = QLineEdit()
        self.path.setObjectName("path")
        self.path.setAccessibleName(self.tr("File"))
        self.path.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setObjectName("choose_file")
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose_button)
        self.problem = plain_label()
        self.problem.setObjectName("problem")
        theme.style_label(self.problem, "error")
        self.problem.setWordWrap(True)
        self.summary = QLabel(
            self.tr(
                "CSV or XLSX, headers in the first row: one row per respondent with a column per "
                "category (plus Roll and Dagar), or one row per respondent and category "
                "(Respondent, Roll, Dagar, Kategori, Minuter)."
            )
        )
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("preview")
        self.table.setAccessibleName(self.tr("Preview of the import"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Category"), self.tr("Minutes"), self.tr("Share")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        self.label = QLineEdit(default_label)
        self.label.setObjectName("label")
        self.start = date_edit("start_date", date.today())
        self.end = date_edit("end_date", date.today())
        form = QFormLayout()
        form.addRow(self.tr("File"), file_row)
        self.errors.add_row(form, self.tr("Label"), self.label, "label")
        self.errors.add_row(form, self.tr("From"), self.start, "start_date")
        self.errors.add_row(form, self.tr("To"), self.end, "end_date")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 560)
        self.choose_button.clicked.connect(self.choose)

    def choose(self) -> None:
        from samordnare_desktop.ui import files

        path = files.ask_open_path(
            self, self.tr("Time study file"), self.tr("Spreadsheets (*.csv *.xlsx *.txt)")
        )
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> Operation:
        """Read ``path`` in a background job (a large spreadsheet never freezes the window; a
        progress dialog shows if it takes a moment, the dialog says it is reading and offers no
        save meanwhile), then show the preview; on a refusal show why and allow no save."""
        from samordnare_desktop.ui.operations import run_in_background

        self.path.setText(str(path))
        self.preview = None
        self.table.setRowCount(0)
        self.save_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.problem.clear()
        self.summary.setText(self.tr("Reading {file}…").format(file=Path(path).name))
        service = self.service
        self.reading = run_in_background(
            self,
            lambda _progress: service.preview_import(path),
            self._show_preview,
            title=self.tr("Reading {file}…").format(file=Path(path).name),
            on_failed=self._refused,
        )
        self.reading.finished.connect(lambda: self.choose_button.setEnabled(True))
        return self.reading

    def _refused(self, exc: BaseException) -> None:
        self.summary.clear()
        if isinstance(exc, UserError):
            self.problem.setText(
                self.tr("The file cannot be imported: {reason}").format(reason=exc.message)
            )
        else:
            show_error(self, exc)

    def _show_preview(self, found: ImportPreview) -> None:
        self.preview = found
        self.problem.clear()
        tally = Tally(
            len(found.respondents),
            sum(r.days for r in found.respondents),
            {c.id: found.total(c.id) for c in found.categories},
        )
        computed = figures(tally, found.categories)
        roles = ", ".join(
            f"{role.short_label()}: {found.count(role)}"
            for role in RespondentRole
            if found.count(role)
        )
        self.summary.setText(
            self.tr(
                "{n} respondents ({roles}), {days} days measured, {per_day} minutes a day."
            ).format(
                n=tally.respondents,
                roles=roles,
                days=f"{tally.days:g}",
                per_day=f"{computed.minutes_per_day:.0f}",
            )
            + (
                " "
                + self.tr("Ignored columns: {columns}.").format(
                    columns=", ".join(found.ignored_columns)
                )
                if found.ignored_columns
                else ""
            )
        )
        self.table.setRowCount(len(computed.categories))
        for row, c in enumerate(computed.categories):
            self.table.setItem(row, 0, QTableWidgetItem(c.name))
            self.table.setItem(row, 1, QTableWidgetItem(str(c.minutes)))
            self.table.setItem(row, 2, QTableWidgetItem(f"{c.share * 100:.1f} %".replace(".", ",")))
        self.table.resizeColumnsToContents()
        self.save_button.setEnabled(True)

    def try_save(self) -> bool:
        if self.preview is None:
            return False
        preview = self.preview

        def create() -> None:
            data = StudyInput(
                self.municipality_id,
                self.label.text(),
                self.start.day(),
                self.end.day(),
                preview.respondents,
            )
            self.saved_id = self.service.create(data).id

        if not attempt(self, self.errors, create):
            return False
        self.accept()
        return True
