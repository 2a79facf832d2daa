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

from samordnare_desktop.services.municipalities import MunicipalityRow
from samordnare_desktop.ui.background_read import BackgroundRead, reads_in_background
from samordnare_desktop.ui.errors import guarded
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
        self.reading: BackgroundRead | None = None  # the first read, in a big programme
        self._filled = False

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
        # One query for the table and this filter (every county has municipalities); in a big
        # programme it runs off the GUI thread (first_read); a damaged file's read is said
        # (ui.errors) and the list left empty, never a traceback
        rows = None
        if not reads_in_background(self.tab.ctx.services):
            rows = guarded(self.tab, self.tab.service.list) or []
        if rows is not None:
            self.fill_counties(rows)
        self.tab.only_programme = QCheckBox(self.tr("Only in programme"))
        self.tab.only_programme.setObjectName("programme_filter")
        self.tab.count = plain_label()
        self.tab.count.setObjectName("count")
        return rows

    def fill_counties(self, rows: list[MunicipalityRow]) -> None:
        for code, name in sorted({(r.county_code, r.county_name) for r in rows}):
            self.tab.county.addItem(f"{code} {name}", code)

    # --- the first read, off the GUI thread in a big programme -------------------------------
    def first_read(self) -> None:
        """Read the municipalities and their stages in a worker; the list says it reads."""
        self.reading = BackgroundRead(self, self._on_first_read, self.finish, "the municipalities")
        self.tab.count.setText(self.tr("Reading the municipalities…"))
        self.tab.table.setEnabled(False)
        self.read_again(first=True)

    def read_again(self, *, first: bool = False) -> None:
        """(Re)start the worker's read: a change meanwhile drops the earlier request's rows. The
        first starts once the tab has painted (as Deltagare's and Handlingsplaner's): a worker
        beside the tab's first paint took the GIL from it, and the models mapped for it
        (``BackgroundRead.start``) came before it."""
        services = self.tab.ctx.services
        assert self.reading is not None
        self.reading.start(
            lambda: (services.municipalities.list(), services.programme.stages()),
            after_paint=self.tab if first else None,
        )

    def loading(self) -> bool:
        return self.reading is not None and self.reading.active

    def read(self, rows: list[MunicipalityRow] | None, stages: dict | None) -> tuple | None:
        """``rows`` and ``stages``, each read unless given; None if a read failed (said, as
        ui.errors says it: a damaged file met by the first read leaves the list empty)."""
        tab = self.tab
        return guarded(
            tab,
            lambda: (
                tab.service.list() if rows is None else rows,
                tab.ctx.services.programme.stages() if stages is None else stages,
            ),
        )

    def _on_first_read(self, found) -> None:
        rows, stages = found
        self._first_fill(rows, stages)

    def finish(self) -> None:
        """Asked for the list while the worker reads it (or the worker failed): read it now."""
        if self.reading is not None and self.reading.active:
            self.reading.cancel()
        if self.reading is not None and not self._filled:
            self._first_fill(guarded(self.tab, self.tab.service.list) or [], None)

    def _first_fill(self, rows: list[MunicipalityRow], stages) -> None:
        self._filled = True
        self.tab.table.setEnabled(True)
        self.fill_counties(rows)
        self.tab.fill_first(rows, stages)

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
