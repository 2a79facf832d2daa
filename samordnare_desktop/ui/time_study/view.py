"""A municipality's time study at a glance: painted bars per category, the numbers one click away.

Series: each measurement of the municipality (first, second, ...) and the programme median of
the first measurements. "Show figures" reveals the same data as a table (share and minutes/day).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.services.time_study import Comparison
from samordnare_desktop.ui.table_model import SORT_ROLE, Column, RowTableModel
from samordnare_desktop.ui.widgets.charts import SERIES_COLOURS, GroupedBarChart, Series
from samordnare_desktop.ui.widgets.labels import plain_label

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class FigureRow:
    position: int
    category: str
    values: tuple[float, ...]  # per measurement: share, minutes/day, ...; then the median share


def percent(value: float) -> str:
    return f"{value * 100:.1f} %".replace(".", ",")


def minutes(value: float) -> str:
    return f"{value:.0f}"


class TimeStudyView(QWidget):
    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.chart = GroupedBarChart(compact=compact)
        self.chart.setObjectName("time_study_chart")
        self.caption = plain_label()
        self.caption.setObjectName("time_study_caption")
        self.caption.setWordWrap(True)
        self.toggle = QPushButton(self.tr("Show figures"))
        self.toggle.setObjectName("show_figures")
        self.toggle.setCheckable(True)
        self.model: RowTableModel[FigureRow] = RowTableModel([], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("time_study_figures")
        self.table.setModel(self.proxy)
        from samordnare_desktop.ui.widgets.table import configure_table

        configure_table(self.table)
        self.table.setVisible(False)
        self.table.setToolTip(
            self.tr(
                "Share n and Min/day n: measurement n (share of all minutes, minutes per day "
                "measured). Median: the programme's median share in the first measurements."
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.caption, 1)
        row.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.chart)
        layout.addWidget(self.table)
        self.toggle.toggled.connect(self._on_toggle)

    def _on_toggle(self, shown: bool) -> None:
        self.table.setVisible(shown)
        self.chart.setVisible(not shown)
        self.toggle.setText(self.tr("Show chart") if shown else self.tr("Show figures"))

    def set_comparison(self, comparison: Comparison | None, *, median: bool = True) -> None:
        if comparison is None or not comparison.studies:
            self.chart.set_data([], [])
            self.model.set_rows([])
            self.model.beginResetModel()
            self.model.columns = []
            self.model.endResetModel()
            self.caption.setText(self.tr("No time study yet."))
            return
        categories = comparison.categories
        series = []
        columns: list[Column[FigureRow]] = [
            Column(lambda: self.tr("Category"), lambda r: r.category, sort=lambda r: r.position)
        ]
        values: dict[uuid.UUID, list[float]] = {c.id: [] for c in categories}
        for number, summary in enumerate(comparison.studies):
            study = summary.study
            name = self.tr("Measurement {n}").format(n=study.ordinal)
            series.append(
                Series(
                    name,
                    tuple(summary.overall.share(c.id) for c in categories),
                    SERIES_COLOURS[min(number, 1)],
                )
            )
            base = len(values[categories[0].id]) if categories else 0
            for c in categories:
                values[c.id] += [summary.overall.share(c.id), summary.overall.per_day(c.id)]
            columns.append(
                Column(
                    lambda n=study.ordinal: self.tr("Share {n}").format(n=n),
                    lambda r, i=base: percent(r.values[i]),
                    sort=lambda r, i=base: r.values[i],
                    align=RIGHT,
                )
            )
            columns.append(
                Column(
                    lambda n=study.ordinal: self.tr("Min/day {n}").format(n=n),
                    lambda r, i=base + 1: minutes(r.values[i]),
                    sort=lambda r, i=base + 1: r.values[i],
                    align=RIGHT,
                )
            )
        if median:
            series.append(
                Series(
                    self.tr("Programme median"),
                    tuple(comparison.median.get(c.id, 0.0) for c in categories),
                    SERIES_COLOURS[2],
                )
            )
            index = 2 * len(comparison.studies)
            for c in categories:
                values[c.id].append(comparison.median.get(c.id, 0.0))
            columns.append(
                Column(
                    lambda: self.tr("Median"),
                    lambda r, i=index: percent(r.values[i]),
                    sort=lambda r, i=index: r.values[i],
                    align=RIGHT,
                )
            )
        self.chart.set_data([c.name for c in categories], series)
        self.model.set_rows([])  # old rows never meet the new columns (sizing reads every cell)
        self.model.beginResetModel()
        self.model.columns = columns
        self.model.endResetModel()
        self.model.set_rows(
            [FigureRow(i, c.name, tuple(values[c.id])) for i, c in enumerate(categories)]
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # long names elide
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.caption.setText(
            "\n".join(
                self.tr("{label}: {n} respondents, {days} days measured, {per_day} min/day").format(
                    label=(
                        summary.study.label
                        if len(comparison.studies) == 1
                        else self.tr("Measurement {n}").format(n=summary.study.ordinal)
                    ),
                    n=summary.overall.respondents,
                    days=f"{summary.overall.days:g}",
                    per_day=minutes(summary.overall.minutes_per_day),
                )
                for summary in comparison.studies
            )
        )
