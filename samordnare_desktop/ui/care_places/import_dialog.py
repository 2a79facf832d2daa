"""The preview of a placement import: every row of the file with what will happen to it (new,
replace, unchanged, skipped) or every problem it has. Import is possible only when no row has
an error; until then nothing is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.i18n import translate
from samordnare_desktop.services.care_places import CareImportPlan, CareImportRow, ImportAction
from samordnare_desktop.ui import theme
from samordnare_desktop.ui.table_model import Column, RowTableModel
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.table import configure_table

_COLOURS = {
    ImportAction.NEW: "ok",
    ImportAction.UPDATE: "info",
    ImportAction.UNCHANGED: "muted",
    ImportAction.SKIP: "warning",
    ImportAction.ERROR: "error",
}


class PlanModel(RowTableModel[CareImportRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(lambda: translate("CareImportDialog", "Row"), lambda r: r.line,
                       align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                Column(lambda: translate("CareImportDialog", "Action"), lambda r: r.action.label(),
                       sort=lambda r: list(ImportAction).index(r.action)),
                Column(lambda: translate("CareImportDialog", "Municipality"),
                       lambda r: f"{r.code} {r.name}".strip()),
                Column(lambda: translate("CareImportDialog", "Period"), lambda r: r.period),
                Column(lambda: translate("CareImportDialog", "Placed"),
                       lambda r: "" if r.data is None or r.data.total() is None else r.data.total(),
                       align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                Column(lambda: translate("CareImportDialog", "Changes or problems"), lambda r: r.detail,
                       tooltip=lambda r: "\n".join(r.problems or r.changes)),
            ],
            parent,
        )  # fmt: skip

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 1:
            return theme.colour(_COLOURS[self.row_at(index.row()).action])
        return super().data(index, role)


class CareImportDialog(QDialog):
    def __init__(self, plan: CareImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("care_import_preview")
        self.setWindowTitle(self.tr("Import placement figures – preview"))
        self.plan = plan
        intro = plain_label(
            self.tr("{file}. Nothing is saved until you press Import.").format(file=plan.file_name)
        )
        intro.setWordWrap(True)
        self.counts = plain_label(
            self.tr(
                "New {new}, replace {update}, unchanged {same}, skipped {skip}, with errors {errors}."
            ).format(
                new=plan.count(ImportAction.NEW),
                update=plan.count(ImportAction.UPDATE),
                same=plan.count(ImportAction.UNCHANGED),
                skip=plan.count(ImportAction.SKIP),
                errors=len(plan.errors),
            )
        )
        self.counts.setObjectName("counts")
        font = self.counts.font()
        font.setBold(True)
        self.counts.setFont(font)
        columns = plain_label(
            self.tr("Columns read: {columns}.").format(columns=", ".join(plan.columns))
            + (
                " " + self.tr("Not read: {columns}.").format(columns=", ".join(plan.ignored))
                if plan.ignored
                else ""
            )
        )
        columns.setObjectName("columns")
        columns.setWordWrap(True)
        self.refusal = plain_label(
            self.tr("Correct the rows with errors in the file and import it again.")
            if plan.errors
            else ""
        )
        self.refusal.setObjectName("refusal")
        theme.style_label(self.refusal, "error")
        self.refusal.setVisible(bool(plan.errors))
        self.model = PlanModel(self)
        self.model.set_rows(plan.rows)
        self.table = QTableView()
        self.table.setObjectName("care_plan_table")
        self.table.setModel(self.model)
        configure_table(self.table)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        for column, width in ((0, 45), (1, 90), (2, 180), (3, 90), (4, 70)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("import_ok")
        self.ok_button.setText(self.tr("Import"))
        self.ok_button.setEnabled(
            not plan.errors
            and bool(plan.count(ImportAction.NEW) or plan.count(ImportAction.UPDATE))
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.counts)
        layout.addWidget(columns)
        layout.addWidget(self.refusal)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(980, 540)
