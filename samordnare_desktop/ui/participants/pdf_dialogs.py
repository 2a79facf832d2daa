"""The options of the two participant PDFs (the participant list and the sign-in sheet),
remembered between uses, and "open after saving", one choice for both."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.i18n import translate
from samordnare_desktop.pdf.participants import (
    DEFAULT_COLUMNS,
    AttendanceStyle,
    GroupBy,
    ListColumn,
    ListOptions,
)
from samordnare_desktop.ui.widgets.form import FieldErrors
from samordnare_desktop.ui.widgets.number_input import NumberInput

_SETTINGS = "participant_documents/"
MAX_BLANK_ROWS = 500
_OPEN_AFTER = _SETTINGS + "open_after_saving"


def _remembered_rows(settings) -> int:
    """The blank rows chosen last time (10 when none or unreadable)."""
    try:
        rows = int(settings.value(_SETTINGS + "blank_rows", 10))  # 0 chosen is 0
    except (TypeError, ValueError):
        return 10
    return rows if 0 <= rows <= MAX_BLANK_ROWS else 10


def open_after_box(parent: QWidget, settings) -> QCheckBox:
    """ "Open after saving" under a PDF dialog; one remembered choice for both PDFs."""
    box = QCheckBox(translate("ParticipantDocumentsBar", "Open the PDF after saving"), parent)
    box.setObjectName("open_after")
    box.setChecked(str(settings.value(_OPEN_AFTER, "false")).lower() in ("true", "1"))
    return box


def remember_open_after(settings, box: QCheckBox) -> None:
    settings.setValue(_OPEN_AFTER, "true" if box.isChecked() else "false")


def _add_preview_button(dialog: QDialog, buttons: QDialogButtonBox) -> None:
    """A "Print preview…" button: closes the dialog with ``dialog.preview_requested`` set."""
    dialog.preview_requested = False
    button = buttons.addButton(
        translate("participant_documents", "Print preview…"),
        QDialogButtonBox.ButtonRole.ActionRole,
    )
    button.setObjectName("preview")

    def chosen() -> None:
        dialog.preview_requested = True
        dialog.accept()

    button.clicked.connect(chosen)


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
        _add_preview_button(self, buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.open_after = open_after_box(self, settings)
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
        remember_open_after(self.settings, self.open_after)


class SigninSheetDialog(QDialog):
    """How many blank rows for walk-ins."""

    def __init__(self, parent: QWidget | None, settings) -> None:
        super().__init__(parent)
        self.setObjectName("signin_options")
        self.setWindowTitle(self.tr("Sign-in sheet (PDF)"))
        self.settings = settings
        # kept as typed: 1000 or -5 is refused beside the field, never a sheet with 100 or 5
        self.blank_rows = NumberInput("blank_rows", 0, MAX_BLANK_ROWS, _remembered_rows(settings))
        self.blank_rows.setToolTip(self.tr("Empty rows at the end for people not on the list."))
        form = QFormLayout()
        self.errors = FieldErrors()
        self.errors.add_row(form, self.tr("Blank rows for walk-ins"), self.blank_rows, "blank_rows")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save PDF…"))
        _add_preview_button(self, buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.open_after = open_after_box(self, settings)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.open_after)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Save or preview only with a number of rows as typed; a refusal keeps the dialog."""
        try:
            self.blank_rows.value()
        except ValidationError as exc:
            self.preview_requested = False
            self.errors.show(exc)
            return
        super().accept()

    def remember(self) -> None:
        self.settings.setValue(_SETTINGS + "blank_rows", self.blank_rows.value())
        remember_open_after(self.settings, self.open_after)
