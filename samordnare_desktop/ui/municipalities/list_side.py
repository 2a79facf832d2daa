"""The Kommuner tab's list side: search, county and programme filters over the table of all 290
municipalities, and the count under it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.ui.municipalities.table_model import (
    MunicipalityFilterProxy,
    MunicipalityTableModel,
)
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.sizing import fit_search
from samordnare_desktop.ui.widgets.table import configure_table, fit_columns

if TYPE_CHECKING:
    from samordnare_desktop.ui.municipalities.tab import MunicipalitiesTab


class MunicipalityList(QObject):
    """Part of :class:`MunicipalitiesTab` (its ``list_side``)."""

    def __init__(self, tab: MunicipalitiesTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def build_filters(self):
        # --- list side ------------------------------------------------------------------------
        self.tab.search = QLineEdit()
        self.tab.search.setObjectName("search")
        self.tab.search.setAccessibleName(self.tr("Search municipalities"))
        self.tab.search.setPlaceholderText(self.tr("Search municipality or code…"))
        self.tab.search.setClearButtonEnabled(True)
        fit_search(self.tab.search)
        self.tab.county = QComboBox()
        self.tab.county.setObjectName("county_filter")
        self.tab.county.addItem(self.tr("All counties"), "")
        # One query for the table and this filter (every county has municipalities).
        rows = self.tab.service.list()
        for code, name in sorted({(r.county_code, r.county_name) for r in rows}):
            self.tab.county.addItem(f"{code} {name}", code)
        self.tab.only_programme = QCheckBox(self.tr("Only in programme"))
        self.tab.only_programme.setObjectName("programme_filter")
        self.tab.count = plain_label()
        self.tab.count.setObjectName("count")
        return rows

    def build_table(self):
        self.tab.model = MunicipalityTableModel(self.tab)
        self.tab.proxy = MunicipalityFilterProxy(self.tab)
        self.tab.proxy.setSourceModel(self.tab.model)
        self.tab.table = QTableView()
        self.tab.table.setObjectName("municipality_table")
        self.tab.table.setAccessibleName(self.tr("Municipalities"))
        self.tab.table.setModel(self.tab.proxy)
        configure_table(self.tab.table)
        self.tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.tab.table.horizontalHeader()
        header.setStretchLastSection(False)  # each column its contents: Kommungrupp never cut
        header.setResizeContentsPrecision(0)  # size columns from visible rows, not all 290
        for column in range(self.tab.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # name, county and programme stage fit their text (up to a cap, the table scrolls
        # sideways when narrow); the last column takes what room is left
        fit_columns(self.tab.table, [1, 2, 4])

    def build(self):
        # two rows: the search field keeps its width without pushing the list side wider
        # than a 1366x768 screen at 125 % leaves it
        filters = QHBoxLayout()
        filters.addWidget(self.tab.county, 1)
        filters.addWidget(self.tab.only_programme)
        self.tab.county.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tab.county.setMinimumContentsLength(12)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tab.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.tab.table)
        left_layout.addWidget(self.tab.count)
        return left

    def to_first_match(self) -> None:
        if self.tab.proxy.rowCount() == 0:
            return
        if not self.tab.table.selectionModel().selectedRows():
            self.tab.table.selectRow(0)
        self.tab.table.setFocus()

    def on_filter_changed(self) -> None:
        self.tab.proxy.set_filters(
            search=self.tab.search.text(),
            county_code=self.tab.county.currentData() or "",
            only_programme=self.tab.only_programme.isChecked(),
        )
        self.update_count()

    def update_count(self) -> None:
        shown, total = self.tab.proxy.rowCount(), self.tab.model.rowCount()
        in_programme = sum(1 for r in self.tab.model.rows() if r.in_programme)
        self.tab.count.setText(
            self.tr(
                "Showing {shown} of {total} municipalities · {programme} in the programme"
            ).format(shown=shown, total=total, programme=in_programme)
        )
