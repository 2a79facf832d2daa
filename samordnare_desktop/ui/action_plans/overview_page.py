"""The overview of every action across municipalities in the Handlingsplaner tab: search,
filter by status or overdue, and open an action in its plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.ui.action_plans.forms import (
    widget_shortcut,
)
from samordnare_desktop.ui.action_plans.table_models import (
    OVERDUE,
    OverviewModel,
    OverviewProxy,
)
from samordnare_desktop.ui.widgets.sizing import fit_search
from samordnare_desktop.ui.widgets.table import configure_table

if TYPE_CHECKING:
    from samordnare_desktop.ui.action_plans.host import PlanHost


class OverviewPage(QWidget):
    def __init__(self, tab: PlanHost) -> None:
        super().__init__()
        self.tab = tab
        self.ctx = tab.ctx
        self.service = tab.service
        self._loaded: list | None = None  # the rows the model holds, as the service gave them
        self.waiting = False  # for the overview read ahead in a worker (reading.py)
        self.overview_search = QLineEdit()
        self.overview_search.setObjectName("overview_search")
        self.overview_search.setPlaceholderText(self.tr("Search area or action, e.g. samverkan…"))
        self.overview_search.setClearButtonEnabled(True)
        fit_search(self.overview_search)
        self.overview_status = QComboBox()
        self.overview_status.setObjectName("overview_status")
        self.overview_status.addItem(self.tr("All statuses"), "")
        self.overview_status.addItem(self.tr("All overdue actions"), OVERDUE)
        from samordnare_desktop.domain.action_plan import ActionStatus

        for status in ActionStatus:
            self.overview_status.addItem(status.label(), status.value)
        self.overview_count = QLabel()
        self.overview_model = OverviewModel(lambda: self.tab.today(), self)
        self.overview_proxy = OverviewProxy(lambda: self.tab.today(), self)
        self.overview_proxy.setSourceModel(self.overview_model)
        self.overview = QTableView()
        self.overview.setObjectName("overview_table")
        self.overview.setModel(self.overview_proxy)
        configure_table(self.overview)
        self.overview.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.overview.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.overview_model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hint = QLabel(self.tr("Double-click or press Enter to open the plan."))
        filters = QHBoxLayout()
        filters.addWidget(self.overview_search, 3)
        filters.addWidget(self.overview_status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.overview, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.overview_count, 1)
        bottom.addWidget(hint)
        layout.addLayout(bottom)
        self.overview_search.textChanged.connect(self._on_overview_filter)
        self.overview_status.currentIndexChanged.connect(self._on_overview_filter)
        self.overview.doubleClicked.connect(lambda index: self.open_overview_row(index.row()))
        for key in ("Return", "Enter"):
            widget_shortcut(
                key,
                self.overview,
                lambda: self.open_overview_row(self.overview.currentIndex().row()),
            )

    def refresh_if_shown(self) -> None:
        """Read again if this is the tab's page in front (after a change); else its next show
        reads (``ActionPlansTab.set_mode``)."""
        if self.tab.stack.currentWidget() is self:
            self.refresh()

    def refresh(self) -> None:
        """Every action again (the service keeps them while nothing changed); while they are
        read ahead in a worker, the page says so and shows them when they are in."""
        self.waiting = self.tab.reading.ahead.active
        if self.waiting:
            self.overview_count.setText(self.tr("Reading every action…"))
            return
        rows = self.service.overview()
        self._set_filters()  # before the rows arrive: each row is filtered once
        if rows is not self._loaded:  # the service's same list: nothing changed since
            self._loaded = rows
            self.overview_model.set_rows(rows)
        self._update_count()

    def _set_filters(self) -> None:
        self.overview_proxy.set_filters(
            search=self.overview_search.text(), status=self.overview_status.currentData() or ""
        )

    def _on_overview_filter(self, *_args: object) -> None:
        self._set_filters()
        self._update_count()

    def _update_count(self) -> None:
        from samordnare_desktop.services.action_plans import status_counts

        shown = self.overview_proxy.accepted_rows()  # the filter's verdicts, not Qt per row
        today = self.tab.today()
        late = sum(1 for r in shown if r.overdue(today))
        counts = status_counts(r.status for r in shown)
        by_status = ", ".join(
            f"{status.label().lower()} {count}" for status, count in counts.items() if count
        )
        text = self.tr("Showing {shown} of {total} actions · overdue: {late}").format(
            shown=len(shown), total=self.overview_model.rowCount(), late=late
        )
        self.overview_count.setText(f"{text} · {by_status}" if by_status else text)

    def open_overview_row(self, proxy_row: int) -> None:
        if proxy_row < 0:
            return
        row = self.overview_proxy.row(proxy_row)
        if self.tab.select_plan(row.plan_id, row.action_id):
            self.tab.plan_page.tree.setFocus()
