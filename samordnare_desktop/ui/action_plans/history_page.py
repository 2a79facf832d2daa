"""The "History and versions" page of the Handlingsplaner tab: saved versions (each exportable
as the PDF it was) and every change to the plan (who, when, what)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.ui.action_plans.table_models import (
    HistoryModel,
    VersionModel,
)
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.table_model import RowFilterProxy
from samordnare_desktop.ui.widgets.table import configure_table

if TYPE_CHECKING:
    from samordnare_desktop.ui.action_plans.host import PlanHost
    from samordnare_desktop.ui.action_plans.reading import PlanRead


class HistoryPage(QWidget):
    def __init__(self, tab: PlanHost) -> None:
        super().__init__()
        self.tab = tab
        self.ctx = tab.ctx
        self.service = tab.service
        self.plan_versions = tab.ctx.services.plan_versions
        self.version_model = VersionModel(self)
        self.versions = QTableView()
        self.versions.setObjectName("version_table")
        self.version_proxy = RowFilterProxy(self)
        self.version_proxy.setSourceModel(self.version_model)
        self.versions.setModel(self.version_proxy)
        configure_table(self.versions)
        self.history_model = HistoryModel(self)
        self.history = QTableView()
        self.history.setObjectName("history_table")
        self.history_proxy = RowFilterProxy(self)
        self.history_proxy.setSourceModel(self.history_model)
        self.history.setModel(self.history_proxy)
        configure_table(self.history)
        self.history.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.versions.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.export_version_button = QPushButton(self.tr("Export version as PDF…"))
        self.export_version_button.setObjectName("export_version")
        self.export_version_button.setToolTip(
            self.tr("The plan as it stood when the chosen version was saved (double-click)")
        )
        versions_box = QGroupBox(self.tr("Saved versions"))
        versions_layout = QVBoxLayout(versions_box)
        versions_layout.addWidget(self.versions)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_version_button)
        versions_layout.addLayout(row)
        self.export_version_button.clicked.connect(self.export_version)
        self.versions.doubleClicked.connect(lambda _index: self.export_version())
        history_box = QGroupBox(self.tr("Every change (who, when, what)"))
        QVBoxLayout(history_box).addWidget(self.history)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(versions_box)
        split.addWidget(history_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def load(self, read: PlanRead | None = None) -> None:
        """Show the tab's plan's history and versions (``read``: as the worker read them)."""
        plan = self.tab.plan
        if plan is None:
            self.history_model.set_rows([])
            self.version_model.set_rows([])
            return
        if read is not None and read.history is not None and read.versions is not None:
            self.history_model.set_rows(read.history)
            self.version_model.set_rows(read.versions)
        else:
            self.history_model.set_rows(self.plan_versions.history(plan.id))
            self.version_model.set_rows(self.plan_versions.versions(plan.id))
        for table, caps in ((self.history, (160, 120, 320, 190, 240)), (self.versions, ())):
            header = table.horizontalHeader()
            header.setResizeContentsPrecision(50)  # size from the first rows, not every change
            table.resizeColumnsToContents()
            for column, cap in enumerate(caps):  # long texts are elided; the tooltip has them
                table.setColumnWidth(column, min(table.columnWidth(column), cap))

    def export_version(self) -> None:
        rows = self.versions.selectionModel().selectedRows()
        if not rows and self.version_proxy.rowCount():
            rows = [self.version_proxy.index(0, 0)]  # newest first
        if not rows:
            return
        version = self.version_proxy.row(rows[0].row())
        plan = guarded(self, lambda: self.plan_versions.version_details(version.id))
        if plan is None:
            return

        def build() -> bytes:
            from samordnare_desktop.pdf.action_plan import action_plan_pdf

            return action_plan_pdf(plan, today=self.tab.today())

        self.tab.write_pdf(
            f"handlingsplan-{plan.municipality_code}-version-{version.number}.pdf", build
        )
