"""The preview of a participant import: every row of the file with what will happen to it
(add, update, skip and why), filtered by action or text, and the sheet of a workbook."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.i18n import translate
from samordnare_desktop.services.participant_import import (
    ImportAction,
    ImportPlan,
    ImportRow,
)
from samordnare_desktop.ui import theme
from samordnare_desktop.ui.errors import show_error
from samordnare_desktop.ui.table_model import Column, RowFilterProxy, RowTableModel
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.sizing import fit_search
from samordnare_desktop.ui.widgets.table import configure_table

_ACTION_COLOURS = {
    ImportAction.ADD: "ok",
    ImportAction.UPDATE: "info",
    ImportAction.SKIP: "warning",
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
            return theme.colour(_ACTION_COLOURS[self.row_at(index.row()).action])
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
        self._build_sheet_chooser(plan, read_sheet)
        self._build_table()
        self._build_layout()
        self._show(plan)
        self.search.textChanged.connect(self._refilter)
        self.action_filter.currentIndexChanged.connect(self._refilter)
        self.sheet.currentTextChanged.connect(self._choose_sheet)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self.resize(1180, 580)

    def _build_sheet_chooser(self, plan, read_sheet):
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

    def _build_table(self):
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Search rows…"))
        self.search.setClearButtonEnabled(True)
        fit_search(self.search)
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

    def _build_layout(self):
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
