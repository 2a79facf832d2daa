"""The overview's "behind the number" table: the municipalities or visits behind a key figure, a
month's column or a development area, with a search over them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.validation import match_key
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.overview import (
    AreaCount,
    MunicipalityRef,
    UpcomingVisit,
)
from samordnare_desktop.ui.table_model import ROW_ROLE, Column, RowFilterProxy, RowTableModel
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.sizing import fit_search
from samordnare_desktop.ui.widgets.table import configure_table


@dataclass(frozen=True)
class DrillRow:
    """One row behind a number: a municipality, or a visit (``visit_id`` set)."""

    municipality_id: uuid.UUID
    code: str
    name: str
    day: date | None
    detail: str
    visit_id: uuid.UUID | None = None
    plan_id: uuid.UUID | None = None


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _drill_columns() -> list[Column[DrillRow]]:
    return [
        Column(lambda: translate("OverviewTab", "Code"), lambda r: r.code),
        Column(lambda: translate("OverviewTab", "Municipality"), lambda r: r.name),
        Column(
            lambda: translate("OverviewTab", "Date"),
            lambda r: _day(r.day),
            sort=lambda r: (r.day or date.min).toordinal(),
        ),
        Column(lambda: translate("OverviewTab", "What"), lambda r: r.detail),
    ]


class _DrillProxy(RowFilterProxy):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.needle = ""

    def set_search(self, text: str) -> None:
        def change() -> None:
            self.needle = match_key(text)

        self.change_filter(change)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self.needle:
            return True
        row: DrillRow = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        return self.needle in match_key(f"{row.code} {row.name} {row.detail}")


if TYPE_CHECKING:
    from samordnare_desktop.ui.overview.tab import OverviewTab


class BehindTheNumber(QObject):
    """Part of :class:`OverviewTab` (its ``behind``)."""

    def __init__(self, tab: OverviewTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def build(self):
        # --- behind the number --------------------------------------------------------------------
        self.tab.drill_title = plain_label()
        self.tab.drill_title.setObjectName("drill_title")
        self.tab.drill_title.setWordWrap(True)
        self.tab.search = QLineEdit()
        self.tab.search.setObjectName("search")
        self.tab.search.setAccessibleName(self.tr("Search"))
        self.tab.search.setPlaceholderText(self.tr("Search municipality…"))
        self.tab.search.setClearButtonEnabled(True)
        fit_search(self.tab.search)
        self.tab.drill_model: RowTableModel[DrillRow] = RowTableModel(_drill_columns(), self.tab)
        self.tab.drill_proxy = _DrillProxy(self.tab)
        self.tab.drill_proxy.setSourceModel(self.tab.drill_model)
        self.tab.drill = QTableView()
        self.tab.drill.setObjectName("behind_number")
        self.tab.drill.setModel(self.tab.drill_proxy)
        configure_table(self.tab.drill)
        self.tab.drill.horizontalHeader().setResizeContentsPrecision(
            40
        )  # size from 40 rows, not all
        self.tab.drill.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.tab.drill.setToolTip(self.tr("Double-click or press Enter to open."))
        drill_box = QGroupBox(self.tr("Behind the number"))
        drill_layout = QVBoxLayout(drill_box)
        drill_layout.addWidget(self.tab.drill_title)
        drill_layout.addWidget(self.tab.search)
        drill_layout.addWidget(self.tab.drill)
        return drill_box

    def show_behind(self, key: str) -> None:
        overview = self.tab.overview
        if overview is None:
            return
        if key == "care_places":  # the figures live in their own tab
            self.tab.kpis[key].setChecked(False)
            self.tab.ctx.open_tab("care_places")
            return
        for name, button in self.tab.kpis.items():
            button.setChecked(name == key)
        first = VisitKind.FIRST.label()
        follow = VisitKind.FOLLOW_UP.label()

        def refs(
            items: tuple[MunicipalityRef, ...], detail: str, plans: bool = False
        ) -> list[DrillRow]:
            return [
                DrillRow(r.id, r.code, r.name, r.day, detail, None if plans else r.visit_id)
                for r in items
            ]

        if key == "first_visit":
            title = self.tr("Programme municipalities that have had their first visit")
            rows = refs(overview.first_visit, first)
            rows += refs(overview.without_first_visit, self.tr("No first visit yet"))
        elif key == "follow_up":
            title = self.tr("Programme municipalities that have had the follow-up")
            rows = refs(overview.follow_up, follow)
            done = {r.id: r for r in overview.plan_followed_up}
            rows = [
                DrillRow(
                    r.municipality_id,
                    r.code,
                    r.name,
                    r.day,
                    r.detail
                    + (" · " + self.tr("plan followed up") if r.municipality_id in done else ""),
                    r.visit_id,
                )
                for r in rows
            ]
        elif key == "plan_received":
            title = self.tr("Programme municipalities that have sent their action plan")
            rows = refs(overview.plan_received, self.tr("Action plan received"), plans=True)
        elif key == "overdue":
            title = self.tr("Overdue actions (due date passed, not done)")
            rows = [
                DrillRow(
                    a.municipality_id,
                    a.municipality_code,
                    a.municipality_name,
                    a.due_date,
                    f"{a.area_name}: {a.what}",
                    plan_id=a.plan_id,
                )
                for a in overview.overdue
            ]
        elif key == "time_study":
            title = self.tr("Programme municipalities with a time study")
            rows = refs(overview.time_study, self.tr("Time study"))
        else:
            title = self.tr("Visits in the next 30 days")
            rows = self._visit_rows(overview.upcoming)
        self._set_drill(title, rows)

    def show_area(self, index: QModelIndex) -> None:
        area: AreaCount | None = index.data(ROW_ROLE)
        if area is None:
            return
        for button in self.tab.kpis.values():
            button.setChecked(False)
        rows = [DrillRow(r.id, r.code, r.name, None, area.name) for r in area.municipalities]
        self._set_drill(
            self.tr("Municipalities with the area “{name}”").format(name=area.name), rows
        )

    def show_month(self, index: int) -> None:
        if self.tab.overview is None or not 0 <= index < len(self.tab.overview.per_month):
            return
        for button in self.tab.kpis.values():
            button.setChecked(False)
        month = self.tab.overview.per_month[index]
        self._set_drill(
            self.tr("Visits in {month}").format(month=month.month.strftime("%Y-%m")),
            self._visit_rows(month.visits),
        )

    @staticmethod
    def _visit_rows(visits: tuple[UpcomingVisit, ...]) -> list[DrillRow]:
        return [
            DrillRow(
                v.municipality_id,
                v.municipality_code,
                v.municipality_name,
                v.day,
                f"{v.kind.label()} · {v.status.label()}",
                v.id,
            )
            for v in visits
        ]

    def _set_drill(self, title: str, rows: list[DrillRow]) -> None:
        self.tab.drill_title.setText(f"{title} ({len(rows)})")
        model = self.tab.drill_model
        if len(rows) == model.rowCount() and set(rows) == set(model.rows()):
            return  # the same rows (a refresh that changed none of them): not reset and measured
        model.set_rows(rows)
        self.tab.drill.resizeColumnsToContents()
